/**
 * The product's own rule for a new password (§3.7: VssID's real policy is unknown). Login never
 * applies it; only choosing a new password does, on the form and on the server alike.
 */

import { compactCode } from './normalize.js';
import { invalid, valid, type IssueCode, type ValidationIssue, type ValidationResult } from './types.js';

export const PASSWORD_POLICY = { minLength: 8, maxLength: 64 } as const;

export interface PasswordContext {
  /** The account's mã số BHXH: the password must not contain it. */
  socialInsuranceCode?: string;
  /** The current password: the new one must differ. */
  oldPassword?: string;
}

export type PasswordRule = 'length' | 'letter' | 'digit' | 'not_code' | 'not_old';

export interface PasswordCheck {
  rule: PasswordRule;
  met: boolean;
  /** The issue reported when the rule is not met (for the rule's label too). */
  issue: ValidationIssue;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/**
 * Each rule with whether the password meets it, in display order, for a live checklist.
 * `not_code` and `not_old` are listed only when the context gives something to compare with.
 */
export function passwordChecklist(pw: string, ctx: PasswordContext = {}): PasswordCheck[] {
  // Length counts code points so an emoji is one character, as the user sees it.
  const length = [...pw].length;
  const check = (
    rule: PasswordRule,
    met: boolean,
    code: IssueCode,
    params?: ValidationIssue['params'],
  ): PasswordCheck => ({
    rule,
    met,
    issue: params ? { code, params } : { code },
  });
  const list: PasswordCheck[] = [
    check('length', length >= PASSWORD_POLICY.minLength && length <= PASSWORD_POLICY.maxLength, 'password_length', {
      min: PASSWORD_POLICY.minLength,
      max: PASSWORD_POLICY.maxLength,
    }),
    check('letter', LETTER.test(pw), 'password_letter'),
    check('digit', DIGIT.test(pw), 'password_digit'),
  ];
  const sic = ctx.socialInsuranceCode ? compactCode(ctx.socialInsuranceCode) : '';
  // "Contains" rather than "equals": a code is all digits, so an equal password already fails the letter
  // rule, while `abc7901234567` is just as guessable.
  if (sic) list.push(check('not_code', !pw.includes(sic), 'password_is_code'));
  if (ctx.oldPassword) list.push(check('not_old', pw !== ctx.oldPassword, 'password_same_as_old'));
  return list;
}

/**
 * A new password: 8–64 characters, a letter and a digit, not containing the mã số BHXH, not the old password.
 * The password is not trimmed or otherwise changed: what is typed is what is stored.
 */
export function validatePassword(pw: string, ctx: PasswordContext = {}): ValidationResult {
  if (pw === '') return invalid('required');
  const failed = passwordChecklist(pw, ctx).find((c) => !c.met);
  return failed ? { ok: false, issue: failed.issue } : valid(pw);
}

/** "Nhập lại mật khẩu mới": equal to the new password. */
export function validatePasswordConfirmation(password: string, confirmation: string): ValidationResult {
  if (confirmation === '') return invalid('required');
  return confirmation === password ? valid(confirmation) : invalid('password_mismatch');
}

/**
 * The whole "Đổi mật khẩu" form (or the server's check of the same request): field → issue,
 * empty when everything is fine.
 */
export function validatePasswordChange(
  form: { oldPassword?: string; newPassword?: string; confirmation?: string },
  ctx: { socialInsuranceCode?: string } = {},
): Record<string, ValidationIssue> {
  const out: Record<string, ValidationIssue> = {};
  if (!form.oldPassword) out.oldPassword = { code: 'required' };
  const np = validatePassword(form.newPassword ?? '', {
    socialInsuranceCode: ctx.socialInsuranceCode,
    oldPassword: form.oldPassword,
  });
  if (!np.ok) out.newPassword = np.issue;
  if (form.confirmation !== undefined) {
    const c = validatePasswordConfirmation(form.newPassword ?? '', form.confirmation);
    if (!c.ok) out.confirmation = c.issue;
  }
  return out;
}

/** Server-side alias: the same policy for any endpoint that sets a new password. */
export const validateNewPassword = validatePassword;
