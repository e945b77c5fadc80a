/**
 * The server's field checks are core's validators (the same functions the forms run), rendered with
 * core's Vietnamese catalog: one source of truth for every rule.
 */
import type { RegistrationRequest } from '@vssid/core';
import { formatIssue } from '@vssid/core/i18n';
import {
  compactCode,
  normalizePhone as coreNormalizePhone,
  validatePassword,
  validatePhone,
  validateRegistration,
  validateSocialInsuranceCode,
  type ValidationResult,
} from '@vssid/core/validators';

const message = (r: ValidationResult): string | null => (r.ok ? null : formatIssue(r.issue, 'vi'));

export const normalizePhone = coreNormalizePhone;
export const normalizeCode = compactCode;

export function checkPhone(raw: string): string | null {
  return message(validatePhone(raw));
}

export function checkSocialInsuranceCode(raw: string): string | null {
  return message(validateSocialInsuranceCode(raw));
}

/** The policy for a NEW password; login never applies it. */
export function checkNewPassword(
  pw: string,
  ctx: { socialInsuranceCode?: string; currentPassword?: string },
): string | null {
  return message(
    validatePassword(pw, { socialInsuranceCode: ctx.socialInsuranceCode, oldPassword: ctx.currentPassword }),
  );
}

/** Every field rule of the declaration, field → Vietnamese message. */
export function registrationRuleErrors(draft: Partial<RegistrationRequest>, today: string): Record<string, string> {
  const issues = validateRegistration(draft, { today });
  return Object.fromEntries(Object.entries(issues).map(([k, issue]) => [k, formatIssue(issue, 'vi')]));
}
