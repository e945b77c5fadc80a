/** CSV text that Excel opens correctly in Vietnamese and that cannot smuggle a formula into a spreadsheet. */
import type { Locale } from '../i18n/locale.js';
import type { ParticipationPeriod } from '../schemas/participation.js';
import { formatMonth } from '../format/dates.js';
import { insuranceTypeLabels, insuranceTypeOrder, periodsOfType } from './participation.js';

/** Excel reads a CSV as the machine's ANSI code page unless the file starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * One cell. Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so a
 * spreadsheet shows it instead of evaluating it (OWASP "CSV injection"); numbers are written as they are.
 * Cells with the delimiter, a quote or a line break are quoted, quotes doubled.
 */
export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Prepend the UTF-8 BOM (default true). */
  bom?: boolean;
  delimiter?: string;
}

/** Rows to CSV text: CRLF line ends (RFC 4180), BOM first unless `bom: false`. */
export function toCsv(rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const body = rows.map((r) => r.map((c) => csvCell(c, d)).join(d)).join('\r\n');
  return (opts.bom === false ? '' : UTF8_BOM) + body + '\r\n';
}

const headers: Readonly<Record<Locale, readonly string[]>> = {
  vi: [
    'Loại',
    'Từ tháng',
    'Đến tháng',
    'Số tháng',
    'Mã đơn vị',
    'Đơn vị',
    'Chức vụ',
    'Mức lương đóng',
    'Tỷ lệ (%)',
    'Số tháng chưa đóng',
  ],
  en: [
    'Type',
    'From month',
    'To month',
    'Months',
    'Employer code',
    'Employer',
    'Position',
    'Contribution base (VND)',
    'Rate (%)',
    'Unpaid months',
  ],
};

/** The CSV's header row in a locale. */
export function participationCsvHeader(locale: Locale = 'vi'): string[] {
  return [...headers[locale]];
}

/**
 * The participation rows as CSV cells, header first: by type in tab order, newest first within a type.
 * Months are MM/YYYY; the salary is whole đồng and the rate a plain number, so a spreadsheet can add them.
 */
export function participationCsvRows(periods: readonly ParticipationPeriod[], locale: Locale = 'vi'): CsvCell[][] {
  const rows: CsvCell[][] = [participationCsvHeader(locale)];
  for (const type of insuranceTypeOrder) {
    for (const p of periodsOfType(periods, type)) {
      rows.push([
        insuranceTypeLabels[type],
        formatMonth(p.fromMonth),
        formatMonth(p.toMonth),
        p.months,
        p.employerCode,
        p.employerName,
        p.position,
        p.salaryBase,
        p.rate,
        p.unpaidMonths,
      ]);
    }
  }
  return rows;
}

/** The whole participation history as CSV text, BOM first. */
export function buildParticipationCsv(periods: readonly ParticipationPeriod[], locale: Locale = 'vi'): string {
  return toCsv(participationCsvRows(periods, locale));
}
