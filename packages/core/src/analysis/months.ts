/** Month arithmetic on `YYYY-MM` strings, as whole-month indices (year × 12 + month − 1). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2024-03` → 24291; NaN for anything that is not a month. */
export function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : Number.NaN;
}

/** Inverse of {@link monthIndex}: 24291 → `2024-03`. */
export function monthFromIndex(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** `2024-11` + 3 → `2025-02`. */
export function addMonthsTo(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n);
}

/** The current month (`YYYY-MM`) in the local calendar, or of a given date. */
export function currentMonth(today: Date | string = new Date()): string {
  if (typeof today === 'string') return today.slice(0, 7);
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}
