/**
 * Steps 2–5 of the registration form (photos, phone with OTP, office, review) and "Ghi nhận", fetched
 * on demand: the first step is all the form's first paint needs. Each function renders or acts for the
 * form it is given.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { isApiError, type RegistrationRequest } from '@vssid/core';
import { parseDateInput } from '@vssid/core/domain';
import { formatDate, formatDateTime, maskPhone } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import { officeLabel } from '@vssid/core/text';
import {
  collapseSpaces,
  compactCode,
  normalizePhone,
  validatePhone,
  type ValidationIssue,
} from '@vssid/core/validators';
import { renderHotline } from '../shared/states.js';
import { failureText, otpFailureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import type { PhotoChangeDetail, PhotoKind, VssPhotoInput } from '../photo-input/photo-input.js';
import type { OfficeChangeDetail } from '../office-picker/office-picker.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
import { PHOTO_SLOTS, type PhotoSlot, type StepNumber } from './draft.js';
import { stepErrors, stepOf, tokenValid } from './checks.js';
import { detailStyles } from './details.styles.js';
import { controlId, fieldLabel, idTypeText, sexLabel, stepTitle } from './fields.js';
import type { RegisteredDetail, VssRegistrationForm } from './registration-form.js';

type Form = VssRegistrationForm;
type Issues = Record<string, ValidationIssue>;

const PHOTO_KIND: Record<PhotoSlot, PhotoKind> = { portrait: 'portrait', idFront: 'id-front', idBack: 'id-back' };

export const partStyles = [
  detailStyles,
  css`
  .photos {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .verified {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_success);
    background: var(--_success-soft);
    border-radius: var(--_radius-small);
  }
  .otp-box {
    display: grid;
    gap: var(--_space);
    max-width: 28rem;
  }
  .verified p,
  .otp-box p {
    margin: 0;
  }
  .review {
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .review h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .thumb {
    max-width: 120px;
    max-height: 90px;
    border-radius: var(--_radius-small);
  }
  .checkbox {
    align-items: flex-start;
  }
  .checkbox input {
    margin-top: 2px;
  }
  #submit-problem:focus,
  #otp-problem:focus,
  #phone-verified:focus {
    outline: 3px solid var(--_focus);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 3px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: vss-spin 0.8s linear infinite;
  }
  @keyframes vss-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`,
];

/**
 * Steps 2–4 stay in the DOM once rendered (hidden when not current), so photo uploads, the OTP box and
 * the office list keep their state while the citizen moves between steps; the review is built afresh.
 * Each child element appears once its own part has arrived.
 */
export function renderSteps(host: Form, issues: Issues): TemplateResult {
  const step = host._draft.step;
  const body = (n: StepNumber, content: (issues: Issues) => unknown) =>
    html`<div class="step-body" ?hidden=${step !== n}>${content(issues)}</div>`;
  return html`${body(2, (i) => renderPhotos(host, i))} ${body(3, (i) => renderPhone(host, i))}
  ${body(4, (i) => renderOffice(host, i))} ${step === 5 ? body(5, (i) => renderReview(host, i)) : nothing}`;
}

/** The child element's template once its part is there; meanwhile its place on the current step loads. */
function child(host: Form, name: 'photo' | 'otp' | 'office', current: boolean, content: () => unknown) {
  return host._part(name, current) ? content() : current ? host._partState(name) : nothing;
}

function renderPhotos(host: Form, issues: Issues): TemplateResult {
  return html`<p class="hint">
      ${msg('Ảnh chân dung rõ mặt, không đội mũ, không đeo kính râm. Ảnh giấy tờ chụp thẳng, đủ 4 góc, không lóa.')}
    </p>
    ${child(
      host,
      'photo',
      host._draft.step === 2,
      () => html`<div class="photos">
        ${PHOTO_SLOTS.map(
          (slot) => html`<vss-photo-input
            id=${controlId(`photos.${slot}`)}
            kind=${PHOTO_KIND[slot]}
            required
            .error=${host._errorFor(`photos.${slot}`, issues)}
            @vss-photo-change=${(e: CustomEvent<PhotoChangeDetail>) => onPhoto(host, slot, e)}
          ></vss-photo-input>`,
        )}
      </div>`,
    )}`;
}

