import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import {
  collapseSpaces,
  compactCode,
  dossierReceivedSms,
  formatDate,
  formatDateTime,
  formatIssue,
  isApiError,
  maskPhone,
  normalizePhone,
  officeLabel,
  parseDateInput,
  validateDateOfBirth,
  validateDossierNumber,
  validateFullName,
  validateIdNumber,
  validatePhone,
  validateRegistration,
  type DossierStatus,
  type Office,
  type RegistrationReceipt,
  type RegistrationRequest,
  type ValidationIssue,
  type VssApi,
} from '@vssid/core';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderHotline, renderLoading, stateStyles } from '../shared/states.js';
import { failureText, otpFailureText } from '../shared/failure-text.js';
import { HOTLINE_DISPLAY, HOTLINE_TEL } from '../shared/hotline.js';
import { currentLocale } from '../i18n/localization.js';
import '../photo-input/photo-input.js';
import '../office-picker/office-picker.js';
import '../otp-input/otp-input.js';
import type { PhotoChangeDetail, PhotoKind, VssPhotoInput } from '../photo-input/photo-input.js';
import type { OfficeChangeDetail } from '../office-picker/office-picker.js';
import type { VssOtpInput } from '../otp-input/otp-input.js';
import {
  clearDraft,
  emptyDraft,
  loadDraft,
  PHOTO_SLOTS,
  saveDraft,
  STEP_COUNT,
  storageKeyFor,
  type PersonalFields,
  type PhotoSlot,
  type RegistrationDraft,
  type StepNumber,
} from './draft.js';
import { controlId, fieldLabel, idTypeText, sexLabel, STEP_FIELDS, stepOf, stepTitle, type FieldKey } from './fields.js';
import { renderDeclaration, type DeclarationData } from './declaration.js';
import { styles } from './registration-form.styles.js';

/** Detail of `vss-registered`. */
export interface RegisteredDetail {
  dossierNumber: string;
  status: RegistrationReceipt['status'];
  submittedAt: string;
  officeCode: string;
}

const SAVE_DELAY_MS = 400;
const PHOTO_KIND: Record<PhotoSlot, PhotoKind> = { portrait: 'portrait', idFront: 'id-front', idBack: 'id-back' };

type TextKey = Exclude<keyof PersonalFields, 'sex' | 'idType'> | 'phone';
type SubmitProblem = { kind: 'conflict' } | { kind: 'failure'; error: unknown };

interface LookupState {
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

interface OtpState {
  /** idle: nothing sent yet; sent: a code is on its way, the OTP box shows. */
  phase: 'idle' | 'sending' | 'sent' | 'verifying';
  resendAfter: number;
  sentTo: string;
  error: unknown;
}

interface Success {
  receipt: RegistrationReceipt;
  declaration: DeclarationData;
  phone: string;
  socialInsuranceCode: string;
}

/**
 * Electronic-transaction registration (tờ khai Mẫu 01/ĐK-GD) for an individual, in five steps the citizen
 * moves back and forth through: personal data (with "Tra cứu mã số BHXH"), photos, phone confirmed by OTP,
 * the receiving office, then review with consent and "Ghi nhận". Validation uses core's rules (the same the
 * server applies); the draft survives a reload; a double click submits once. With `dossier-number` set, it
 * shows that dossier's live status instead of the form.
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

  @state() private _draft: RegistrationDraft = emptyDraft();
  /** Fields whose message is shown: left at least once, or checked by step-next / submit. */
  @state() private _shown = new Set<string>();
  /** Messages the server sent for fields (422); each goes when its field is edited. */
  @state() private _serverErrors: Record<string, string> = {};
  @state() private _summary: { field: string; text: string }[] | null = null;
  @state() private _lookup: LookupState = newLookup();
  @state() private _otp: OtpState = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
  @state() private _submitting = false;
  @state() private _submitProblem: SubmitProblem | null = null;
  @state() private _success: Success | null = null;
  @state() private _confirmReset = false;
  @state() private _copied = false;
  @state() private _statusCheckedAt = '';

  private _loadedKey = '';
  private _saveTimer?: ReturnType<typeof setTimeout>;
  private _pollTimer?: ReturnType<typeof setInterval>;
  private _focusNext: string | null = null;
  private _photosRestored = false;

