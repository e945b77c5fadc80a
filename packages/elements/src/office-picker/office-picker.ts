import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { Office, Province, VssApi } from '@vssid/core';
import { matchesSearch } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import { officeLabel } from '@vssid/core/text';
import { VssFormElement } from '../base/vss-form-element.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, stateStyles } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './office-picker.styles.js';

export interface OfficeChangeDetail {
  provinceCode: string;
  /** The chosen office, or null when the choice was cleared (province changed, text edited). */
  office: Office | null;
}

/**
 * "Cơ quan BHXH": the social-security office that receives the dossier. A province select, then a
 * searchable office combobox (WAI-ARIA APG combobox with listbox popup): typing filters the list ignoring
 * diacritics ("dong da" finds "Đống Đa"); Up/Down/Home/End move, Enter chooses, Escape closes. Its form
 * value is the 5-digit office code.
 *
 * @element vss-office-picker
 * @fires vss-office-change - An office was chosen or the choice cleared. `detail: { provinceCode, office: { code, name, parentName, provinceCode } | null }`
 * @csspart province - The province `<select>`.
 * @csspart input - The office combobox input.
 * @csspart listbox - The popup list of offices.
 * @csspart option - One office in the list.
 * @csspart error - The validation message.
 * @cssprop --vss-color-primary - The highlighted option.
 * @cssprop --vss-control-height - Height of the select and the input.
 */
