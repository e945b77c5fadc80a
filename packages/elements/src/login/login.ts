import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  toApiError,
  type ApiError,
  type ApiFailure,
  type SessionInfo,
  type VssApi,
} from '@vssid/core';
import { formatDateTime } from '@vssid/core/format';
import { validateSocialInsuranceCode } from '@vssid/core/validators';
import { VssElement } from '../base/vss-element.js';
import { tokens, base } from '../styles/tokens.js';
import { renderHotline } from '../shared/states.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import { issueOf, issueText, type Field, type FieldError, type FieldSpec, type SignedOutView, type View } from './fields.js';
import type { LoginSteps } from './steps.js';
import { styles } from './login.styles.js';
import { retryable } from '../shared/retry-import.js';

/** Detail of `vss-login`: who signed in and until when. Never the token. */
export interface LoginDetail {
  socialInsuranceCode: string;
  expiresAt: string;
  mustChangePassword: boolean;
}

/** Detail of `vss-password-reset`. */
export interface PasswordResetDetail {
  socialInsuranceCode: string;
}

let counter = 0;
/** One dialog for the whole page even with several login boxes. */
let dialogOwner: VssLogin | null = null;

/**
 * The VssID login box: "Mã số BHXH" + "Mật khẩu" → "Đăng nhập", with "Quên mật khẩu" (phone → OTP → new
 * password), the forced "Đổi mật khẩu" at first login, the signed-in summary with "Đăng xuất", and a modal
 * dialog that asks to log in again when any VssID element on the page meets an expired session.
 *
 * The `<form>`, labels and inputs are created in the element's light DOM (slotted into its layout) so
 * password managers and browser autofill see them; the page can style them with `vss-login input { … }`.
 * Everything else is in the shadow root.
 *
 * @element vss-login
 * @fires vss-login - Signed in. `detail: { socialInsuranceCode: string, expiresAt: string, mustChangePassword: boolean }` (never the token)
 * @fires vss-logout - Signed out by the user. `detail: {}`
 * @fires vss-password-changed - The forced password change succeeded. `detail: {}`
 * @fires vss-password-reset - A forgotten password was reset. `detail: { socialInsuranceCode: string }`
 * @csspart form - The box around the current step.
 * @csspart heading - The step's heading.
 * @csspart field - One field (label, hint, error, input).
 * @csspart reveal-button - Show/hide password button (`aria-pressed`).
 * @csspart submit-button - The step's main button ("Đăng nhập", "Hoàn tất", …).
 * @csspart forgot-button - "Quên mật khẩu".
 * @csspart logout-button - "Đăng xuất".
 * @csspart error-summary - "Có lỗi cần sửa" with links to the wrong fields.
 * @csspart alert - Server answer (wrong password, locked, network trouble).
 * @csspart checklist - The new-password policy, ticked live.
 * @csspart dialog - The "log in again" modal dialog.
 * @slot - Not used: the element manages its own light-DOM children.
 * @cssprop --vss-color-primary - Buttons and links.
 * @cssprop --vss-color-danger - Errors.
 * @cssprop --vss-color-surface - Box background.
 * @cssprop --vss-radius - Box corners.
 * @cssprop --vss-control-height - Input and button height (44px).
 */
@customElement('vss-login')
export class VssLogin extends VssElement {
  static override styles = [tokens, base, styles];

  /** Mã số BHXH to prefill. */
  @property() code = '';

  /** Hide the "Quên mật khẩu" path (for portals with their own). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-forgot' }) hideForgot = false;

  /** Tighter layout without the introduction, for a header or a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;

  // Members without `private` are read by steps.ts (the steps loaded on demand); the underscore keeps them
  // out of the public API and the manifest.
  @state() _view: SignedOutView = 'login';
  @state() _values: Record<Field, string> = {
    code: '', password: '', phone: '', otp: '', oldPassword: '', newPassword: '', confirmation: '',
  };
  @state() _errors: Partial<Record<Field, FieldError>> = {};
  @state() private _summary = false;
  @state() _failure: ApiError | null = null;
  @state() _notice: (() => string) | null = null;
  @state() private _pending = false;
  @state() private _revealed: Partial<Record<Field, boolean>> = {};
  @state() _dialogOpen = false;
  @state() _otpError = '';
  @state() _announce = '';
  /** Forgot password, the forced change and the re-login dialog, once loaded (steps.ts). */
  @state() private _steps?: LoginSteps;
  /** Why loading them failed (shown with a retry button). */
  @state() private _stepsError: ApiError | null = null;

