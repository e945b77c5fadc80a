/** Household health insurance (BHYT hộ gia đình): what a household pays (estimates.md §6). */
import * as z from 'zod/mini';
import { BASE_SALARY_HISTORY, HOUSEHOLD_BHYT_RATE, HOUSEHOLD_BHYT_SCALE, baseSalaryOn } from '../domain/money.js';
import { InputReader, readDate } from './input.js';
import { legalDocuments, provisions, type LegalDocumentId, type LegalRef } from './legal.js';
import { roundHalfUp } from './rules.js';
import { fail, ok, type EstimateResult } from './types.js';

export type HouseholdPeriodMonths = 3 | 6 | 12;
export const HOUSEHOLD_PERIODS: readonly HouseholdPeriodMonths[] = [3, 6, 12];
/** A generous bound: the law has none, but a number above it is a typing slip. */
export const HOUSEHOLD_MAX_MEMBERS = 30;

export interface HouseholdOptions {
  /** Paid every 3, 6 or 12 months by the household's representative. */
  periodMonths: HouseholdPeriodMonths;
  /** The day the period starts (`YYYY-MM-DD`), which picks the lương cơ sở; default today. */
  onDate?: string;
}

export interface HouseholdMemberPremium {
  /** 1 for the first member, 2 for the second… */
  position: number;
  /** Đồng per month. */
  monthly: number;
  /** Đồng for the whole period. */
  forPeriod: number;
}

export interface HouseholdPremium {
  members: HouseholdMemberPremium[];
  monthlyTotal: number;
  /** For the whole period. */
  total: number;
  periodMonths: HouseholdPeriodMonths;
  /** The lương cơ sở used, đồng, and the day it applies from. */
  baseSalary: number;
  baseSalaryFrom: string;
  articles: LegalRef[];
}

/** The document that set a lương cơ sở row, when the table names it. */
export function baseSalarySource(isoDate: string): LegalRef | undefined {
  const row = BASE_SALARY_HISTORY.find((h) => isoDate >= h.from);
  const id = (Object.keys(legalDocuments) as LegalDocumentId[]).find((k) => legalDocuments[k].number === row?.decree);
  return id ? { document: id } : undefined;
}

/** The first day the base-salary table covers. */
export const BASE_SALARY_TABLE_FROM = BASE_SALARY_HISTORY[BASE_SALARY_HISTORY.length - 1]!.from;

/**
 * The household BHYT premium: the first member 4.5% of lương cơ sở a month, the 2nd, 3rd and 4th 70%, 60%,
 * 50% of the first's, the 5th and later 40%; lương cơ sở from the dated table on `onDate`, kept for the whole
 * period (a later rise is not charged back).
 * @param members how many members of the household join (1 or more).
 * @example householdBhytPremium(2, { periodMonths: 12, onDate: '2026-07-01' }) // monthly 113,850 + 79,695
 */
export function householdBhytPremium(members: number, options: HouseholdOptions): EstimateResult<HouseholdPremium> {
  const r = new InputReader();
  const count = r.parse(
    z.number().check(z.int(), z.minimum(1), z.maximum(HOUSEHOLD_MAX_MEMBERS)),
    members,
    'members',
    'members_invalid',
    {
      min: 1,
      max: HOUSEHOLD_MAX_MEMBERS,
    },
  );
  const opts = r.options(options);
  const period = r.parse(z.literal([3, 6, 12]), opts.periodMonths, 'options.periodMonths', 'period_months_invalid', {
    allowed: HOUSEHOLD_PERIODS.join(', '),
  });
  const onDate = readDate(r, opts.onDate, 'options.onDate');
  if (onDate !== undefined && r.ok && onDate < BASE_SALARY_TABLE_FROM)
    r.add('date_out_of_range', 'options.onDate', { from: BASE_SALARY_TABLE_FROM });
  if (count === undefined || period === undefined || onDate === undefined || !r.ok) return fail(r.issues);

  const baseSalary = baseSalaryOn(onDate);
  // 4.5% in thousandths and the members' shares in tenths keep every figure exact until the one rounding
  const rate = BigInt(Math.round(HOUSEHOLD_BHYT_RATE * 1000));
  const list: HouseholdMemberPremium[] = [];
  let monthlyTotal = 0;
  let total = 0;
  for (let position = 1; position <= count; position++) {
    const share = BigInt(Math.round(HOUSEHOLD_BHYT_SCALE[Math.min(position, HOUSEHOLD_BHYT_SCALE.length) - 1]! * 10));
    const num = BigInt(baseSalary) * rate * share;
    const monthly = roundHalfUp(num, 10_000n);
    const forPeriod = roundHalfUp(num * BigInt(period), 10_000n);
    list.push({ position, monthly, forPeriod });
    monthlyTotal += monthly;
    total += forPeriod;
  }
  const source = baseSalarySource(onDate);
  return ok({
    members: list,
    monthlyTotal,
    total,
    periodMonths: period,
    baseSalary,
    baseSalaryFrom: BASE_SALARY_HISTORY.find((h) => onDate >= h.from)!.from,
    articles: source ? [provisions.householdPayment, source] : [provisions.householdPayment],
  });
}
