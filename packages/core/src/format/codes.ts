/** Display forms of codes and masked personal numbers. */

import { CARD_CODE_PATTERN, normalizeCardCode } from '../domain/card-code-shape.js';

/** Keeps the last 4 characters of an ID number: `079203000123` → `********0123`. */
export function maskIdNumber(id: string): string {
  const s = id.replace(/\s/g, '');
  return s.length <= 4 ? s : '*'.repeat(s.length - 4) + s.slice(-4);
}

/** Keeps the first and last 3 digits of a phone number: `0912345678` → `091****678`. */
export function maskPhone(phone: string): string {
  const s = phone.replace(/[\s.\-]/g, '');
  return s.length <= 6 ? s : s.slice(0, 3) + '*'.repeat(s.length - 6) + s.slice(-3);
}

/** The four parts of a card code, or undefined when it has not the card shape. */
export function splitCardCode(
  code: string,
): { group: string; benefit: string; province: string; socialInsuranceCode: string } | undefined {
  const m = CARD_CODE_PATTERN.exec(normalizeCardCode(code));
  return m ? { group: m[1]!, benefit: m[2]!, province: m[3]!, socialInsuranceCode: m[4]! } : undefined;
}

/** `DN4797901234567` → `DN 4 79 7901234567`; other input is returned unchanged. */
export function formatCardCode(code: string): string {
  const p = splitCardCode(code);
  return p ? `${p.group} ${p.benefit} ${p.province} ${p.socialInsuranceCode}` : code;
}

/** `79123` → `79 - 123` (how cards print nơi ĐK KCB); other input is returned unchanged. */
export function formatFacilityCode(code: string): string {
  const m = /^(\d{2})\s*-?\s*(\d{3})$/.exec(code.trim());
  return m ? `${m[1]} - ${m[2]}` : code;
}
