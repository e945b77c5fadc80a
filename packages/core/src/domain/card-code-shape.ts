/**
 * The shape of a BHYT card code, on its own: displaying a code (format/codes.ts) needs only this, not the
 * group and province tables that reading one (card-code.ts) looks up.
 */

/** The shape of a normalised card code: group, benefit digit, province, social insurance code. */
export const CARD_CODE_PATTERN = /^([A-Z]{2})([1-5])(\d{2})(\d{10})$/;

/** Card-code input normalisation: drop spaces, dots and dashes, upper-case. */
export function normalizeCardCode(input: string): string {
  return input.replace(/[\s.\-]/g, '').toUpperCase();
}
