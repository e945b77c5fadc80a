/**
 * Dated figures for voluntary BHXH (estimates.md §7). Newest row first; a new figure is one more row on top.
 */
import type { LegalRef } from '../legal.js';

export interface PovertyLineRow {
  /** First day the figure applies (`YYYY-MM-DD`). */
  from: string;
  /** Rural poverty line, đồng per month: the lowest income one may choose. */
  amount: number;
  /**
   * Last day the figure is known to apply. After it the figure is only carried forward and an estimate says so
   * (a new poverty line from 2027 is [open] in estimates.md).
   */
  confirmedUntil: string;
  source: LegalRef;
}

export const POVERTY_LINE_TABLE: readonly PovertyLineRow[] = [
  { from: '2022-01-01', amount: 1_500_000, confirmedUntil: '2026-12-31', source: { document: 'decree_07_2021' } },
];

export type VoluntarySupportGroup = 'poor' | 'island_commune' | 'near_poor' | 'ethnic_minority' | 'other';

export interface VoluntarySupportRow {
  from: string;
  /** Share of 22% × the rural poverty line the State pays, percent (the highest applicable rate only). */
  percent: Readonly<Record<VoluntarySupportGroup, number>>;
  /** Months of support in a lifetime. */
  maxMonths: number;
  source: LegalRef;
}

export const VOLUNTARY_SUPPORT_TABLE: readonly VoluntarySupportRow[] = [
  {
    from: '2025-07-01',
    percent: { poor: 50, island_commune: 50, near_poor: 40, ethnic_minority: 30, other: 20 },
    maxMonths: 120,
    source: { document: 'decree_159_2025', article: 5 },
  },
];

/** Voluntary BHXH rate into the retirement and survivors' fund, percent (Law 41/2024 Art. 32.2, 36.1). */
export const VOLUNTARY_RATE_PERCENT = 22;
/** The highest income one may choose, as a multiple of the reference level (Art. 31.2). */
export const VOLUNTARY_MAX_MULTIPLE = 20;

/** The row of a dated table in force on an ISO date, or undefined before its first row. */
export function rowOn<T extends { from: string }>(table: readonly T[], isoDate: string): T | undefined {
  // ISO dates compare as strings; rows are newest first
  return table.find((r) => isoDate >= r.from);
}
