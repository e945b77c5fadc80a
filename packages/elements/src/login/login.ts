import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  formatDateTime,
  formatIssue,
  isApiError,
  maskPhone,
  passwordChecklist,
  toApiError,
  validateOtp,
  validatePassword,
  validatePasswordChange,
  validatePasswordConfirmation,
  validatePhone,
  validateSocialInsuranceCode,
  type ApiError,
  type ApiFailure,
  type SessionInfo,
  type ValidationIssue,
} from '@vssid/core';
import { VssElement } from '../base/vss-element.js';
import { tokens, base } from '../styles/tokens.js';
import { renderHotline, stateStyles } from '../shared/states.js';
import { failureText, otpFailureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import '../otp-input/otp-input.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
import { styles } from './login.styles.js';

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

type SignedOutView = 'login' | 'forgot-request' | 'forgot-otp' | 'forgot-password';
type View = SignedOutView | 'change' | 'signed-in';
type Field = 'code' | 'password' | 'phone' | 'otp' | 'oldPassword' | 'newPassword' | 'confirmation';
/** A field's message, computed at render time so it follows the UI language. */
type FieldError = () => string;

interface FieldSpec {
  key: Field;
  label: string;
  type: 'text' | 'password' | 'tel';
  autocomplete: string;
  inputmode?: 'numeric' | 'tel';
  hint?: string;
  /** Show/hide button. */
  reveal?: boolean;
  /** Live policy checklist under the field. */
  checklist?: boolean;
}

let counter = 0;
/** One dialog for the whole page even with several login boxes. */
let dialogOwner: VssLogin | null = null;

const issueText = (issue: ValidationIssue): FieldError => () => formatIssue(issue, currentLocale());

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
  static override styles = [tokens, base, stateStyles, styles];

  /** Mã số BHXH to prefill. */
  @property() code = '';

  /** Hide the "Quên mật khẩu" path (for portals with their own). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-forgot' }) hideForgot = false;

  /** Tighter layout without the introduction, for a header or a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private _view: SignedOutView = 'login';
  @state() private _values: Record<Field, string> = {
    code: '', password: '', phone: '', otp: '', oldPassword: '', newPassword: '', confirmation: '',
  };
  @state() private _errors: Partial<Record<Field, FieldError>> = {};
  @state() private _summary = false;
  @state() private _failure: ApiError | null = null;
  @state() private _notice: (() => string) | null = null;
  @state() private _pending = false;
  @state() private _revealed: Partial<Record<Field, boolean>> = {};
  @state() private _dialogOpen = false;
  @state() private _resendAfter: number | undefined;
  @state() private _otpError = '';
  @state() private _announce = '';

  @query('dialog') private _dialog?: HTMLDialogElement;

  private readonly _id = `vss-login-${++counter}`;
  private _focusNext: (() => HTMLElement | null | undefined) | null = null;
  private _returnFocus: HTMLElement | null = null;
  private _lastCode = '';
  private _codeEdited = false;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _lastAnnounced = '';
  private _provider: Element | null = null;

  private readonly _onExpired = (e: Event) => {
    if (e.type === 'vss-session-expired' || !this.session) this._openDialog();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('vss-session-expired', this._onExpired);
    document.addEventListener('vss-login-request', this._onExpired);
    // A provider inside a shadow root that stops propagation would hide the event from document.
    this._provider = this.closest('vss-provider');
    this._provider?.addEventListener('vss-session-expired', this._onExpired);
    this._provider?.addEventListener('vss-login-request', this._onExpired);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('vss-session-expired', this._onExpired);
    document.removeEventListener('vss-login-request', this._onExpired);
    this._provider?.removeEventListener('vss-session-expired', this._onExpired);
    this._provider?.removeEventListener('vss-login-request', this._onExpired);
    if (dialogOwner === this) dialogOwner = null;
    clearTimeout(this._announceTimer);
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
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The credential fields live in the light DOM; they are rendered with the same state after the shadow part.
    render(this._renderLight(), this, { host: this });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (dialog && this._dialogOpen && !dialog.open) {
      dialog.showModal();
      this._focusNext ??= () => (this._values.code ? this._input('password') : this._input('code'));
    }
    if (this._focusNext) {
      const next = this._focusNext;
      this._focusNext = null;
      // After this update: moving focus blurs a field, whose check may update the element again.
      void Promise.resolve().then(() => next()?.focus());
    }
  }

  // ---------------------------------------------------------------- view model

  private get _mode(): View {
    if (this.session && !this._dialogOpen) return this.session.mustChangePassword ? 'change' : 'signed-in';
    return this._view;
  }

  private _fields(view: View): FieldSpec[] {
    const code: FieldSpec = {
      key: 'code', label: msg('Mã số BHXH'), type: 'text', autocomplete: 'username', inputmode: 'numeric',
      hint: msg('10 chữ số, in trên sổ BHXH hoặc 10 số cuối của mã thẻ BHYT.'),
    };
    const newPassword: FieldSpec = {
      key: 'newPassword', label: msg('Mật khẩu mới'), type: 'password', autocomplete: 'new-password', reveal: true, checklist: true,
      hint: this._checks().map((c) => formatIssue(c.issue, currentLocale())).join('. '),
    };
    const confirmation: FieldSpec = { key: 'confirmation', label: msg('Nhập lại mật khẩu mới'), type: 'password', autocomplete: 'new-password' };
    switch (view) {
      case 'login':
        return [code, { key: 'password', label: msg('Mật khẩu'), type: 'password', autocomplete: 'current-password', reveal: true }];
      case 'forgot-request':
        return [
          code,
          {
            key: 'phone', label: msg('Điện thoại di động'), type: 'tel', autocomplete: 'tel', inputmode: 'tel',
            hint: msg('Số điện thoại đã đăng ký giao dịch điện tử với cơ quan BHXH.'),
          },
        ];
      case 'forgot-otp':
        return [];
      case 'forgot-password':
        return [newPassword, confirmation];
      case 'change':
        return [
          { key: 'oldPassword', label: msg('Mật khẩu cũ'), type: 'password', autocomplete: 'current-password', reveal: true },
          newPassword,
          confirmation,
        ];
      case 'signed-in':
        return [];
    }
  }

  private _checks() {
    const code = this.session?.socialInsuranceCode ?? this._values.code;
    return passwordChecklist(this._values.newPassword, {
      socialInsuranceCode: code,
      oldPassword: this._mode === 'change' ? this._values.oldPassword || undefined : undefined,
    });
  }

  private _fid(key: Field): string {
    return `${this._id}-${key}`;
  }

  private _input(key: Field): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${this._fid(key)}`);
  }

  private _otpEl(): VssOtpInput | null {
    return this.querySelector('vss-otp-input');
  }

  private _heading(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(this._dialogOpen ? 'dialog h2' : '.box > h2');
  }

  private _reset(): void {
    this._errors = {};
    this._summary = false;
    this._failure = null;
    this._notice = null;
    this._otpError = '';
  }

  private _go(view: SignedOutView): void {
    this._reset();
    this._view = view;
    this._focusNext = () => this._heading();
  }

  // ---------------------------------------------------------------- light DOM (form, labels, inputs)

  private _renderLight(): TemplateResult {
    const mode = this._mode;
    const formId = `${this._id}-form`;
    const fields = this._fields(mode);
    const needsUsername = mode === 'change' || mode === 'forgot-password';
    const username = this.session?.socialInsuranceCode ?? this._values.code;
    return html`<form slot="form" id=${formId} method="post" action="" novalidate @submit=${this._onSubmit}></form>
      ${needsUsername
        ? // Lets a password manager file the new password under the right account.
          html`<input slot="username" hidden type="text" name="username" autocomplete="username" form=${formId} readonly .value=${username} />`
        : nothing}
      ${fields.map((f) => this._lightField(f, formId))}
      ${mode === 'forgot-otp'
        ? html`<vss-otp-input
            slot="otp"
            name="otp"
            required
            .value=${this._values.otp}
            .error=${this._otpError}
            .resendAfter=${this._resendAfter}
            @input=${this._onOtpInput}
            @vss-otp-complete=${this._onOtpInput}
            @vss-otp-resend=${this._onResend}
            @keydown=${this._onKeydown}
          ></vss-otp-input>`
        : nothing}`;
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
        .value=${live(this._values[f.key])}
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
    if (key === 'newPassword') this._scheduleAnnounce();
    if (key === 'newPassword' && this._errors.confirmation) this._setError('confirmation', this._check('confirmation'));
  }

  private _onOtpInput(e: Event): void {
    const value = (e.currentTarget as VssOtpInput).value;
    if (value !== this._values.otp) this._values = { ...this._values, otp: value };
    if (this._errors.otp) this._setError('otp', this._check('otp'));
    this._otpError = '';
  }

  private _onBlur(key: Field): void {
    // Checking as the user leaves the code field catches a pasted card code early; an empty field waits.
    if ((key === 'code' || key === 'phone') && this._values[key].trim() !== '') this._setError(key, this._check(key));
    if (key === 'confirmation' && this._values.confirmation !== '') this._setError(key, this._check(key));
  }

  private _onKeydown(e: KeyboardEvent): void {
    // The form has no submit button of its own (the button is in the shadow root), so Enter submits here.
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this._submit();
    }
  }

  private _setError(key: Field, error: FieldError | null): void {
    const next = { ...this._errors };
    if (error) next[key] = error;
    else delete next[key];
    this._errors = next;
  }

  /** The client-side problem with one field, or null. */
  private _check(key: Field): FieldError | null {
    const v = this._values;
    const issue = (r: { ok: true } | { ok: false; issue: ValidationIssue }) => (r.ok ? null : issueText(r.issue));
    switch (key) {
      case 'code':
        return issue(validateSocialInsuranceCode(v.code));
      case 'phone':
        return issue(validatePhone(v.phone));
      case 'otp':
        return issue(validateOtp(v.otp));
      case 'password':
        // Login never applies the new-password policy: only "something typed".
        return v.password === '' ? issueText({ code: 'required' }) : null;
      case 'newPassword':
        return issue(
          validatePassword(v.newPassword, {
            socialInsuranceCode: this.session?.socialInsuranceCode ?? v.code,
            oldPassword: this._mode === 'change' ? v.oldPassword || undefined : undefined,
          }),
        );
      case 'confirmation':
        return issue(validatePasswordConfirmation(v.newPassword, v.confirmation));
      case 'oldPassword': {
        const found = validatePasswordChange({ oldPassword: v.oldPassword, newPassword: v.newPassword }).oldPassword;
        return found ? issueText(found) : null;
      }
    }
  }

  private _scheduleAnnounce(): void {
    // One polite summary after typing pauses, and only when the set of met rules changed: no per-key chatter.
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      const checks = this._checks();
      const key = checks.map((c) => (c.met ? '1' : '0')).join('');
      if (key === this._lastAnnounced) return;
      this._lastAnnounced = key;
      const unmet = checks.filter((c) => !c.met).map((c) => formatIssue(c.issue, currentLocale()));
      this._announce = unmet.length ? msg(str`Còn thiếu: ${unmet.join('; ')}.`) : msg('Mật khẩu mới đáp ứng mọi yêu cầu.');
    }, 700);
  }

  // ---------------------------------------------------------------- submission

  private _onSubmit(e: Event): void {
    e.preventDefault();
    this._submit();
  }

  private _submitForm(): void {
    const form = this.querySelector<HTMLFormElement>(`#${this._id}-form`);
    // requestSubmit fires a real submit event, which password managers watch for.
    if (form) form.requestSubmit();
    else this._submit();
  }

  private _submit(): void {
    if (this._pending) return;
    const mode = this._mode;
    if (mode === 'signed-in') return;
    if (mode === 'forgot-otp') {
      const otp = this._otpEl();
      if (otp) this._values = { ...this._values, otp: otp.value };
    }
    const keys: Field[] = mode === 'forgot-otp' ? ['otp'] : this._fields(mode).map((f) => f.key);
    const errors: Partial<Record<Field, FieldError>> = {};
    for (const k of keys) {
      const err = this._check(k);
      if (err) errors[k] = err;
    }
    this._errors = errors;
    this._failure = null;
    this._notice = null;
    if (Object.keys(errors).length) {
      this._summary = true;
      this._focusNext = () => this.renderRoot.querySelector<HTMLElement>('.summary');
      return;
    }
    this._summary = false;
    void this._send(mode);
  }

  private async _send(mode: View): Promise<void> {
    this._pending = true;
    const v = this._values;
    const code = validateSocialInsuranceCode(v.code);
    const sic = code.ok ? code.value : v.code;
    try {
      switch (mode) {
        case 'login': {
          const s = await this.api.login(sic, v.password);
          this._afterLogin(s);
          break;
        }
        case 'forgot-request': {
          const phone = validatePhone(v.phone);
          const sent = await this.api.forgotPassword(sic, phone.ok ? phone.value : v.phone);
          this._values = { ...this._values, code: sic, phone: phone.ok ? phone.value : v.phone, otp: '' };
          this._resendAfter = sent.resendAfterSeconds;
          this._go('forgot-otp');
          this._focusNext = () => this._otpEl();
          break;
        }
        case 'forgot-otp':
          // The server checks the code together with the new password (one call), so this step only moves on.
          this._go('forgot-password');
          this._focusNext = () => this._input('newPassword');
          break;
        case 'forgot-password':
          await this.api.resetPassword(sic, v.otp, v.newPassword);
          this._values = { ...this._values, code: sic, password: '', otp: '', newPassword: '', confirmation: '' };
          this._go('login');
          this._notice = () => msg('Đã đặt lại mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.');
          this._focusNext = () => this._input('password');
          this.emit<PasswordResetDetail>('vss-password-reset', { socialInsuranceCode: sic });
          break;
        case 'change':
          await this.api.changePassword(v.oldPassword, v.newPassword);
          this._values = { ...this._values, oldPassword: '', newPassword: '', confirmation: '' };
          this._reset();
          this._notice = () => msg('Đã đổi mật khẩu.');
          this._focusNext = () => this._heading();
          this.emit('vss-password-changed', {});
          break;
      }
    } catch (e) {
      this._onFailure(mode, toApiError(e));
    } finally {
      this._pending = false;
    }
  }

  private _afterLogin(s: SessionInfo): void {
    this._lastCode = s.socialInsuranceCode;
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
    const f = error.failure;
    if (f.kind === 'validation') {
      // 422: put each server message on its field (in the UI language where core can say it).
      const map: Record<string, Field> = {
        currentPassword: 'oldPassword', newPassword: 'newPassword', socialInsuranceCode: 'code', phone: 'phone', otp: 'otp',
      };
      const errors: Partial<Record<Field, FieldError>> = {};
      for (const [name, text] of Object.entries(f.fields)) {
        const key = map[name];
        if (!key) continue;
        errors[key] =
          key === 'oldPassword' ? () => msg('Mật khẩu cũ không đúng.') : (this._check(key) ?? (() => text));
      }
      if (Object.keys(errors).length) {
        if (errors.otp && mode === 'forgot-password') return this._backToOtp(msg('Mã OTP không đúng.'));
        this._errors = errors;
        this._summary = true;
        this._focusNext = () => this.renderRoot.querySelector<HTMLElement>('.summary');
        return;
      }
    }
    const otpText = mode === 'forgot-password' ? otpFailureText(error) : null;
    if (otpText) return this._backToOtp(otpText);
    if (f.kind === 'session_expired' && mode === 'change') {
      this._openDialog();
      return;
    }
    this._failure = error;
    this._focusNext = () =>
      f.kind === 'invalid_credentials' ? this._input('password') : this.renderRoot.querySelector<HTMLElement>('.alert-focus');
  }

  private _backToOtp(message: string): void {
    this._view = 'forgot-otp';
    this._otpError = message;
    this._focusNext = () => this._otpEl();
  }

  private async _onResend(): Promise<void> {
    try {
      const sent = await this.api.forgotPassword(this._values.code, this._values.phone);
      this._failure = null;
      this._otpError = '';
      this._resendAfter = sent.resendAfterSeconds;
      this._otpEl()?.startCountdown(sent.resendAfterSeconds);
      this._notice = () => msg('Đã gửi mã OTP mới.');
    } catch (e) {
      this._failure = toApiError(e);
    }
  }

  // ---------------------------------------------------------------- dialog

  private _openDialog(): void {
    if (this._dialogOpen || (dialogOwner && dialogOwner !== this && dialogOwner.isConnected)) return;
    dialogOwner = this;
    this._returnFocus = deepActive();
    this._values = { ...this._values, code: this._lastCode || this._values.code, password: '' };
    this._view = 'login';
    this._reset();
    this._dialogOpen = true;
  }

  private _closeDialog(loggedIn: boolean): void {
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
    const mode = this._mode;
    const main = this._dialogOpen
      ? html`<div class="box" part="form"><p>${msg('Vui lòng đăng nhập lại trong hộp thoại.')}</p></div>`
      : this._renderView(mode);
    return html`${main}
      <dialog part="dialog" aria-labelledby="${this._id}-dialog-title" @close=${() => this._onDialogClosed()}>
        ${this._dialogOpen ? this._renderDialog() : nothing}
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announce}</div>`;
  }

  private _renderDialog(): TemplateResult {
    return html`<div class="box">
      <h2 id="${this._id}-dialog-title" tabindex="-1">${msg('Phiên đăng nhập đã hết hạn')}</h2>
      <p>${msg('Vui lòng đăng nhập lại để tiếp tục. Thông tin đang xem sẽ được giữ nguyên.')}</p>
      ${this._renderSummary('login')} ${this._renderAlert()} ${this._renderFields('login')}
      <div class="actions">
        ${this._submitButton(msg('Đăng nhập'))}
        <button class="button secondary" type="button" @click=${() => this._closeDialog(false)}>${msg('Đóng')}</button>
      </div>
    </div>`;
  }

  private _renderView(mode: View): TemplateResult {
    switch (mode) {
      case 'signed-in':
        return this._renderSignedIn();
      case 'change':
        return this._box(
          msg('Đổi mật khẩu'),
          msg('Đây là lần đăng nhập đầu tiên. Vui lòng đổi mật khẩu được gửi qua tin nhắn SMS trước khi tiếp tục.'),
          mode,
          html`${this._submitButton(msg('Hoàn tất'))}
            <button class="button link" part="logout-button" type="button" @click=${() => this.logout()}>${msg('Đăng xuất')}</button>`,
        );
      case 'forgot-request':
        return this._box(
          msg('Quên mật khẩu'),
          msg('Nhập mã số BHXH và số điện thoại đã đăng ký. Mã OTP sẽ được gửi đến số điện thoại này.'),
          mode,
          html`${this._submitButton(msg('Gửi mã OTP'))} ${this._backButton()}`,
        );
      case 'forgot-otp':
        return this._box(
          msg('Nhập mã OTP'),
          msg(str`Nếu số điện thoại khớp với hồ sơ, mã OTP đã được gửi đến ${maskPhone(this._values.phone)}. Mã có hiệu lực 5 phút.`),
          mode,
          html`${this._submitButton(msg('Tiếp tục'))} ${this._backButton()}`,
        );
      case 'forgot-password':
        return this._box(
          msg('Đặt mật khẩu mới'),
          msg(str`Đặt mật khẩu mới cho tài khoản ${this._values.code}.`),
          mode,
          html`${this._submitButton(msg('Hoàn tất'))} ${this._backButton()}`,
        );
      case 'login':
        return this._box(
          msg('Đăng nhập'),
          msg('Tài khoản là mã số BHXH; mật khẩu được gửi qua tin nhắn SMS khi tài khoản được cấp.'),
          mode,
          html`${this._submitButton(msg('Đăng nhập'))}
          ${this.hideForgot
            ? nothing
            : html`<button class="button link" part="forgot-button" type="button" @click=${() => this._startForgot()}>
                ${msg('Quên mật khẩu')}
              </button>`}`,
        );
    }
  }

  private _box(title: string, intro: string, mode: View, actions: TemplateResult): TemplateResult {
    return html`<div class="box" part="form">
      <h2 part="heading" tabindex="-1">${title}</h2>
      ${this.compact ? nothing : html`<p class="intro">${intro}</p>`} ${this._renderNotice()} ${this._renderSummary(mode)}
      ${this._renderAlert()}
      <slot name="form"></slot><slot name="username"></slot>
      ${this._renderFields(mode)}
      <div class="actions">${actions}</div>
    </div>`;
  }

  private _renderFields(mode: View): TemplateResult {
    if (mode === 'forgot-otp') return html`<div class="fields"><slot name="otp"></slot></div>`;
    return html`<div class="fields">${this._fields(mode).map((f) => this._renderField(f))}</div>`;
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
          html`<div class="hidden-hints"><slot name="${f.key}-hint"></slot></div>`
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
      ${f.checklist ? this._renderChecklist() : nothing}
    </div>`;
  }

  private _renderChecklist(): TemplateResult {
    return html`<ul class="checklist" part="checklist" aria-hidden="true">
      ${this._checks().map(
        (c) => html`<li class=${c.met ? 'met' : ''} data-rule=${c.rule}>
          <span class="mark">${c.met ? '✓' : '○'}</span><span>${formatIssue(c.issue, currentLocale())}</span>
        </li>`,
      )}
    </ul>`;
  }

  private _useSuggestion(s: string): void {
    this._values = { ...this._values, code: s };
    this._setError('code', null);
    this._focusNext = () => this._input('code');
  }

  private _submitButton(label: string): TemplateResult {
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

  private _backButton(): TemplateResult {
    return html`<button class="button link" type="button" @click=${() => this._go('login')}>${msg('Quay lại đăng nhập')}</button>`;
  }

  private _startForgot(): void {
    this._values = { ...this._values, otp: '', newPassword: '', confirmation: '' };
    this._go('forgot-request');
    this._focusNext = () => this._input(this._values.code ? 'phone' : 'code');
  }

  private _renderSummary(mode: View): TemplateResult | typeof nothing {
    if (!this._summary) return nothing;
    const keys = (mode === 'forgot-otp' ? (['otp'] as Field[]) : this._fields(mode).map((f) => f.key)).filter((k) => this._errors[k]);
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
    const target: HTMLElement | null = key === 'otp' ? this._otpEl() : this._input(key);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private _renderNotice(): TemplateResult | typeof nothing {
    return this._notice ? html`<div class="notice ok" role="status">${this._notice()}</div>` : nothing;
  }

  private _renderAlert(): TemplateResult | typeof nothing {
    const error = this._failure;
    if (!error) return nothing;
    const f: ApiFailure = error.failure;
    const forgotPath = this._view !== 'login' || this.hideForgot
      ? nothing
      : html`<button class="button secondary" part="forgot-button" type="button" @click=${() => this._startForgot()}>
          ${msg('Quên mật khẩu')}
        </button>`;
    if (f.kind === 'locked') {
      const until = formatDateTime(f.lockedUntil, currentLocale());
      return html`<div class="notice locked" part="alert" role="alert">
        <p class="alert-focus" tabindex="-1"><strong>${msg(str`Tài khoản tạm khóa đến ${until}.`)}</strong></p>
        <p>${msg('Bạn đã nhập sai mật khẩu 5 lần. Lấy lại mật khẩu sẽ mở khóa ngay.')}</p>
        ${forgotPath} ${renderHotline()}
      </div>`;
    }
    const retryable = isApiError(error) && error.retryable;
    const inForgot = this._mode.startsWith('forgot');
    return html`<div class="notice" part="alert" role="alert">
      <p class="alert-focus" tabindex="-1">${failureText(error)}</p>
      ${retryable
        ? html`<button class="button secondary" part="retry-button" type="button" @click=${() => this._submitForm()}>${msg('Thử lại')}</button>`
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
