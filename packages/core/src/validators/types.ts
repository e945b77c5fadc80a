/** The result shape every validator returns. */

/** Every issue a validator can report; each has a message in every catalog (i18n/messages.*.ts). */
export const issueCodes = [
  'required',
  'choice_invalid',
  'consent_required',
  'sic_format',
  'sic_from_card',
  'card_format',
  'card_group_unknown',
  'card_province_unknown',
  'card_sic_mismatch',
  'card_digit_unexpected',
  'cccd_format',
  'cccd_province_unknown',
  'cccd_century_mismatch',
  'cccd_sex_mismatch',
  'cccd_year_mismatch',
  'cmnd_format',
  'passport_format',
  'id_number_format',
  'phone_format',
  'phone_landline',
  'phone_old_11_digits',
  'phone_not_verified',
  'otp_format',
  'password_length',
  'password_letter',
  'password_digit',
  'password_is_code',
  'password_same_as_old',
  'password_mismatch',
  'dossier_format',
  'facility_format',
  'facility_province_unknown',
  'office_format',
  'name_chars',
  'name_length',
  'dob_format',
  'dob_future',
  'dob_too_old',
  'email_format',
  'date_format',
  'date_future',
  'date_before_birth',
  'text_too_long',
] as const;

export type IssueCode = (typeof issueCodes)[number];

/** Parameters filled into the message (numbers stay numbers so catalogs can format them). */
export type IssueParams = Record<string, string | number>;

export interface ValidationIssue {
  code: IssueCode;
  params?: IssueParams;
}

/** `value` is the normalised input, the form to store and send. */
export type ValidationResult = { ok: true; value: string } | { ok: false; issue: ValidationIssue };

/** Builds a success. */
export function valid(value: string): ValidationResult {
  return { ok: true, value };
}

/** Builds a failure. */
export function invalid(code: IssueCode, params?: IssueParams): ValidationResult {
  return params ? { ok: false, issue: { code, params } } : { ok: false, issue: { code } };
}