@customElement('vss-office-picker')
export class VssOfficePicker extends VssFormElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** Form field name; the submitted value is the office code. */
  @property({ reflect: true }) name = '';
  /** An office must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** No interaction; the value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** 2-digit province code whose offices are listed (taken from `value` when unset). */
  @property({ reflect: true }) province = '';
  /** The chosen office's 5-digit code. */
  @property() value = '';
  /** A message from the host form or the server, shown under the field. */
  @property() error = '';

  @state() private _query: string | null = null;
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _showValidity = false;

  @query('#office') private _input?: HTMLInputElement;
  @query('#province') private _select?: HTMLSelectElement;

  private _formDisabled = false;
  private _defaultValue: string | null = null;
  private _defaultProvince = '';

  private readonly _provinces = new Task(this, {
    task: ([api], { signal }) => (api as VssApi).provinces({ signal }),
    args: () => [this.api] as const,
  });

  private readonly _offices = new Task(this, {
    task: async ([api, province], { signal }): Promise<Office[]> =>
      province ? (api as VssApi).offices(province as string, { signal }) : [],
    args: () => [this.api, this._provinceCode] as const,
  });

  protected override invalidated(): void {
    this._showValidity = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._defaultValue === null) {
      this._defaultValue = this.value;
      this._defaultProvince = this.province;
    }
  }

  /** The chosen office (once the province's list has loaded), or null. */
  get office(): Office | null {
    return this._officeList().find((o) => o.code === this.value) ?? null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.value = this._defaultValue ?? '';
    this.province = this._defaultProvince;
    this._query = null;
    this._open = false;
    this._showValidity = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | null): void {
    if (state) this.value = state;
  }

  /** Focuses the office box once a province is chosen, else the province select. */
  override focus(options?: FocusOptions): void {
    const target = this._provinceCode && !this._input?.disabled ? this._input : this._select;
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ---- state --------------------------------------------------------------------------------------

  private get _provinceCode(): string {
    return this.province || (/^\d{5}$/.test(this.value) ? this.value.slice(0, 2) : '');
  }

  private get _isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  private _officeList(): Office[] {
    return this._offices.status === TaskStatus.COMPLETE ? (this._offices.value ?? []) : [];
  }

  private _matches(): Office[] {
    const q = this._query ?? '';
    return this._officeList().filter((o) => matchesSearch(officeLabel(o), q));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._syncForm();
  }

  /** Hands the value and its validity to the form (also right before `input`/`change`, so they see both). */
  private _syncForm(): void {
    const id = this.value;
    this.internals.setFormValue(this._isDisabled || !id ? null : id, id || null);
    const anchor = (this._provinceCode ? this._input : this._select) ?? undefined;
    if (this.required && !id && !this._isDisabled) {
      const issue = this._query ? ({ code: 'office_format' } as const) : ({ code: 'required' } as const);
      this.setValidity({ valueMissing: true }, formatIssue(issue, currentLocale()), anchor);
    } else {
      this.setValidity();
    }
  }

  /** The user's action changed the value: the form, then `input` and `change` (as a native select). */
  private _announceIf(before: string): void {
    if (this.value === before) return;
    this._syncForm();
    this.announceInput();
    this.announceChange();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('_active') && this._active >= 0) {
      this.renderRoot.querySelector(`#opt-${this._active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private _choose(office: Office): void {
    const before = this.value;
    this.value = office.code;
    this.province = office.provinceCode;
    this._query = null;
    this._open = false;
    this._active = -1;
    this._showValidity = false;
    this._announceIf(before);
    this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: office.provinceCode, office });
  }

  private _onProvince(e: Event): void {
    const code = (e.target as HTMLSelectElement).value;
    if (code === this._provinceCode) return;
    const had = this.value;
    this.province = code;
    this.value = '';
    this._query = null;
    this._open = false;
    this._active = -1;
    if (had) this._announceIf(had);
    if (had || code) this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: code, office: null });
  }

  private _onInput(e: Event): void {
    this._query = (e.target as HTMLInputElement).value;
    this._open = true;
    this._active = -1;
    if (this.value) {
      // Edited text no longer names the chosen office: the choice is undone until a new one is picked.
      const before = this.value;
      this.value = '';
      this._announceIf(before);
      this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: this._provinceCode, office: null });
    }
  }

  private _onKeyDown(e: KeyboardEvent): void {
    const list = this._matches();
    const last = list.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this._open) {
          this._open = true;
          if (!e.altKey) this._active = Math.max(0, list.findIndex((o) => o.code === this.value));
        } else if (list.length) {
          this._active = this._active >= last ? 0 : this._active + 1;
        }
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!this._open) {
          this._open = true;
          this._active = last;
        } else if (list.length) {
          this._active = this._active <= 0 ? last : this._active - 1;
        }
        break;
      case 'Home':
      case 'End':
        // While an option is highlighted Home/End move in the list; otherwise they move the caret.
        if (this._open && this._active >= 0 && list.length) {
          e.preventDefault();
          this._active = e.key === 'Home' ? 0 : last;
        }
        break;
      case 'Enter':
        if (this._open && this._active >= 0 && list[this._active]) {
          e.preventDefault();
          this._choose(list[this._active]!);
        } else if (this._open && list.length === 1) {
          e.preventDefault();
          this._choose(list[0]!);
        }
        break;
      case 'Escape':
        if (this._open) {
          e.preventDefault();
          e.stopPropagation();
          this._open = false;
          this._active = -1;
        } else if (this._query) {
          e.preventDefault();
          this._query = '';
        }
        break;
    }
  }

  private _onBlur(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this._open = false;
    this._active = -1;
    if (this.value) this._query = null;
    else if (this._query) {
      this._showValidity = true;
      this.markInteracted();
    }
  }

  private _toggle(): void {
    if (this._isDisabled || !this._provinceCode) return;
    this._open = !this._open;
    this._input?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    const disabled = this._isDisabled;
    return html`<div class="fields" part="field">
        <div class="control">
          <label for="province">${msg('Tỉnh/thành phố')}</label>
          ${this._provinces.render({
            initial: () => this._renderProvinceSelect([], true),
            pending: () => this._renderProvinceSelect([], true),
            complete: (list) => this._renderProvinceSelect(list, disabled),
            error: () => this._renderProvinceSelect([], true),
          })}
        </div>
        <div class="control office">${this._renderOffice(disabled)}</div>
      </div>
      ${this._provinces.status === TaskStatus.ERROR
        ? renderError(this._provinces.error, () => void this._provinces.run(), this)
        : nothing}
      ${this._offices.status === TaskStatus.ERROR
        ? renderError(this._offices.error, () => void this._offices.run(), this)
        : nothing}
      <p class="visually-hidden" role="status">${this._statusText()}</p>`;
  }

  private _statusText(): string {
    if (this._provinces.status === TaskStatus.PENDING || this._offices.status === TaskStatus.PENDING) {
      return msg('Đang tải danh sách cơ quan BHXH…');
    }
    if (this._open && this._query) {
      const n = this._matches().length;
      return n ? msg(str`${n} cơ quan phù hợp.`) : msg('Không có cơ quan nào phù hợp.');
    }
    return '';
  }

  private _renderProvinceSelect(list: Province[], disabled: boolean) {
    const current = this._provinceCode;
    return html`<select
      id="province"
      part="province"
      autocomplete="off"
      ?disabled=${disabled}
      aria-busy=${this._provinces.status === TaskStatus.PENDING ? 'true' : 'false'}
      @change=${this._onProvince}
    >
      <option value="" ?selected=${!current}>
        ${this._provinces.status === TaskStatus.PENDING ? msg('Đang tải…') : msg('Chọn tỉnh/thành phố')}
      </option>
      ${list.map((p) => html`<option value=${p.code} ?selected=${p.code === current}>${p.name}</option>`)}
    </select>`;
  }

  private _renderOffice(disabled: boolean) {
    const province = this._provinceCode;
    const loading = this._offices.status === TaskStatus.PENDING;
    const list = this._matches();
    const selected = this.office;
    const text = this._query ?? (selected ? officeLabel(selected) : '');
    const message = this.error || (this._showValidity ? this.validationMessage : '');
    const open = this._open && !!province && !loading;
    const expanded = open && list.length > 0;
    const activeId = expanded && this._active >= 0 ? `opt-${this._active}` : '';
    const inputDisabled = disabled || !province || loading || this._offices.status === TaskStatus.ERROR;
    return html`<label for="office" id="office-label"
        >${msg('Cơ quan BHXH')}${this.required ? html`<span class="required-mark" aria-hidden="true"> *</span>` : nothing}</label
      >
      <p class="hint" id="office-hint">
        ${province ? msg('Gõ tên để tìm (có thể gõ không dấu), ví dụ: hai ba trung.') : msg('Chọn tỉnh/thành phố trước.')}
      </p>
      <div class="combo">
        <input
          id="office"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${activeId || nothing}
          aria-describedby="office-hint ${message ? 'office-error' : ''}"
          aria-invalid=${message ? 'true' : 'false'}
          aria-busy=${loading ? 'true' : 'false'}
          ?disabled=${inputDisabled}
          .value=${text}
          placeholder=${loading ? msg('Đang tải…') : ''}
          @input=${this._onInput}
          @keydown=${this._onKeyDown}
          @click=${() => (this._open = true)}
          @blur=${this._onBlur}
        />
        <button
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${msg('Danh sách cơ quan BHXH')}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          ?disabled=${inputDisabled}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${this._toggle}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            ${svg`<path fill="currentColor" d="M5 7l5 6 5-6z"/>`}
          </svg>
        </button>
        <ul id="listbox" role="listbox" part="listbox" aria-labelledby="office-label" ?hidden=${!expanded}>
          ${list.map(
            (o, i) => html`<li
              id="opt-${i}"
              role="option"
              part="option"
              aria-selected=${i === this._active ? 'true' : 'false'}
              data-code=${o.code}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this._choose(o)}
            >
              ${officeLabel(o)}
            </li>`,
          )}
        </ul>
        ${open && !list.length ? html`<p class="no-match">${msg('Không có cơ quan nào phù hợp.')}</p>` : nothing}
      </div>
      ${message ? html`<p class="error" id="office-error" part="error">${message}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-office-picker': VssOfficePicker;
  }
  interface HTMLElementEventMap {
    'vss-office-change': CustomEvent<OfficeChangeDetail>;
  }
}
