import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { ValidationIssue } from '@vssid/core/validators';
import { VssElement } from '../base/vss-element.js';
import {
  adoptPartStyles,
  completeAfterParts,
  holdUpdateComplete,
  isHeld,
  OnDemand,
  renderPart,
} from '../base/on-demand.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { DraftController, STEP_COUNT, type PersonalFields, type StepNumber } from './draft.js';
import { controlId, errorText, fieldLabel, idTypeText, sexLabel, stepTitle } from './fields.js';
import { formParts, STEP_OPENS, STEP_SHOWS, type FormParts, type PartName } from './parts.js';
import { formState, freshFields, type FieldError, type RegisteredDetail, type TextKey } from './state.js';
import type { StepsHost } from './steps.js';
import type { LookupHost } from './lookup.js';
import type { ReceiptHost } from './receipt.js';
import type { StatusView } from './status.js';
import type { ErrorSummary } from '../shared/error-summary.js';
import { styles } from './registration-form.styles.js';

export type { RegisteredDetail } from './state.js';

/** What tells the form that the citizen has started on it. */
const START_EVENTS = ['pointerover', 'focusin', 'keydown'] as const;

/**
 * Electronic-transaction registration (tờ khai Mẫu 01/ĐK-GD) for an individual, in five steps the citizen
 * moves back and forth through: personal data (with "Tra cứu mã số BHXH"), photos, phone confirmed by OTP,
 * the receiving office, then review with consent and "Ghi nhận". Validation uses core's rules (the same the
 * server applies); the draft survives a reload; a double click submits once. With `dossier-number` set, it
 * shows that dossier's live status instead of the form.
 *
 * The first step is all a page loads up front; the later steps, their child elements, the receipt and the
 * status view are fetched on demand (once the citizen starts, the rules and the next step's while they fill the
 * current one). Until a
 * part is there its place shows the loading state, and a part that fails to load shows the error state
 * with "Thử lại". `updateComplete` resolves once the parts the current view shows are rendered.
 *
 * @element vss-registration-form
 * @fires vss-registered - The declaration was received. `detail: { dossierNumber, status: 'received', submittedAt, officeCode }`
 * @fires vss-login-request - The citizen is already registered and chose to sign in. `detail: {}`
 * @csspart steps - The step indicator (`<ol>`).
 * @csspart step - One step of the indicator; the current one has `aria-current="step"`.
 * @csspart error-summary - The "Có lỗi cần sửa" box at the top of a step.
 * @csspart input - Every text input and select of the declaration.
 * @csspart button - Every action button (next, back, submit, …).
 * @csspart submit-button - "Ghi nhận".
 * @csspart success - The receipt shown after submission.
 * @csspart dossier-number - The dossier number on the receipt and the status view.
 * @csspart declaration - The printable declaration (visible only in print).
 * @csspart status - The dossier status view.
 * @cssprop --vss-color-primary - Buttons, current step, links.
 * @cssprop --vss-color-danger - Errors and the error summary border.
 * @cssprop --vss-color-success - The receipt and "approved" status.
 * @cssprop --vss-space - Base spacing unit.
 */
