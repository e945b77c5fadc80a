/** Validators of a BHYT card code, which look its group and province up in the domain tables. */

import { isKnownGroupCode } from '../domain/bhyt-groups.js';
import { CARD_CODE_PATTERN, parseCardCode } from '../domain/card-code.js';
import { isProvinceCode } from '../domain/provinces.js';
import { compactCode } from './normalize.js';
import { invalid, valid, type ValidationIssue, type ValidationResult } from './types.js';

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
  return [
    { code: 'card_digit_unexpected', params: { group: p.groupCode, digit: p.benefitDigit, expected: p.expectedDigit } },
  ];
}