/** Puts the draft's photos into the photo inputs, once these are there; says whether they were. */
export function restorePhotos(host: Form): boolean {
  let found = false;
  for (const slot of PHOTO_SLOTS) {
    const el = host.renderRoot.querySelector<VssPhotoInput>(`#${controlId(`photos.${slot}`)}`);
    const d = host._draft.photos[slot];
    if (!el) continue;
    found = true;
    if ((el.upload?.id ?? '') !== (d?.upload.id ?? '')) el.restore(d);
  }
  return found;
}

function onPhoto(host: Form, slot: PhotoSlot, e: CustomEvent<PhotoChangeDetail>): void {
  const el = e.currentTarget as VssPhotoInput;
  host._update({ photos: { ...host._draft.photos, [slot]: e.detail.upload ? el.draft : null } });
  host._forgetServerError(`photos.${slot}`);
  host._saveNow();
}

// ---- phone and OTP --------------------------------------------------------------------------------

function renderPhone(host: Form, issues: Issues): TemplateResult {
  const d = host._draft;
  if (tokenValid(host._draft)) {
    return html`<div id="phone-verified" class="verified" tabindex="-1" role="status">
      <p>
        ${msg(str`Số điện thoại ${d.phone} đã được xác thực.`)}
        ${msg(str`Xác thực có hiệu lực đến ${formatDateTime(d.phoneTokenExpiresAt, currentLocale())}.`)}
      </p>
      <button type="button" class="button secondary" part="button" id="change-phone" @click=${() => changePhone(host)}>
        ${msg('Đổi số điện thoại')}
      </button>
    </div>`;
  }
  const o = host._otp;
  const tokenError = host._errorFor('phoneToken', issues);
  const sending = o.phase === 'sending';
  // Once a code is on its way, the OTP box offers the resend; a new number needs a new code.
  const changed = !!o.sentTo && normalizePhone(d.phone) !== o.sentTo;
  return html`<p class="hint">
      ${msg('Số di động của chính bạn: mã OTP, thông báo hồ sơ và mật khẩu tài khoản được gửi đến số này.')}
    </p>
    <div class="grid">
      ${host._textField('phone', issues, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: msg('Ví dụ: 0912345678') })}
    </div>
    ${tokenError && !host._errorFor('phone', issues) ? host._errorText('f-phoneToken', tokenError) : nothing}
    ${!o.sentTo || changed
      ? html`<div class="actions-inline">
          <button
            type="button"
            id="send-otp"
            class="button"
            part="button"
            aria-disabled=${sending ? 'true' : 'false'}
            aria-describedby=${tokenError ? 'f-phoneToken-error' : nothing}
            @click=${() => void sendOtp(host)}
          >
            ${sending ? msg('Đang gửi mã…') : o.sentTo ? msg('Gửi mã đến số mới') : msg('Gửi mã OTP')}
          </button>
        </div>`
      : nothing}
    ${o.error
      ? html`<div id="otp-problem" class="state error" role="alert" tabindex="-1">
          <p>${failureText(o.error)}</p>
        </div>`
      : nothing}
    ${o.sentTo
      ? html`<div class="otp-box">
          <p role="status">${msg(str`Mã OTP đã được gửi đến số ${maskPhone(o.sentTo)}. Mã có hiệu lực trong 5 phút.`)}</p>
          ${child(
            host,
            'otp',
            d.step === 3,
            () => html`<vss-otp-input
              id="f-otp"
              required
              resend-after=${o.resendAfter}
              ?disabled=${o.phase === 'verifying'}
              @vss-otp-complete=${(e: CustomEvent<{ value: string }>) => void verifyOtp(host, e.detail.value)}
              @vss-otp-resend=${() => void sendOtp(host)}
            ></vss-otp-input>`,
          )}
          ${o.phase === 'verifying' ? html`<p role="status">${msg('Đang xác thực…')}</p>` : nothing}
        </div>`
      : nothing}`;
}

