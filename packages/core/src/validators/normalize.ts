/** Input normalisation shared by the validators. */

import { normalizeDigits } from '../format/numbers.js';

/** Trims, maps non-ASCII digits and drops the separators people type into codes (spaces, dots, dashes). */
export function compactCode(input: string): string {
  return normalizeDigits(input)
    .replace(/[\s.\-–]/g, '')
    .toUpperCase();
}

/** Trims and collapses inner whitespace to single spaces, in NFC. */
export function collapseSpaces(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}
