/** Validators of the codes of places (nơi ĐK KCB, social-insurance office), checked against the provinces. */

import { isProvinceCode } from '../domain/provinces.js';
import { compactCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './types.js';

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
