/** Shared Intl plumbing: locale tags and a formatter cache (building Intl formatters is costly). */

import type { Locale } from '../i18n/locale.js';

/** BCP 47 tag of the Intl formatters for a UI locale: always `vi-VN` (see below). */
export function localeTag(_locale: Locale = 'vi'): string {
  // Numbers, money and dates follow Vietnamese conventions in both UI languages (1.234.000 ₫, 05/03/2024),
  // so an amount reads the same as on the citizen's receipts and hospital bills; only words are translated.
  return 'vi-VN';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.NumberFormat. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(localeTag(locale), options)));
  return f;
}

/** A cached Intl.DateTimeFormat. */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(localeTag(locale), options)));
  return f;
}
