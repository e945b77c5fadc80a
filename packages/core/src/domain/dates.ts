/** Calendar-date helpers shared by validators, formats and the card QR. Dates are plain `YYYY-MM-DD`. */

/** A `today` option: an ISO date or a Date (read in local time, as the user sees the calendar). */
export type TodayInput = string | Date;

/** Whether year/month/day form a real calendar date (29/02 only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date typed or scanned in any of the shapes users meet: `YYYY-MM-DD`, `DD/MM/YYYY`
 * (also `-` or `.` separators, 1-digit day/month), `YYYYMMDD` (XML 130) or `DDMMYYYY` (CCCD QR).
 * Returns the ISO date, or undefined when the text is not a real date.
 */
export function parseDateInput(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)))
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{8})$/.exec(t))) {
    // 8 digits are ambiguous; yyyymmdd wins when it starts with a plausible year (19xx/20xx).
    const s = m[1]!;
    const asYmd = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))] as const;
    const asDmy = [Number(s.slice(4, 8)), Number(s.slice(2, 4)), Number(s.slice(0, 2))] as const;
    [y, mo, d] = /^(19|20)/.test(s) && isRealDate(...asYmd) ? asYmd : asDmy;
  } else return undefined;
  return isRealDate(y, mo, d) ? iso(y, mo, d) : undefined;
}

/** Today's ISO date from an option, defaulting to the local calendar date. */
export function todayIso(today?: TodayInput): string {
  if (typeof today === 'string') return parseDateInput(today) ?? today.slice(0, 10);
  const t = today ?? new Date();
  return iso(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** Whole years from `fromIso` to `toIso` (age on a date). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
