import { msg } from '@lit/localize';
import { formatIssue } from '@vssid/core/i18n';
import type { ValidationIssue, ValidationResult } from '@vssid/core/validators';
import { currentLocale } from '../i18n/localization.js';

// What the sign-in form (login.ts) and the steps loaded on demand (steps.ts) both speak of.

export type SignedOutView = 'login' | 'forgot-request' | 'forgot-otp' | 'forgot-password';
export type View = SignedOutView | 'change' | 'signed-in';
export type Field = 'code' | 'password' | 'phone' | 'otp' | 'oldPassword' | 'newPassword' | 'confirmation';
/** A field's message, computed at render time so it follows the UI language. */
export type FieldMessage = () => string;

export interface FieldSpec {
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

export const issueText =
  (issue: ValidationIssue): FieldMessage =>
  () =>
    formatIssue(issue, currentLocale());

/** The message of a failed check, or null when it passed. */
export const issueOf = (r: ValidationResult): FieldMessage | null => (r.ok ? null : issueText(r.issue));

/** "Mã số BHXH": the sign-in form's first field, asked again by "Quên mật khẩu". */
export const codeField = (): FieldSpec => ({
  key: 'code',
  label: msg('Mã số BHXH'),
  type: 'text',
  autocomplete: 'username',
  inputmode: 'numeric',
  hint: msg('10 chữ số, in trên sổ BHXH hoặc 10 số cuối của mã thẻ BHYT.'),
});
