/**
 * Validators for the codes that need no table: mã số BHXH, dossier number, OTP. Card codes (card-code.ts)
 * and facility and office codes (places.ts) look codes up in the domain tables, so they live apart: a page
 * that checks a login code does not download the group and province tables.
 */

import { CARD_CODE_PATTERN } from '../domain/card-code-shape.js';
import { compactCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './types.js';

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

/** Dossier number, general shape `NNNNN.L/YYYY/NNNNN` or `NNNNN.LL/YYYY/NNNNN` (§3.6). */
export function validateDossierNumber(input: string): ValidationResult {
  // Dots and dashes are part of the shape here, so only spaces are dropped.
  const v = input.replace(/\s/g, '').toUpperCase();
  if (v === '') return invalid('required');
  return /^\d{5}\.[A-Z]{1,2}\/\d{4}\/\d{5}$/.test(v) ? valid(v) : invalid('dossier_format');
}

/** OTP: 6 digits (§3.7); spaces from copy-paste are dropped. */
export function validateOtp(input: string): ValidationResult {
  const v = compactCode(input);
  if (v === '') return invalid('required');
  return /^\d{6}$/.test(v) ? valid(v) : invalid('otp_format', { length: 6 });
}
