/**
 * What the participation history says once its rows are added up: totals per insurance type, gaps, overlapping
 * employers, unpaid months, arrears and the legal milestones (domain.md §7). Pure functions, no DOM.
 */
import type { Arrear, InsuranceType, ParticipationHistory, ParticipationPeriod } from '../schemas/participation.js';
import { addMonthsTo, monthFromIndex, monthIndex } from './months.js';

/** How the app names each type (the same in both languages: they are the funds' acronyms). */
export const insuranceTypeLabels: Readonly<Record<InsuranceType, string>> = {
  BHXH: 'BHXH',
  BHYT: 'BHYT',
  BHTN: 'BHTN',
  BHTNLD_BNN: 'BHTNLĐ-BNN',
};

/** The tab order of the app: BHXH, BHYT, BHTN, BHTNLĐ-BNN. */
export const insuranceTypeOrder: readonly InsuranceType[] = ['BHXH', 'BHYT', 'BHTN', 'BHTNLD_BNN'];

export interface TypeTotals {
  type: InsuranceType;
  /** Sum of the rows' months: "Tổng thời gian tham gia" as the app states it. */
  months: number;
  /** Sum of the rows' unpaid months: "Tổng thời gian chưa đóng". */
  unpaidMonths: number;
  periods: number;
}

/** Totals per type, every type present (zero when it has no row). */
export function participationTotals(periods: readonly ParticipationPeriod[]): Record<InsuranceType, TypeTotals> {
  const out = {} as Record<InsuranceType, TypeTotals>;
  for (const type of insuranceTypeOrder) out[type] = { type, months: 0, unpaidMonths: 0, periods: 0 };
  for (const p of periods) {
    const t = out[p.insuranceType];
    t.months += p.months;
    t.unpaidMonths += p.unpaidMonths;
    t.periods++;
  }
  return out;
}

/** A stretch of months with no row of a type, between two covered stretches. */
export interface Gap {
  fromMonth: string;
  toMonth: string;
  months: number;
}

/** Rows of one type, newest first (latest start, then latest end), the order the app lists them. */
export function periodsOfType(periods: readonly ParticipationPeriod[], type: InsuranceType): ParticipationPeriod[] {
  return periods
    .filter((p) => p.insuranceType === type)
    .sort((a, b) => monthIndex(b.fromMonth) - monthIndex(a.fromMonth) || monthIndex(b.toMonth) - monthIndex(a.toMonth));
}

/** Gaps between covered months of a type, newest first. Months before the first row are not a gap. */
export function findGaps(periods: readonly ParticipationPeriod[], type: InsuranceType): Gap[] {
  // Merge the rows into covered stretches (oldest first); the holes between stretches are the gaps.
  const rows = periodsOfType(periods, type).reverse();
  const gaps: Gap[] = [];
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const p of rows) {
    const from = monthIndex(p.fromMonth);
    if (Number.isFinite(coveredTo) && from > coveredTo + 1) {
      gaps.push({
        fromMonth: monthFromIndex(coveredTo + 1),
        toMonth: monthFromIndex(from - 1),
        months: from - coveredTo - 1,
      });
    }
    coveredTo = Math.max(coveredTo, monthIndex(p.toMonth));
  }
  return gaps.reverse();
}

/** Two rows of the same type that cover the same months (two employers declaring one person at once). */
export interface Overlap {
  type: InsuranceType;
  /** Ids of the two rows, older start first. */
  ids: [string, string];
  employers: [string, string];
  fromMonth: string;
  toMonth: string;
  months: number;
}

