import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { Office, Province, VssApi } from '@vssid/core';
import { matchesSearch } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import { officeLabel } from '@vssid/core/text';
import { VssFormElement, type FieldIssue } from '../base/vss-form-element.js';
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

  /** 2-digit province code whose offices are listed (taken from `value` when unset). */
  @property({ reflect: true }) province = '';
  /** The chosen office's 5-digit code (the form value). */
  @property() value = '';
  /** A message from the host form or the server, shown under the field. */
  @property() error = '';

  @state() private _query: string | null = null;
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _showValidity = false;

  @query('#office') private _input?: HTMLInputElement;
  @query('#province') private _select?: HTMLSelectElement;

  #defaultValue: string | null = null;
  #defaultProvince = '';

  readonly #provinces = new Task(this, {
    task: ([api], { signal }) => (api as VssApi).provinces({ signal }),
    args: () => [this.api] as const,
  });

  readonly #offices = new Task(this, {
    task: async ([api, province], { signal }): Promise<Office[]> =>
      province ? (api as VssApi).offices(province as string, { signal }) : [],
    args: () => [this.api, this.#provinceCode] as const,
  });

  protected override invalidated(): void {
    this._showValidity = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#defaultValue === null) {
      this.#defaultValue = this.value;
      this.#defaultProvince = this.province;
    }
  }

  /** The chosen office (once the province's list has loaded), or null. */
  get office(): Office | null {
    return this.#officeList().find((o) => o.code === this.value) ?? null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.value = this.#defaultValue ?? '';
    this.province = this.#defaultProvince;
    this._query = null;
    this._open = false;
    this._showValidity = false;
  }

  /** Focuses the office box once a province is chosen, else the province select. */
  override focus(options?: FocusOptions): void {
    const target = this.#provinceCode && !this._input?.disabled ? this._input : this._select;
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ---- state --------------------------------------------------------------------------------------

  get #provinceCode(): string {
    return this.province || (/^\d{5}$/.test(this.value) ? this.value.slice(0, 2) : '');
  }

  #officeList(): Office[] {
    return this.#offices.status === TaskStatus.COMPLETE ? (this.#offices.value ?? []) : [];
  }

  #matches(): Office[] {
    const q = this._query ?? '';
    return this.#officeList().filter((o) => matchesSearch(officeLabel(o), q));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.syncForm();
  }

  /** Required and none chosen: typed text that names no office, or nothing yet. */
  protected override issue(): FieldIssue | null {
    if (!this.required || this.value || this.isDisabled) return null;
    return {
      flag: 'valueMissing',
      message: formatIssue({ code: this._query ? 'office_format' : 'required' }, currentLocale()),
      anchor: this.#provinceCode ? this._input : this._select,
    };
  }

  /** The user's action changed the value: the form, then `input` and `change` (as a native select). */
  #announceIf(before: string): void {
    if (this.value === before) return;
    this.syncForm();
    this.announceInput();
    this.announceChange();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('_active') && this._active >= 0) {
      this.renderRoot.querySelector(`#opt-${this._active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  #choose(office: Office): void {
    const before = this.value;
    this.value = office.code;
    this.province = office.provinceCode;
    this._query = null;
    this._open = false;
    this._active = -1;
    this._showValidity = false;
    this.#announceIf(before);
    this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: office.provinceCode, office });
  }

  #onProvince(e: Event): void {
    const code = (e.target as HTMLSelectElement).value;
    if (code === this.#provinceCode) return;
    const had = this.value;
    this.province = code;
    this.value = '';
    this._query = null;
    this._open = false;
    this._active = -1;
    if (had) this.#announceIf(had);
    if (had || code) this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: code, office: null });
  }

  #onInput(e: Event): void {
    this._query = (e.target as HTMLInputElement).value;
    this._open = true;
    this._active = -1;
    if (this.value) {
      // Edited text no longer names the chosen office: the choice is undone until a new one is picked.
      const before = this.value;
      this.value = '';
      this.#announceIf(before);
      this.emit<OfficeChangeDetail>('vss-office-change', { provinceCode: this.#provinceCode, office: null });
    }
  }

  #onKeyDown(e: KeyboardEvent): void {
    const list = this.#matches();
    const last = list.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this._open) {
          this._open = true;
          if (!e.altKey)
            this._active = Math.max(
              0,
              list.findIndex((o) => o.code === this.value),
            );
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
          this.#choose(list[this._active]!);
        } else if (this._open && list.length === 1) {
          e.preventDefault();
          this.#choose(list[0]!);
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

  #onBlur(e: FocusEvent): void {
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

  #toggle(): void {
    if (this.isDisabled || !this.#provinceCode) return;
    this._open = !this._open;
    this._input?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    const disabled = this.isDisabled;
    return html`<div class="fields" part="field">
        <div class="control">
          <label for="province">${msg('Tỉnh/thành phố')}</label>
          ${this.#provinces.render({
            initial: () => this.#renderProvinceSelect([], true),
            pending: () => this.#renderProvinceSelect([], true),
            complete: (list) => this.#renderProvinceSelect(list, disabled),
            error: () => this.#renderProvinceSelect([], true),
          })}
        </div>
        <div class="control office">${this.#renderOffice(disabled)}</div>
      </div>
      ${
        this.#provinces.status === TaskStatus.ERROR
          ? renderError(this.#provinces.error, () => void this.#provinces.run(), this)
          : nothing
      }
      ${
        this.#offices.status === TaskStatus.ERROR
          ? renderError(this.#offices.error, () => void this.#offices.run(), this)
          : nothing
      }
      <p class="visually-hidden" role="status">${this.#statusText()}</p>`;
  }

  #statusText(): string {
    if (this.#provinces.status === TaskStatus.PENDING || this.#offices.status === TaskStatus.PENDING) {
      return msg('Đang tải danh sách cơ quan BHXH…');
    }
    if (this._open && this._query) {
      const n = this.#matches().length;
      return n ? msg(str`${n} cơ quan phù hợp.`) : msg('Không có cơ quan nào phù hợp.');
    }
    return '';
  }

  #renderProvinceSelect(list: Province[], disabled: boolean) {
    const current = this.#provinceCode;
    return html`<select
      id="province"
      part="province"
      autocomplete="off"
      ?disabled=${disabled}
      aria-busy=${this.#provinces.status === TaskStatus.PENDING ? 'true' : 'false'}
      @change=${this.#onProvince}
    >
      <option value="" ?selected=${!current}>
        ${this.#provinces.status === TaskStatus.PENDING ? msg('Đang tải…') : msg('Chọn tỉnh/thành phố')}
      </option>
      ${list.map((p) => html`<option value=${p.code} ?selected=${p.code === current}>${p.name}</option>`)}
    </select>`;
  }

  #renderOffice(disabled: boolean) {
    const province = this.#provinceCode;
    const loading = this.#offices.status === TaskStatus.PENDING;
    const list = this.#matches();
    const selected = this.office;
    const text = this._query ?? (selected ? officeLabel(selected) : '');
    const message = this.error || (this._showValidity ? this.validationMessage : '');
    const open = this._open && !!province && !loading;
    const expanded = open && list.length > 0;
    const activeId = expanded && this._active >= 0 ? `opt-${this._active}` : '';
    const inputDisabled = disabled || !province || loading || this.#offices.status === TaskStatus.ERROR;
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
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${() => (this._open = true)}
          @blur=${this.#onBlur}
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
          @click=${this.#toggle}
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
              @click=${() => this.#choose(o)}
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
