/**
 * Steps 2–5 of the registration form (photos, phone with OTP, office, review) and "Ghi nhận", fetched
 * on demand: the first step is all the form's first paint needs. Each function renders or acts for the
 * form it is given.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { isApiError, type RegistrationRequest, type VssApi } from '@vssid/core';
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
import { renderPart, type OnDemandHost } from '../base/on-demand.js';
import { renderHotline } from '../shared/states.js';
import { failureText, otpFailureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import type { PhotoChangeDetail, PhotoKind, VssPhotoInput } from '../photo-input/photo-input.js';
import type { OfficeChangeDetail } from '../office-picker/office-picker.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
import { PHOTO_SLOTS, type PhotoSlot, type StepNumber } from './draft.js';
import { photoIds, stepErrors, stepOf, tokenValid } from './checks.js';
import { detailStyles } from './details.styles.js';
import { controlId, errorText, fieldLabel, idTypeText, sexLabel, stepTitle } from './fields.js';
import type { DraftController } from './draft.js';
import type { FormParts } from './parts.js';
import { newOtp, type FieldError, type FormState, type RegisteredDetail, type TextKey } from './state.js';

type Issues = Record<string, ValidationIssue>;

/** What the steps need of their form: its draft, state and parts, and the few things the form itself does. */
export interface StepsHost {
  /** The form as a controller host: its shadow root holds the child elements. */
  readonly element: OnDemandHost;
  readonly draft: DraftController;
  readonly state: FormState;
  /** The form's parts (the steps use the child elements' and the receipt's; "Tiếp tục" those of the next step). */
  readonly parts: FormParts;
  readonly api: VssApi;
  /** What is wrong with the draft now (nothing until the rules have arrived). */
  issues(): Issues;
  /** The message shown on a field now, or ''. */
  errorFor(field: string, issues: Issues): string;
  /** A text input of the form, as step 1 draws them. */
  textField(
    key: TextKey,
    issues: Issues,
    opts: { autocomplete?: string; inputmode?: string; type?: string; hint?: string },
  ): TemplateResult;
  show(...fields: string[]): void;
  /** The server's message on a field goes (it was edited). */
  forget(field: string): void;
  showSummary(errors: FieldError[]): void;
  goTo(step: StepNumber, focus?: boolean): void;
  /** Fires `vss-registered`. */
  registered(detail: RegisteredDetail): void;
  /** Fires `vss-login-request`. */
  askLogin(): void;
}

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
export function renderSteps(host: StepsHost, issues: Issues): TemplateResult {
  const step = host.draft.value.step;
  const body = (n: StepNumber, content: (issues: Issues) => unknown) =>
    html`<div class="step-body" ?hidden=${step !== n}>${content(issues)}</div>`;
  return html`${body(2, (i) => renderPhotos(host, i))} ${body(3, (i) => renderPhone(host, i))}
  ${body(4, (i) => renderOffice(host, i))} ${step === 5 ? body(5, (i) => renderReview(host, i)) : nothing}`;
}

/** The child element's template once its part is there; meanwhile its place on the current step loads. */
function child(host: StepsHost, name: 'photo' | 'otp' | 'office', current: boolean, content: () => unknown) {
  const part = host.parts[name];
  return (current ? part.use() : part.value) ? content() : current ? renderPart(part, host.element) : nothing;
}

function renderPhotos(host: StepsHost, issues: Issues): TemplateResult {
  return html`<p class="hint">
      ${msg('Ảnh chân dung rõ mặt, không đội mũ, không đeo kính râm. Ảnh giấy tờ chụp thẳng, đủ 4 góc, không lóa.')}
    </p>
    ${child(
      host,
      'photo',
      host.draft.value.step === 2,
      () => html`<div class="photos">
        ${PHOTO_SLOTS.map(
          (slot) => html`<vss-photo-input
            id=${controlId(`photos.${slot}`)}
            kind=${PHOTO_KIND[slot]}
            required
            .error=${host.errorFor(`photos.${slot}`, issues)}
            @vss-photo-change=${(e: CustomEvent<PhotoChangeDetail>) => onPhoto(host, slot, e)}
          ></vss-photo-input>`,
        )}
      </div>`,
    )}`;
}

/** Puts the draft's photos into the photo inputs, once these are there; says whether they were. */
export function restorePhotos(root: ParentNode, d: Pick<DraftController['value'], 'photos'>): boolean {
  let found = false;
  for (const slot of PHOTO_SLOTS) {
    const el = root.querySelector<VssPhotoInput>(`#${controlId(`photos.${slot}`)}`);
    const p = d.photos[slot];
    if (!el) continue;
    found = true;
    if ((el.upload?.id ?? '') !== (p?.upload.id ?? '')) el.restore(p);
  }
  return found;
}

