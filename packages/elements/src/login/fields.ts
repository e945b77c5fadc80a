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
