/** Numbers, money and digit normalisation. */

import type { Locale } from '../i18n/locale.js';
import { numberFormat } from './intl.js';

// Zero code points of the digit blocks users can produce from phone keyboards and IMEs.
const DIGIT_ZEROS = [0xff10 /* fullwidth */, 0x0660 /* Arabic-Indic */, 0x06f0 /* Extended Arabic-Indic */];

/** Maps fullwidth and Arabic-Indic digits to ASCII `0`–`9`; other characters are left alone. */
export function normalizeDigits(input: string): string {
  return input.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g, (ch) => {
    const cp = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9)!;
    return String(cp - zero);
  });
}

/** A number with locale grouping ("1.234.567" in Vietnamese); up to `maxFractionDigits` decimals. */
export function formatNumber(n: number, locale: Locale = 'vi', maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** An amount of đồng as currency ("1.234.000 ₫" in vi-VN, "₫1,234,000" in en-GB); no decimals. */
export function formatVnd(n: number, locale: Locale = 'vi'): string {
  return numberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(n);
}

/** A rate as a percentage ("17,5%" / "17.5%"). */
export function formatPercent(rate: number, locale: Locale = 'vi'): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}
