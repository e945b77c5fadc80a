import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { RegistrationReceipt, VssApi } from '@vssid/core';
import type { ValidationIssue } from '@vssid/core/validators';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import {
  clearDraft,
  emptyDraft,
  loadDraft,
  saveDraft,
  STEP_COUNT,
  storageKeyFor,
  type PersonalFields,
  type RegistrationDraft,
  type StepNumber,
} from './draft.js';
import { controlId, fieldLabel, idTypeText, sexLabel, stepTitle } from './fields.js';
import type { DeclarationData } from './declaration.js';
import { formParts, STEP_OPENS, STEP_SHOWS, type PartModule, type PartName } from './parts.js';
import type { StatusView } from './status.js';
import { styles } from './registration-form.styles.js';

/** Detail of `vss-registered`. */
export interface RegisteredDetail {
  dossierNumber: string;
  status: RegistrationReceipt['status'];
  submittedAt: string;
  officeCode: string;
}

const SAVE_DELAY_MS = 400;

/** @internal */
export type TextKey = Exclude<keyof PersonalFields, 'sex' | 'idType'> | 'phone';
/** @internal */
export type SubmitProblem = { kind: 'conflict' } | { kind: 'failure'; error: unknown };
/** @internal A field's message in the error summary. */
export type FieldError = { field: string; text: string };

/** @internal */
export interface LookupState {
  open: boolean;
  fullName: string;
  dateOfBirth: string;
  idNumber: string;
  busy: boolean;
  /** Field → message for the lookup's own inputs. */
  errors: Partial<Record<'fullName' | 'dateOfBirth' | 'idNumber', string>>;
  result: { code: string; fullName: string } | null;
  error: unknown;
  notFound: boolean;
}

/** @internal */
export interface OtpState {
  /** idle: nothing sent yet; sent: a code is on its way, the OTP box shows. */
  phase: 'idle' | 'sending' | 'sent' | 'verifying';
  resendAfter: number;
  sentTo: string;
  error: unknown;
}

/** @internal */
export interface Success {
  receipt: RegistrationReceipt;
  declaration: DeclarationData;
  phone: string;
  socialInsuranceCode: string;
}

