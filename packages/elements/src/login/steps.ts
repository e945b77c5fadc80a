import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { toApiError, type ApiError, type VssApi } from '@vssid/core';
import { maskPhone } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import {
  passwordChecklist,
  validateOtp,
  validatePassword,
  validatePasswordChange,
  validatePasswordConfirmation,
  validatePhone,
} from '@vssid/core/validators';
import { currentLocale } from '../i18n/localization.js';
import { otpFailureText } from '../shared/failure-text.js';
import '../otp-input/otp-input.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
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
import type { FormState } from './form-state.js';
import { stepStyles } from './steps.styles.js';

/** Added to the element's shadow root when this module arrives (see base's `adoptPartStyles`). */
export const partStyles = stepStyles;

/** The server's name of each field these steps send. */
const serverFields: Record<string, Field> = {
  currentPassword: 'oldPassword',
  newPassword: 'newPassword',
  socialInsuranceCode: 'code',
  phone: 'phone',
  otp: 'otp',
};

/** A focus target, found once the element has drawn: a field, a heading, the OTP boxes. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * What `<vss-login>` lends the steps (never the element itself): its field state, its client, the common
 * parts of its box, and the moves between views.
 */
export interface StepsHost {
  /** The fields' values, marks and messages. */
  readonly form: FormState;
  /** The client the element talks through. */
  api(): VssApi;
  /** The account the password is for: the signed-in citizen, else the code typed. */
  account(): string;
  /** A step's box: heading, introduction, messages, error summary, the view's fields, then `actions`. */
  box(title: string, intro: string, view: View, actions: TemplateResult): TemplateResult;
  /** The step's main button ("busy" while a request runs). */
  submitButton(label: string): TemplateResult;
  /** The sign-in form's error summary, alert and fields, for the re-login dialog. */
  signIn(): TemplateResult;
  /** Goes to a view with every message cleared; focus goes to `focus` once drawn (the heading by default). */
  go(view: SignedOutView, focus?: FocusTarget): void;
  /** Moves focus once the element has drawn (the heading by default). */
  focus(target?: FocusTarget): void;
  /** Enter in a field sends the step. */
  onKeydown(e: KeyboardEvent): void;
  /** Says `text` in the element's polite live region. */
  announce(text: string): void;
  /** Opens the "log in again" dialog. */
  relogin(): void;
  /** Signs out (the forced change's "Đăng xuất"). */
  logout(): void;
  /** Fires one of the element's events from it. */
  emit(type: 'vss-password-reset', detail: { socialInsuranceCode: string }): void;
  emit(type: 'vss-password-changed', detail: Record<string, never>): void;
}

/**
 * The parts of `<vss-login>` that only some visits reach, loaded when first needed: "Quên mật khẩu"
 * (phone → OTP with `<vss-otp-input>` → new password), the forced "Đổi mật khẩu" at first login, with
 * the live password-policy checklist both share, and the dialog that asks to log in again when a session
 * expires. They share the element's field state ({@link FormState}) and get the rest through
 * {@link StepsHost}; the element draws the common parts (box, fields, summary, alert), and this supplies the
 * steps' fields, checks, texts and requests.
 */
export class LoginSteps {
  #announceTimer?: ReturnType<typeof setTimeout>;
  #lastAnnounced = '';
  /** Seconds before "Gửi lại mã" is allowed, as the server last said (each change comes with a state change). */
  #resendAfter?: number;

  readonly #h: StepsHost;

  constructor(host: StepsHost) {
    this.#h = host;
  }

  /** Stops the pending checklist announcement (the element left the page). */
  stop(): void {
    clearTimeout(this.#announceTimer);
  }

  /** The fields of a step's view. */
  fields(view: View): FieldSpec[] {
    const passwords = (): FieldSpec[] => [
      {
        key: 'newPassword',
        label: msg('Mật khẩu mới'),
        type: 'password',
        autocomplete: 'new-password',
        reveal: true,
        checklist: true,
        hint: this.#checks(view)
          .map((c) => formatIssue(c.issue, currentLocale()))
          .join('. '),
      },
      { key: 'confirmation', label: msg('Nhập lại mật khẩu mới'), type: 'password', autocomplete: 'new-password' },
    ];
    switch (view) {
      case 'forgot-request':
        return [
          codeField(),
          {
            key: 'phone',
            label: msg('Điện thoại di động'),
            type: 'tel',
            autocomplete: 'tel',
            inputmode: 'tel',
            hint: msg('Số điện thoại đã đăng ký giao dịch điện tử với cơ quan BHXH.'),
          },
        ];
      case 'forgot-password':
        return passwords();
      case 'change':
        return [
          {
            key: 'oldPassword',
            label: msg('Mật khẩu cũ'),
            type: 'password',
            autocomplete: 'current-password',
            reveal: true,
          },
          ...passwords(),
        ];
      default:
        return [];
    }
  }

  /** What the policy is checked against: the account, and the old password when changing it. */
  #context(view: View) {
    return {
      socialInsuranceCode: this.#h.account(),
      oldPassword: view === 'change' ? this.#h.form.values.oldPassword || undefined : undefined,
    };
  }

