/** Dates, months and durations for display (dd/mm/yyyy, MM/YYYY, "x năm y tháng"). */

import type { Locale } from '../i18n/locale.js';
import { durationText } from '../i18n/strings.js';
import { dateTimeFormat } from './intl.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * `2024-03-05` → `05/03/2024` (both locales are day-first). Input that is not an ISO date is returned
 * unchanged, so a bad value stays visible instead of turning into "Invalid Date".
 */
export function formatDate(iso: string, locale: Locale = 'vi'): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  // Intl on a UTC date so the calendar day never shifts with the viewer's time zone.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return partsToDmy(
    dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(date),
  );
}

function partsToDmy(parts: Intl.DateTimeFormatPart[]): string {
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')}`;
}

/**
 * An instant as `HH:mm dd/mm/yyyy` in Vietnam time (VSS records are in Asia/Ho_Chi_Minh); pass
 * another IANA zone to show it elsewhere.
 */
export function formatDateTime(isoInstant: string, locale: Locale = 'vi', timeZone = 'Asia/Ho_Chi_Minh'): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = dateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')}:${get('minute')} ${partsToDmy(parts)}`;
}

/** `2024-03` → `03/2024` (periods are shown MM/YYYY). Other input is returned unchanged. */
export function formatMonth(isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(isoMonth.trim());
  return m ? `${m[2]}/${m[1]}` : isoMonth;
}

/** Months from `fromMonth` to `toMonth` (`YYYY-MM`), both included; 0 when reversed or malformed. */
export function monthsBetween(fromMonth: string, toMonth: string): number {
  const a = /^(\d{4})-(\d{2})$/.exec(fromMonth);
  const b = /^(\d{4})-(\d{2})$/.exec(toMonth);
  if (!a || !b) return 0;
  const n = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + 1;
  return Math.max(0, n);
}

/** A count of months as years and months: 27 → "2 năm 3 tháng" / "2 years 3 months". */
export function formatDuration(months: number, locale: Locale = 'vi'): string {
  const total = Math.max(0, Math.floor(months));
  return durationText(Math.floor(total / 12), total % 12, locale);
}
