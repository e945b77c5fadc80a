import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { toApiError, type ApiError, type ApiFailure, type SessionInfo, type VssApi } from '@vssid/core';
import { formatDateTime } from '@vssid/core/format';
import { validateSocialInsuranceCode } from '@vssid/core/validators';
import { VssElement } from '../base/vss-element.js';
import { adoptPartStyles, OnDemand } from '../base/on-demand.js';
import { tokens, base } from '../styles/tokens.js';
import { renderHotline } from '../shared/hotline.js';
import { errorSummaryStyles } from '../shared/error-summary.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import {
  codeField,
  issueOf,
  issueText,
  type Field,
  type FieldMessage,
  type FieldSpec,
  type SignedOutView,
  type View,
} from './fields.js';
import { FormState } from './form-state.js';
import type { FocusTarget, LoginSteps, StepsHost } from './steps.js';
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

let counter = 0;
const importSteps = () => import('./steps.js');
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
  static override styles = [tokens, base, errorSummaryStyles, styles];

  /** Mã số BHXH to prefill. */
  @property() code = '';

  /** Hide the "Quên mật khẩu" path (for portals with their own). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-forgot' }) hideForgot = false;

  /** Tighter layout without the introduction, for a header or a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private _view: SignedOutView = 'login';
  @state() private _pending = false;
  @state() private _revealed: Partial<Record<Field, boolean>> = {};
  @state() private _dialogOpen = false;
  @state() private _announce = '';

  @query('dialog') private _dialog?: HTMLDialogElement;

  /**
   * Loads the on-demand steps; replaceable so that stories and tests can show the loading and failed states.
   * @internal
   */
  _importSteps = importSteps;

  /** Forgot password, the forced change and the re-login dialog (steps.ts), loaded when first needed. */
  readonly #stepsPart = new OnDemand(this, this, '_importSteps', adoptPartStyles);
  /** The steps made from their module once it is here. */
  #stepsMade?: LoginSteps;
  /** The failure of the steps' module last seen (focus goes to its alert once, when it is new). */
  #stepsFailure?: unknown;

  readonly #form = new FormState(this, `vss-login-${++counter}`, (key) => this.#check(key));
  #focusNext: FocusTarget | null = null;
  #returnFocus: HTMLElement | null = null;
  #lastCode = '';
  #provider: Element | null = null;

  readonly #onExpired = (e: Event) => {
    if (e.type === 'vss-session-expired' || !this.session) this.#openDialog();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // A provider inside a shadow root that stops propagation would hide the event from document.
    this.#provider = this.closest('vss-provider');
    this.#listenForExpiry('addEventListener');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenForExpiry('removeEventListener');
    if (dialogOwner === this) dialogOwner = null;
    this.#stepsMade?.stop();
  }

  #listenForExpiry(method: 'addEventListener' | 'removeEventListener'): void {
    for (const target of [document, this.#provider]) {
      for (const type of ['vss-session-expired', 'vss-login-request']) target?.[method](type, this.#onExpired);
    }
  }

  /** Signs out (revoking the session on the server when it can) and fires `vss-logout`. */
  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } catch {
      // The client forgets the session even when the server call fails: the citizen is signed out here.
    }
    this.#form.setValues({ password: '', oldPassword: '', newPassword: '', confirmation: '' });
    this.#go('login');
    this.#form.set({ notice: () => msg('Bạn đã đăng xuất.') });
    this.emit('vss-logout', {});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.#form.prefill(this.code);
    // Also a session found at connection (no change event then): the dialog prefills this code later.
    if (changed.has('session') && this.session) this.#lastCode = this.session.socialInsuranceCode;
    // The forced change can appear with the session alone (a login here or elsewhere, a reload), and a
    // signed-in citizen may meet the re-login dialog later: their code comes now rather than then.
    if (this.session || this.#needsSteps()) this.#prefetchSteps();
    // A failed load the citizen is waiting for: focus goes to its alert (with "Thử lại").
    const failure = this.#stepsPart.error;
    if (failure !== this.#stepsFailure) {
      this.#stepsFailure = failure;
      if (failure !== undefined && this.#needsSteps())
        this.#focusNext = () => this.renderRoot.querySelector<HTMLElement>('.alert-focus');
    }
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The credential fields live in the light DOM; they are rendered with the same state after the shadow part.
    render(this.#renderLight(), this, { host: this });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (dialog && this._dialogOpen && !dialog.open && this.#steps) {
      dialog.showModal();
      this.#focusNext ??= () => this.#form.input(this.#form.values.code ? 'password' : 'code');
    }
    // Focus waits for a step still loading: it lands on that step's field or heading once drawn.
    if (this.#focusNext && (this.#steps || this.#stepsPart.error !== undefined || !this.#needsSteps())) {
      const next = this.#focusNext;
      this.#focusNext = null;
      // After this update: moving focus blurs a field, whose check may update the element again.
      void Promise.resolve().then(() => next()?.focus());
    }
  }

  // ---------------------------------------------------------------- steps loaded on demand

  /** The steps once their module is here, else undefined (then {@link #needsSteps} views show loading or the failure). */
  get #steps(): LoginSteps | undefined {
    const m = this.#stepsPart.value;
    return m && (this.#stepsMade ??= new m.LoginSteps(this.#stepsHost()));
  }

  /** Starts loading steps.ts ahead of need: on the way to a step (hover or focus), when the dialog opens, once signed in. */
  #prefetchSteps(): void {
    void this.#stepsPart.prefetch();
  }

  /** What the steps may use of this element. */
  #stepsHost(): StepsHost {
    return {
      form: this.#form,
      api: () => this.api,
      account: () => this.#account(),
      box: (title, intro, view, actions) => this.#box(title, intro, view, actions),
      submitButton: (label) => this.#submitButton(label),
      signIn: () =>
        html`${this.#form.renderSummary(this.#keys('login'))} ${this.#renderAlert()} ${this.#renderFields('login')}`,
      go: (view, focus) => this.#go(view, focus),
      focus: (target) => (this.#focusNext = target ?? (() => this.#heading())),
      onKeydown: (e) => this.#onKeydown(e),
      announce: (text) => (this._announce = text),
      relogin: () => this.#openDialog(),
      logout: () => void this.logout(),
      emit: (type: `vss-${string}`, detail: object) => void this.emit(type, detail),
    };
  }

  /** The re-login dialog and every view but the sign-in form and the signed-in summary come from steps.ts. */
  #needsSteps(): boolean {
    const mode = this.#mode;
    return this._dialogOpen || (mode !== 'login' && mode !== 'signed-in');
  }

  // ---------------------------------------------------------------- view model

  get #mode(): View {
    if (this.session && !this._dialogOpen) return this.session.mustChangePassword ? 'change' : 'signed-in';
    return this._view;
  }

  /** The account the form is about: the signed-in citizen, else the code typed. */
  #account(): string {
    return this.session?.socialInsuranceCode ?? this.#form.values.code;
  }

  #fields(view: View): FieldSpec[] {
    return view === 'login'
      ? [
          codeField(),
          { key: 'password', label: msg('Mật khẩu'), type: 'password', autocomplete: 'current-password', reveal: true },
        ]
      : (this.#steps?.fields(view) ?? []);
  }

  /** The fields a step checks and lists in its error summary. */
  #keys(view: View): Field[] {
    return view === 'forgot-otp' ? ['otp'] : this.#fields(view).map((f) => f.key);
  }

  #heading(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(this._dialogOpen ? 'dialog h2' : '.box > h2');
  }

  /** Shows `view` with every message cleared; focus goes to `focus`, by default the heading. */
  #go(view: SignedOutView, focus: FocusTarget = () => this.#heading()): void {
    this.#form.reset();
    this._view = view;
    this.#focusNext = focus;
  }

  // ---------------------------------------------------------------- light DOM (form, labels, inputs)

  #renderLight(): TemplateResult {
    const mode = this.#mode;
    const formId = this.#form.id('form');
    return html`<form slot="form" id=${formId} method="post" action="" novalidate @submit=${this.#onSubmit}></form>
      ${
        mode === 'change' || mode === 'forgot-password'
          ? // Lets a password manager file the new password under the right account.
            html`<input slot="username" hidden type="text" name="username" autocomplete="username" form=${formId} readonly .value=${this.#account()} />`
          : nothing
      }
      ${this.#fields(mode).map((f) => this.#lightField(f, formId))} ${this.#steps?.light(mode)}`;
  }

  #lightField(f: FieldSpec, formId: string): TemplateResult {
    const form = this.#form;
    const id = form.id(f.key);
    const error = form.errors[f.key]?.() ?? '';
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
        .value=${form.values[f.key]}
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.#onInput(f.key, (e.target as HTMLInputElement).value)}
        @blur=${() => form.blurred(f.key)}
        @keydown=${this.#onKeydown}
      />`;
  }

  // ---------------------------------------------------------------- input handling

  #onInput(key: Field, value: string): void {
    this.#form.typed(key, value);
    if (key === 'newPassword') this.#steps?.newPasswordTyped(this.#mode);
  }

  #onKeydown(e: KeyboardEvent): void {
    // The form has no submit button of its own (the button is in the shadow root), so Enter submits here.
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this.#submit();
    }
  }

  /** The client-side problem with one field, or null. */
  #check(key: Field): FieldMessage | null {
    const v = this.#form.values;
    if (key === 'code') return issueOf(validateSocialInsuranceCode(v.code));
    // Login never applies the new-password policy: only "something typed".
    if (key === 'password') return v.password === '' ? issueText({ code: 'required' }) : null;
    return this.#steps?.check(key, this.#mode) ?? null;
  }

  // ---------------------------------------------------------------- submission

  #onSubmit(e: Event): void {
    e.preventDefault();
    this.#submit();
  }

  #submitForm(): void {
    const form = this.querySelector<HTMLFormElement>(`#${this.#form.id('form')}`);
    // requestSubmit fires a real submit event, which password managers watch for.
    if (form) form.requestSubmit();
    else this.#submit();
  }

  #submit(): void {
    const mode = this.#mode;
    const form = this.#form;
    if (this._pending || mode === 'signed-in' || (this.#needsSteps() && !this.#steps)) return;
    // A pasted code reaches the OTP field without an input event: take its value as it is now.
    const otp = mode === 'forgot-otp' && form.input('otp');
    if (otp) form.setValues({ otp: otp.value });
    const errors: Partial<Record<Field, FieldMessage>> = {};
    for (const k of this.#keys(mode)) {
      const err = form.check(k);
      if (err) errors[k] = err;
    }
    form.set({ failure: null, notice: null });
    // Marks the wrong fields and lists them in the error summary, or clears both and sends.
    form.showErrors(errors);
    if (!Object.keys(errors).length) void this.#send(mode);
  }

  async #send(mode: View): Promise<void> {
    this._pending = true;
    const v = this.#form.values;
    const code = validateSocialInsuranceCode(v.code);
    const sic = code.ok ? code.value : v.code;
    try {
      if (mode === 'login') this.#afterLogin(await this.api.login(sic, v.password));
      else await this.#steps!.send(mode, sic);
    } catch (e) {
      this.#onFailure(mode, toApiError(e));
    } finally {
      this._pending = false;
    }
  }

  #afterLogin(s: SessionInfo): void {
    this.#form.setValues({ password: '' });
    this.#form.reset();
    if (this._dialogOpen) this.#closeDialog(true);
    else this.#focusNext = () => this.#heading();
    this.emit<LoginDetail>('vss-login', {
      socialInsuranceCode: s.socialInsuranceCode,
      expiresAt: s.expiresAt,
      mustChangePassword: s.mustChangePassword,
    });
  }

  #onFailure(mode: View, error: ApiError): void {
    // The steps know their own failures (their fields' 422, a refused OTP); the sign-in form has one field to tell.
    if (this.#steps?.failure(mode, error)) return;
    const f = error.failure;
    const text = f.kind === 'validation' && mode === 'login' && f.fields.socialInsuranceCode;
    if (text) return this.#form.showErrors({ code: this.#check('code') ?? (() => text) });
    this.#form.set({ failure: error });
    this.#focusNext = () =>
      f.kind === 'invalid_credentials'
        ? this.#form.input('password')
        : this.renderRoot.querySelector<HTMLElement>('.alert-focus');
  }

  // ---------------------------------------------------------------- dialog

  #openDialog(): void {
    if (this._dialogOpen || (dialogOwner && dialogOwner !== this && dialogOwner.isConnected)) return;
    dialogOwner = this;
    this.#returnFocus = deepActive();
    this.#form.setValues({ code: this.#lastCode || this.#form.values.code, password: '' });
    this._view = 'login';
    this.#form.reset();
    this._dialogOpen = true;
  }

  #closeDialog(loggedIn: boolean): void {
    this._dialog?.close();
    this.#onDialogClosed(loggedIn);
  }

  #onDialogClosed(loggedIn = false): void {
    if (!this._dialogOpen) return;
    this._dialogOpen = false;
    if (dialogOwner === this) dialogOwner = null;
    const back = this.#returnFocus;
    this.#returnFocus = null;
    this.#focusNext = () => (back?.isConnected ? back : loggedIn ? this.#heading() : this.#form.input('code'));
  }

  // ---------------------------------------------------------------- shadow rendering

  protected override render() {
    const main =
      this.#needsSteps() && !this.#steps
        ? // The code of the step (or of the dialog) is on its way, or failed to arrive: say so where it will be.
          html`<div class="box" part="form">
            ${
              this.#stepsPart.error !== undefined
                ? this.#alert(toApiError(this.#stepsPart.error), () => {
                    void this.#stepsPart.load();
                    this.#focusNext = () => this.#heading();
                  })
                : html`<p class="actions" role="status"><span class="spinner"></span>${msg('Đang tải…')}</p>`
            }
          </div>`
        : this._dialogOpen
          ? this.#steps!.behindDialog()
          : this.#renderView(this.#mode);
    return html`${main}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.#onDialogClosed()}>
        ${this._dialogOpen ? this.#steps?.dialog() : nothing}
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announce}</div>`;
  }

  #renderView(mode: View): TemplateResult {
    if (mode === 'signed-in') return this.#renderSignedIn();
    if (mode === 'login') {
      return this.#box(
        msg('Đăng nhập'),
        msg('Tài khoản là mã số BHXH; mật khẩu được gửi qua tin nhắn SMS khi tài khoản được cấp.'),
        mode,
        html`${this.#submitButton(msg('Đăng nhập'))} ${this.#forgotButton('link')}`,
      );
    }
    return this.#steps!.render(mode);
  }

  #box(title: string, intro: string, mode: View, actions: TemplateResult): TemplateResult {
    return html`<div class="box" part="form">
      <h2 part="heading" tabindex="-1">${title}</h2>
      ${this.compact ? nothing : html`<p class="intro">${intro}</p>`} ${this.#renderNotice()} ${this.#form.renderSummary(this.#keys(mode))}
      ${this.#renderAlert()}
      <slot name="form"></slot><slot name="username"></slot>
      ${this.#renderFields(mode)}
      <div class="actions">${actions}</div>
    </div>`;
  }

  #renderFields(mode: View): TemplateResult {
    return html`<div class="fields">
      ${mode === 'forgot-otp' ? html`<slot name="otp"></slot>` : this.#fields(mode).map((f) => this.#renderField(f, mode))}
    </div>`;
  }

  #renderField(f: FieldSpec, mode: View): TemplateResult {
    const invalid = !!this.#form.errors[f.key];
    const revealed = !!this._revealed[f.key];
    const v = validateSocialInsuranceCode(this.#form.values.code);
    const suggestion =
      f.key === 'code' && invalid && !v.ok && v.issue.code === 'sic_from_card'
        ? String(v.issue.params?.suggestion ?? '')
        : '';
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      <slot name="${f.key}-label"></slot>
      ${
        f.checklist
          ? // The rules stay in the accessible description; the visible checklist below carries the ticks.
            html`<div class="visually-hidden"><slot name="${f.key}-hint"></slot></div>`
          : html`<slot name="${f.key}-hint"></slot>`
      }
      <slot name="${f.key}-error"></slot>
      <div class="control">
        <slot name="${f.key}-input"></slot>
        ${
          f.reveal
            ? html`<button
              class="button secondary toggle"
              part="reveal-button"
              type="button"
              aria-pressed=${revealed ? 'true' : 'false'}
              @click=${() => (this._revealed = { ...this._revealed, [f.key]: !revealed })}
            >
              ${msg('Hiện mật khẩu')}
            </button>`
            : nothing
        }
      </div>
      ${
        suggestion
          ? html`<button class="button link suggest" type="button" @click=${() => this.#useSuggestion(suggestion)}>
            ${msg(str`Dùng ${suggestion}`)}
          </button>`
          : nothing
      }
      ${f.checklist ? this.#steps?.checklist(mode) : nothing}
    </div>`;
  }

  #useSuggestion(s: string): void {
    this.#form.setValues({ code: s });
    this.#form.setError('code', null);
    this.#focusNext = () => this.#form.input('code');
  }

  #submitButton(label: string): TemplateResult {
    return html`<button
      class="button"
      part="submit-button"
      type="button"
      ?disabled=${this._pending}
      aria-busy=${this._pending ? 'true' : 'false'}
      @click=${() => this.#submitForm()}
    >
      ${this._pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>`;
  }

  /** "Quên mật khẩu": its code starts loading as soon as the pointer or the keyboard reaches it. */
  #forgotButton(kind: 'link' | 'secondary'): TemplateResult | typeof nothing {
    return this.hideForgot
      ? nothing
      : html`<button
          class="button ${kind}"
          part="forgot-button"
          type="button"
          @pointerenter=${this.#prefetchSteps}
          @focus=${this.#prefetchSteps}
          @click=${this.#startForgot}
        >
          ${msg('Quên mật khẩu')}
        </button>`;
  }

  #startForgot(): void {
    // From the re-login dialog (a locked account is told that a reset unlocks it): the reset steps live in
    // the box, so the dialog gives way to them and focus goes there.
    if (this._dialogOpen) this.#closeDialog(false);
    this.#form.setValues({ otp: '', newPassword: '', confirmation: '' });
    this.#go('forgot-request', () => this.#form.input(this.#form.values.code ? 'phone' : 'code'));
    // Also after a failed prefetch: going there is asking again.
    void this.#stepsPart.load();
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.#form.notice;
    return notice ? html`<div class="notice ok" role="status">${notice()}</div>` : nothing;
  }

  #renderAlert(): TemplateResult | typeof nothing {
    const failure = this.#form.failure;
    return failure ? this.#alert(failure, () => this.#submitForm()) : nothing;
  }

  /** A server answer or a failed load: what went wrong, how to go on (retry, forgot password) and the hotline. */
  #alert(error: ApiError, retry: () => void): TemplateResult {
    const f: ApiFailure = error.failure;
    const forgotPath = this._view === 'login' ? this.#forgotButton('secondary') : nothing;
    if (f.kind === 'locked') {
      const until = formatDateTime(f.lockedUntil, currentLocale());
      return html`<div class="notice locked" part="alert" role="alert">
        <p class="alert-focus" tabindex="-1"><strong>${msg(str`Tài khoản tạm khóa đến ${until}.`)}</strong></p>
        <p>${msg('Bạn đã nhập sai mật khẩu 5 lần. Lấy lại mật khẩu sẽ mở khóa ngay.')}</p>
        ${forgotPath} ${renderHotline()}
      </div>`;
    }
    const retryable = error.retryable;
    const inForgot = this.#mode.startsWith('forgot');
    return html`<div class="notice" part="alert" role="alert">
      <p class="alert-focus" tabindex="-1">${failureText(error)}</p>
      ${
        retryable
          ? html`<button class="button secondary" part="retry-button" type="button" @click=${retry}>${msg('Thử lại')}</button>`
          : nothing
      }
      ${f.kind === 'invalid_credentials' && f.attemptsLeft <= 2 ? forgotPath : nothing}
      ${retryable || inForgot || f.kind === 'rate_limited' ? renderHotline() : nothing}
    </div>`;
  }

  #renderSignedIn(): TemplateResult {
    const s = this.session!;
    return html`<div class="box" part="form">
      <h2 part="heading" tabindex="-1">${msg('Đã đăng nhập')}</h2>
      ${this.#renderNotice()}
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