  #checks(view: View) {
    return passwordChecklist(this.#h.form.values.newPassword, this.#context(view));
  }

  /** The client-side problem with one of the steps' fields in `view`, or null. */
  check(key: Field, view: View): FieldMessage | null {
    const v = this.#h.form.values;
    switch (key) {
      case 'phone':
        return issueOf(validatePhone(v.phone));
      case 'otp':
        return issueOf(validateOtp(v.otp));
      case 'newPassword':
        return issueOf(validatePassword(v.newPassword, this.#context(view)));
      case 'confirmation':
        return issueOf(validatePasswordConfirmation(v.newPassword, v.confirmation));
      case 'oldPassword': {
        const found = validatePasswordChange({ oldPassword: v.oldPassword, newPassword: v.newPassword }).oldPassword;
        return found ? issueText(found) : null;
      }
      default:
        return null;
    }
  }

  /** The new password changed: re-check its repetition if marked wrong, and announce the checklist later. */
  newPasswordTyped(view: View): void {
    this.#h.form.recheck('confirmation');
    // One polite summary after typing pauses, and only when the set of met rules changed: no per-key chatter.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const checks = this.#checks(view);
      const key = checks.map((c) => (c.met ? '1' : '0')).join('');
      if (key === this.#lastAnnounced) return;
      this.#lastAnnounced = key;
      const unmet = checks.filter((c) => !c.met).map((c) => formatIssue(c.issue, currentLocale()));
      this.#h.announce(
        unmet.length ? msg(str`Còn thiếu: ${unmet.join('; ')}.`) : msg('Mật khẩu mới đáp ứng mọi yêu cầu.'),
      );
    }, 700);
  }

  // ---------------------------------------------------------------- rendering

  /** A step's box. */
  render(view: View): TemplateResult {
    const h = this.#h;
    const v = h.form.values;
    const [title, intro, submit] =
      view === 'change'
        ? [
            msg('Đổi mật khẩu'),
            msg('Đây là lần đăng nhập đầu tiên. Vui lòng đổi mật khẩu được gửi qua tin nhắn SMS trước khi tiếp tục.'),
            msg('Hoàn tất'),
          ]
        : view === 'forgot-request'
          ? [
              msg('Quên mật khẩu'),
              msg('Nhập mã số BHXH và số điện thoại đã đăng ký. Mã OTP sẽ được gửi đến số điện thoại này.'),
              msg('Gửi mã OTP'),
            ]
          : view === 'forgot-otp'
            ? [
                msg('Nhập mã OTP'),
                msg(
                  str`Nếu số điện thoại khớp với hồ sơ, mã OTP đã được gửi đến ${maskPhone(v.phone)}. Mã có hiệu lực 5 phút.`,
                ),
                msg('Tiếp tục'),
              ]
            : [msg('Đặt mật khẩu mới'), msg(str`Đặt mật khẩu mới cho tài khoản ${v.code}.`), msg('Hoàn tất')];
    return h.box(
      title,
      intro,
      view,
      html`${h.submitButton(submit)}
      ${
        view === 'change'
          ? html`<button class="button link" part="logout-button" type="button" @click=${() => h.logout()}>${msg('Đăng xuất')}</button>`
          : html`<button class="button link" type="button" @click=${() => h.go('login')}>${msg('Quay lại đăng nhập')}</button>`
      }`,
    );
  }

  /** What the element's box says while the dialog is open. */
  behindDialog(): TemplateResult {
    return html`<div class="box" part="form"><p>${msg('Vui lòng đăng nhập lại trong hộp thoại.')}</p></div>`;
  }

  /**
   * The content of the re-login dialog (labelled by its `#dialog-title`): the sign-in form again, with the code
   * of the expired session. "Đóng" closes the dialog as Escape does; the element hears its `close` event.
   */
  dialog(): TemplateResult {
    const h = this.#h;
    return html`<div class="box">
      <h2 id="dialog-title" tabindex="-1">${msg('Phiên đăng nhập đã hết hạn')}</h2>
      <p>${msg('Vui lòng đăng nhập lại để tiếp tục. Thông tin đang xem sẽ được giữ nguyên.')}</p>
      ${h.signIn()}
      <div class="actions">
        ${h.submitButton(msg('Đăng nhập'))}
        <button class="button secondary" type="button" @click=${(e: Event) => (e.target as Element).closest('dialog')?.close()}>
          ${msg('Đóng')}
        </button>
      </div>
    </div>`;
  }