/** Every pair of rows of a type whose months intersect, by a sweep over start months. */
export function findOverlaps(periods: readonly ParticipationPeriod[], type?: InsuranceType): Overlap[] {
  const out: Overlap[] = [];
  for (const t of type ? [type] : insuranceTypeOrder) {
    const rows = periodsOfType(periods, t).reverse(); // oldest start first
    const active: ParticipationPeriod[] = [];
    for (const row of rows) {
      const start = monthIndex(row.fromMonth);
      // Rows that ended before this one starts can no longer overlap anything later.
      for (let i = active.length - 1; i >= 0; i--) if (monthIndex(active[i]!.toMonth) < start) active.splice(i, 1);
      for (const a of active) {
        const to = Math.min(monthIndex(a.toMonth), monthIndex(row.toMonth));
        out.push({
          type: t,
          ids: [a.id, row.id],
          employers: [a.employerName, row.employerName],
          fromMonth: row.fromMonth,
          toMonth: monthFromIndex(to),
          months: to - start + 1,
        });
      }
      active.push(row);
    }
  }
  return out;
}

/** One entry of a type's timeline: a year header, a row, or a gap between rows. */
export type TimelineItem =
  | { kind: 'year'; key: string; year: number; months: number }
  | { kind: 'period'; key: string; period: ParticipationPeriod; overlapping: boolean }
  | { kind: 'gap'; key: string; gap: Gap };

/**
 * The rows of a type as the timeline shows them: newest first, grouped under the year they start in, with
 * a gap entry wherever months are missing. Each item has a stable `key` for keyed rendering.
 */
export function buildTimeline(periods: readonly ParticipationPeriod[], type: InsuranceType): TimelineItem[] {
  const rows = periodsOfType(periods, type);
  const overlapping = new Set(findOverlaps(rows, type).flatMap((o) => o.ids));
  const monthsPerYear = new Map<number, number>();
  for (const p of rows) {
    const y = Number(p.fromMonth.slice(0, 4));
    monthsPerYear.set(y, (monthsPerYear.get(y) ?? 0) + p.months);
  }
  const gaps = findGaps(rows, type);
  const items: TimelineItem[] = [];
  let year: number | undefined;
  let g = 0;
  for (const p of rows) {
    // No row straddles a gap, so a gap goes right before the first row that starts before it.
    while (g < gaps.length && p.fromMonth < gaps[g]!.fromMonth) {
      const gap = gaps[g++]!;
      items.push({ kind: 'gap', key: `gap-${gap.fromMonth}`, gap });
    }
    const y = Number(p.fromMonth.slice(0, 4));
    if (y !== year) {
      year = y;
      items.push({ kind: 'year', key: `year-${y}`, year: y, months: monthsPerYear.get(y) ?? 0 });
    }
    items.push({ kind: 'period', key: `period-${p.id}`, period: p, overlapping: overlapping.has(p.id) });
  }
  return items;
}

/** Unpaid months of one row. The unpaid months are taken to be the row's last ones (arrears are recent). */
export interface UnpaidStretch {
  type: InsuranceType;
  periodId: string;
  employerCode: string;
  employerName: string;
  fromMonth: string;
  toMonth: string;
  months: number;
}

/** The detail behind "Tổng thời gian chưa đóng": each row with unpaid months, newest first. */
export function unpaidStretches(periods: readonly ParticipationPeriod[], type?: InsuranceType): UnpaidStretch[] {
  const out: UnpaidStretch[] = [];
  for (const t of type ? [type] : insuranceTypeOrder) {
    for (const p of periodsOfType(periods, t)) {
      if (p.unpaidMonths <= 0) continue;
      const months = Math.min(p.unpaidMonths, p.months);
      out.push({
        type: t,
        periodId: p.id,
        employerCode: p.employerCode,
        employerName: p.employerName,
        fromMonth: addMonthsTo(p.toMonth, -months + 1),
        toMonth: p.toMonth,
        months,
      });
    }
  }
  return out;
}

/** An arrears notice with its length and the sum of the funds. */
export interface ArrearSummary extends Arrear {
  months: number;
  total: number;
}

