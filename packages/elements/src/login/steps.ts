import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { toApiError, type ApiError } from '@vssid/core';
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
import { emit } from '../base/events.js';
import { currentLocale } from '../i18n/localization.js';
import { otpFailureText } from '../shared/failure-text.js';
import '../otp-input/otp-input.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
import { issueOf, issueText, type Field, type FieldMessage, type FieldSpec, type View } from './fields.js';
import type { PasswordResetDetail, VssLogin } from './login.js';
import { stepStyles } from './steps.styles.js';

/** The server's name of each field these steps send. */
const serverFields: Record<string, Field> = {
  currentPassword: 'oldPassword', newPassword: 'newPassword', socialInsuranceCode: 'code', phone: 'phone', otp: 'otp',
};

/**
 * The parts of `<vss-login>` that only some visits reach, loaded when first needed: "Quên mật khẩu"
 * (phone → OTP with `<vss-otp-input>` → new password), the forced "Đổi mật khẩu" at first login, with
 * the live password-policy checklist both share, and the dialog that asks to log in again when a session
 * expires. The element keeps the state and draws the common parts (box, fields, summary, alert); this
 * supplies the steps' fields, checks, texts and requests.
 */
export class LoginSteps {
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _lastAnnounced = '';
  /** Seconds before "Gửi lại mã" is allowed, as the server last said (each change comes with a state change). */
  private _resendAfter?: number;

  constructor(private readonly h: VssLogin) {
    const root = h.renderRoot as ShadowRoot;
    const sheet = stepStyles.styleSheet;
    // Added after the element's own sheets (adoptStyles would replace them); without adoptable sheets, a <style>.
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else adoptStyles(root, [stepStyles]);
  }

  /** Stops the pending checklist announcement (the element left the page). */
  stop(): void {
    clearTimeout(this._announceTimer);
  }

  fields(view: View): FieldSpec[] {
    const h = this.h;
    const passwords = (): FieldSpec[] => [
      {
        key: 'newPassword', label: msg('Mật khẩu mới'), type: 'password', autocomplete: 'new-password', reveal: true, checklist: true,
        hint: this._checks().map((c) => formatIssue(c.issue, currentLocale())).join('. '),
      },
      { key: 'confirmation', label: msg('Nhập lại mật khẩu mới'), type: 'password', autocomplete: 'new-password' },
    ];
    switch (view) {
      case 'forgot-request':
        return [
          h._codeField(),
          {
            key: 'phone', label: msg('Điện thoại di động'), type: 'tel', autocomplete: 'tel', inputmode: 'tel',
            hint: msg('Số điện thoại đã đăng ký giao dịch điện tử với cơ quan BHXH.'),
          },
        ];
      case 'forgot-password':
        return passwords();
      case 'change':
        return [
          { key: 'oldPassword', label: msg('Mật khẩu cũ'), type: 'password', autocomplete: 'current-password', reveal: true },
          ...passwords(),
        ];
      default:
        return [];
    }
  }

  /** What the policy is checked against: the account, and the old password when changing it. */
  private _context() {
    const h = this.h;
    return {
      socialInsuranceCode: h._account(),
      oldPassword: h._mode === 'change' ? h._values.oldPassword || undefined : undefined,
    };
  }

  private _checks() {
    return passwordChecklist(this.h._values.newPassword, this._context());
  }

  check(key: Field): FieldMessage | null {
    const v = this.h._values;
    switch (key) {
      case 'phone':
        return issueOf(validatePhone(v.phone));
      case 'otp':
        return issueOf(validateOtp(v.otp));
      case 'newPassword':
        return issueOf(validatePassword(v.newPassword, this._context()));
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
  newPasswordTyped(): void {
    const h = this.h;
    if (h._errors.confirmation) h._setError('confirmation', this.check('confirmation'));
    // One polite summary after typing pauses, and only when the set of met rules changed: no per-key chatter.
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      const checks = this._checks();
      const key = checks.map((c) => (c.met ? '1' : '0')).join('');
      if (key === this._lastAnnounced) return;
      this._lastAnnounced = key;
      const unmet = checks.filter((c) => !c.met).map((c) => formatIssue(c.issue, currentLocale()));
      h._announce = unmet.length ? msg(str`Còn thiếu: ${unmet.join('; ')}.`) : msg('Mật khẩu mới đáp ứng mọi yêu cầu.');
    }, 700);
  }

  // ---------------------------------------------------------------- rendering