async function sendOtp(host: Form): Promise<void> {
  if (host._otp.phase === 'sending') return;
  const phone = validatePhone(host._draft.phone);
  if (!phone.ok) {
    host._showSummary([{ field: 'phone', text: formatIssue(phone.issue, currentLocale()) }]);
    return;
  }
  host._summary = null;
  host._otp = { ...host._otp, phase: 'sending', error: null };
  try {
    const sent = await host._api.requestRegistrationOtp(phone.value);
    host._otp = { phase: 'sent', resendAfter: sent.resendAfterSeconds, sentTo: phone.value, error: null };
    await host.updateComplete; // with the code box's part, should it still have been on its way
    const otp = host.renderRoot.querySelector<VssOtpInput>('#f-otp');
    if (otp) {
      otp.value = '';
      otp.error = '';
      otp.startCountdown?.(sent.resendAfterSeconds);
      otp.focus();
    }
  } catch (e) {
    host._otp = { ...host._otp, phase: host._otp.sentTo ? 'sent' : 'idle', error: e };
    host._focusNext = '#otp-problem';
  }
}

async function verifyOtp(host: Form, code: string): Promise<void> {
  if (host._otp.phase === 'verifying') return;
  const phone = host._otp.sentTo;
  host._otp = { ...host._otp, phase: 'verifying', error: null };
  const box = host.renderRoot.querySelector<VssOtpInput>('#f-otp');
  try {
    const v = await host._api.verifyRegistrationOtp(phone, code);
    host._update({ verifiedPhone: phone, phoneToken: v.phoneToken, phoneTokenExpiresAt: v.expiresAt });
    host._saveNow();
    host._otp = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
    host._forgetServerError('phoneToken');
    host._forgetServerError('phone');
    host._summary = null;
    host._focusNext = '#phone-verified';
  } catch (e) {
    host._otp = { ...host._otp, phase: 'sent' };
    const text = otpFailureText(e) ?? failureText(e);
    if (box) {
      box.error = text;
      box.focus();
    }
  }
}

function changePhone(host: Form): void {
  host._update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
  host._otp = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
  host._focusNext = '#f-phone';
}

// ---- office and review ----------------------------------------------------------------------------

function renderOffice(host: Form, issues: Issues): TemplateResult {
  const d = host._draft;
  return html`<p class="hint">${msg('Chọn cơ quan BHXH gần bạn nhất. Bạn sẽ mang giấy tờ tùy thân đến đây để hoàn tất thủ tục.')}</p>
    ${child(
      host,
      'office',
      d.step === 4,
      () => html`<vss-office-picker
        id="f-officeCode"
        required
        province=${d.provinceCode || d.office?.provinceCode || ''}
        .value=${d.office?.code ?? ''}
        .error=${host._errorFor('officeCode', issues)}
        @vss-office-change=${(e: CustomEvent<OfficeChangeDetail>) => {
          host._update({ office: e.detail.office, provinceCode: e.detail.provinceCode });
          host._forgetServerError('officeCode');
          if (e.detail.office) host._show('officeCode');
        }}
      ></vss-office-picker>`,
    )}`;
}