/** The red notices, newest first, each with months and total; plus the grand total owed. */
export function summarizeArrears(history: Pick<ParticipationHistory, 'arrears'>): {
  items: ArrearSummary[];
  total: number;
} {
  const items = history.arrears
    .map((a) => ({
      ...a,
      months: Math.max(0, monthIndex(a.toMonth) - monthIndex(a.fromMonth) + 1),
      total: a.amounts.bhxh + a.amounts.bhyt + a.amounts.bhtn,
    }))
    .sort((a, b) => monthIndex(b.fromMonth) - monthIndex(a.fromMonth));
  return { items, total: items.reduce((s, a) => s + a.total, 0) };
}

export type MilestoneId = 'pension' | 'unemployment' | 'bhyt_five_years';

export interface Milestone {
  id: MilestoneId;
  /** Months needed. */
  target: number;
  /** Months that count, capped at nothing (may exceed the target). */
  achieved: number;
  /** Months still missing (0 when reached). */
  remaining: number;
  reached: boolean;
  /** achieved / target, capped at 1, for a progress bar. */
  fraction: number;
  /** The window the months were counted in (unemployment: 24 months; BHYT: the current streak). */
  fromMonth?: string;
  toMonth?: string;
}

/** Paid months of a type as a set of month indices (overlapping rows count once). */
function paidMonths(periods: readonly ParticipationPeriod[], type: InsuranceType): Set<number> {
  const set = new Set<number>();
  for (const p of periods) {
    if (p.insuranceType !== type) continue;
    const from = monthIndex(p.fromMonth);
    const to = monthIndex(p.toMonth) - Math.min(p.unpaidMonths, p.months);
    for (let m = from; m <= to; m++) set.add(m);
  }
  return set;
}

function milestone(
  id: MilestoneId,
  target: number,
  achieved: number,
  window?: { fromMonth: string; toMonth: string },
): Milestone {
  return {
    id,
    target,
    achieved,
    remaining: Math.max(0, target - achieved),
    reached: achieved >= target,
    fraction: target ? Math.min(1, achieved / target) : 1,
    ...window,
  };
}

export interface MilestoneOptions {
  /** Longest interruption (months) that keeps BHYT "continuous" (default 3, ❓ our reading). */
  maxBhytGapMonths?: number;
}

/**
 * The three milestones a citizen asks about (domain.md §7), counted on paid, distinct months:
 * - pension: 15 years (180 months) of BHXH (Luật BHXH 41/2024/QH15);
 * - unemployment benefit: 12 months of BHTN within the 24 months up to the latest BHTN month (❓ 12-in-24);
 * - BHYT five continuous years: the streak ending at the latest BHYT month; interruptions of at most
 *   `maxBhytGapMonths` keep it going but their months do not count.
 */
export function participationMilestones(
  periods: readonly ParticipationPeriod[],
  opts: MilestoneOptions = {},
): Milestone[] {
  const bhxh = paidMonths(periods, 'BHXH');
  const pension = milestone('pension', 180, bhxh.size);

  const bhtn = paidMonths(periods, 'BHTN');
  let unemployment = milestone('unemployment', 12, 0);
  if (bhtn.size) {
    const end = Math.max(...bhtn);
    let n = 0;
    for (let m = end - 23; m <= end; m++) if (bhtn.has(m)) n++;
    unemployment = milestone('unemployment', 12, n, {
      fromMonth: monthFromIndex(end - 23),
      toMonth: monthFromIndex(end),
    });
  }

  const bhyt = paidMonths(periods, 'BHYT');
  let five = milestone('bhyt_five_years', 60, 0);
  if (bhyt.size) {
    const maxGap = opts.maxBhytGapMonths ?? 3;
    const end = Math.max(...bhyt);
    let m = end;
    let streak = 0;
    let start = end;
    let gap = 0;
    // Walk back from the latest month while interruptions stay short.
    while (gap <= maxGap && m >= end - 12 * 200) {
      if (bhyt.has(m)) {
        streak++;
        start = m;
        gap = 0;
      } else gap++;
      m--;
    }
    five = milestone('bhyt_five_years', 60, streak, { fromMonth: monthFromIndex(start), toMonth: monthFromIndex(end) });
  }
  return [pension, unemployment, five];
}