  render(view: View): TemplateResult {
    const h = this.h;
    const v = h._values;
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
                msg(str`Nếu số điện thoại khớp với hồ sơ, mã OTP đã được gửi đến ${maskPhone(v.phone)}. Mã có hiệu lực 5 phút.`),
                msg('Tiếp tục'),
              ]
            : [msg('Đặt mật khẩu mới'), msg(str`Đặt mật khẩu mới cho tài khoản ${v.code}.`), msg('Hoàn tất')];
    return h._box(
      title,
      intro,
      view,
      html`${h._submitButton(submit)}
      ${view === 'change'
        ? html`<button class="button link" part="logout-button" type="button" @click=${() => h.logout()}>${msg('Đăng xuất')}</button>`
        : html`<button class="button link" type="button" @click=${() => h._go('login')}>${msg('Quay lại đăng nhập')}</button>`}`,
    );
  }

  /** What the element's box says while the dialog is open. */
  behindDialog(): TemplateResult {
    return html`<div class="box" part="form"><p>${msg('Vui lòng đăng nhập lại trong hộp thoại.')}</p></div>`;
  }

  /** The content of the re-login dialog: the sign-in form again, with the code of the expired session. */
  dialog(): TemplateResult {
    const h = this.h;
    return html`<div class="box">
      <h2 id="${h._id}-dialog-title" tabindex="-1">${msg('Phiên đăng nhập đã hết hạn')}</h2>
      <p>${msg('Vui lòng đăng nhập lại để tiếp tục. Thông tin đang xem sẽ được giữ nguyên.')}</p>
      ${h._renderSummary('login')} ${h._renderAlert()} ${h._renderFields('login')}
      <div class="actions">
        ${h._submitButton(msg('Đăng nhập'))}
        <button class="button secondary" type="button" @click=${() => h._closeDialog(false)}>${msg('Đóng')}</button>
      </div>
    </div>`;
  }

  /** The OTP field, in the element's light DOM like the other fields (SMS autofill sees it there). */
  light(view: View): TemplateResult | typeof nothing {
    const h = this.h;
    return view === 'forgot-otp'
      ? html`<vss-otp-input
          slot="otp"
          id=${h._fid('otp')}
          name="otp"
          required
          .value=${h._values.otp}
          .error=${h._otpError}
          .resendAfter=${this._resendAfter}
          @input=${this._onOtpInput}
          @vss-otp-complete=${this._onOtpInput}
          @vss-otp-resend=${this._onResend}
          @keydown=${h._onKeydown}
        ></vss-otp-input>`
      : nothing;
  }

  checklist(): TemplateResult {
    return html`<ul class="checklist" part="checklist" aria-hidden="true">
      ${this._checks().map(
        (c) => html`<li class=${c.met ? 'met' : ''} data-rule=${c.rule}>
          <span class="mark">${c.met ? '✓' : '○'}</span><span>${formatIssue(c.issue, currentLocale())}</span>
        </li>`,
      )}
    </ul>`;
  }

  private _otp(): VssOtpInput | null {
    return this.h._input('otp') as VssOtpInput | null;
  }

  // Listeners in the element's light DOM are called with the element as `this`: arrow functions keep ours.
  private readonly _onOtpInput = (e: Event): void => {
    const h = this.h;
    const value = (e.currentTarget as VssOtpInput).value;
    if (value !== h._values.otp) h._values = { ...h._values, otp: value };
    if (h._errors.otp) h._setError('otp', this.check('otp'));
    h._otpError = '';
  };

  private readonly _onResend = async (): Promise<void> => {
    const h = this.h;
    try {
      const sent = await h._api.forgotPassword(h._values.code, h._values.phone);
      h._failure = null;
      h._otpError = '';
      this._resendAfter = sent.resendAfterSeconds;
      this._otp()?.startCountdown(sent.resendAfterSeconds);
      h._notice = () => msg('Đã gửi mã OTP mới.');
    } catch (e) {
      h._failure = toApiError(e);
    }
  };

  // ---------------------------------------------------------------- requests

  /** Sends the step's request (`sic` is the normalised mã số BHXH); failures go to `failure`. */
  async send(view: View, sic: string): Promise<void> {
    const h = this.h;
    const v = h._values;
    switch (view) {
      case 'forgot-request': {
        const phone = validatePhone(v.phone);
        const sent = await h._api.forgotPassword(sic, phone.ok ? phone.value : v.phone);
        h._values = { ...h._values, code: sic, phone: phone.ok ? phone.value : v.phone, otp: '' };
        this._resendAfter = sent.resendAfterSeconds;
        h._go('forgot-otp');
        h._focusNext = () => this._otp();
        break;
      }
      case 'forgot-otp':
        // The server checks the code together with the new password (one call), so this step only moves on.
        h._go('forgot-password');
        h._focusNext = () => h._input('newPassword');
        break;
      case 'forgot-password':
        await h._api.resetPassword(sic, v.otp, v.newPassword);
        h._values = { ...h._values, code: sic, password: '', otp: '', newPassword: '', confirmation: '' };
        h._go('login');
        h._notice = () => msg('Đã đặt lại mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.');
        h._focusNext = () => h._input('password');
        emit<PasswordResetDetail>(h, 'vss-password-reset', { socialInsuranceCode: sic });
        break;
      case 'change':
        await h._api.changePassword(v.oldPassword, v.newPassword);
        h._values = { ...h._values, oldPassword: '', newPassword: '', confirmation: '' };
        h._reset();
        h._notice = () => msg('Đã đổi mật khẩu.');
        h._focusNext = () => h._heading();
        emit(h, 'vss-password-changed', {});
        break;
    }
  }

  /**
   * Handles what only these steps know: their fields' 422, a refused OTP, an expiry mid-change. False for the
   * rest (the element shows it as an alert).
   */
  failure(view: View, error: ApiError): boolean {
    const h = this.h;
    const f = error.failure;
    if (view === 'login' || view === 'signed-in') return false;
    if (view === 'change' && f.kind === 'session_expired') {
      h._openDialog();
      return true;
    }
    let otpText = view === 'forgot-password' ? otpFailureText(error) : null;
    if (f.kind === 'validation') {
      // 422: put each server message on its field (in the UI language where core can say it).
      const errors: Partial<Record<Field, FieldMessage>> = {};
      for (const [name, text] of Object.entries(f.fields)) {
        const key = serverFields[name];
        if (key) errors[key] = key === 'oldPassword' ? () => msg('Mật khẩu cũ không đúng.') : (h._check(key) ?? (() => text));
      }
      if (errors.otp && view === 'forgot-password') otpText = msg('Mã OTP không đúng.');
      else if (Object.keys(errors).length) {
        h._showErrors(errors);
        return true;
      }
    }
    if (!otpText) return false;
    // Back to the code, which is what was wrong.
    h._view = 'forgot-otp';
    h._otpError = otpText;
    h._focusNext = () => this._otp();
    return true;
  }
}