  private readonly _status = new Task(this, {
    task: async ([api, dossierNumber], { signal }): Promise<{ status: DossierStatus; office: Office | null } | null> => {
      if (!dossierNumber) return null;
      const checked = validateDossierNumber(dossierNumber as string);
      if (!checked.ok) return null;
      const a = api as VssApi;
      const status = await a.dossierStatus(checked.value, { signal, fresh: true });
      let office: Office | null = null;
      try {
        office = (await a.offices(status.officeCode.slice(0, 2), { signal })).find((o) => o.code === status.officeCode) ?? null;
      } catch {
        office = null; // the name is a nicety; the status itself is what matters
      }
      this._statusCheckedAt = new Date().toISOString();
      return { status, office };
    },
    args: () => [this.api, this.dossierNumber] as const,
  });

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this._loadDraft();
    document.addEventListener('visibilitychange', this._onVisibility);
    window.addEventListener('pagehide', this._flush);
    this._startPolling();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._flush();
    document.removeEventListener('visibilitychange', this._onVisibility);
    window.removeEventListener('pagehide', this._flush);
    this._stopPolling();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('draftKey') && this.isConnected) this._loadDraft();
    if (changed.has('pollInterval') || changed.has('dossierNumber')) this._startPolling();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this._photosRestored) {
      this._photosRestored = true;
      this._restorePhotos();
    }
    if (this._focusNext) {
      const sel = this._focusNext;
      this._focusNext = null;
      this.renderRoot.querySelector<HTMLElement>(sel)?.focus();
    }
  }

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
    else if (this.dossierNumber && this._status.status !== TaskStatus.PENDING) void this._status.run();
  };

  private _scheduleSave(): void {
    if (this._success) return;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => {
      this._saveTimer = undefined;
      saveDraft(this._loadedKey, this._draft);
    }, SAVE_DELAY_MS);
  }

  private _saveNow(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    if (!this._success) saveDraft(this._loadedKey, this._draft);
  }

  private _startPolling(): void {
    this._stopPolling();
    if (!this.isConnected || !this.dossierNumber || !(this.pollInterval > 0)) return;
    this._pollTimer = setInterval(() => {
      if (document.visibilityState === 'visible' && this._status.status !== TaskStatus.PENDING) void this._status.run();
    }, this.pollInterval * 1000);
  }

  private _stopPolling(): void {
    clearInterval(this._pollTimer);
    this._pollTimer = undefined;
  }

  /** Puts restored photo drafts into the photo inputs (they live in the DOM for the whole session). */
  private _restorePhotos(): void {
    for (const slot of PHOTO_SLOTS) {
      const el = this.renderRoot.querySelector<VssPhotoInput>(`#${controlId(`photos.${slot}`)}`);
      const d = this._draft.photos[slot];
      if (el && (el.upload?.id ?? '') !== (d?.upload.id ?? '')) el.restore(d);
    }
  }

  // ---- draft edits --------------------------------------------------------------------------------

  private _update(patch: Partial<RegistrationDraft>): void {
    this._draft = { ...this._draft, ...patch };
    this._scheduleSave();
  }

  private _setField<K extends keyof PersonalFields>(key: K, value: PersonalFields[K]): void {
    this._update({ fields: { ...this._draft.fields, [key]: value } });
    this._forgetServerError(key);
  }

  private _forgetServerError(field: string): void {
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

  private _show(...fields: string[]): void {
    const next = new Set(this._shown);
    for (const f of fields) next.add(f);
    this._shown = next;
  }

  /** Text inputs: the personal fields, plus the phone which lives beside them in the draft. */
  private _valueOf(key: TextKey): string {
    return key === 'phone' ? this._draft.phone : String(this._draft.fields[key]);
  }

  private _setValue(key: TextKey, value: string): void {
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

  private _tokenValid(): boolean {
    const d = this._draft;
    return (
      !!d.phoneToken &&
      d.verifiedPhone !== '' &&
      d.verifiedPhone === normalizePhone(d.phone) &&
      Date.parse(d.phoneTokenExpiresAt) > Date.now()
    );
  }

  /** The draft as the server would receive it (values as typed: the validators normalise). */
  private _candidate(): Partial<RegistrationRequest> {
    const d = this._draft;
    const f = d.fields;
    return {
      ...f,
      sex: f.sex === '' ? undefined : f.sex,
      phone: d.phone,
      phoneToken: this._tokenValid() ? d.phoneToken : '',
      officeCode: d.office?.code ?? '',
      photos: {
        portrait: d.photos.portrait?.upload.id ?? '',
        idFront: d.photos.idFront?.upload.id ?? '',
        idBack: d.photos.idBack?.upload.id ?? '',
      },
      consent: d.consent ? true : (undefined as unknown as true),
    };
  }

  private _issues(): Record<string, ValidationIssue> {
    return validateRegistration(this._candidate());
  }

  /** The message shown on a field now (server message first, then core's rule), or ''. */
  private _errorFor(field: string, issues = this._issues()): string {
    if (this._serverErrors[field]) return this._serverErrors[field]!;
    if (!this._shown.has(field)) return '';
    const issue = issues[field];
    return issue ? formatIssue(issue, currentLocale()) : '';
  }

  private _stepErrors(step: StepNumber, issues = this._issues()): { field: string; text: string }[] {
    const out: { field: string; text: string }[] = [];
    for (const field of STEP_FIELDS[step]) {
      const server = this._serverErrors[field];
      const issue = issues[field];
      if (server) out.push({ field, text: server });
      else if (issue) out.push({ field, text: formatIssue(issue, currentLocale()) });
    }
    return out;
  }

  // ---- navigation ---------------------------------------------------------------------------------

  private _goTo(step: StepNumber, focus = true): void {
    this._summary = null;
    this._submitProblem = null;
    this._confirmReset = false;
    this._update({ step, maxStep: Math.max(this._draft.maxStep, step) as StepNumber });
    this._saveNow();
    if (focus) this._focusNext = `#step-heading`;
  }

  private _showSummary(errors: { field: string; text: string }[]): void {
    this._show(...errors.map((e) => e.field));
    this._summary = errors;
    this._focusNext = '#error-summary';
  }

  private _next(e?: Event): void {
    e?.preventDefault();
    const step = this._draft.step;
    const errors = this._stepErrors(step);
    if (errors.length) {
      this._showSummary(errors);
      return;
    }
    if (step < STEP_COUNT) this._goTo((step + 1) as StepNumber);
    else void this._submit();
  }

  private _back(): void {
    if (this._draft.step > 1) this._goTo((this._draft.step - 1) as StepNumber);
  }

  private _focusField(field: string): void {
    const id = controlId(field);
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`) ?? this._fallbackFocus(field);
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  private _fallbackFocus(field: string): HTMLElement | null {
    if (field === 'phoneToken') {
      return (
        this.renderRoot.querySelector<HTMLElement>('#f-otp input') ??
        this.renderRoot.querySelector<HTMLElement>('#send-otp') ??
        this.renderRoot.querySelector<HTMLElement>('#f-phone')
      );
    }
    return null;
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

  private async _runLookup(): Promise<void> {
    const l = this._lookup;
    if (l.busy) return;
    const locale = currentLocale();
    const name = validateFullName(l.fullName);
    const dob = validateDateOfBirth(l.dateOfBirth);
    const id = validateIdNumber(null, l.idNumber);
    const errors: LookupState['errors'] = {};
    if (!name.ok) errors.fullName = formatIssue(name.issue, locale);
    if (!dob.ok) errors.dateOfBirth = formatIssue(dob.issue, locale);
    if (!id.ok) errors.idNumber = formatIssue(id.issue, locale);
    if (!name.ok || !dob.ok || !id.ok) {
      this._lookup = { ...l, errors, result: null, error: null, notFound: false };
      this._focusNext = `#lookup-${Object.keys(errors)[0]}`;
      return;
    }
    this._lookup = { ...l, busy: true, errors: {}, result: null, error: null, notFound: false };
    try {
      const r = await this.api.lookupSocialInsuranceCode({ fullName: name.value, dateOfBirth: dob.value, idNumber: id.value });
      this._lookup = { ...this._lookup, busy: false, result: { code: r.socialInsuranceCode, fullName: r.fullName } };
      this._setField('socialInsuranceCode', r.socialInsuranceCode);
      this._show('socialInsuranceCode');
      this._focusNext = '#lookup-result';
    } catch (e) {
      const notFound = isApiError(e) && e.failure.kind === 'http' && e.failure.status === 404;
      this._lookup = { ...this._lookup, busy: false, error: notFound ? null : e, notFound };
      this._focusNext = '#lookup-result';
    }
  }

  // ---- phone and OTP ------------------------------------------------------------------------------

  private async _sendOtp(): Promise<void> {
    if (this._otp.phase === 'sending') return;
    const phone = validatePhone(this._draft.phone);
    if (!phone.ok) {
      this._showSummary([{ field: 'phone', text: formatIssue(phone.issue, currentLocale()) }]);
      return;
    }
    this._summary = null;
    this._otp = { ...this._otp, phase: 'sending', error: null };
    try {
      const sent = await this.api.requestRegistrationOtp(phone.value);
      this._otp = { phase: 'sent', resendAfter: sent.resendAfterSeconds, sentTo: phone.value, error: null };
      await this.updateComplete;
      const otp = this.renderRoot.querySelector<VssOtpInput>('#f-otp');
      if (otp) {
        otp.value = '';
        otp.error = '';
        otp.startCountdown?.(sent.resendAfterSeconds);
        otp.focus();
      }
    } catch (e) {
      this._otp = { ...this._otp, phase: this._otp.sentTo ? 'sent' : 'idle', error: e };
      this._focusNext = '#otp-problem';
    }
  }

  private async _verifyOtp(code: string): Promise<void> {
    if (this._otp.phase === 'verifying') return;
    const phone = this._otp.sentTo;
    this._otp = { ...this._otp, phase: 'verifying', error: null };
    const box = this.renderRoot.querySelector<VssOtpInput>('#f-otp');
    try {
      const v = await this.api.verifyRegistrationOtp(phone, code);
      this._update({ verifiedPhone: phone, phoneToken: v.phoneToken, phoneTokenExpiresAt: v.expiresAt });
      this._saveNow();
      this._otp = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
      this._forgetServerError('phoneToken');
      this._forgetServerError('phone');
      this._summary = null;
      this._focusNext = '#phone-verified';
    } catch (e) {
      this._otp = { ...this._otp, phase: 'sent' };
      const text = otpFailureText(e) ?? failureText(e);
      if (box) {
        box.error = text;
        box.focus();
      }
    }
  }

  private _changePhone(): void {
    this._update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
    this._otp = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
    this._focusNext = '#f-phone';
  }

  // ---- submit -------------------------------------------------------------------------------------

  /** The request with every value normalised the way the server stores it. */
  private _request(): RegistrationRequest {
    const d = this._draft;
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

  private async _submit(): Promise<void> {
    // One request at a time: a double click or Enter held down must not file two dossiers.
    if (this._submitting) return;
    const issues = this._issues();
    const all = Object.keys(issues);
    if (all.length) {
      const first = Math.min(...all.map(stepOf)) as StepNumber;
      this._show(...all);
      if (first !== this._draft.step) this._goTo(first, false);
      this._showSummary(this._stepErrors(first, issues));
      return;
    }
    this._submitting = true;
    this._submitProblem = null;
    this._summary = null;
    const request = this._request();
    try {
      const receipt = await this.api.register(request);
      const { photos: _p, phoneToken: _t, consent: _c, ...declared } = request;
      this._success = {
        receipt,
        phone: request.phone,
        socialInsuranceCode: request.socialInsuranceCode,
        declaration: { request: declared, office: this._draft.office, dossierNumber: receipt.dossierNumber, submittedAt: receipt.submittedAt },
      };
      clearTimeout(this._saveTimer);
      this._saveTimer = undefined;
      clearDraft(this._loadedKey);
      this._focusNext = '#success-heading';
      this.emit<RegisteredDetail>('vss-registered', {
        dossierNumber: receipt.dossierNumber,
        status: receipt.status,
        submittedAt: receipt.submittedAt,
        officeCode: request.officeCode,
      });
    } catch (e) {
      this._onSubmitError(e);
    } finally {
      this._submitting = false;
    }
  }

  private _onSubmitError(e: unknown): void {
    const f = isApiError(e) ? e.failure : null;
    if (f?.kind === 'validation' && Object.keys(f.fields).length) {
      // The server's verdict per field lands on that field, on the earliest step that has one.
      const fields = f.fields;
      this._serverErrors = { ...fields };
      if (fields.phoneToken) this._update({ phoneToken: '', verifiedPhone: '', phoneTokenExpiresAt: '' });
      const first = Math.min(...Object.keys(fields).map(stepOf)) as StepNumber;
      if (first !== this._draft.step) this._goTo(first, false);
      const list = Object.keys(fields)
        .filter((k) => stepOf(k) === first)
        .map((k) => ({ field: k, text: fields[k]! }));
      this._showSummary(list);
      return;
    }
    if (f?.kind === 'http' && f.status === 409) {
      this._submitProblem = { kind: 'conflict' };
    } else {
      this._submitProblem = { kind: 'failure', error: e };
    }
    this._focusNext = '#submit-problem';
  }

  private _startOver(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    clearDraft(this._loadedKey);
    this._draft = emptyDraft();
    this._shown = new Set();
    this._serverErrors = {};
    this._summary = null;
    this._lookup = newLookup();
    this._otp = { phase: 'idle', resendAfter: 0, sentTo: '', error: null };
    this._submitProblem = null;
    this._confirmReset = false;
    this._success = null;
    this._photosRestored = false;
    this._focusNext = '#step-heading';
  }

  private async _copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._copied = true;
    } catch {
      // No clipboard permission: select the number so the citizen can copy it by hand.
      const el = this.renderRoot.querySelector('#dossier-number');
      if (el) getSelection()?.selectAllChildren(el);
      this._copied = false;
    }
  }

  private _askLogin(): void {
    this.emit('vss-login-request', {});
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    if (this.dossierNumber) return this._renderStatus();
    if (this._success) return this._renderSuccess(this._success);
    return this._renderForm();
  }

  private _renderForm(): TemplateResult {
    const d = this._draft;
    const issues = this._issues();
    return html`<div class="wrap">
      <h2 id="form-title" class="title">${msg('Đăng ký giao dịch điện tử với cơ quan BHXH')}</h2>
      <p class="lead">${msg('Tờ khai Mẫu 01/ĐK-GD dành cho cá nhân. Tất cả các mục đều bắt buộc.')}</p>
      ${this._renderSteps()}
      <form class="step-form" novalidate aria-busy=${this._submitting ? 'true' : 'false'} @submit=${this._next}>
        <h3 id="step-heading" class="step-heading" tabindex="-1">
          <span class="step-count">${msg(str`Bước ${d.step}/${STEP_COUNT}`)}</span>
          ${stepTitle(d.step)}
        </h3>
        ${this._renderSummary()}
        <div class="step-body" ?hidden=${d.step !== 1}>${this._renderPersonal(issues)}</div>
        <div class="step-body" ?hidden=${d.step !== 2}>${this._renderPhotos(issues)}</div>
        <div class="step-body" ?hidden=${d.step !== 3}>${this._renderPhone(issues)}</div>
        <div class="step-body" ?hidden=${d.step !== 4}>${this._renderOffice(issues)}</div>
        ${d.step === 5 ? html`<div class="step-body">${this._renderReview(issues)}</div>` : nothing}
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
          const label = html`<span class="step-num" aria-hidden="true">${n}</span
            ><span class="step-name">${stepTitle(n)}</span>`;
          return html`<li class="step ${state}" part="step" aria-current=${current ? 'step' : nothing}>
            ${reachable
              ? html`<button type="button" class="step-link" @click=${() => this._goTo(n)}>
                  <span class="visually-hidden">${msg(str`Bước ${n}:`)} </span>${label}
                </button>`
              : html`<span class="step-link"><span class="visually-hidden">${msg(str`Bước ${n}:`)} </span>${label}</span>`}
          </li>`;
        })}
    </ol>`;
  }

  private _renderSummary() {
    const list = this._summary;
    if (!list || !list.length) return nothing;
    return html`<div id="error-summary" class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h4 id="summary-title">${msg('Có lỗi cần sửa')}</h4>
      <ul>
        ${list.map(
          (e) => html`<li>
            <a
              href="#${controlId(e.field)}"
              @click=${(ev: Event) => {
                ev.preventDefault();
                this._focusField(e.field);
              }}
              >${fieldLabel(e.field)}: ${e.text}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private _errorText(id: string, text: string) {
    return text
      ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${msg('Lỗi:')} </span>${text}</p>`
      : nothing;
  }

  private _textField(
    key: TextKey,
    issues: Record<string, ValidationIssue>,
    opts: { autocomplete?: string; inputmode?: string; type?: string; hint?: string; wide?: boolean; extra?: unknown } = {},
  ): TemplateResult {
    const id = controlId(key);
    const error = this._errorFor(key, issues);
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
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
        .value=${live(this._valueOf(key))}
        @input=${this._onText(key)}
        @blur=${this._onLeave(key)}
      />
      ${suggestion !== undefined
        ? html`<button
            type="button"
            class="button link suggestion"
            part="button"
            @click=${() => {
              this._setValue(key, String(suggestion));
              this._focusField(key);
            }}
          >
            ${msg(str`Dùng ${String(suggestion)}`)}
          </button>`
        : nothing}
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
                    .checked=${live(f.sex === s)}
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
    const input = (key: 'fullName' | 'dateOfBirth' | 'idNumber', label: string, extra: { inputmode?: string } = {}) => {
      const id = `lookup-${key}`;
      const error = l.errors[key] ?? '';
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${this._errorText(id, error)}
        <input
          id=${id}
          part="input"
          type="text"
          autocomplete="off"
          inputmode=${extra.inputmode ?? nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .value=${live(l[key])}
          @input=${(e: Event) => (this._lookup = { ...this._lookup, [key]: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => {
            // Enter here looks the code up rather than submitting the whole step.
            if (e.key === 'Enter') {
              e.preventDefault();
              void this._runLookup();
            }
          }}
        />
      </div>`;
    };
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
      <div id="lookup" class="lookup" ?hidden=${!l.open}>
        <p class="hint">${msg('Không nhớ mã số BHXH? Nhập họ tên, ngày sinh và số giấy tờ để tra cứu.')}</p>
        <div class="grid">
          ${input('fullName', msg('Họ và tên (tra cứu)'))}
          ${input('dateOfBirth', msg('Ngày sinh (tra cứu)'), { inputmode: 'numeric' })}
          ${input('idNumber', msg('Số CCCD/CMND/Hộ chiếu (tra cứu)'))}
        </div>
        <button type="button" class="button secondary" part="button" aria-disabled=${l.busy ? 'true' : 'false'} @click=${() => void this._runLookup()}>
          ${l.busy ? msg('Đang tra cứu…') : msg('Tra cứu')}
        </button>
        <div id="lookup-result" tabindex="-1" role="status" class="lookup-result">
          ${l.result
            ? html`<p class="ok">
                ${msg(str`Đã tìm thấy mã số BHXH ${l.result.code} (${l.result.fullName}). Mã đã được điền vào ô Mã số BHXH.`)}
              </p>`
            : l.notFound
              ? html`<p class="error">
                  ${msg('Không tìm thấy mã số BHXH khớp với thông tin đã nhập. Vui lòng kiểm tra lại, hoặc gọi tổng đài')}
                  <a href=${HOTLINE_TEL}>${HOTLINE_DISPLAY}</a>.
                </p>`
              : l.error
                ? html`<p class="error">${failureText(l.error)}</p>`
                : nothing}
        </div>
      </div>`;
  }

  private _renderPhotos(issues: Record<string, ValidationIssue>): TemplateResult {
    return html`<p class="hint">
        ${msg('Ảnh chân dung rõ mặt, không đội mũ, không đeo kính râm. Ảnh giấy tờ chụp thẳng, đủ 4 góc, không lóa.')}
      </p>
      <div class="photos">
        ${PHOTO_SLOTS.map((slot) => {
          const field = `photos.${slot}` as FieldKey;
          return html`<vss-photo-input
            id=${controlId(field)}
            kind=${PHOTO_KIND[slot]}
            required
            .error=${this._errorFor(field, issues)}
            @vss-photo-change=${(e: CustomEvent<PhotoChangeDetail>) => this._onPhoto(slot, e)}
          ></vss-photo-input>`;
        })}
      </div>`;
  }

  private _onPhoto(slot: PhotoSlot, e: CustomEvent<PhotoChangeDetail>): void {
    const el = e.currentTarget as VssPhotoInput;
    this._update({ photos: { ...this._draft.photos, [slot]: e.detail.upload ? el.draft : null } });
    this._forgetServerError(`photos.${slot}`);
    this._saveNow();
  }

  private _renderPhone(issues: Record<string, ValidationIssue>): TemplateResult {
    const d = this._draft;
    if (this._tokenValid()) {
      return html`<div id="phone-verified" class="verified" tabindex="-1" role="status">
        <p>
          ${msg(str`Số điện thoại ${d.phone} đã được xác thực.`)}
          ${msg(str`Xác thực có hiệu lực đến ${formatDateTime(d.phoneTokenExpiresAt, currentLocale())}.`)}
        </p>
        <button type="button" class="button secondary" part="button" id="change-phone" @click=${this._changePhone}>
          ${msg('Đổi số điện thoại')}
        </button>
      </div>`;
    }
    const o = this._otp;
    const tokenError = this._errorFor('phoneToken', issues);
    const sending = o.phase === 'sending';
    // Once a code is on its way, the OTP box offers the resend; a new number needs a new code.
    const changed = !!o.sentTo && normalizePhone(d.phone) !== o.sentTo;
    return html`<p class="hint">
        ${msg('Số di động của chính bạn: mã OTP, thông báo hồ sơ và mật khẩu tài khoản được gửi đến số này.')}
      </p>
      <div class="grid">
        ${this._textField('phone', issues, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: msg('Ví dụ: 0912345678') })}
      </div>
      ${tokenError && !this._errorFor('phone', issues)
        ? html`<p class="error" id="f-phoneToken-error"><span class="visually-hidden">${msg('Lỗi:')} </span>${tokenError}</p>`
        : nothing}
      ${!o.sentTo || changed
        ? html`<div class="actions-inline">
            <button
              type="button"
              id="send-otp"
              class="button"
              part="button"
              aria-disabled=${sending ? 'true' : 'false'}
              aria-describedby=${tokenError ? 'f-phoneToken-error' : nothing}
              @click=${() => void this._sendOtp()}
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
            <vss-otp-input
              id="f-otp"
              required
              resend-after=${o.resendAfter}
              ?disabled=${o.phase === 'verifying'}
              @vss-otp-complete=${(e: CustomEvent<{ value: string }>) => void this._verifyOtp(e.detail.value)}
              @vss-otp-resend=${() => void this._sendOtp()}
            ></vss-otp-input>
            ${o.phase === 'verifying' ? html`<p role="status">${msg('Đang xác thực…')}</p>` : nothing}
          </div>`
        : nothing}`;
  }

  private _renderOffice(issues: Record<string, ValidationIssue>): TemplateResult {
    const d = this._draft;
    return html`<p class="hint">${msg('Chọn cơ quan BHXH gần bạn nhất. Bạn sẽ mang giấy tờ tùy thân đến đây để hoàn tất thủ tục.')}</p>
      <vss-office-picker
        id="f-officeCode"
        required
        province=${d.provinceCode || d.office?.provinceCode || ''}
        .value=${d.office?.code ?? ''}
        .error=${this._errorFor('officeCode', issues)}
        @vss-office-change=${(e: CustomEvent<OfficeChangeDetail>) => {
          this._update({ office: e.detail.office, provinceCode: e.detail.provinceCode });
          this._forgetServerError('officeCode');
          if (e.detail.office) this._show('officeCode');
        }}
      ></vss-office-picker>`;
  }

  private _renderReview(issues: Record<string, ValidationIssue>): TemplateResult {
    const d = this._draft;
    const f = d.fields;
    const locale = currentLocale();
    const date = (v: string) => {
      const iso = parseDateInput(v);
      return iso ? formatDate(iso, locale) : v;
    };
    const section = (step: StepNumber, rows: [string, unknown][]) => html`<div class="review">
      <div class="review-head">
        <h4 id="review-${step}">${stepTitle(step)}</h4>
        <button type="button" class="button link" part="button" @click=${() => this._goTo(step)}>
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
    const consentError = this._errorFor('consent', issues);
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
          ${this._tokenValid() ? html`<span class="badge ok">${msg('Đã xác thực')}</span>` : html`<span class="badge warn">${msg('Chưa xác thực')}</span>`}`,
        ],
      ])}
      ${section(4, [[fieldLabel('officeCode'), d.office ? officeLabel(d.office) : '']])}
      <div class="field consent ${consentError ? 'has-error' : ''}">
        ${this._errorText('f-consent', consentError)}
        <label class="checkbox">
          <input
            type="checkbox"
            id="f-consent"
            aria-invalid=${consentError ? 'true' : 'false'}
            aria-describedby=${consentError ? 'f-consent-error' : nothing}
            .checked=${live(d.consent)}
            @change=${(e: Event) => {
              this._update({ consent: (e.target as HTMLInputElement).checked });
              this._forgetServerError('consent');
              this._show('consent');
            }}
          />
          <span>
            ${msg(
              'Tôi cam kết những thông tin kê khai trên là đúng sự thật và đồng ý để cơ quan BHXH xử lý dữ liệu cá nhân của tôi theo Nghị định 13/2023/NĐ-CP để thực hiện giao dịch điện tử.',
            )}
          </span>
        </label>
      </div>
      ${this._renderSubmitProblem()}`;
  }

  private _renderSubmitProblem() {
    const p = this._submitProblem;
    if (!p) return nothing;
    if (p.kind === 'conflict') {
      return html`<div id="submit-problem" class="state error" part="conflict" role="alert" tabindex="-1">
        <p><strong>${msg('Mã số BHXH này đã đăng ký giao dịch điện tử.')}</strong></p>
        <p>
          ${msg(
            'Tài khoản đã có hoặc hồ sơ đăng ký đang chờ xử lý. Hãy đăng nhập bằng mã số BHXH và mật khẩu đã nhận qua tin nhắn; nếu quên mật khẩu, dùng chức năng "Quên mật khẩu".',
          )}
        </p>
        <button type="button" class="button" part="button" @click=${this._askLogin}>${msg('Đăng nhập')}</button>
        ${renderHotline()}
      </div>`;
    }
    return html`<div id="submit-problem" class="state error" role="alert" tabindex="-1">
      <p><strong>${msg('Chưa gửi được tờ khai.')}</strong> ${failureText(p.error)}</p>
      <p>${msg('Mọi thông tin bạn đã nhập vẫn được giữ nguyên.')}</p>
      <button type="button" class="button secondary" part="button retry-button" id="retry-submit" @click=${() => void this._submit()}>
        ${msg('Thử lại')}
      </button>
      ${renderHotline()}
    </div>`;
  }

  private _renderNav(): TemplateResult {
    const step = this._draft.step;
    const last = step === STEP_COUNT;
    const busy = this._submitting;
    return html`<div class="nav no-print">
      ${last
        ? html`<button
            type="submit"
            class="button primary"
            part="button submit-button"
            id="submit"
            aria-disabled=${busy ? 'true' : 'false'}
            aria-describedby=${busy ? 'submit-status' : nothing}
          >
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg('Đang gửi…')}` : msg('Ghi nhận')}
          </button>`
        : html`<button type="submit" class="button primary" part="button" id="next">${msg('Tiếp tục')}</button>`}
      ${step > 1
        ? html`<button type="button" class="button secondary" part="button" id="back" @click=${this._back}>${msg('Quay lại')}</button>`
        : nothing}
      <p id="submit-status" class="visually-hidden" role="status">${busy ? msg('Đang gửi tờ khai, vui lòng chờ…') : ''}</p>
    </div>`;
  }

  private _renderStartOver() {
    if (this._confirmReset) {
      return html`<div class="state confirm" role="alertdialog" aria-labelledby="reset-q" id="reset-confirm" tabindex="-1">
        <p id="reset-q">${msg('Xóa mọi thông tin đã nhập và làm lại từ đầu?')}</p>
        <div class="actions-inline">
          <button type="button" class="button danger" part="button" id="reset-yes" @click=${this._startOver}>${msg('Xóa và làm lại')}</button>
          <button
            type="button"
            class="button secondary"
            part="button"
            @click=${() => {
              this._confirmReset = false;
              this._focusNext = '#reset';
            }}
          >
            ${msg('Hủy')}
          </button>
        </div>
      </div>`;
    }
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

  private _renderSuccess(s: Success): TemplateResult {
    const n = s.receipt.dossierNumber;
    const office = s.declaration.office;
    return html`<div class="wrap success-wrap">
      <div class="success no-print" part="success">
        <h2 id="success-heading" tabindex="-1">${msg('Đã gửi tờ khai thành công')}</h2>
        <p>${msg('Mã hồ sơ của bạn:')}</p>
        <p class="dossier" part="dossier-number" id="dossier-number">${n}</p>
        <div class="actions-inline">
          <button type="button" class="button secondary" part="button" id="copy" @click=${() => void this._copy(n)}>
            ${msg('Sao chép mã hồ sơ')}
          </button>
          <span role="status" class="copied">${this._copied ? msg('Đã sao chép.') : ''}</span>
        </div>
        <p class="meta">${msg(str`Thời gian ghi nhận: ${formatDateTime(s.receipt.submittedAt, currentLocale())}`)}</p>
        <h3>${msg('Tin nhắn xác nhận')}</h3>
        <p>${msg(str`BHXH Việt Nam đã gửi tin nhắn này đến số ${maskPhone(s.phone)}:`)}</p>
        <blockquote class="sms" lang="vi">${dossierReceivedSms(s.socialInsuranceCode, n)}</blockquote>
        <h3>${msg('Việc cần làm tiếp theo')}</h3>
        <ol class="next-steps">
          <li>
            ${office
              ? msg(str`Mang giấy tờ tùy thân bản gốc đến ${officeLabel(office)} để đối chiếu và hoàn tất thủ tục.`)
              : msg('Mang giấy tờ tùy thân bản gốc đến cơ quan BHXH đã chọn để đối chiếu và hoàn tất thủ tục.')}
          </li>
          <li>
            ${msg(
              'Trong vòng 3 ngày làm việc, bạn sẽ nhận được tin nhắn có tài khoản (là mã số BHXH) và mật khẩu để đăng nhập VssID.',
            )}
          </li>
          <li>${msg('Đăng nhập lần đầu bằng mật khẩu trong tin nhắn, sau đó đổi mật khẩu.')}</li>
        </ol>
        ${renderHotline()}
        <div class="actions-inline">
          <button type="button" class="button" part="button" id="print" @click=${() => window.print()}>${msg('In tờ khai')}</button>
          <button type="button" class="button secondary" part="button" id="show-status" @click=${() => (this.dossierNumber = n)}>
            ${msg('Xem trạng thái hồ sơ')}
          </button>
          <button type="button" class="button link" part="button" id="new-registration" @click=${this._startOver}>
            ${msg('Đăng ký cho người khác')}
          </button>
        </div>
      </div>
      <div class="print-only">${renderDeclaration(s.declaration)}</div>
    </div>`;
  }

  private _renderStatus(): TemplateResult {
    const checked = validateDossierNumber(this.dossierNumber ?? '');
    const t = this._status;
    const last = t.value;
    let body: unknown;
    if (!checked.ok) {
      body = html`<div class="state error" role="alert"><p>${formatIssue(checked.issue, currentLocale())}</p></div>`;
    } else if (t.status === TaskStatus.ERROR) {
      body = renderError(t.error, () => void t.run(), this);
    } else if (last) {
      body = this._renderStatusData(last.status, last.office);
    } else {
      body = renderLoading(msg('Đang tải trạng thái hồ sơ…'));
    }
    const busy = t.status === TaskStatus.PENDING;
    return html`<div class="wrap status-view" part="status" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="status-title">${msg('Trạng thái hồ sơ đăng ký')}</h2>
      ${body}
      ${checked.ok
        ? html`<div class="actions-inline">
            <button type="button" class="button secondary" part="button" id="refresh" aria-disabled=${busy ? 'true' : 'false'} @click=${() => {
              if (!busy) void t.run();
            }}>
              ${busy && last ? msg('Đang cập nhật…') : msg('Cập nhật')}
            </button>
            ${this.pollInterval > 0
              ? html`<span class="meta">${msg(str`Tự động cập nhật mỗi ${this.pollInterval} giây.`)}</span>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private _renderStatusData(s: DossierStatus, office: Office | null): TemplateResult {
    const locale = currentLocale();
    const label =
      s.status === 'approved' ? msg('Đã duyệt') : s.status === 'rejected' ? msg('Bị từ chối') : msg('Đã tiếp nhận, đang chờ xử lý');
    const explain =
      s.status === 'approved'
        ? msg('Tài khoản đã được cấp. Tài khoản và mật khẩu được gửi qua tin nhắn đến số điện thoại đã đăng ký.')
        : s.status === 'rejected'
          ? msg('Hồ sơ không được chấp nhận. Vui lòng liên hệ cơ quan BHXH hoặc tổng đài để biết thêm.')
          : msg('Vui lòng mang giấy tờ tùy thân đến cơ quan BHXH đã chọn để hoàn tất thủ tục.');
    return html`<div class="status-card ${s.status}">
      <dl>
        <div class="row"><dt>${msg('Mã hồ sơ')}</dt><dd part="dossier-number">${s.dossierNumber}</dd></div>
        <div class="row">
          <dt>${msg('Trạng thái')}</dt>
          <dd><span class="badge ${s.status}" id="status-value">${label}</span></dd>
        </div>
        <div class="row"><dt>${msg('Ngày nộp')}</dt><dd>${formatDateTime(s.submittedAt, locale)}</dd></div>
        ${s.decidedAt
          ? html`<div class="row"><dt>${msg('Ngày xử lý')}</dt><dd>${formatDateTime(s.decidedAt, locale)}</dd></div>`
          : nothing}
        ${s.reason ? html`<div class="row"><dt>${msg('Lý do')}</dt><dd>${s.reason}</dd></div>` : nothing}
        <div class="row"><dt>${fieldLabel('officeCode')}</dt><dd>${office ? officeLabel(office) : s.officeCode}</dd></div>
      </dl>
      <p role="status">${explain}</p>
      ${this._statusCheckedAt
        ? html`<p class="meta">${msg(str`Cập nhật lúc ${formatDateTime(this._statusCheckedAt, locale)}`)}</p>`
        : nothing}
      ${renderHotline()}
    </div>`;
  }
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
