/** Voluntary BHXH (BHXH tự nguyện): what a chosen income costs after the State's support (estimates.md §7). */
import * as z from 'zod/mini';
import { baseSalaryOn } from '../domain/money.js';
import { baseSalarySource } from './household.js';
import { InputReader, amountSchema, readDate } from './input.js';
import { provisions, type LegalRef } from './legal.js';
import { roundHalfUp } from './rules.js';
import {
  POVERTY_LINE_TABLE,
  VOLUNTARY_MAX_MULTIPLE,
  VOLUNTARY_RATE_PERCENT,
  VOLUNTARY_SUPPORT_TABLE,
  rowOn,
  type VoluntarySupportGroup,
} from './tables/voluntary.js';
import { assumption, fail, ok, type EstimateAssumption, type EstimateResult } from './types.js';

export type VoluntaryPeriodMonths = 1 | 3 | 6 | 12;
export const VOLUNTARY_PERIODS: readonly VoluntaryPeriodMonths[] = [1, 3, 6, 12];
export const voluntarySupportGroups: readonly VoluntarySupportGroup[] = [
  'poor',
  'island_commune',
  'near_poor',
  'ethnic_minority',
  'other',
];

export interface VoluntaryOptions {
  /** The support group; only the highest applicable rate is paid, so pass that one. */
  group: VoluntarySupportGroup;
  /** Monthly, or every 3, 6 or 12 months (Art. 36.2; prepaying years ahead at a discount is not modelled). */
  periodMonths: VoluntaryPeriodMonths;
  /** The day the period starts (`YYYY-MM-DD`); default today. */
  onDate?: string;
  /** A rural poverty line to use instead of the table's (the line after 2026 is [open]). */
  povertyLine?: number;
  /** Months of State support already received (support stops at 120 months); default 0. */
  supportMonthsUsed?: number;
}

export interface VoluntaryContribution {
  /** 22% of the income for the period, đồng. */
  gross: number;
  /** The State's support for the period, đồng. */
  stateSupport: number;
  /** What the citizen pays for the period, đồng. */
  payable: number;
  /** Incomes one may choose on `onDate`: the rural poverty line to 20 × the reference level, đồng per month. */
  incomeRange: { min: number; max: number };
  periodMonths: VoluntaryPeriodMonths;
  /** Support per supported month, đồng, and how many months of the period get it. */
  supportPerMonth: number;
  supportedMonths: number;
  supportPercent: number;
  povertyLine: number;
  referenceLevel: number;
  provisional: boolean;
  assumptions: EstimateAssumption[];
  articles: LegalRef[];
}

/** The first day the support table covers (the law of 1 July 2025). */
export const VOLUNTARY_TABLE_FROM = VOLUNTARY_SUPPORT_TABLE[VOLUNTARY_SUPPORT_TABLE.length - 1]!.from;

/**
 * Voluntary BHXH for a chosen monthly income: 22% of it (Art. 32.2, 36.1), less the State's support — a share
 * of 22% × the rural poverty line by group, for at most 120 months (Decree 159/2025 Art. 5). An income outside
 * the legal range (poverty line to 20 × the reference level, Art. 31.2) is refused with
 * `income_below_minimum` / `income_above_maximum`, both carrying the range.
 * @example voluntaryContribution(1_500_000, { group: 'other', periodMonths: 1, onDate: '2026-08-01' })
 *   // { gross: 330000, stateSupport: 66000, payable: 264000, incomeRange: { min: 1500000, max: 50600000 }, … }
 */
export function voluntaryContribution(
  monthlyIncome: number,
  options: VoluntaryOptions,
): EstimateResult<VoluntaryContribution> {
  const r = new InputReader();
  const income = r.parse(amountSchema, monthlyIncome, 'monthlyIncome', 'amount_invalid');
  const opts = r.options(options);
  const group = r.parse(
    z.enum(['poor', 'island_commune', 'near_poor', 'ethnic_minority', 'other']),
    opts.group,
    'options.group',
    'group_invalid',
  );
  const period = r.parse(z.literal([1, 3, 6, 12]), opts.periodMonths, 'options.periodMonths', 'period_months_invalid', {
    allowed: VOLUNTARY_PERIODS.join(', '),
  });
  const onDate = readDate(r, opts.onDate, 'options.onDate');
  const givenLine = r.optional(
    z.number().check(z.positive()),
    opts.povertyLine,
    'options.povertyLine',
    'amount_invalid',
  );
  const used =
    r.optional(
      z.number().check(z.int(), z.minimum(0), z.maximum(1200)),
      opts.supportMonthsUsed,
      'options.supportMonthsUsed',
      'months_invalid',
      {
        min: 0,
        max: 1200,
      },
    ) ?? 0;
  const supportRow = onDate !== undefined && r.ok ? rowOn(VOLUNTARY_SUPPORT_TABLE, onDate) : undefined;
  const lineRow = onDate !== undefined && r.ok ? rowOn(POVERTY_LINE_TABLE, onDate) : undefined;
  if (r.ok && (!supportRow || !lineRow)) r.add('date_out_of_range', 'options.onDate', { from: VOLUNTARY_TABLE_FROM });
  if (
    income === undefined ||
    group === undefined ||
    period === undefined ||
    !supportRow ||
    !lineRow ||
    onDate === undefined ||
    !r.ok
  )
    return fail(r.issues);

  const assumptions: EstimateAssumption[] = [];
  const povertyLine = givenLine ?? lineRow.amount;
  if (givenLine !== undefined) assumptions.push(assumption('poverty_line_given', false, { amount: givenLine }));
  else if (onDate > lineRow.confirmedUntil) {
    assumptions.push(
      assumption('poverty_line_unconfirmed', true, { confirmedUntil: lineRow.confirmedUntil, amount: lineRow.amount }),
    );
  }
  const referenceLevel = baseSalaryOn(onDate);
  const incomeRange = { min: povertyLine, max: VOLUNTARY_MAX_MULTIPLE * referenceLevel };
  if (income < incomeRange.min)
    return fail([{ code: 'income_below_minimum', field: 'monthlyIncome', params: incomeRange }]);
  if (income > incomeRange.max)
    return fail([{ code: 'income_above_maximum', field: 'monthlyIncome', params: incomeRange }]);

  const percent = supportRow.percent[group];
  const supportedMonths = Math.max(0, Math.min(period, supportRow.maxMonths - used));
  // exact: income in hundredths of a đồng × 22 / 100
  const rate = BigInt(VOLUNTARY_RATE_PERCENT);
  const gross = roundHalfUp(BigInt(Math.round(income * 100)) * rate * BigInt(period), 10_000n);
  const supportNum = BigInt(Math.round(povertyLine * 100)) * rate * BigInt(percent);
  const supportPerMonth = roundHalfUp(supportNum, 1_000_000n);
  const stateSupport = roundHalfUp(supportNum * BigInt(supportedMonths), 1_000_000n);
  const source = baseSalarySource(onDate);
  const articles: LegalRef[] = [
    provisions.voluntaryContributionRate,
    provisions.voluntaryFund,
    provisions.voluntaryPayment,
    provisions.contributionBase,
    provisions.referenceLevel,
    provisions.povertyLine,
    provisions.voluntarySupport,
  ];
  if (source) articles.push(source);
  return ok({
    gross,
    stateSupport,
    payable: gross - stateSupport,
    incomeRange,
    periodMonths: period,
    supportPerMonth,
    supportedMonths,
    supportPercent: percent,
    povertyLine,
    referenceLevel,
    provisional: assumptions.some((a) => a.provisional),
    assumptions,
    articles,
  });
}
