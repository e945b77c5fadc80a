import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { isApiError, type IdType, type Profile } from '@vssid/core';
import { formatCardCode, formatDate, maskIdNumber, maskPhone } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderHotline, renderLoading, stateStyles } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { profileStyles } from './profile.styles.js';

/** Detail of `vss-profile-load`. */
export interface ProfileLoadDetail {
  socialInsuranceCode: string;
}

type Loaded = { kind: 'must-change' } | { kind: 'profile'; profile: Profile };

/**
 * "Quản lý cá nhân": the signed-in citizen's record (mã số BHXH, name, date of birth, sex, ID document,
 * phone, e-mail, address, managing social-security office). The ID number is masked; the full number is
 * put into the page only after the citizen presses "Hiện số". The phone stays masked. A "Đổi mật khẩu"
 * button asks the page's login box to change the password.
 *
 * @element vss-profile
 * @fires vss-change-password-request - The citizen wants to change the password (a `<vss-login>` handles it). `detail: {}`
 * @fires vss-login-request - The citizen asked to sign in from the session-expired state. `detail: {}`
 * @fires vss-profile-load - The record was shown. `detail: { socialInsuranceCode: string }`
 * @csspart profile - The record.
 * @csspart reveal-button - The show/hide button of the ID number.
 * @csspart change-password - The "Đổi mật khẩu" button.
 * @csspart help - The "wrong data" help box with the hotline.
 * @cssprop --vss-color-primary - Buttons and headings.
 * @cssprop --vss-color-surface - Card background.
 */
@customElement('vss-profile')
export class VssProfile extends VssElement {
  static override styles = [tokens, base, stateStyles, profileStyles];

  /** Level of the title heading, to fit the page's outline; the help box's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private _revealed = false;
  private _announced = '';

  // The server says whether the password must change first (it knows, the session's flag may lag); the
  // shared task asks again after the change, or after any other change of the session.
  private readonly _data = new SessionTask(this, this.sessionWatch, async (api, options): Promise<Loaded> => {
    try {
      return { kind: 'profile', profile: await api.me(options) };
    } catch (e) {
      if (isApiError(e) && e.kind === 'password_change_required') return { kind: 'must-change' };
      throw e;
    }
  });
  private readonly _task = this._data.task;

  protected override sessionChanged(): void {
    // A new citizen (or none) never inherits the previous one's revealed number.
    this._revealed = false;
  }

  /** Loads the record again, bypassing the client's short cache. */
  reload(): void {
    this._data.retry();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const v = this._task.value;
    if (v?.kind === 'profile' && v.profile.socialInsuranceCode !== this._announced) {
      this._announced = v.profile.socialInsuranceCode;
      this.emit<ProfileLoadDetail>('vss-profile-load', { socialInsuranceCode: v.profile.socialInsuranceCode });
    }
  }

  private _changePassword = () => this.emit<Record<string, never>>('vss-change-password-request', {});

  protected override render() {
    return this._task.render({
      initial: () => renderLoading(msg('Đang tải thông tin cá nhân…')),
      pending: () => renderLoading(msg('Đang tải thông tin cá nhân…')),
      error: (e) => renderError(e, () => this.reload(), this),
      complete: (v) => {
        switch (v.kind) {
          case 'must-change':
            return html`<div class="state expired" part="state state-password" role="alert">
              <p>${msg('Bạn cần đổi mật khẩu trước khi xem thông tin.')}</p>
              <p>${msg('Đây là lần đăng nhập đầu tiên với mật khẩu nhận qua tin nhắn. Để bảo vệ tài khoản, hãy đặt mật khẩu mới của riêng bạn.')}</p>
              <button class="button" part="change-password" type="button" @click=${this._changePassword}>${msg('Đổi mật khẩu')}</button>
            </div>`;
          case 'profile':
            return this._renderProfile(v.profile);
        }
      },
    });
  }

  private _idTypeText(t: IdType): string {
    switch (t) {
      case 'cccd':
        return msg('Căn cước công dân');
      case 'cmnd':
        return msg('Chứng minh nhân dân');
      case 'passport':
        return msg('Hộ chiếu');
    }
  }

  private _renderProfile(p: Profile) {
    const locale = currentLocale();
    const row = (label: string, value: unknown, cls = '') =>
      html`<div class="row ${cls}"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<div class="profile" part="profile">
      <div class="title" role="heading" aria-level=${this.headingLevel}>${msg('Quản lý cá nhân')}</div>
      <dl>
        ${row(msg('Mã số BHXH'), html`<span class="mono">${p.socialInsuranceCode}</span>`)}
        ${row(msg('Họ và tên'), html`<span class="name">${p.fullName}</span>`)}
        ${row(msg('Ngày sinh'), formatDate(p.dateOfBirth, locale))}
        ${row(msg('Giới tính'), p.sex === 'female' ? msg('Nữ') : msg('Nam'))}
        <div class="row id-row">
          <dt>${this._idTypeText(p.idType)}</dt>
          <dd>
            <span class="mono id-number" id="id-number">${this._revealed ? p.idNumber : maskIdNumber(p.idNumber)}</span>
            <span class="visually-hidden" role="status">${this._revealed ? msg('Đang hiện đầy đủ số giấy tờ') : ''}</span>
            <button
              class="button link reveal"
              part="reveal-button"
              type="button"
              aria-pressed=${this._revealed ? 'true' : 'false'}
              aria-controls="id-number"
              @click=${() => (this._revealed = !this._revealed)}
            >
              ${msg('Hiện số đầy đủ')}
            </button>
          </dd>
        </div>
        ${row(msg('Số điện thoại'), html`<span class="mono">${maskPhone(p.phone)}</span>`)}
        ${row(msg('Email'), p.email || msg('Chưa có'))}
        ${row(msg('Địa chỉ'), p.address || msg('Chưa có'))}
        ${row(msg('Cơ quan BHXH quản lý'), `(${p.office.code}) ${p.office.parentName} - ${p.office.name}`)}
        ${row(msg('Mã thẻ BHYT'), p.cardCode ? html`<span class="mono">${formatCardCode(p.cardCode)}</span>` : msg('Chưa có thẻ BHYT'))}
      </dl>
      <div class="actions">
        <button class="button secondary" part="change-password" type="button" @click=${this._changePassword}>${msg('Đổi mật khẩu')}</button>
      </div>
      <div class="help" part="help">
        <div class="subtitle" role="heading" aria-level=${this.headingLevel + 1}>${msg('Thông tin chưa đúng?')}</div>
        <p>${msg('Họ tên, ngày sinh, giấy tờ tùy thân sai: liên hệ cơ quan BHXH quản lý hoặc đơn vị nơi bạn làm việc để điều chỉnh, mang theo giấy tờ tùy thân.')}</p>
        <p>${msg('Đổi số điện thoại hoặc email: trên Cổng dịch vụ công của BHXH Việt Nam, vào "Thông tin tài khoản", sửa, nhập mã kiểm tra, bấm "Ghi nhận" rồi nhập mã OTP gửi qua email và bấm "Xác nhận".')}</p>
        ${renderHotline()}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-profile': VssProfile;
  }
  interface HTMLElementEventMap {
    'vss-profile-load': CustomEvent<ProfileLoadDetail>;
  }
}