  @query('dialog') private _dialog?: HTMLDialogElement;

  /** Loads the on-demand steps; replaceable so that stories and tests can show the loading and failed states. */
  _importSteps = retryable(() => import('./steps.js'));

  readonly _id = `vss-login-${++counter}`;
  _focusNext: (() => HTMLElement | null | undefined) | null = null;
  private _returnFocus: HTMLElement | null = null;
  private _lastCode = '';
  private _codeEdited = false;
  private _provider: Element | null = null;
  private _stepsLoading?: Promise<void>;
  private _renderingLight = false;

  private readonly _onExpired = (e: Event) => {
    if (e.type === 'vss-session-expired' || !this.session) this._openDialog();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // A provider inside a shadow root that stops propagation would hide the event from document.
    this._provider = this.closest('vss-provider');
    this._listenForExpiry('addEventListener');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._listenForExpiry('removeEventListener');
    if (dialogOwner === this) dialogOwner = null;
    this._steps?.stop();
  }

  private _listenForExpiry(method: 'addEventListener' | 'removeEventListener'): void {
    for (const target of [document, this._provider]) {
      for (const type of ['vss-session-expired', 'vss-login-request']) target?.[method](type, this._onExpired);
    }
  }

  /** Signs out (revoking the session on the server when it can) and fires `vss-logout`. */
  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } catch {
      // The client forgets the session even when the server call fails: the citizen is signed out here.
    }
    this._values = { ...this._values, password: '', oldPassword: '', newPassword: '', confirmation: '' };
    this._view = 'login';
    this._reset();
    this._notice = () => msg('Bạn đã đăng xuất.');
    this._focusNext = () => this._heading();
    this.emit('vss-logout', {});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code') && !this._codeEdited) this._values = { ...this._values, code: this.code };
    // Also a session found at connection (no change event then): the dialog prefills this code later.
    if (changed.has('session') && this.session) this._lastCode = this.session.socialInsuranceCode;
    // The forced change can appear with the session alone (a login here or elsewhere, a reload), and a
    // signed-in citizen may meet the re-login dialog later: their code comes now rather than then.
    if ((this.session || this._needsSteps()) && !this._stepsError) this._loadSteps();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The credential fields live in the light DOM; they are rendered with the same state after the shadow part.
    // A focused field removed here fires blur: that is no reason to check it (and would update during update).
    this._renderingLight = true;
    try {
      render(this._renderLight(), this, { host: this });
    } finally {
      this._renderingLight = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (dialog && this._dialogOpen && !dialog.open && this._steps) {
      dialog.showModal();
      this._focusNext ??= () => this._input(this._values.code ? 'password' : 'code');
    }
    // Focus waits for a step still loading: it lands on that step's field or heading once drawn.
    if (this._focusNext && (this._steps || this._stepsError || !this._needsSteps())) {
      const next = this._focusNext;
      this._focusNext = null;
      // After this update: moving focus blurs a field, whose check may update the element again.
      void Promise.resolve().then(() => next()?.focus());
    }
  }

  // ---------------------------------------------------------------- steps loaded on demand

  /** Starts loading steps.ts: on the way to a step (hover, focus or click), when the dialog opens, once signed in. */
  _loadSteps(): void {
    if (this._stepsLoading) return;
    this._stepsError = null;
    this._stepsLoading = this._importSteps().then(
      (m) => {
        this._steps = new m.LoginSteps(this);
      },
      (e: unknown) => {
        this._stepsLoading = undefined;
        this._stepsError = toApiError(e);
        if (this._needsSteps()) this._focusNext = () => this.renderRoot.querySelector<HTMLElement>('.alert-focus');
      },
    );
  }

  /** The re-login dialog and every view but the sign-in form and the signed-in summary come from steps.ts. */
  private _needsSteps(): boolean {
    const mode = this._mode;
    return this._dialogOpen || (mode !== 'login' && mode !== 'signed-in');
  }

  // ---------------------------------------------------------------- view model

  get _mode(): View {
    if (this.session && !this._dialogOpen) return this.session.mustChangePassword ? 'change' : 'signed-in';
    return this._view;
  }

  get _api(): VssApi {
    return this.api;
  }

  /** The account the form is about: the signed-in citizen, else the code typed. */
  _account(): string {
    return this.session?.socialInsuranceCode ?? this._values.code;
  }

  _codeField(): FieldSpec {
    return {
      key: 'code', label: msg('Mã số BHXH'), type: 'text', autocomplete: 'username', inputmode: 'numeric',
      hint: msg('10 chữ số, in trên sổ BHXH hoặc 10 số cuối của mã thẻ BHYT.'),
    };
  }

  private _fields(view: View): FieldSpec[] {
    return view === 'login'
      ? [this._codeField(), { key: 'password', label: msg('Mật khẩu'), type: 'password', autocomplete: 'current-password', reveal: true }]
      : (this._steps?.fields(view) ?? []);
  }

  /** The fields a step checks and lists in its error summary. */
  private _keys(view: View): Field[] {
    return view === 'forgot-otp' ? ['otp'] : this._fields(view).map((f) => f.key);
  }

  _fid(key: Field): string {
    return `${this._id}-${key}`;
  }

  /** A field's input in the light DOM (for the OTP, its `<vss-otp-input>`). */
  _input(key: Field): (HTMLElement & { value: string }) | null {
    return this.querySelector(`#${this._fid(key)}`);
  }

  _heading(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(this._dialogOpen ? 'dialog h2' : '.box > h2');
  }

  _reset(): void {
    this._errors = {};
    this._summary = false;
    this._failure = null;
    this._notice = null;
    this._otpError = '';
  }

  _go(view: SignedOutView): void {
    this._reset();
    this._view = view;
    this._focusNext = () => this._heading();
  }

  // ---------------------------------------------------------------- light DOM (form, labels, inputs)

  private _renderLight(): TemplateResult {
    const mode = this._mode;
    const formId = `${this._id}-form`;
    return html`<form slot="form" id=${formId} method="post" action="" novalidate @submit=${this._onSubmit}></form>
      ${mode === 'change' || mode === 'forgot-password'
        ? // Lets a password manager file the new password under the right account.
          html`<input slot="username" hidden type="text" name="username" autocomplete="username" form=${formId} readonly .value=${this._account()} />`
        : nothing}
      ${this._fields(mode).map((f) => this._lightField(f, formId))} ${this._steps?.light(mode)}`;
  }

  private _lightField(f: FieldSpec, formId: string): TemplateResult {
    const id = this._fid(f.key);
    const error = this._errors[f.key]?.() ?? '';
    const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const type = f.reveal && this._revealed[f.key] ? 'text' : f.type;
    return html`<label slot="${f.key}-label" for=${id}>${f.label}</label>
      ${f.hint ? html`<span slot="${f.key}-hint" id="${id}-hint">${f.hint}</span>` : nothing}
      <span slot="${f.key}-error" id="${id}-error">${error}</span>
      <input
        slot="${f.key}-input"
        id=${id}
        name=${f.key}
        form=${formId}
        type=${type}
        autocomplete=${f.autocomplete}
        inputmode=${f.inputmode ?? nothing}
        autocapitalize="off"
        spellcheck="false"
        .value=${this._values[f.key]}
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this._onInput(f.key, (e.target as HTMLInputElement).value)}
        @blur=${() => this._onBlur(f.key)}
        @keydown=${this._onKeydown}
      />`;
  }

  // ---------------------------------------------------------------- input handling

  private _onInput(key: Field, value: string): void {
    this._values = { ...this._values, [key]: value };
    if (key === 'code') this._codeEdited = true;
    // A field already marked wrong is re-checked as the user fixes it; others wait for blur or submit.
    if (this._errors[key]) this._setError(key, this._check(key));
    if (key === 'newPassword') this._steps?.newPasswordTyped();
  }

  private _onBlur(key: Field): void {
    if (this._renderingLight) return;
    // Checking as the user leaves the code field catches a pasted card code early; an empty field waits.
    if ((key === 'code' || key === 'phone') && this._values[key].trim() !== '') this._setError(key, this._check(key));
    if (key === 'confirmation' && this._values.confirmation !== '') this._setError(key, this._check(key));
  }

  _onKeydown(e: KeyboardEvent): void {
    // The form has no submit button of its own (the button is in the shadow root), so Enter submits here.
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this._submit();
    }
  }

  _setError(key: Field, error: FieldError | null): void {
    const next = { ...this._errors };
    if (error) next[key] = error;
    else delete next[key];
    this._errors = next;
  }

  /** The client-side problem with one field, or null. */
  _check(key: Field): FieldError | null {
    const v = this._values;
    if (key === 'code') return issueOf(validateSocialInsuranceCode(v.code));
    // Login never applies the new-password policy: only "something typed".
    if (key === 'password') return v.password === '' ? issueText({ code: 'required' }) : null;
    return this._steps?.check(key) ?? null;
  }

  // ---------------------------------------------------------------- submission

  private _onSubmit(e: Event): void {
    e.preventDefault();
    this._submit();
  }

  _submitForm(): void {
    const form = this.querySelector<HTMLFormElement>(`#${this._id}-form`);
    // requestSubmit fires a real submit event, which password managers watch for.
    if (form) form.requestSubmit();
    else this._submit();
  }

  private _submit(): void {
    const mode = this._mode;
    if (this._pending || mode === 'signed-in' || (this._needsSteps() && !this._steps)) return;
    // A pasted code reaches the OTP field without an input event: take its value as it is now.
    const otp = mode === 'forgot-otp' && this._input('otp');
    if (otp) this._values = { ...this._values, otp: otp.value };
    const errors: Partial<Record<Field, FieldError>> = {};
    for (const k of this._keys(mode)) {
      const err = this._check(k);
      if (err) errors[k] = err;
    }
    this._failure = null;
    this._notice = null;
    if (Object.keys(errors).length) this._showErrors(errors);
    else {
      this._errors = {};
      this._summary = false;
      void this._send(mode);
    }
  }

  /** Marks the fields, lists them in the error summary and moves focus there. */
  _showErrors(errors: Partial<Record<Field, FieldError>>): void {
    this._errors = errors;
    this._summary = true;
    this._focusNext = () => this.renderRoot.querySelector<HTMLElement>('.summary');
  }

  private async _send(mode: View): Promise<void> {
    this._pending = true;
    const v = this._values;
    const code = validateSocialInsuranceCode(v.code);
    const sic = code.ok ? code.value : v.code;
    try {
      if (mode === 'login') this._afterLogin(await this.api.login(sic, v.password));
      else await this._steps!.send(mode, sic);
    } catch (e) {
      this._onFailure(mode, toApiError(e));
    } finally {
      this._pending = false;
    }
  }

  private _afterLogin(s: SessionInfo): void {
    this._values = { ...this._values, password: '' };
    this._reset();
    const wasDialog = this._dialogOpen;
    if (wasDialog) this._closeDialog(true);
    else this._focusNext = () => this._heading();
    this.emit<LoginDetail>('vss-login', {
      socialInsuranceCode: s.socialInsuranceCode,
      expiresAt: s.expiresAt,
      mustChangePassword: s.mustChangePassword,
    });
  }

  private _onFailure(mode: View, error: ApiError): void {
    // The steps know their own failures (their fields' 422, a refused OTP); the sign-in form has one field to tell.
    if (this._steps?.failure(mode, error)) return;
    const f = error.failure;
    const text = f.kind === 'validation' && mode === 'login' && f.fields.socialInsuranceCode;
    if (text) return this._showErrors({ code: this._check('code') ?? (() => text) });
    this._failure = error;
    this._focusNext = () =>
      f.kind === 'invalid_credentials' ? this._input('password') : this.renderRoot.querySelector<HTMLElement>('.alert-focus');
  }

  // ---------------------------------------------------------------- dialog

  _openDialog(): void {
    if (this._dialogOpen || (dialogOwner && dialogOwner !== this && dialogOwner.isConnected)) return;
    dialogOwner = this;
    this._returnFocus = deepActive();
    this._values = { ...this._values, code: this._lastCode || this._values.code, password: '' };
    this._view = 'login';
    this._reset();
    this._dialogOpen = true;
  }

  _closeDialog(loggedIn: boolean): void {
    this._dialog?.close();
    this._onDialogClosed(loggedIn);
  }

  private _onDialogClosed(loggedIn = false): void {
    if (!this._dialogOpen) return;
    this._dialogOpen = false;
    if (dialogOwner === this) dialogOwner = null;
    const back = this._returnFocus;
    this._returnFocus = null;
    this._focusNext = () => (back?.isConnected ? back : loggedIn ? this._heading() : this._input('code'));
  }

  // ---------------------------------------------------------------- shadow rendering

  protected override render() {
    const main =
      this._needsSteps() && !this._steps
        ? // The code of the step (or of the dialog) is on its way, or failed to arrive: say so where it will be.
          html`<div class="box" part="form">
            ${this._stepsError
              ? this._alert(this._stepsError, () => {
                  this._loadSteps();
                  this._focusNext = () => this._heading();
                })
              : html`<p class="actions" role="status"><span class="spinner"></span>${msg('Đang tải…')}</p>`}
          </div>`
        : this._dialogOpen
          ? this._steps!.behindDialog()
          : this._renderView(this._mode);
    return html`${main}
      <dialog part="dialog" aria-labelledby="${this._id}-dialog-title" @close=${() => this._onDialogClosed()}>
        ${this._dialogOpen ? this._steps?.dialog() : nothing}
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announce}</div>`;
  }

  private _renderView(mode: View): TemplateResult {
    if (mode === 'signed-in') return this._renderSignedIn();
    if (mode === 'login') {
      return this._box(
        msg('Đăng nhập'),
        msg('Tài khoản là mã số BHXH; mật khẩu được gửi qua tin nhắn SMS khi tài khoản được cấp.'),
        mode,
        html`${this._submitButton(msg('Đăng nhập'))} ${this._forgotButton('link')}`,
      );
    }
    return this._steps!.render(mode);
  }

  _box(title: string, intro: string, mode: View, actions: TemplateResult): TemplateResult {
    return html`<div class="box" part="form">
      <h2 part="heading" tabindex="-1">${title}</h2>
      ${this.compact ? nothing : html`<p class="intro">${intro}</p>`} ${this._renderNotice()} ${this._renderSummary(mode)}
      ${this._renderAlert()}
      <slot name="form"></slot><slot name="username"></slot>
      ${this._renderFields(mode)}
      <div class="actions">${actions}</div>
    </div>`;
  }

  _renderFields(mode: View): TemplateResult {
    return html`<div class="fields">
      ${mode === 'forgot-otp' ? html`<slot name="otp"></slot>` : this._fields(mode).map((f) => this._renderField(f))}
    </div>`;
  }

  private _renderField(f: FieldSpec): TemplateResult {
    const invalid = !!this._errors[f.key];
    const revealed = !!this._revealed[f.key];
    const v = validateSocialInsuranceCode(this._values.code);
    const suggestion = f.key === 'code' && invalid && !v.ok && v.issue.code === 'sic_from_card' ? String(v.issue.params?.suggestion ?? '') : '';
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      <slot name="${f.key}-label"></slot>
      ${f.checklist
        ? // The rules stay in the accessible description; the visible checklist below carries the ticks.
          html`<div class="visually-hidden"><slot name="${f.key}-hint"></slot></div>`
        : html`<slot name="${f.key}-hint"></slot>`}
      <slot name="${f.key}-error"></slot>
      <div class="control">
        <slot name="${f.key}-input"></slot>
        ${f.reveal
          ? html`<button
              class="button secondary toggle"
              part="reveal-button"
              type="button"
              aria-pressed=${revealed ? 'true' : 'false'}
              @click=${() => (this._revealed = { ...this._revealed, [f.key]: !revealed })}
            >
              ${msg('Hiện mật khẩu')}
            </button>`
          : nothing}
      </div>
      ${suggestion
        ? html`<button class="button link suggest" type="button" @click=${() => this._useSuggestion(suggestion)}>
            ${msg(str`Dùng ${suggestion}`)}
          </button>`
        : nothing}
      ${f.checklist ? this._steps?.checklist() : nothing}
    </div>`;
  }

  private _useSuggestion(s: string): void {
    this._values = { ...this._values, code: s };
    this._setError('code', null);
    this._focusNext = () => this._input('code');
  }

  _submitButton(label: string): TemplateResult {
    return html`<button
      class="button"
      part="submit-button"
      type="button"
      ?disabled=${this._pending}
      aria-busy=${this._pending ? 'true' : 'false'}
      @click=${() => this._submitForm()}
    >
      ${this._pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>`;
  }

  /** "Quên mật khẩu": its code starts loading as soon as the pointer or the keyboard reaches it. */
  private _forgotButton(kind: 'link' | 'secondary'): TemplateResult | typeof nothing {
    return this.hideForgot
      ? nothing
      : html`<button
          class="button ${kind}"
          part="forgot-button"
          type="button"
          @pointerenter=${this._loadSteps}
          @focus=${this._loadSteps}
          @click=${this._startForgot}
        >
          ${msg('Quên mật khẩu')}
        </button>`;
  }

  private _startForgot(): void {
    // From the re-login dialog (a locked account is told that a reset unlocks it): the reset steps live in
    // the box, so the dialog gives way to them and focus goes there.
    if (this._dialogOpen) this._closeDialog(false);
    this._values = { ...this._values, otp: '', newPassword: '', confirmation: '' };
    this._go('forgot-request');
    this._focusNext = () => this._input(this._values.code ? 'phone' : 'code');
    this._loadSteps();
  }

  _renderSummary(mode: View): TemplateResult | typeof nothing {
    const keys = this._summary ? this._keys(mode).filter((k) => this._errors[k]) : [];
    if (!keys.length) return nothing;
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="${this._id}-summary-title">
      <h3 id="${this._id}-summary-title">${msg('Có lỗi cần sửa')}</h3>
      <ul>
        ${keys.map(
          (k) => html`<li>
            <a href="#${this._fid(k)}" @click=${(e: Event) => this._focusField(e, k)}>${this._errors[k]!()}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private _focusField(e: Event, key: Field): void {
    e.preventDefault();
    const target = this._input(key);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private _renderNotice(): TemplateResult | typeof nothing {
    return this._notice ? html`<div class="notice ok" role="status">${this._notice()}</div>` : nothing;
  }

  _renderAlert(): TemplateResult | typeof nothing {
    return this._failure ? this._alert(this._failure, () => this._submitForm()) : nothing;
  }

  /** A server answer or a failed load: what went wrong, how to go on (retry, forgot password) and the hotline. */
  private _alert(error: ApiError, retry: () => void): TemplateResult {
    const f: ApiFailure = error.failure;
    const forgotPath = this._view === 'login' ? this._forgotButton('secondary') : nothing;
    if (f.kind === 'locked') {
      const until = formatDateTime(f.lockedUntil, currentLocale());
      return html`<div class="notice locked" part="alert" role="alert">
        <p class="alert-focus" tabindex="-1"><strong>${msg(str`Tài khoản tạm khóa đến ${until}.`)}</strong></p>
        <p>${msg('Bạn đã nhập sai mật khẩu 5 lần. Lấy lại mật khẩu sẽ mở khóa ngay.')}</p>
        ${forgotPath} ${renderHotline()}
      </div>`;
    }
    const retryable = error.retryable;
    const inForgot = this._mode.startsWith('forgot');
    return html`<div class="notice" part="alert" role="alert">
      <p class="alert-focus" tabindex="-1">${failureText(error)}</p>
      ${retryable
        ? html`<button class="button secondary" part="retry-button" type="button" @click=${retry}>${msg('Thử lại')}</button>`
        : nothing}
      ${f.kind === 'invalid_credentials' && f.attemptsLeft <= 2 ? forgotPath : nothing}
      ${retryable || inForgot || f.kind === 'rate_limited' ? renderHotline() : nothing}
    </div>`;
  }

  private _renderSignedIn(): TemplateResult {
    const s = this.session!;
    return html`<div class="box" part="form">
      <h2 part="heading" tabindex="-1">${msg('Đã đăng nhập')}</h2>
      ${this._renderNotice()}
      <dl>
        <div><dt>${msg('Mã số BHXH')}</dt><dd>${s.socialInsuranceCode}</dd></div>
        <div><dt>${msg('Phiên làm việc đến')}</dt><dd>${formatDateTime(s.expiresAt, currentLocale())}</dd></div>
      </dl>
      <div class="actions">
        <button class="button secondary" part="logout-button" type="button" @click=${() => this.logout()}>${msg('Đăng xuất')}</button>
      </div>
    </div>`;
  }
}

/** The focused element, looking inside shadow roots, so focus can return there after the dialog. */
function deepActive(): HTMLElement | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement && a !== document.body ? a : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-login': VssLogin;
  }
  interface HTMLElementEventMap {
    'vss-login': CustomEvent<LoginDetail>;
    'vss-logout': CustomEvent<Record<string, never>>;
    'vss-password-changed': CustomEvent<Record<string, never>>;
    'vss-password-reset': CustomEvent<PasswordResetDetail>;
  }
}