function renderReview(host: Form, issues: Issues): TemplateResult {
  const d = host._draft;
  const f = d.fields;
  const locale = currentLocale();
  const date = (v: string) => {
    const iso = parseDateInput(v);
    return iso ? formatDate(iso, locale) : v;
  };
  const section = (step: StepNumber, rows: [string, unknown][]) => html`<div class="review">
    <div class="review-head">
      <h4 id="review-${step}">${stepTitle(step)}</h4>
      <button type="button" class="button link" part="button" @click=${() => host._goTo(step)}>
        ${msg('Sửa')}<span class="visually-hidden"> ${stepTitle(step)}</span>
      </button>
    </div>
    <dl>${rows.map(([k, v]) => html`<div class="row"><dt>${k}</dt><dd>${v || '—'}</dd></div>`)}</dl>
  </div>`;
  const photo = (slot: PhotoSlot) => {
    const p = d.photos[slot];
    if (!p) return msg('Chưa có ảnh');
    return p.preview
      ? html`<img class="thumb" src=${p.preview} alt=${fieldLabel(`photos.${slot}`)} />`
      : msg('Ảnh HEIC đã tải lên');
  };
  const consentError = host._errorFor('consent', issues);
  return html`${section(1, [
      [fieldLabel('fullName'), collapseSpaces(f.fullName)],
      [fieldLabel('dateOfBirth'), date(f.dateOfBirth)],
      [fieldLabel('sex'), sexLabel(f.sex)],
      [fieldLabel('socialInsuranceCode'), compactCode(f.socialInsuranceCode)],
      [fieldLabel('idType'), idTypeText(f.idType)],
      [fieldLabel('idNumber'), compactCode(f.idNumber)],
      [fieldLabel('idIssueDate'), date(f.idIssueDate)],
      [fieldLabel('idIssuePlace'), f.idIssuePlace],
      [fieldLabel('address'), f.address],
      [fieldLabel('email'), f.email],
    ])}
    ${section(2, PHOTO_SLOTS.map((s) => [fieldLabel(`photos.${s}`), photo(s)] as [string, unknown]))}
    ${section(3, [
      [
        fieldLabel('phone'),
        html`${normalizePhone(d.phone)}
        ${tokenValid(host._draft) ? html`<span class="badge ok">${msg('Đã xác thực')}</span>` : html`<span class="badge warn">${msg('Chưa xác thực')}</span>`}`,
      ],
    ])}
    ${section(4, [[fieldLabel('officeCode'), d.office ? officeLabel(d.office) : '']])}
    <div class="field consent ${consentError ? 'has-error' : ''}">
      ${host._errorText('f-consent', consentError)}
      <label class="checkbox">
        <input
          type="checkbox"
          id="f-consent"
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'f-consent-error' : nothing}
          .checked=${live(d.consent)}
          @change=${(e: Event) => {
            host._update({ consent: (e.target as HTMLInputElement).checked });
            host._forgetServerError('consent');
            host._show('consent');
          }}
        />
        <span>
          ${msg(
            'Tôi cam kết những thông tin kê khai trên là đúng sự thật và đồng ý để cơ quan BHXH xử lý dữ liệu cá nhân của tôi theo Nghị định 13/2023/NĐ-CP để thực hiện giao dịch điện tử.',
          )}
        </span>
      </label>
    </div>
    ${renderSubmitProblem(host)}`;
}

