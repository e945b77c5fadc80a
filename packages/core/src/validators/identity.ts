/** Identity documents: CCCD (12 digits), CMND (9 digits), passport (§3.3). */

import type { IdType, Sex } from '../schemas/common.js';
import { parseDateInput } from '../domain/dates.js';
import { isProvinceCode } from '../domain/provinces.js';
import { compactCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './types.js';

/** Cross-check data for a CCCD; absent fields are not checked. */
export interface CccdContext {
  /** ISO date (or any shape {@link parseDateInput} reads). */
  dateOfBirth?: string;
  /** Leave undefined when sex is "chưa xác định": the sex digit is then not checked. */
  sex?: Sex;
}

/** The century/sex digit (CCCD digit 4) for a birth year and sex: 1900s 0/1, 2000s 2/3, … up to 2399. */
export function cccdCenturyDigit(birthYear: number, sex: Sex): number | undefined {
  const century = Math.floor((birthYear - 1900) / 100);
  if (century < 0 || century > 4) return undefined;
  return century * 2 + (sex === 'female' ? 1 : 0);
}

/** What CCCD digit 4 says: the birth-year range and the sex. */
export function decodeCccdCenturyDigit(digit: number): { from: number; to: number; sex: Sex } {
  const from = 1900 + Math.floor(digit / 2) * 100;
  return { from, to: from + 99, sex: digit % 2 === 1 ? 'female' : 'male' };
}

/**
 * CCCD / số định danh cá nhân: 12 digits; digits 1–3 = `0` + one of the 63 old province codes; with
 * a date of birth, digit 4 must match the century and digits 5–6 the year; with a sex, digit 4's
 * parity must match it. Birth place is never compared with the address.
 */
export function validateCccd(input: string, ctx: CccdContext = {}): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  if (!/^\d{12}$/.test(v)) return invalid('cccd_format');
  if (v[0] !== '0' || !isProvinceCode(v.slice(1, 3))) return invalid('cccd_province_unknown', { code: v.slice(0, 3) });
  const digit = Number(v[3]);
  const decoded = decodeCccdCenturyDigit(digit);
  const dob = ctx.dateOfBirth === undefined ? undefined : parseDateInput(ctx.dateOfBirth);
  if (dob) {
    const birthYear = Number(dob.slice(0, 4));
    if (birthYear < decoded.from || birthYear > decoded.to) {
      return invalid('cccd_century_mismatch', {
        digit,
        sex: decoded.sex,
        from: decoded.from,
        to: decoded.to,
        birthYear,
      });
    }
    if (v.slice(4, 6) !== dob.slice(2, 4)) return invalid('cccd_year_mismatch', { digits: v.slice(4, 6), birthYear });
  }
  if (ctx.sex !== undefined && ctx.sex !== decoded.sex) {
    return invalid('cccd_sex_mismatch', { digit, sex: decoded.sex, declaredSex: ctx.sex });
  }
  return valid(v);
}

/** CMND (old ID card): 9 digits (❓ shape). */
export function validateCmnd(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  return /^\d{9}$/.test(v) ? valid(v) : invalid('cmnd_format');
}

/** Vietnamese passport: 1 letter + 7 digits (❓ shape), upper-cased. */
export function validatePassport(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  return /^[A-Z]\d{7}$/.test(v) ? valid(v) : invalid('passport_format');
}

/** Which document a "Số CMND/CCCD/Hộ chiếu" entry is, by shape; null when none fits. */
export function classifyIdNumber(input: string): IdType | null {
  const v = compactCode(input);
  if (/^\d{12}$/.test(v)) return 'cccd';
  if (/^\d{9}$/.test(v)) return 'cmnd';
  if (/^[A-Z]\d{7}$/.test(v)) return 'passport';
  return null;
}

/**
 * Validates an ID number as the given type; with no type, classifies it first
 * (`id_number_format` when it fits no shape).
 */
export function validateIdNumber(
  type: IdType | null | undefined,
  input: string,
  ctx: CccdContext = {},
): ValidationResult {
  const t = type ?? classifyIdNumber(input);
  if (t === 'cccd') return validateCccd(input, ctx);
  if (t === 'cmnd') return validateCmnd(input);
  if (t === 'passport') return validatePassport(input);
  return compactCode(input) === '' ? invalid('required') : invalid('id_number_format');
}
