/**
 * The contribution months an estimate counts, read from the participation history: BHXH rows only, paid
 * months only (a row's unpaid months are its last ones, as in `unpaidStretches`), each month once even when
 * two employers declared it (their bases add up), nothing after the month of the estimate.
 */
import { monthIndex } from '../analysis/months.js';
import type { ParticipationHistory } from '../schemas/participation.js';
import { COEFFICIENT_FIRST_YEAR, coefficientHundredths, type CoefficientTable } from './tables/coefficients.js';
import { centi } from './rules.js';

export interface CountedMonth {
  /** Month index (year × 12 + month − 1). */
  index: number;
  /** Contribution base (or chosen voluntary income), hundredths of a đồng. */
  base: bigint;
  voluntary: boolean;
}

export interface ContributionRecord {
  /** Paid BHXH months up to the cut-off, oldest first, each month once. */
  months: CountedMonth[];
  /** BHXH months not paid yet (up to the cut-off): they count once paid. */
  unpaidMonths: number;
  /** Months declared by more than one row (counted once). */
  overlapMonths: number;
  /** Paid months after the cut-off, left out. */
  monthsAfterCutoff: number;
  /** First month of any BHXH row, paid or not: when the person joined. */
  joinedMonth: number | undefined;
}

/** Reads the BHXH months of a history up to and including month index `cutoff`. */
export function contributionRecord(history: ParticipationHistory, cutoff: number): ContributionRecord {
  const byMonth = new Map<number, CountedMonth>();
  let unpaidMonths = 0;
  let overlapMonths = 0;
  let monthsAfterCutoff = 0;
  let joinedMonth: number | undefined;
  for (const p of history.periods) {
    if (p.insuranceType !== 'BHXH') continue;
    const from = monthIndex(p.fromMonth);
    const to = monthIndex(p.toMonth);
    joinedMonth = joinedMonth === undefined ? from : Math.min(joinedMonth, from);
    const paidTo = to - Math.min(p.unpaidMonths, to - from + 1);
    unpaidMonths += Math.max(0, Math.min(to, cutoff) - Math.max(paidTo + 1, from) + 1);
    const base = centi(p.salaryBase);
    for (let m = from; m <= paidTo; m++) {
      if (m > cutoff) {
        monthsAfterCutoff++;
        continue;
      }
      const seen = byMonth.get(m);
      if (seen) {
        overlapMonths++;
        seen.base += base;
        // a month with any mandatory row is a mandatory month
        seen.voluntary &&= p.voluntary;
      } else byMonth.set(m, { index: m, base, voluntary: p.voluntary });
    }
  }
  const months = [...byMonth.values()].sort((a, b) => a.index - b.index);
  return { months, unpaidMonths, overlapMonths, monthsAfterCutoff, joinedMonth };
}

export interface AdjustedSum {
  /** Σ base × coefficient, in hundredths of a đồng × hundredths of the coefficient. */
  sum: bigint;
  /** First contribution year the table had no value for (counted at 1.00), if any. */
  missingFromYear: number | undefined;
}

/** Sum of the months' bases, each multiplied by its year's coefficient in the table. */
export function adjustedSum(months: readonly CountedMonth[], table: CoefficientTable): AdjustedSum {
  let sum = 0n;
  let missingFromYear: number | undefined;
  // one lookup per year: months come oldest first
  let year = Number.NaN;
  let coef = 100n;
  for (const m of months) {
    const y = Math.floor(m.index / 12);
    if (y !== year) {
      year = y;
      const h = coefficientHundredths(table, Math.max(y, COEFFICIENT_FIRST_YEAR - 1));
      if (h === undefined && (missingFromYear === undefined || y < missingFromYear)) missingFromYear = y;
      coef = BigInt(h ?? 100);
    }
    sum += m.base * coef;
  }
  return { sum, missingFromYear };
}