  /** The OTP field, in the element's light DOM like the other fields (SMS autofill sees it there). */
  light(view: View): TemplateResult | typeof nothing {
    const { form, onKeydown } = this.#h;
    return view === 'forgot-otp'
      ? html`<vss-otp-input
          slot="otp"
          id=${form.id('otp')}
          name="otp"
          required
          .value=${form.values.otp}
          .error=${form.otpError}
          .resendAfter=${this.#resendAfter}
          @input=${this.#onOtpInput}
          @vss-otp-complete=${this.#onOtpInput}
          @vss-otp-resend=${this.#onResend}
          @keydown=${onKeydown}
        ></vss-otp-input>`
      : nothing;
  }

  /** The new-password policy under its field, each rule ticked as it is met. */
  checklist(view: View): TemplateResult {
    return html`<ul class="checklist" part="checklist" aria-hidden="true">
      ${this.#checks(view).map(
        (c) => html`<li class=${c.met ? 'met' : ''} data-rule=${c.rule}>
          <span class="mark">${c.met ? '✓' : '○'}</span><span>${formatIssue(c.issue, currentLocale())}</span>
        </li>`,
      )}
    </ul>`;
  }

  #otp(): VssOtpInput | null {
    return this.#h.form.input('otp') as VssOtpInput | null;
  }

  // Listeners in the element's light DOM are called with the element as `this`: arrow functions keep ours.
  readonly #onOtpInput = (e: Event): void => {
    const form = this.#h.form;
    const value = (e.currentTarget as VssOtpInput).value;
    if (value !== form.values.otp) form.setValues({ otp: value });
    form.recheck('otp');
    form.set({ otpError: '' });
  };

  readonly #onResend = async (): Promise<void> => {
    const { form, api } = this.#h;
    try {
      const sent = await api().forgotPassword(form.values.code, form.values.phone);
      this.#resendAfter = sent.resendAfterSeconds;
      this.#otp()?.startCountdown(sent.resendAfterSeconds);
      form.set({ failure: null, otpError: '', notice: () => msg('Đã gửi mã OTP mới.') });
    } catch (e) {
      form.set({ failure: toApiError(e) });
    }
  };

  // ---------------------------------------------------------------- requests

  /** Sends the step's request (`sic` is the normalised mã số BHXH); failures go to `failure`. */
  async send(view: View, sic: string): Promise<void> {
    const h = this.#h;
    const { form } = h;
    const v = form.values;
    switch (view) {
      case 'forgot-request': {
        const phone = validatePhone(v.phone);
        const sent = await h.api().forgotPassword(sic, phone.ok ? phone.value : v.phone);
        form.setValues({ code: sic, phone: phone.ok ? phone.value : v.phone, otp: '' });
        this.#resendAfter = sent.resendAfterSeconds;
        h.go('forgot-otp', () => this.#otp());
        break;
      }
      case 'forgot-otp':
        // The server checks the code together with the new password (one call), so this step only moves on.
        h.go('forgot-password', () => form.input('newPassword'));
        break;
      case 'forgot-password':
        await h.api().resetPassword(sic, v.otp, v.newPassword);
        form.setValues({ code: sic, password: '', otp: '', newPassword: '', confirmation: '' });
        h.go('login', () => form.input('password'));
        form.set({ notice: () => msg('Đã đặt lại mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.') });
        h.emit('vss-password-reset', { socialInsuranceCode: sic });
        break;
      case 'change':
        await h.api().changePassword(v.oldPassword, v.newPassword);
        form.setValues({ oldPassword: '', newPassword: '', confirmation: '' });
        form.reset();
        form.set({ notice: () => msg('Đã đổi mật khẩu.') });
        h.focus();
        h.emit('vss-password-changed', {});
        break;
    }
  }

  /**
   * Handles what only these steps know: their fields' 422, a refused OTP, an expiry mid-change. False for the
   * rest (the element shows it as an alert).
   */
  failure(view: View, error: ApiError): boolean {
    const h = this.#h;
    const f = error.failure;
    if (view === 'login' || view === 'signed-in') return false;
    if (view === 'change' && f.kind === 'session_expired') {
      h.relogin();
      return true;
    }
    let otpText = view === 'forgot-password' ? otpFailureText(error) : null;
    if (f.kind === 'validation') {
      // 422: put each server message on its field (in the UI language where core can say it).
      const errors: Partial<Record<Field, FieldMessage>> = {};
      for (const [name, text] of Object.entries(f.fields)) {
        const key = serverFields[name];
        if (key)
          errors[key] =
            key === 'oldPassword' ? () => msg('Mật khẩu cũ không đúng.') : (h.form.check(key) ?? (() => text));
      }
      if (errors.otp && view === 'forgot-password') otpText = msg('Mã OTP không đúng.');
      else if (Object.keys(errors).length) {
        h.form.showErrors(errors);
        return true;
      }
    }
    if (!otpText) return false;
    // Back to the code, which is what was wrong.
    h.go('forgot-otp', () => this.#otp());
    h.form.set({ otpError: otpText });
    return true;
  }
}
