/**
 * Salary adjustment coefficients (hệ số điều chỉnh tiền lương và thu nhập tháng đã đóng BHXH), one row per
 * settlement year: the year a pension or withdrawal is decided picks the row (Law 41/2024 Art. 72–73, 70.5).
 * Next year's table is one more row. Values are hundredths so that the money arithmetic stays exact.
 * The same values serve voluntary incomes (from 2008).
 */
import type { LegalRef } from '../legal.js';

export interface CoefficientTable {
  /** The year of settlement this row applies to. */
  settlementYear: number;
  /** Where the values come from. */
  source: LegalRef;
  /**
   * Coefficients × 100, by contribution year: index 0 is every year before 1995, index 1 is 1995, index 2 is
   * 1996, and so on up to the last year the table lists (usually the settlement year, at 1.00).
   */
  hundredths: readonly number[];
}

/** The first contribution year with a value of its own; earlier years share index 0. */
export const COEFFICIENT_FIRST_YEAR = 1995;

/** Oldest settlement year first. */
export const COEFFICIENT_TABLES: readonly CoefficientTable[] = [
  {
    settlementYear: 2025,
    source: { document: 'circular_01_2025' },
    // before 1995, then 1995 … 2025
    hundredths: [
      563, 478, 451, 437, 406, 389, 395, 397, 382, 370, 343, 317, 295, 272, 221, 207, 190, 160, 147, 137, 132, 131, 128,
      123, 119, 116, 112, 110, 107, 104, 100, 100,
    ],
  },
  {
    settlementYear: 2026,
    source: { document: 'letter_340_2026' },
    // before 1995, then 1995 … 2026
    hundredths: [
      581, 491, 465, 450, 418, 401, 407, 409, 394, 381, 354, 327, 305, 281, 229, 214, 196, 165, 151, 142, 136, 136, 132,
      128, 123, 120, 116, 114, 111, 107, 103, 100, 100,
    ],
  },
];

/** The row for a settlement year: its own, else the nearest one (`exact` tells which). */
export function coefficientTableFor(settlementYear: number): { table: CoefficientTable; exact: boolean } {
  const exact = COEFFICIENT_TABLES.find((t) => t.settlementYear === settlementYear);
  if (exact) return { table: exact, exact: true };
  const first = COEFFICIENT_TABLES[0]!;
  const last = COEFFICIENT_TABLES[COEFFICIENT_TABLES.length - 1]!;
  return { table: settlementYear < first.settlementYear ? first : last, exact: false };
}

/**
 * The coefficient × 100 of a contribution year in a table, or undefined when the table has no value for it
 * (a year after the table's last one; the caller uses 1.00 and marks the result provisional, estimates.md §4).
 */
export function coefficientHundredths(table: CoefficientTable, contributionYear: number): number | undefined {
  const i = Math.max(0, contributionYear - COEFFICIENT_FIRST_YEAR + 1);
  return table.hundredths[i];
}