/** Modules that have arrived, by loader (a test may stand in another loader for a part). */
const arrived = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * Electronic-transaction registration (tờ khai Mẫu 01/ĐK-GD) for an individual, in five steps the citizen
 * moves back and forth through: personal data (with "Tra cứu mã số BHXH"), photos, phone confirmed by OTP,
 * the receiving office, then review with consent and "Ghi nhận". Validation uses core's rules (the same the
 * server applies); the draft survives a reload; a double click submits once. With `dossier-number` set, it
 * shows that dossier's live status instead of the form.
 *
 * The first step is all a page loads up front; the later steps, their child elements, the receipt and the
 * status view are fetched on demand (the next step's while the citizen fills the current one). Until a
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

  // Members without `private` below are internal too: the parts loaded on demand (steps.ts, receipt.ts,
  // status.ts) render and act through them.
  /** @internal */
  @state() _draft: RegistrationDraft = emptyDraft();
  /** Fields whose message is shown: left at least once, or checked by step-next / submit. */
  @state() private _shown = new Set<string>();
  /** @internal Messages the server sent for fields (422); each goes when its field is edited. */
  @state() _serverErrors: Record<string, string> = {};
  /** @internal */
  @state() _summary: FieldError[] | null = null;
  /** @internal */
  @state() _lookup: LookupState = newLookup();
  /** @internal */
  @state() _otp: OtpState = newOtp();
  /** @internal */
  @state() _submitting = false;
  /** @internal */
  @state() _submitProblem: SubmitProblem | null = null;
  /** @internal */
  @state() _success: Success | null = null;
  /** @internal */
  @state() _confirmReset = false;
  /** @internal */
  @state() _copied = false;

  /** @internal The control to focus once the next render is done (kept while a part it may be in loads). */
  _focusNext: string | null = null;
  private _loadedKey = '';
  private _saveTimer?: ReturnType<typeof setTimeout>;
  private _photosRestored = false;
  private _statusView?: StatusView;
  /** Parts this element is fetching, and whether its current view waits for each. */
  private readonly _fetching = new Map<PartName, Promise<void>>();
  private readonly _awaited = new Set<Promise<unknown>>();
  private readonly _failed = new Map<PartName, unknown>();
  private readonly _sheets = new Set<CSSResult>();
  /**
   * The citizen has started on the form (a pointer over it, a focus, a key): only then are the later parts
   * fetched ahead, so that the form's first paint costs only its first step.
   */
  private _started = false;
  private readonly _onStart = () => {
    if (this._started) return;
    this._started = true;
    this._prefetch();
  };

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this._loadDraft();
    document.addEventListener('visibilitychange', this._onVisibility);
    window.addEventListener('pagehide', this._flush);
    for (const type of ['pointerover', 'focusin', 'keydown']) this.addEventListener(type, this._onStart);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._flush();
    document.removeEventListener('visibilitychange', this._onVisibility);
    window.removeEventListener('pagehide', this._flush);
    for (const type of ['pointerover', 'focusin', 'keydown']) this.removeEventListener(type, this._onStart);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('draftKey') && this.isConnected) this._loadDraft();
    if (this.dossierNumber && !this._statusView) {
      // Created here, before the controllers' hostUpdate, so that its first status request starts now.
      const m = this._part('status');
      if (m) this._statusView = new m.StatusView(this);
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Tried after every render until the photo inputs are there (they arrive with their parts).
    if (!this._photosRestored) this._photosRestored = !!this._part('steps', false)?.restorePhotos(this);
    const sel = this._focusNext;
    if (sel) {
      const target = this.renderRoot.querySelector<HTMLElement>(sel);
      // Kept while a part is on its way or failed: its control gets the focus once it is there.
      if (target || !(this._awaited.size || this._failed.size)) {
        this._focusNext = null;
        // After this update has finished: the field focus leaves is checked on blur, which updates again.
        if (target) queueMicrotask(() => target.focus());
      }
    }
    this._prefetch();
  }

  /** Also waits for the parts the current view shows (and the render they bring). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._awaited.size) {
      await Promise.all(this._awaited);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // ---- parts loaded on demand ---------------------------------------------------------------------

  /**
   * The part's module once it has arrived (its styles adopted), else undefined: then it is being fetched
   * and the element renders again when it arrives or fails. `shown`: the current view waits for it (its
   * place shows {@link _partState}); otherwise it is fetched ahead.
   * @internal
   */
  _part<K extends PartName>(name: K, shown = true): PartModule<K> | undefined {
    const mod = arrived.get(formParts[name]) as PartModule<K> | undefined;
    if (mod) {
      if ('partStyles' in mod) this._adoptStyles(mod.partStyles);
      return mod;
    }
    const loading = shown ? this._fetch(name) : undefined;
    if (loading) this._awaited.add(loading);
    return undefined;
  }

  /** Starts fetching a part unless it is there, on its way or failed (then "Thử lại" asks again). */
  private _fetch(name: PartName): Promise<void> | undefined {
    const load = formParts[name];
    if (arrived.has(load) || this._failed.has(name)) return undefined;
    let loading = this._fetching.get(name);
    if (!loading) {
      loading = load()
        .then(
          (m) => void arrived.set(load, m),
          (e: unknown) => void this._failed.set(name, e ?? new Error(`${name} failed to load`)),
        )
        .finally(() => {
          this._fetching.delete(name);
          this._awaited.delete(loading!);
          this.requestUpdate();
        });
      this._fetching.set(name, loading);
    }
    return loading;
  }

  /** @internal The place of a part that is not there yet: loading, or the error with "Thử lại". */
  _partState(name: PartName, label?: string): TemplateResult {
    const error = this._failed.get(name);
    if (error === undefined) return renderLoading(label);
    return renderError(error, () => {
      this._failed.delete(name);
      this.requestUpdate();
    }, this);
  }

  /** @internal Resolves once the part is there (fetching it again if it had failed); rejects if it fails. */
  async _partReady(name: PartName): Promise<void> {
    this._failed.delete(name);
    await this._fetch(name);
    const error = this._failed.get(name);
    if (error !== undefined) throw error;
  }

  /** Adds a part's stylesheets to this element's shadow root (once each: parts share some). */
  private _adoptStyles(sheets: CSSResult | CSSResult[]): void {
    const root = this.renderRoot as ShadowRoot;
    for (const sheet of [sheets].flat()) {
      if (this._sheets.has(sheet)) continue;
      this._sheets.add(sheet);
      if (supportsAdoptingStyleSheets && sheet.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet.styleSheet];
      else adoptStyles(root, [sheet]); // without adoptable sheets this appends a <style>
    }
  }

  /** Fetches ahead the rules and what the current and the next step show or may open, once the citizen has started. */
  private _prefetch(): void {
    if (this.dossierNumber || !this._started) return;
    if (this._success) {
      this._fetch('status');
      return;
    }
    this._fetch('checks');
    const upTo = Math.min(this._draft.step + 1, STEP_COUNT);
    for (let s = 1; s <= upTo; s++) for (const name of [...STEP_SHOWS[s]!, ...STEP_OPENS[s]!]) this._fetch(name);
  }

  // ---- the draft ----------------------------------------------------------------------------------

  private _loadDraft(): void {
    const key = storageKeyFor(this.draftKey);
    if (key === this._loadedKey) return;
    this._loadedKey = key;
    this._draft = loadDraft(key) ?? emptyDraft();
    this._photosRestored = false;
    // Messages come back as the citizen leaves each field or moves on, as on a fresh form.
    this._shown = new Set();
  }

  private readonly _flush = (): void => {
    if (this._saveTimer === undefined) return;
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    saveDraft(this._loadedKey, this._draft);
  };

  private readonly _onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this._flush();
  };

  private _scheduleSave(): void {
    if (this._success) return;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => {
      this._saveTimer = undefined;
      saveDraft(this._loadedKey, this._draft);
    }, SAVE_DELAY_MS);
  }

  /** @internal */
  _saveNow(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    if (!this._success) saveDraft(this._loadedKey, this._draft);
  }

  /** @internal The declaration was received: the draft goes. */
  _dropDraft(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    clearDraft(this._loadedKey);
  }

  // ---- draft edits --------------------------------------------------------------------------------

  /** @internal */
  _update(patch: Partial<RegistrationDraft>): void {
    this._draft = { ...this._draft, ...patch };
    this._scheduleSave();
  }

  /** @internal */
  _setField<K extends keyof PersonalFields>(key: K, value: PersonalFields[K]): void {
    this._update({ fields: { ...this._draft.fields, [key]: value } });
    this._forgetServerError(key);
  }

  /** @internal */
  _forgetServerError(field: string): void {
    if (field in this._serverErrors) {
      const { [field]: _gone, ...rest } = this._serverErrors;
      this._serverErrors = rest;
    }
  }

  private _hide(field: string): void {
    if (this._shown.has(field)) {
      const next = new Set(this._shown);
      next.delete(field);
      this._shown = next;
    }
  }

  /** @internal */
  _show(...fields: string[]): void {
    const next = new Set(this._shown);
    for (const f of fields) next.add(f);
    this._shown = next;
  }

  /** Text inputs: the personal fields, plus the phone which lives beside them in the draft. */
  private _valueOf(key: TextKey): string {
    return key === 'phone' ? this._draft.phone : String(this._draft.fields[key]);
  }

  /** @internal */
  _setValue(key: TextKey, value: string): void {
    if (key === 'phone') {
      this._update({ phone: value });
      this._forgetServerError('phone');
    } else {
      this._setField(key, value as never);
    }
  }

  private _onText(key: TextKey) {
    return (e: Event) => {
      // Hidden while typing, checked again on leaving: a half-typed value is not yet a mistake.
      this._hide(key);
      this._setValue(key, (e.target as HTMLInputElement).value);
    };
  }

  private _onLeave(key: string) {
    return () => this._show(key);
  }

  // ---- validation ---------------------------------------------------------------------------------

  /** @internal */
  _issues(): Record<string, ValidationIssue> {
    // Nothing to say until the rules have arrived: they are fetched once the citizen starts, or here once a
    // field's message is due ("Tiếp tục" waits for them too). The first paint needs none.
    return this._part('checks', this._shown.size > 0)?.issuesOf(this._draft) ?? {};
  }


  /** @internal The message shown on a field now (server message first, then core's rule), or ''. */
  _errorFor(field: string, issues = this._issues()): string {
    if (this._serverErrors[field]) return this._serverErrors[field]!;
    if (!this._shown.has(field)) return '';
    const issue = issues[field];
    return issue ? this._part('checks')!.issueText(issue) : ''; // an issue means the rules are here
  }

  // ---- navigation ---------------------------------------------------------------------------------

  /** @internal */
  _goTo(step: StepNumber, focus = true): void {
    this._summary = null;
    this._submitProblem = null;
    this._confirmReset = false;
    this._update({ step, maxStep: Math.max(this._draft.maxStep, step) as StepNumber });
    this._saveNow();
    if (focus) this._focusNext = `#step-heading`;
  }

  /** @internal */
  _showSummary(errors: FieldError[]): void {
    this._show(...errors.map((e) => e.field));
    this._summary = errors;
    this._focusNext = '#error-summary';
  }

  /** "Tiếp tục" (or Enter): `updateComplete` covers the whole move, rules and next step included. */
  private _onSubmit(e: Event): void {
    e.preventDefault();
    const moving = this._next();
    this._awaited.add(moving);
    void moving.finally(() => this._awaited.delete(moving));
  }

  private async _next(): Promise<void> {
    let checks = this._part('checks');
    if (!checks) {
      try {
        await this._partReady('checks');
      } catch {
        return; // the step shows the error with "Thử lại"
      }
      checks = this._part('checks')!;
    }
    const step = this._draft.step;
    const errors = checks.stepErrors(this, step);
    if (errors.length) {
      this._showSummary(errors);
      return;
    }
    if (step < STEP_COUNT) {
      // The next step appears whole: what it shows was fetched ahead, so this is rarely a wait; a part that
      // fails shows its error state with "Thử lại" on that step.
      const next = (step + 1) as StepNumber;
      await Promise.allSettled(STEP_SHOWS[next]!.map((name) => this._partReady(name)));
      this._goTo(next);
    } else {
      void this._part('steps')?.submit(this); // the review, and so "Ghi nhận", comes with that part
    }
  }

  private _back(): void {
    if (this._draft.step > 1) this._goTo((this._draft.step - 1) as StepNumber);
  }

  /** @internal */
  _focusField(field: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  // ---- code lookup --------------------------------------------------------------------------------

  private _toggleLookup(): void {
    const open = !this._lookup.open;
    const f = this._draft.fields;
    this._lookup = open
      ? {
          ...this._lookup,
          open,
          fullName: this._lookup.fullName || f.fullName,
          dateOfBirth: this._lookup.dateOfBirth || f.dateOfBirth,
          idNumber: this._lookup.idNumber || f.idNumber,
        }
      : { ...this._lookup, open };
    if (open) this._focusNext = '#lookup-fullName';
  }

  /** @internal */
  _startOver(): void {
    this._dropDraft();
    this._draft = emptyDraft();
    this._shown = new Set();
    this._serverErrors = {};
    this._summary = null;
    this._lookup = newLookup();
    this._otp = newOtp();
    this._submitProblem = null;
    this._confirmReset = false;
    this._success = null;
    this._photosRestored = false;
    this._focusNext = '#step-heading';
  }

  /** @internal */
  _askLogin(): void {
    this.emit('vss-login-request', {});
  }

  /** @internal */
  get _api(): VssApi {
    return this.api;
  }

  /** @internal */
  _emit<T>(type: `vss-${string}`, detail: T): void {
    this.emit(type, detail);
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    if (this.dossierNumber) return this._statusView?.render() ?? this._partState('status', msg('Đang tải trạng thái hồ sơ…'));
    if (this._success) return this._part('receipt')?.renderSuccess(this, this._success) ?? this._partState('receipt');
    return this._renderForm();
  }

  private _renderForm(): TemplateResult {
    const d = this._draft;
    const issues = this._issues();
    return html`<div class="wrap">
      <h2 id="form-title" class="title">${msg('Đăng ký giao dịch điện tử với cơ quan BHXH')}</h2>
      <p class="lead">${msg('Tờ khai Mẫu 01/ĐK-GD dành cho cá nhân. Tất cả các mục đều bắt buộc.')}</p>
      ${this._renderSteps()}
      <form class="step-form" novalidate aria-busy=${this._submitting ? 'true' : 'false'} @submit=${this._onSubmit}>
        <h3 id="step-heading" class="step-heading" tabindex="-1">
          <span class="step-count">${msg(str`Bước ${d.step}/${STEP_COUNT}`)}</span>
          ${stepTitle(d.step)}
        </h3>
        ${this._summary?.length
          ? (this._part('checks')?.renderSummary(this, this._summary) ?? this._partState('checks'))
          : this._failed.has('checks')
            ? this._partState('checks')
            : nothing}
        <div class="step-body" ?hidden=${d.step !== 1}>${this._renderPersonal(issues)}</div>
        ${this._part('steps', d.step > 1)?.renderSteps(this, issues) ??
        (d.step > 1 ? html`<div class="step-body">${this._partState('steps')}</div>` : nothing)}
        ${this._renderNav()}
      </form>
      ${this._renderStartOver()}
    </div>`;
  }

  private _renderSteps(): TemplateResult {
    const d = this._draft;
    const steps = [1, 2, 3, 4, 5] as StepNumber[];
    return html`<ol class="steps" part="steps" aria-label=${msg('Các bước đăng ký')}>
        ${steps.map((n) => {
          const current = n === d.step;
          const reachable = n <= d.maxStep && !current;
          const state = current ? 'current' : n < d.step || n <= d.maxStep ? 'done' : 'todo';
          const label = html`<span class="visually-hidden">${msg(str`Bước ${n}:`)} </span
            ><span class="step-num" aria-hidden="true">${n}</span><span class="step-name">${stepTitle(n)}</span>`;
          return html`<li class="step ${state}" part="step" aria-current=${current ? 'step' : nothing}>
            ${reachable
              ? html`<button type="button" class="step-link" @click=${() => this._goTo(n)}>${label}</button>`
              : html`<span class="step-link">${label}</span>`}
          </li>`;
        })}
    </ol>`;
  }

  /** @internal */
  _errorText(id: string, text: string) {
    return text
      ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${msg('Lỗi:')} </span>${text}</p>`
      : nothing;
  }

  /** @internal */
  _textField(
    key: TextKey,
    issues: Record<string, ValidationIssue>,
    opts: { autocomplete?: string; inputmode?: string; type?: string; hint?: string; wide?: boolean; extra?: unknown } = {},
  ): TemplateResult {
    const id = controlId(key);
    const error = this._errorFor(key, issues);
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    // A suggestion comes with an issue, and issues with the rules.
    const suggestion = this._shown.has(key) ? issues[key]?.params?.suggestion : undefined;
    return html`<div class="field ${opts.wide ? 'wide' : ''} ${error ? 'has-error' : ''}">
      <label for=${id}>${fieldLabel(key)}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : nothing} ${this._errorText(id, error)}
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
        .value=${this._valueOf(key) /* every input event updates the draft, so no live() is needed */}
        @input=${this._onText(key)}
        @blur=${this._onLeave(key)}
      />
      ${suggestion !== undefined ? this._part('checks')!.renderSuggestion(this, key, String(suggestion)) : nothing}
      ${opts.extra ?? nothing}
    </div>`;
  }

  private _renderPersonal(issues: Record<string, ValidationIssue>): TemplateResult {
    const f = this._draft.fields;
    const sexError = this._errorFor('sex', issues);
    const idTypeError = this._errorFor('idType', issues);
    const dateHint = msg('Ví dụ: 27/03/1990');
    return html`<fieldset class="group">
        <legend>${msg('Thông tin cá nhân')}</legend>
        <div class="grid">
          ${this._textField('fullName', issues, { autocomplete: 'name', hint: msg('Viết có dấu, như trên giấy tờ tùy thân.'), wide: true })}
          ${this._textField('dateOfBirth', issues, { autocomplete: 'bday', inputmode: 'numeric', hint: dateHint })}
          <fieldset class="field radios ${sexError ? 'has-error' : ''}" aria-describedby=${sexError ? 'f-sex-error' : nothing}>
            <legend>${fieldLabel('sex')}</legend>
            ${this._errorText('f-sex', sexError)}
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
                      this._setField('sex', s);
                      this._show('sex');
                    }}
                  />
                  <span>${sexLabel(s)}</span>
                </label>`,
              )}
            </div>
          </fieldset>
          ${this._textField('socialInsuranceCode', issues, {
            inputmode: 'numeric',
            hint: msg('10 chữ số, in trên sổ BHXH hoặc là 10 số cuối của mã thẻ BHYT.'),
            wide: true,
            extra: this._renderLookup(),
          })}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Giấy tờ tùy thân')}</legend>
        <div class="grid">
          <div class="field ${idTypeError ? 'has-error' : ''}">
            <label for="f-idType">${fieldLabel('idType')}</label>
            ${this._errorText('f-idType', idTypeError)}
            <select
              id="f-idType"
              part="input"
              aria-invalid=${idTypeError ? 'true' : 'false'}
              aria-describedby=${idTypeError ? 'f-idType-error' : nothing}
              @change=${(e: Event) => {
                this._setField('idType', (e.target as HTMLSelectElement).value as PersonalFields['idType']);
                this._forgetServerError('idNumber');
              }}
            >
              ${(['cccd', 'cmnd', 'passport'] as const).map(
                (t) => html`<option value=${t} ?selected=${f.idType === t}>${idTypeText(t)}</option>`,
              )}
            </select>
          </div>
          ${this._textField('idNumber', issues, {
            inputmode: f.idType === 'passport' ? 'text' : 'numeric',
            hint:
              f.idType === 'cccd'
                ? msg('12 chữ số. Chữ số thứ 4 và năm sinh trên CCCD phải khớp với ngày sinh và giới tính.')
                : f.idType === 'cmnd'
                  ? msg('9 chữ số.')
                  : msg('1 chữ cái và 7 chữ số, ví dụ C1234567.'),
          })}
          ${this._textField('idIssueDate', issues, { inputmode: 'numeric', hint: dateHint })}
          ${this._textField('idIssuePlace', issues, { hint: msg('Ví dụ: Cục Cảnh sát QLHC về TTXH') })}
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Liên hệ')}</legend>
        <div class="grid">
          ${this._textField('address', issues, {
            autocomplete: 'street-address',
            hint: msg('Số nhà, đường, xã/phường, tỉnh/thành phố.'),
            wide: true,
          })}
          ${this._textField('email', issues, {
            type: 'email',
            autocomplete: 'email',
            hint: msg('Biên nhận hồ sơ được gửi vào email này.'),
            wide: true,
          })}
        </div>
      </fieldset>`;
  }

  private _renderLookup(): TemplateResult {
    const l = this._lookup;
    const panel = this._part('lookup', l.open);
    return html`<button
        type="button"
        class="button link disclosure"
        part="button"
        aria-expanded=${l.open ? 'true' : 'false'}
        aria-controls="lookup"
        @click=${this._toggleLookup}
      >
        ${msg('Tra cứu mã số BHXH')}
      </button>
      ${panel?.renderLookup(this) ??
      html`<div id="lookup" class="lookup" ?hidden=${!l.open}>${l.open ? this._partState('lookup') : nothing}</div>`}`;
  }

  private _renderNav(): TemplateResult {
    const step = this._draft.step;
    const last = step === STEP_COUNT;
    const busy = this._submitting;
    return html`<div class="nav no-print">
      ${last
        ? this._part('steps', false)?.renderSubmit(busy) // comes with the review
        : html`<button type="submit" class="button primary" part="button" id="next">${msg('Tiếp tục')}</button>`}
      ${step > 1
        ? html`<button type="button" class="button secondary" part="button" id="back" @click=${this._back}>${msg('Quay lại')}</button>`
        : nothing}
      <p id="submit-status" class="visually-hidden" role="status">${busy ? msg('Đang gửi tờ khai, vui lòng chờ…') : ''}</p>
    </div>`;
  }

  private _renderStartOver() {
    if (this._confirmReset) return this._part('startOver')?.renderConfirm(this) ?? this._partState('startOver');
    return html`<p class="draft-note no-print">
      ${msg('Thông tin đã nhập được lưu tạm trên trình duyệt này cho đến khi bạn gửi tờ khai.')}
      <button
        type="button"
        class="button link"
        part="button"
        id="reset"
        @click=${() => {
          this._confirmReset = true;
          this._focusNext = '#reset-yes';
        }}
      >
        ${msg('Làm lại từ đầu')}
      </button>
    </p>`;
  }
}

function newOtp(): OtpState {
  return { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
}

function newLookup(): LookupState {
  return { open: false, fullName: '', dateOfBirth: '', idNumber: '', busy: false, errors: {}, result: null, error: null, notFound: false };
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-registration-form': VssRegistrationForm;
  }
  interface HTMLElementEventMap {
    'vss-registered': CustomEvent<RegisteredDetail>;
  }
}
