/** Validators for the codes of the domain: mã số BHXH, card code, dossier, facility, office, OTP. */

import { isKnownGroupCode } from '../domain/bhyt-groups.js';
import { CARD_CODE_PATTERN, parseCardCode } from '../domain/card-code.js';
import { isProvinceCode } from '../domain/provinces.js';
import { compactCode } from './normalize.js';
import { invalid, valid, type ValidationIssue, type ValidationResult } from './types.js';

const SIC = /^\d{10}$/;

/**
 * Mã số BHXH: exactly 10 digits (§3.1; no check digit is known, so none is applied). A pasted
 * 15-character card code gets `sic_from_card` with its last 10 as `suggestion`.
 */
export function validateSocialInsuranceCode(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  if (SIC.test(v)) return valid(v);
  if (CARD_CODE_PATTERN.test(v)) return invalid('sic_from_card', { suggestion: v.slice(-10) });
  return invalid('sic_format');
}

/**
 * BHYT card code (§3.2): shape, known group code, one of the 63 province codes and, when given,
 * last 10 equal to the user's mã số BHXH. A benefit digit that differs from the table is only a
 * warning (see {@link cardCodeWarnings}), because digits changed in 2018, 2023 and 2026.
 */
export function validateCardCode(input: string, ctx: { socialInsuranceCode?: string } = {}): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  const m = CARD_CODE_PATTERN.exec(v);
  if (!m) return invalid('card_format');
  if (!isKnownGroupCode(m[1]!)) return invalid('card_group_unknown', { group: m[1]! });
  if (!isProvinceCode(m[3]!)) return invalid('card_province_unknown', { province: m[3]! });
  const sic = ctx.socialInsuranceCode === undefined ? '' : compactCode(ctx.socialInsuranceCode);
  if (sic !== '' && m[4] !== sic) return invalid('card_sic_mismatch');
  return valid(v);
}

/** Non-blocking remarks on a valid card code: currently a benefit digit the group does not carry. */
export function cardCodeWarnings(input: string): ValidationIssue[] {
  const p = parseCardCode(input);
  if (!p || p.digitCheck !== 'unexpected' || p.expectedDigit === null) return [];
  return [{ code: 'card_digit_unexpected', params: { group: p.groupCode, digit: p.benefitDigit, expected: p.expectedDigit } }];
}

/** Dossier number, general shape `NNNNN.L/YYYY/NNNNN` or `NNNNN.LL/YYYY/NNNNN` (§3.6). */
export function validateDossierNumber(input: string): ValidationResult {
  // Dots and dashes are part of the shape here, so only spaces are dropped.
  const v = input.replace(/\s/g, '').toUpperCase();
  if (v === '') return invalid('required');
  return /^\d{5}\.[A-Z]{1,2}\/\d{4}\/\d{5}$/.test(v) ? valid(v) : invalid('dossier_format');
}

/** Facility code (nơi ĐK KCB): `79123`, `79-123` or `79 - 123` → `79123`, with a known province (§3.5). */
export function validateFacilityCode(input: string): ValidationResult {
  const t = input.trim();
  if (t === '') return invalid('required');
  const m = /^(\d{2})\s*-?\s*(\d{3})$/.exec(t);
  if (!m) return invalid('facility_format');
  if (!isProvinceCode(m[1]!)) return invalid('facility_province_unknown', { province: m[1]! });
  return valid(m[1]! + m[2]!);
}

/** Social-insurance office code: 5 digits (province + office, §5). */
export function validateOfficeCode(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  return /^\d{5}$/.test(v) && isProvinceCode(v.slice(0, 2)) ? valid(v) : invalid('office_format');
}

/** OTP: 6 digits (§3.7); spaces from copy-paste are dropped. */
export function validateOtp(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  return /^\d{6}$/.test(v) ? valid(v) : invalid('otp_format', { length: 6 });
}