/** "Ghi nhận" (a submit button of the form: pressing it checks every step, then sends). */
export function renderSubmit(busy: boolean): TemplateResult {
  return html`<button
    type="submit"
    class="button primary"
    part="button submit-button"
    id="submit"
    aria-disabled=${busy ? 'true' : 'false'}
    aria-describedby=${busy ? 'submit-status' : nothing}
  >
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg('Đang gửi…')}` : msg('Ghi nhận')}
  </button>`;
}

function renderSubmitProblem(host: Form) {
  const p = host._submitProblem;
  if (!p) return nothing;
  if (p.kind === 'conflict') {
    return html`<div id="submit-problem" class="state error" part="conflict" role="alert" tabindex="-1">
      <p><strong>${msg('Mã số BHXH này đã đăng ký giao dịch điện tử.')}</strong></p>
      <p>
        ${msg(
          'Tài khoản đã có hoặc hồ sơ đăng ký đang chờ xử lý. Hãy đăng nhập bằng mã số BHXH và mật khẩu đã nhận qua tin nhắn; nếu quên mật khẩu, dùng chức năng "Quên mật khẩu".',
        )}
      </p>
      <button type="button" class="button" part="button" @click=${() => host._askLogin()}>${msg('Đăng nhập')}</button>
      ${renderHotline()}
    </div>`;
  }
  return html`<div id="submit-problem" class="state error" role="alert" tabindex="-1">
    <p><strong>${msg('Chưa gửi được tờ khai.')}</strong> ${failureText(p.error)}</p>
    <p>${msg('Mọi thông tin bạn đã nhập vẫn được giữ nguyên.')}</p>
    <button type="button" class="button secondary" part="button retry-button" id="retry-submit" @click=${() => void submit(host)}>
      ${msg('Thử lại')}
    </button>
    ${renderHotline()}
  </div>`;
}

// ---- submit ---------------------------------------------------------------------------------------

/** The request with every value normalised the way the server stores it. */
function request(host: Form): RegistrationRequest {
  const d = host._draft;
  const f = d.fields;
  return {
    fullName: collapseSpaces(f.fullName),
    dateOfBirth: parseDateInput(f.dateOfBirth) ?? f.dateOfBirth,
    sex: f.sex === 'female' ? 'female' : 'male',
    socialInsuranceCode: compactCode(f.socialInsuranceCode),
    idType: f.idType,
    idNumber: compactCode(f.idNumber),
    idIssueDate: parseDateInput(f.idIssueDate) ?? f.idIssueDate,
    idIssuePlace: collapseSpaces(f.idIssuePlace),
    address: collapseSpaces(f.address),
    email: f.email.trim(),
    phone: normalizePhone(d.phone),
    phoneToken: d.phoneToken,
    officeCode: d.office?.code ?? '',
    photos: {
      portrait: d.photos.portrait?.upload.id ?? '',
      idFront: d.photos.idFront?.upload.id ?? '',
      idBack: d.photos.idBack?.upload.id ?? '',
    },
    consent: true,
  };
}

/** "Ghi nhận". */
export async function submit(host: Form): Promise<void> {
  // One request at a time: a double click or Enter held down must not file two dossiers.
  if (host._submitting) return;
  const issues = host._issues();
  const all = Object.keys(issues);
  if (all.length) {
    const first = Math.min(...all.map(stepOf)) as StepNumber;
    host._show(...all);
    if (first !== host._draft.step) host._goTo(first, false);
    host._showSummary(stepErrors(host, first, issues));
    return;
  }
  host._submitting = true;
  host._submitProblem = null;
  host._summary = null;
  const req = request(host);
  try {
    // The receipt is there before anything is filed: a receipt that cannot load is a plain "Thử lại".
    await host._partReady('receipt');
    const receipt = await host._api.register(req);
    const { photos: _p, phoneToken: _t, consent: _c, ...declared } = req;
    host._success = {
      receipt,
      phone: req.phone,
      socialInsuranceCode: req.socialInsuranceCode,
      declaration: { request: declared, office: host._draft.office, dossierNumber: receipt.dossierNumber, submittedAt: receipt.submittedAt },
    };
    host._dropDraft();
    host._focusNext = '#success-heading';
    host._emit<RegisteredDetail>('vss-registered', {
      dossierNumber: receipt.dossierNumber,
      status: receipt.status,
      submittedAt: receipt.submittedAt,
      officeCode: req.officeCode,
    });
  } catch (e) {
    onSubmitError(host, e);
  } finally {
    host._submitting = false;
  }
}

function onSubmitError(host: Form, e: unknown): void {
  const f = isApiError(e) ? e.failure : null;
  if (f?.kind === 'validation' && Object.keys(f.fields).length) {
    // The server's verdict per field lands on that field, on the earliest step that has one.
    const fields = f.fields;
    host._serverErrors = { ...fields };
    if (fields.phoneToken) host._update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
    const first = Math.min(...Object.keys(fields).map(stepOf)) as StepNumber;
    if (first !== host._draft.step) host._goTo(first, false);
    const list = Object.keys(fields)
      .filter((k) => stepOf(k) === first)
      .map((k) => ({ field: k, text: fields[k]! }));
    host._showSummary(list);
    return;
  }
  host._submitProblem = f?.kind === 'http' && f.status === 409 ? { kind: 'conflict' } : { kind: 'failure', error: e };
  host._focusNext = '#submit-problem';
}
