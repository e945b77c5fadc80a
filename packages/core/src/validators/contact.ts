/** Phone and email. */

import { convertOldMobile, MOBILE_PATTERN } from '../domain/phone.js';
import { normalizeDigits } from '../format/numbers.js';
import { invalid, valid, type ValidationResult } from './types.js';

/** Phone input to national form: separators dropped, `+84` / `84` / `0084` → `0`. */
export function normalizePhone(input: string): string {
  let v = normalizeDigits(input).replace(/[\s.\-()]/g, '');
  if (v.startsWith('+84')) v = v.slice(3);
  else if (v.startsWith('0084')) v = v.slice(4);
  // "84" alone is a country code only with 9 or 10 more digits; 10-digit numbers starting 084 are local.
  else if (/^84\d{9,10}$/.test(v)) v = v.slice(2);
  else return v;
  return v.startsWith('0') ? v : '0' + v;
}

/**
 * Mobile number (§3.4): normalised to `0` + 9 digits and checked against the carriers' prefixes.
 * Landlines (02x) and pre-2018 11-digit numbers get their own issues; for the latter the new number
 * is suggested when the prefix mapping is known.
 */
export function validatePhone(input: string): ValidationResult {
  const v = normalizePhone(input);
  if (v === '') return invalid('required');
  if (!/^\d+$/.test(v)) return invalid('phone_format');
  if (/^02\d{8,9}$/.test(v)) return invalid('phone_landline');
  if (/^01\d{9}$/.test(v)) {
    const next = convertOldMobile(v);
    return next ? invalid('phone_old_11_digits', { suggestion: next }) : invalid('phone_old_11_digits');
  }
  return MOBILE_PATTERN.test(v) ? valid(v) : invalid('phone_format');
}

/**
 * Email: one `@`, a dotted domain, no spaces, at most 254 characters. The domain is lower-cased
 * (it is case-insensitive); the local part is kept as typed.
 */
export function validateEmail(input: string): ValidationResult {
  const t = input.trim();
  if (t === '') return invalid('required');
  const at = t.lastIndexOf('@');
  const v = at < 0 ? t : t.slice(0, at) + '@' + t.slice(at + 1).toLowerCase();
  const ok =
    v.length <= 254 &&
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(
      v,
    ) &&
    !/^\.|\.\.|\.@/.test(v);
  return ok ? valid(v) : invalid('email_format');
}
