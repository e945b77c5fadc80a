/**
 * The declaration's rules (core's validators, the same the server applies), their messages and the error
 * summary. Fetched with the form's first render, which does not wait for them: they are needed only once
 * the citizen leaves a field or moves on.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatIssue } from '@vssid/core/i18n';
import { normalizePhone, validateRegistration, type ValidationIssue } from '@vssid/core/validators';
import { currentLocale } from '../i18n/localization.js';
import { ErrorSummary, errorSummaryStyles } from '../shared/error-summary.js';
import { STEP_COUNT, type PhotoSlot, type RegistrationDraft, type StepNumber } from './draft.js';
import { STEP_SHOWS } from './parts.js';
import type { StepsHost } from './steps.js';
import { controlId, type FieldKey } from './fields.js';
import type { FieldError } from './state.js';

/** Fields with a message, the suggested value, and the error summary (GOV.UK pattern, shared/error-summary.ts). */
export const partStyles = [
  errorSummaryStyles,
  css`
  .suggestion {
    justify-self: start;
    justify-content: flex-start;
    text-align: left;
  }
  .field.has-error {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`,
];

/** Which step holds each field. */
export const STEP_FIELDS: Record<StepNumber, readonly FieldKey[]> = {
  1: [
    'fullName',
    'dateOfBirth',
    'sex',
    'socialInsuranceCode',
    'idType',
    'idNumber',
    'idIssueDate',
    'idIssuePlace',
    'address',
    'email',
  ],
  2: ['photos.portrait', 'photos.idFront', 'photos.idBack'],
  3: ['phone', 'phoneToken'],
  4: ['officeCode'],
  5: ['consent'],
};

/** The step a (server) field name belongs to; unknown names go to the review step. */
export function stepOf(field: string): StepNumber {
  for (const [step, keys] of Object.entries(STEP_FIELDS)) {
    if ((keys as readonly string[]).includes(field)) return Number(step) as StepNumber;
  }
  if (field.startsWith('photos')) return 2;
  return 5;
}

/** Whether the draft holds a phone token for its current number that has not expired. */
export function tokenValid(d: RegistrationDraft): boolean {
  return (
    !!d.phoneToken &&
    d.verifiedPhone !== '' &&
    d.verifiedPhone === normalizePhone(d.phone) &&
    Date.parse(d.phoneTokenExpiresAt) > Date.now()
  );
}

/** The photos as the request names them: each upload's id, '' for one not there (the checks and the request). */
export function photoIds(d: RegistrationDraft): Record<PhotoSlot, string> {
  return {
    portrait: d.photos.portrait?.upload.id ?? '',
    idFront: d.photos.idFront?.upload.id ?? '',
    idBack: d.photos.idBack?.upload.id ?? '',
  };
}

/** What is wrong with the draft, per field, judged as the server would receive it (values as typed). */
export function issuesOf(d: RegistrationDraft): Record<string, ValidationIssue> {
  const f = d.fields;
  return validateRegistration({
    ...f,
    sex: f.sex === '' ? undefined : f.sex,
    phone: d.phone,
    phoneToken: tokenValid(d) ? d.phoneToken : '',
    officeCode: d.office?.code ?? '',
    photos: photoIds(d),
    consent: d.consent ? true : (undefined as unknown as true),
  });
}

/** An issue in the current language. */
export function issueText(issue: ValidationIssue): string {
  return formatIssue(issue, currentLocale());
}

/** What keeps a step from being done: the server's messages first, then core's rules. */
export function stepErrors(
  step: StepNumber,
  issues: Record<string, ValidationIssue>,
  serverErrors: Readonly<Record<string, string>>,
): FieldError[] {
  const out: FieldError[] = [];
  for (const field of STEP_FIELDS[step]) {
    const server = serverErrors[field];
    const issue = issues[field];
    if (server) out.push({ field, text: server });
    else if (issue) out.push({ field, text: issueText(issue) });
  }
  return out;
}

/**
 * The form's "Có lỗi cần sửa" (shared/error-summary.ts). A link leads to its field's control; for the phone
 * token, to the code box or what leads to it.
 */
export function errorSummary(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }): ErrorSummary {
  const q = (sel: string) => host.renderRoot.querySelector<HTMLElement>(sel);
  return new ErrorSummary(
    host,
    (field) =>
      field === 'phoneToken' ? (q('#f-otp input') ?? q('#send-otp') ?? q('#f-phone')) : q(`#${controlId(field)}`),
    controlId,
  );
}

/** "Dùng …": the value a message suggests (the last 10 digits of a pasted BHYT card code); `use` takes it. */
export function renderSuggestion(suggestion: string, use: () => void): TemplateResult {
  return html`<button type="button" class="button link suggestion" part="button" @click=${use}>
    ${msg(str`Dùng ${suggestion}`)}
  </button>`;
}

/**
 * "Tiếp tục" (or Enter): the step's errors in the summary, else the next step, which appears whole (what it
 * shows was fetched ahead, so this is rarely a wait; a part that fails shows its error with "Thử lại" on
 * that step); on the review, "Ghi nhận".
 */
export async function next(host: StepsHost): Promise<void> {
  const step = host.draft.value.step;
  const errors = stepErrors(step, host.issues(), host.state.serverErrors);
  if (errors.length) {
    host.showSummary(errors);
    return;
  }
  if (step < STEP_COUNT) {
    const after = (step + 1) as StepNumber;
    await Promise.allSettled(STEP_SHOWS[after]!.map((name) => host.parts[name].ready()));
    host.goTo(after);
  } else {
    // the review, and so "Ghi nhận", comes with the steps' part
    void host.parts.steps.use()?.submit(host);
  }
}