@customElement('vss-registration-form')
export class VssRegistrationForm extends VssElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** Where the draft is kept: sessionStorage key `vss-draft:<draft-key>`. Use one per form on a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'vssid.registration';

  /** Show the live status of this dossier (e.g. `01027.GD/2026/00107`) instead of the form. */
  @property({ attribute: 'dossier-number', reflect: true }) dossierNumber?: string;

  /** Seconds between status refreshes in the status view (0 = only on request). */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30;

  /** Messages, lookup, OTP, submission and receipt (state.ts); the parts change it through `set`. */
  readonly #s = formState(this);
  readonly #draft = new DraftController(
    this,
    () => this.draftKey,
    () => {
      this.#photosRestored = false;
      // Messages come back as the citizen leaves each field or moves on, as on a fresh form.
      this.#s.set({ shown: new Set() });
    },
  );
  #photosRestored = false;
  #statusView?: StatusView;
  /** "Có lỗi cần sửa", made once the rules (checks.ts) are there. */
  #summary?: ErrorSummary;
  /** The parts loaded on demand (parts.ts), each with the styles it brings. */
  readonly #parts = Object.fromEntries(
    Object.keys(formParts).map((name) => [name, new OnDemand(this, formParts, name as PartName, adoptPartStyles)]),
  ) as FormParts;
  /** What the parts are given of this form (each sees only its own interface). */
  readonly #host = this.#partHost();
  /**
   * The citizen has started on the form (a pointer over it, a focus, a key): only then are the rules and the
   * later parts fetched ahead, so that the form's first paint costs only its first step.
   */
  #started = false;
  readonly #onStart = () => {
    if (this.#started) return;
    this.#started = true;
    this.#prefetch();
  };

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of START_EVENTS) this.addEventListener(type, this.#onStart);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of START_EVENTS) this.removeEventListener(type, this.#onStart);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('draftKey') && this.isConnected) this.#draft.load();
    if (this.dossierNumber && !this.#statusView) {
      // Created here, before the controllers' hostUpdate, so that its first status request starts now.
      const m = this.#parts.status.use();
      if (m)
        this.#statusView = new m.StatusView(this, () => ({
          dossierNumber: this.dossierNumber,
          pollInterval: this.pollInterval,
          api: this.api,
        }));
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Tried after every render until the photo inputs are there (they arrive with their parts).
    if (!this.#photosRestored)
      this.#photosRestored = !!this.#parts.steps.value?.restorePhotos(this.renderRoot, this.#draft.value);
    const sel = this.#s.focusNext;
    if (sel) {
      const target = this.renderRoot.querySelector<HTMLElement>(sel);
      // Kept while a part is on its way or failed: its control gets the focus once it is there.
      if (target || !(isHeld(this) || this.#anyFailed())) {
        this.#s.focusNext = null;
        // After this update has finished: the field focus leaves is checked on blur, which updates again.
        if (target) queueMicrotask(() => target.focus());
      }
    }
    this.#prefetch();
  }

  /** Also waits for the parts the current view shows (and the render they bring). */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfterParts(this, () => super.getUpdateComplete());
  }

  // ---- parts loaded on demand ---------------------------------------------------------------------

  #anyFailed(): boolean {
    return Object.values(this.#parts).some((p) => p.error !== undefined);
  }

  /** Fetches ahead the rules and what the current and the next step show or may open, once the citizen has started. */
  #prefetch(): void {
    if (this.dossierNumber || !this.#started) return;
    if (this.#s.success) {
      void this.#parts.status.prefetch();
      return;
    }
    void this.#parts.checks.prefetch();
    const upTo = Math.min(this.#draft.value.step + 1, STEP_COUNT);
    for (let s = 1; s <= upTo; s++)
      for (const name of [...STEP_SHOWS[s]!, ...STEP_OPENS[s]!]) void this.#parts[name].prefetch();
  }

  /**
   * The form as the parts see it: one object, typed per part by the interface each part declares. What the
   * form does for its parts (messages, the summary, moving between steps) lives here once, and the form's
   * own templates call it here too.
   */
  #partHost(): StepsHost & LookupHost & ReceiptHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element
    const form = this;
    const s = this.#s;
    const draft = this.#draft;
    const checks = this.#parts.checks;
    const host: StepsHost & LookupHost & ReceiptHost = {
      element: this,
      get root() {
        return form.renderRoot;
      },
      draft,
      state: s,
      parts: this.#parts,
      get api() {
        return form.api;
      },
      // Nothing to say until the rules have arrived: they are fetched once the citizen starts, or here once a
      // field's message is due ("Tiếp tục" waits for them too). The first paint needs none.
      issues: () => (s.shown.size ? checks.use() : checks.value)?.issuesOf(draft.value) ?? {},
      // server message first, then core's rule (an issue means the rules are here)
      errorFor: (field, issues) =>
        s.serverErrors[field] || (s.shown.has(field) && issues[field] ? checks.value!.issueText(issues[field]) : ''),
      textField: (key, issues, opts) => this.#textField(key, issues, opts),
      show: (...fields) => s.set({ shown: new Set([...s.shown, ...fields]) }),
      forget: (field) => {
        if (field in s.serverErrors) {
          const { [field]: _gone, ...rest } = s.serverErrors;
          s.set({ serverErrors: rest });
        }
      },
      showSummary: (errors) => {
        host.show(...errors.map((e) => e.field));
        s.set({ summary: errors });
        // the summary takes the focus once drawn
        s.focusNext = null;
        this.#summary?.show();
      },
      goTo: (step, focus = true) => {
        s.set({ summary: null, submitProblem: null, confirmReset: false });
        draft.update({ step, maxStep: Math.max(draft.value.maxStep, step) as StepNumber });
        draft.saveNow();
        if (focus) s.focusNext = `#step-heading`;
      },
      registered: (detail) => this.emit('vss-registered', detail),
      askLogin: () => this.emit('vss-login-request', {}),
      fillCode: (code) => {
        this.#setField('socialInsuranceCode', code);
        host.show('socialInsuranceCode');
      },
      showStatus: (dossierNumber) => (this.dossierNumber = dossierNumber),
      startOver: () => this.#startOver(),
    };
    return host;
  }

  // ---- draft edits --------------------------------------------------------------------------------

  #setField<K extends keyof PersonalFields>(key: K, value: PersonalFields[K]): void {
    this.#draft.setField(key, value);
    this.#host.forget(key);
  }

  #hide(field: string): void {
    const shown = this.#s.shown;
    if (shown.has(field)) {
      const next = new Set(shown);
      next.delete(field);
      this.#s.set({ shown: next });
    }
  }

  /** Text inputs: the personal fields, plus the phone which lives beside them in the draft. */
  #valueOf(key: TextKey): string {
    const d = this.#draft.value;
    return key === 'phone' ? d.phone : String(d.fields[key]);
  }

  #setValue(key: TextKey, value: string): void {
    if (key === 'phone') {
      this.#draft.update({ phone: value });
      this.#host.forget('phone');
    } else {
      this.#setField(key, value as never);
    }
  }

  #onText(key: TextKey) {
    return (e: Event) => {
      // Hidden while typing, checked again on leaving: a half-typed value is not yet a mistake.
      this.#hide(key);
      this.#setValue(key, (e.target as HTMLInputElement).value);
    };
  }

  #onLeave(key: string) {
    return () => this.#host.show(key);
  }

  /** "Tiếp tục" (or Enter): `updateComplete` covers the whole move, rules and next step included. */
  #onSubmit(e: Event): void {
    e.preventDefault();
    // The move needs the rules (checks.ts); a part that fails to load shows its error with "Thử lại".
    const checks = this.#parts.checks;
    const next =
      checks.value?.next(this.#host) ??
      checks.ready().then(
        (c) => c.next(this.#host),
        () => undefined,
      );
    holdUpdateComplete(this, next);
  }

  #back(): void {
    const step = this.#draft.value.step;
    if (step > 1) this.#host.goTo((step - 1) as StepNumber);
  }

  #focusField(field: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  // ---- code lookup --------------------------------------------------------------------------------

  #toggleLookup(): void {
    const l = this.#s.lookup;
    const open = !l.open;
    const f = this.#draft.value.fields;
    this.#s.set({
      lookup: open
        ? {
            ...l,
            open,
            fullName: l.fullName || f.fullName,
            dateOfBirth: l.dateOfBirth || f.dateOfBirth,
            idNumber: l.idNumber || f.idNumber,
          }
        : { ...l, open },
    });
    if (open) this.#s.focusNext = '#lookup-fullName';
  }

  #startOver(): void {
    const s = this.#s;
    this.#draft.reset();
    // what the citizen sees goes; a submission on its way and the receipt's "copied" stay as they were
    s.set({ ...freshFields(), submitting: s.submitting, copied: s.copied });
    this.#photosRestored = false;
    s.focusNext = '#step-heading';
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    const parts = this.#parts;
    if (this.dossierNumber)
      return this.#statusView?.render() ?? renderPart(parts.status, this, msg('Đang tải trạng thái hồ sơ…'));
    const success = this.#s.success;
    if (success) return parts.receipt.use()?.renderSuccess(this.#host, success) ?? renderPart(parts.receipt, this);
    return this.#renderForm();
  }

  #renderForm(): TemplateResult {
    const d = this.#draft.value;
    const s = this.#s;
    const issues = this.#host.issues();
    return html`<div class="wrap">
      <h2 id="form-title" class="title">${msg('Đăng ký giao dịch điện tử với cơ quan BHXH')}</h2>
      <p class="lead">${msg('Tờ khai Mẫu 01/ĐK-GD dành cho cá nhân. Tất cả các mục đều bắt buộc.')}</p>
      ${this.#renderSteps()}
      <form class="step-form" novalidate aria-busy=${s.submitting ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <h3 id="step-heading" class="step-heading" tabindex="-1">
          <span class="step-count">${msg(str`Bước ${d.step}/${STEP_COUNT}`)}</span>
          ${stepTitle(d.step)}
        </h3>
        ${this.#renderSummary()}
        <div class="step-body" ?hidden=${d.step !== 1}>${this.#renderPersonal(issues)}</div>
        ${this.#renderLater(d.step, issues)}
        ${this.#renderNav()}
      </form>
      ${this.#renderStartOver()}
    </div>`;
  }

  /** The error summary of the last refused move, once the rules are there (they bring it). */
  #renderSummary() {
    const list = this.#s.summary;
    const checks = this.#parts.checks;
    const rules = list?.length ? checks.use() : undefined;
    if (!rules) return list?.length || checks.error !== undefined ? renderPart(checks, this) : nothing;
    if (!this.#summary) {
      this.#summary = rules.errorSummary(this);
      this.#summary.show();
    }
    return this.#summary.render(list!.map(({ field, text }) => ({ field, text: `${fieldLabel(field)}: ${text}` })));
  }

  /** Steps 2–5, once their part is there (steps 2–4 stay in the DOM, hidden, once drawn). */
  #renderLater(step: StepNumber, issues: Record<string, ValidationIssue>) {
    const steps = this.#parts.steps;
    return (
      (step > 1 ? steps.use() : steps.value)?.renderSteps(this.#host, issues) ??
      (step > 1 ? html`<div class="step-body">${renderPart(steps, this)}</div>` : nothing)
    );
  }

  #renderSteps(): TemplateResult {
    const d = this.#draft.value;
    const steps = [1, 2, 3, 4, 5] as StepNumber[];
    return html`<ol class="steps" part="steps" aria-label=${msg('Các bước đăng ký')}>
        ${steps.map((n) => {
          const current = n === d.step;
          const reachable = n <= d.maxStep && !current;
          const state = current ? 'current' : n < d.step || n <= d.maxStep ? 'done' : 'todo';
          const label = html`<span class="visually-hidden">${msg(str`Bước ${n}:`)} </span
            ><span class="step-num" aria-hidden="true">${n}</span><span class="step-name">${stepTitle(n)}</span>`;
          return html`<li class="step ${state}" part="step" aria-current=${current ? 'step' : nothing}>
            ${
              reachable
                ? html`<button type="button" class="step-link" @click=${() => this.#host.goTo(n)}>${label}</button>`
                : html`<span class="step-link">${label}</span>`
            }
          </li>`;
        })}
    </ol>`;
  }

  #textField(
    key: TextKey,
    issues: Record<string, ValidationIssue>,
    opts: {
      autocomplete?: string;
      inputmode?: string;
      type?: string;
      hint?: string;
      wide?: boolean;
      extra?: unknown;
    } = {},
  ): TemplateResult {
    const id = controlId(key);
    const error = this.#host.errorFor(key, issues);
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    // A suggestion comes with an issue, and issues with the rules.
    const suggestion = this.#s.shown.has(key) ? issues[key]?.params?.suggestion : undefined;
    return html`<div class="field ${opts.wide ? 'wide' : ''} ${error ? 'has-error' : ''}">
      <label for=${id}>${fieldLabel(key)}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : nothing} ${errorText(id, error)}
      <input
        id=${id}
        part="input"
        name=${key}
        type=${opts.type ?? 'text'}
        autocomplete=${opts.autocomplete ?? 'off'}
        inputmode=${opts.inputmode ?? nothing}
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this.#valueOf(key) /* every input event updates the draft, so no live() is needed */}
        @input=${this.#onText(key)}
        @blur=${this.#onLeave(key)}
      />
      ${
        suggestion !== undefined
          ? this.#parts.checks.value!.renderSuggestion(String(suggestion), () => {
              this.#setValue(key, String(suggestion));
              this.#focusField(key);
            })
          : nothing
      }
      ${opts.extra ?? nothing}
    </div>`;
  }

  #renderPersonal(issues: Record<string, ValidationIssue>): TemplateResult {
    const f = this.#draft.value.fields;
    const sexError = this.#host.errorFor('sex', issues);
    const idTypeError = this.#host.errorFor('idType', issues);
    const dateHint = msg('Ví dụ: 27/03/1990');
    return html`<fieldset class="group">
        <legend>${msg('Thông tin cá nhân')}</legend>
        <div class="grid">
          ${this.#textField('fullName', issues, { autocomplete: 'name', hint: msg('Viết có dấu, như trên giấy tờ tùy thân.'), wide: true })}
          ${this.#textField('dateOfBirth', issues, { autocomplete: 'bday', inputmode: 'numeric', hint: dateHint })}
          <fieldset class="field radios ${sexError ? 'has-error' : ''}" aria-describedby=${sexError ? 'f-sex-error' : nothing}>
            <legend>${fieldLabel('sex')}</legend>
            ${errorText('f-sex', sexError)}
            <div class="radio-row">
              ${(['male', 'female'] as const).map(
                (s) => html`<label class="radio">
                  <input
                    type="radio"
                    id="f-sex-${s}"
                    name="sex"
                    value=${s}
                    aria-invalid=${sexError ? 'true' : 'false'}
                    .checked=${f.sex === s}
                    @change=${() => {
                      this.#setField('sex', s);
                      this.#host.show('sex');
                    }}
                  />
                  <span>${sexLabel(s)}</span>
                </label>`,
              )}
            </div>
          </fieldset>
          ${this.#textField('socialInsuranceCode', issues, {
            inputmode: 'numeric',
            hint: msg('10 chữ số, in trên sổ BHXH hoặc là 10 số cuối của mã thẻ BHYT.'),
            wide: true,
            extra: this.#renderLookup(),
          })}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Giấy tờ tùy thân')}</legend>
        <div class="grid">
          <div class="field ${idTypeError ? 'has-error' : ''}">
            <label for="f-idType">${fieldLabel('idType')}</label>
            ${errorText('f-idType', idTypeError)}
            <select
              id="f-idType"
              part="input"
              aria-invalid=${idTypeError ? 'true' : 'false'}
              aria-describedby=${idTypeError ? 'f-idType-error' : nothing}
              @change=${(e: Event) => {
                this.#setField('idType', (e.target as HTMLSelectElement).value as PersonalFields['idType']);
                this.#host.forget('idNumber');
              }}
            >
              ${(['cccd', 'cmnd', 'passport'] as const).map(
                (t) => html`<option value=${t} ?selected=${f.idType === t}>${idTypeText(t)}</option>`,
              )}
            </select>
          </div>
          ${this.#textField('idNumber', issues, {
            inputmode: f.idType === 'passport' ? 'text' : 'numeric',
            hint:
              f.idType === 'cccd'
                ? msg('12 chữ số. Chữ số thứ 4 và năm sinh trên CCCD phải khớp với ngày sinh và giới tính.')
                : f.idType === 'cmnd'
                  ? msg('9 chữ số.')
                  : msg('1 chữ cái và 7 chữ số, ví dụ C1234567.'),
          })}
          ${this.#textField('idIssueDate', issues, { inputmode: 'numeric', hint: dateHint })}
          ${this.#textField('idIssuePlace', issues, { hint: msg('Ví dụ: Cục Cảnh sát QLHC về TTXH') })}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Liên hệ')}</legend>
        <div class="grid">
          ${this.#textField('address', issues, {
            autocomplete: 'street-address',
            hint: msg('Số nhà, đường, xã/phường, tỉnh/thành phố.'),
            wide: true,
          })}
          ${this.#textField('email', issues, {
            type: 'email',
            autocomplete: 'email',
            hint: msg('Biên nhận hồ sơ được gửi vào email này.'),
            wide: true,
          })}
        </div>
      </fieldset>`;
  }

  #renderLookup(): TemplateResult {
    const l = this.#s.lookup;
    const lookup = this.#parts.lookup;
    const panel = l.open ? lookup.use() : lookup.value;
    return html`<button
        type="button"
        class="button link disclosure"
        part="button"
        aria-expanded=${l.open ? 'true' : 'false'}
        aria-controls="lookup"
        @click=${this.#toggleLookup}
      >
        ${msg('Tra cứu mã số BHXH')}
      </button>
      ${
        panel?.renderLookup(this.#host) ??
        html`<div id="lookup" class="lookup" ?hidden=${!l.open}>${l.open ? renderPart(lookup, this) : nothing}</div>`
      }`;
  }

  #renderNav(): TemplateResult {
    const step = this.#draft.value.step;
    const last = step === STEP_COUNT;
    const busy = this.#s.submitting;
    return html`<div class="nav no-print">
      ${
        last
          ? this.#parts.steps.value?.renderSubmit(busy) // comes with the review
          : html`<button type="submit" class="button primary" part="button" id="next">${msg('Tiếp tục')}</button>`
      }
      ${
        step > 1
          ? html`<button type="button" class="button secondary" part="button" id="back" @click=${this.#back}>${msg('Quay lại')}</button>`
          : nothing
      }
      <p id="submit-status" class="visually-hidden" role="status">${busy ? msg('Đang gửi tờ khai, vui lòng chờ…') : ''}</p>
    </div>`;
  }

  #renderStartOver() {
    const s = this.#s;
    const startOver = this.#parts.startOver;
    if (s.confirmReset) {
      return (
        startOver.use()?.renderConfirm({
          onConfirm: () => this.#startOver(),
          onCancel: () => {
            s.set({ confirmReset: false });
            s.focusNext = '#reset';
          },
        }) ?? renderPart(startOver, this)
      );
    }
    return html`<p class="draft-note no-print">
      ${msg('Thông tin đã nhập được lưu tạm trên trình duyệt này cho đến khi bạn gửi tờ khai.')}
      <button
        type="button"
        class="button link"
        part="button"
        id="reset"
        @click=${() => {
          s.set({ confirmReset: true });
          s.focusNext = '#reset-yes';
        }}
      >
        ${msg('Làm lại từ đầu')}
      </button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-registration-form': VssRegistrationForm;
  }
  interface HTMLElementEventMap {
    'vss-registered': CustomEvent<RegisteredDetail>;
  }
}