function onPhoto(host: StepsHost, slot: PhotoSlot, e: CustomEvent<PhotoChangeDetail>): void {
  const el = e.currentTarget as VssPhotoInput;
  host.draft.update({ photos: { ...host.draft.value.photos, [slot]: e.detail.upload ? el.draft : null } });
  host.forget(`photos.${slot}`);
  host.draft.saveNow();
}

// ---- phone and OTP --------------------------------------------------------------------------------

function renderPhone(host: StepsHost, issues: Issues): TemplateResult {
  const d = host.draft.value;
  if (tokenValid(host.draft.value)) {
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
  const o = host.state.otp;
  const tokenError = host.errorFor('phoneToken', issues);
  const sending = o.phase === 'sending';
  // Once a code is on its way, the OTP box offers the resend; a new number needs a new code.
  const changed = !!o.sentTo && normalizePhone(d.phone) !== o.sentTo;
  return html`<p class="hint">
      ${msg('Số di động của chính bạn: mã OTP, thông báo hồ sơ và mật khẩu tài khoản được gửi đến số này.')}
    </p>
    <div class="grid">
      ${host.textField('phone', issues, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: msg('Ví dụ: 0912345678') })}
    </div>
    ${tokenError && !host.errorFor('phone', issues) ? errorText('f-phoneToken', tokenError) : nothing}
    ${
      !o.sentTo || changed
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
        : nothing
    }
    ${
      o.error
        ? html`<div id="otp-problem" class="state error" role="alert" tabindex="-1">
          <p>${failureText(o.error)}</p>
        </div>`
        : nothing
    }
    ${
      o.sentTo
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
        : nothing
    }`;
}

async function sendOtp(host: StepsHost): Promise<void> {
  const s = host.state;
  if (s.otp.phase === 'sending') return;
  const phone = validatePhone(host.draft.value.phone);
  if (!phone.ok) {
    host.showSummary([{ field: 'phone', text: formatIssue(phone.issue, currentLocale()) }]);
    return;
  }
  s.set({ summary: null, otp: { ...s.otp, phase: 'sending', error: null } });
  try {
    const sent = await host.api.requestRegistrationOtp(phone.value);
    s.set({ otp: { phase: 'sent', resendAfter: sent.resendAfterSeconds, sentTo: phone.value, error: null } });
    await host.element.updateComplete; // with the code box's part, should it still have been on its way
    const otp = host.element.renderRoot.querySelector<VssOtpInput>('#f-otp');
    if (otp) {
      otp.value = '';
      otp.error = '';
      otp.startCountdown?.(sent.resendAfterSeconds);
      otp.focus();
    }
  } catch (e) {
    s.set({ otp: { ...s.otp, phase: s.otp.sentTo ? 'sent' : 'idle', error: e } });
    host.state.focusNext = '#otp-problem';
  }
}

async function verifyOtp(host: StepsHost, code: string): Promise<void> {
  const s = host.state;
  if (s.otp.phase === 'verifying') return;
  const phone = s.otp.sentTo;
  s.set({ otp: { ...s.otp, phase: 'verifying', error: null } });
  const box = host.element.renderRoot.querySelector<VssOtpInput>('#f-otp');
  try {
    const v = await host.api.verifyRegistrationOtp(phone, code);
    host.draft.update({ verifiedPhone: phone, phoneToken: v.phoneToken, phoneTokenExpiresAt: v.expiresAt });
    host.draft.saveNow();
    s.set({ otp: newOtp() });
    host.forget('phoneToken');
    host.forget('phone');
    s.set({ summary: null });
    host.state.focusNext = '#phone-verified';
  } catch (e) {
    s.set({ otp: { ...s.otp, phase: 'sent' } });
    const text = otpFailureText(e) ?? failureText(e);
    if (box) {
      box.error = text;
      box.focus();
    }
  }
}

function changePhone(host: StepsHost): void {
  host.draft.update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
  host.state.set({ otp: newOtp() });
  host.state.focusNext = '#f-phone';
}

// ---- office and review ----------------------------------------------------------------------------

function renderOffice(host: StepsHost, issues: Issues): TemplateResult {
  const d = host.draft.value;
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
        .error=${host.errorFor('officeCode', issues)}
        @vss-office-change=${(e: CustomEvent<OfficeChangeDetail>) => {
          host.draft.update({ office: e.detail.office, provinceCode: e.detail.provinceCode });
          host.forget('officeCode');
          if (e.detail.office) host.show('officeCode');
        }}
      ></vss-office-picker>`,
    )}`;
}

function renderReview(host: StepsHost, issues: Issues): TemplateResult {
  const d = host.draft.value;
  const f = d.fields;
  const locale = currentLocale();
  const date = (v: string) => {
    const iso = parseDateInput(v);
    return iso ? formatDate(iso, locale) : v;
  };
  const section = (step: StepNumber, rows: [string, unknown][]) => html`<div class="review">
    <div class="review-head">
      <h4 id="review-${step}">${stepTitle(step)}</h4>
      <button type="button" class="button link" part="button" @click=${() => host.goTo(step)}>
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
  const consentError = host.errorFor('consent', issues);
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
    ${section(
      2,
      PHOTO_SLOTS.map((s) => [fieldLabel(`photos.${s}`), photo(s)] as [string, unknown]),
    )}
    ${section(3, [
      [
        fieldLabel('phone'),
        html`${normalizePhone(d.phone)}
        ${tokenValid(host.draft.value) ? html`<span class="badge ok">${msg('Đã xác thực')}</span>` : html`<span class="badge warn">${msg('Chưa xác thực')}</span>`}`,
      ],
    ])}
    ${section(4, [[fieldLabel('officeCode'), d.office ? officeLabel(d.office) : '']])}
    <div class="field consent ${consentError ? 'has-error' : ''}">
      ${errorText('f-consent', consentError)}
      <label class="checkbox">
        <input
          type="checkbox"
          id="f-consent"
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'f-consent-error' : nothing}
          .checked=${live(d.consent)}
          @change=${(e: Event) => {
            host.draft.update({ consent: (e.target as HTMLInputElement).checked });
            host.forget('consent');
            host.show('consent');
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

function renderSubmitProblem(host: StepsHost) {
  const p = host.state.submitProblem;
  if (!p) return nothing;
  if (p.kind === 'conflict') {
    return html`<div id="submit-problem" class="state error" part="conflict" role="alert" tabindex="-1">
      <p><strong>${msg('Mã số BHXH này đã đăng ký giao dịch điện tử.')}</strong></p>
      <p>
        ${msg(
          'Tài khoản đã có hoặc hồ sơ đăng ký đang chờ xử lý. Hãy đăng nhập bằng mã số BHXH và mật khẩu đã nhận qua tin nhắn; nếu quên mật khẩu, dùng chức năng "Quên mật khẩu".',
        )}
      </p>
      <button type="button" class="button" part="button" @click=${() => host.askLogin()}>${msg('Đăng nhập')}</button>
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
function request(host: StepsHost): RegistrationRequest {
  const d = host.draft.value;
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
    photos: photoIds(d),
    consent: true,
  };
}

/** "Ghi nhận". */
export async function submit(host: StepsHost): Promise<void> {
  // One request at a time: a double click or Enter held down must not file two dossiers.
  const s = host.state;
  if (s.submitting) return;
  const issues = host.issues();
  const all = Object.keys(issues);
  if (all.length) {
    const first = Math.min(...all.map(stepOf)) as StepNumber;
    host.show(...all);
    if (first !== host.draft.value.step) host.goTo(first, false);
    host.showSummary(stepErrors(first, issues, s.serverErrors));
    return;
  }
  s.set({ submitting: true, submitProblem: null, summary: null });
  const req = request(host);
  try {
    // The receipt is there before anything is filed: a receipt that cannot load is a plain "Thử lại".
    await host.parts.receipt.ready();
    const receipt = await host.api.register(req);
    const { photos: _p, phoneToken: _t, consent: _c, ...declared } = req;
    s.set({
      success: {
        receipt,
        phone: req.phone,
        socialInsuranceCode: req.socialInsuranceCode,
        declaration: {
          request: declared,
          office: host.draft.value.office,
          dossierNumber: receipt.dossierNumber,
          submittedAt: receipt.submittedAt,
        },
      },
    });
    host.draft.received();
    s.focusNext = '#success-heading';
    host.registered({
      dossierNumber: receipt.dossierNumber,
      status: receipt.status,
      submittedAt: receipt.submittedAt,
      officeCode: req.officeCode,
    });
  } catch (e) {
    onSubmitError(host, e);
  } finally {
    s.set({ submitting: false });
  }
}

function onSubmitError(host: StepsHost, e: unknown): void {
  const f = isApiError(e) ? e.failure : null;
  if (f?.kind === 'validation' && Object.keys(f.fields).length) {
    // The server's verdict per field lands on that field, on the earliest step that has one.
    const fields = f.fields;
    host.state.set({ serverErrors: { ...fields } });
    if (fields.phoneToken) host.draft.update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
    const first = Math.min(...Object.keys(fields).map(stepOf)) as StepNumber;
    if (first !== host.draft.value.step) host.goTo(first, false);
    const list = Object.keys(fields)
      .filter((k) => stepOf(k) === first)
      .map((k) => ({ field: k, text: fields[k]! }));
    host.showSummary(list);
    return;
  }
  host.state.set({
    submitProblem: f?.kind === 'http' && f.status === 409 ? { kind: 'conflict' } : { kind: 'failure', error: e },
  });
  host.state.focusNext = '#submit-problem';
}
