/** The monthly pension a participation history implies (estimates.md §1). */
import * as z from 'zod/mini';
import { currentMonth, monthFromIndex, monthIndex } from '../analysis/months.js';
import { baseSalaryOn } from '../domain/money.js';
import type { Sex } from '../schemas/common.js';
import type { ParticipationHistory } from '../schemas/participation.js';
import type { IssueParams } from '../validators/types.js';
import {
  InputReader,
  readHistory,
  readMonth,
  readPerson,
  settlementYearSchema,
  wholeMonthsSchema,
  type EstimatePerson,
} from './input.js';
import { provisions, uniqueRefs, type LegalRef } from './legal.js';
import { retirementAgeOf, type RetirementAge } from './retirement.js';
import { adjustedSum, contributionRecord, type ContributionRecord, type CountedMonth } from './record.js';
import {
  MAX_RATE_PERCENT,
  PENSION_MIN_MONTHS,
  exact,
  halfYears,
  less,
  longCareerThresholdHalfYears,
  rateHalfPercent,
  scale,
  whole,
  type Exact,
} from './rules.js';
import { coefficientTableFor } from './tables/coefficients.js';
import { assumption, fail, ok, type EstimateAssumption, type EstimateResult } from './types.js';

/** Whose pay scale the salaries follow (Art. 72): employer-set (the whole career) or the State's. */
export type SalaryScale = 'employer' | 'state';

export interface PensionOptions {
  /** Year whose coefficient table applies; default the year of `asOfMonth`. */
  settlementYear?: number;
  /** The month the estimate is made in (`YYYY-MM`); default the current month. Later rows are ignored. */
  asOfMonth?: string;
  /** Salary of the future months, đồng; default the base of the latest counted month. */
  futureMonthlySalary?: number;
  /** Months still to be contributed, from the month after the record (at the earliest `asOfMonth`); default 0. */
  futureMonths?: number;
  /** Default 'employer' (private sector, estimates.md §1). */
  salaryScale?: SalaryScale;
}

/** Why the estimate came out as it did; `blocking` reasons are why there is no pension. */
export type PensionReasonCode =
  /** No paid BHXH month at all (e.g. a child). Blocking. */
  | 'no_contributions'
  /** Fewer than 15 whole years (`params.months`, `params.monthsStillNeeded`). Blocking. */
  | 'under_15_years'
  /** Unpaid months left out until the employer pays them (`params.months`). */
  | 'unpaid_months_excluded'
  /** Retirement age not reached yet at `asOfMonth` (`params.reachedMonth`). */
  | 'retirement_age_ahead'
  /** Future months added (`params.months`, `params.salary`, `params.fromMonth`, `params.toMonth`). */
  | 'future_months_added'
  /** Voluntary months counted with their chosen incomes (`params.months`). */
  | 'voluntary_months_included'
  /** Months declared by two employers counted once, bases added (`params.months`). */
  | 'overlapping_months_merged'
  /** Months after `asOfMonth` in the record left out (`params.months`). */
  | 'months_after_as_of_ignored'
  /** The rate would pass 75% and is capped (`params.uncappedPercent`). */
  | 'rate_capped'
  /** Raised to the reference level (`params.referenceLevel`, Art. 141.11). */
  | 'minimum_pension_applied'
  /** Years above the 75% point earn a lump sum (`params.halfYearsAbove`, `params.halfYearsAfterAge`). */
  | 'long_career_lump_sum';

export interface PensionReason {
  code: PensionReasonCode;
  blocking: boolean;
  params?: IssueParams;
}

export interface PensionEstimate {
  /** 15 whole years or more: a monthly pension from `pensionStartMonth` (an estimate, "ước tính"). */
  eligible: boolean;
  reasons: PensionReason[];
  /** Months counted: paid BHXH months of the record plus `futureMonths`. */
  contributionMonths: number;
  /** Of which from the record, and assumed ahead. */
  recordedMonths: number;
  futureMonths: number;
  /** Of which voluntary. */
  voluntaryMonths: number;
  /** Unpaid months left out. */
  unpaidMonths: number;
  /** Whole years, as eligibility counts them. */
  wholeYears: number;
  /** Years for the rate and lump sums, odd months rounded to ½ or 1 (Art. 5.6): 20.5. */
  countedYears: number;
  /** 40–75, in steps of 0.5; null without a pension. */
  ratePercent: number | null;
  /** Average adjusted monthly salary, đồng; null without a counted month. */
  averageSalary: number | null;
  /** Đồng per month; null when not eligible. */
  monthlyPension: number | null;
  /** One-off payment for the years above 30 (women) or 35 (men) years, đồng; 0 when none (Art. 68). */
  longCareerLumpSum: number;
  /** Counted months after the month the retirement age was reached. */
  monthsAfterRetirementAge: number;
  retirementAge: RetirementAge;
  /** The month after the retirement age is reached, or after the last counted month if later. */
  pensionStartMonth: string;
  /** Months still needed for 15 years (0 when there). */
  monthsStillNeeded: number;
  /** The settlement year asked for and the coefficient table actually used. */
  settlementYear: number;
  coefficientYear: number;
  /** True when an assumption rests on an [open] point or an unpublished figure ("tạm tính"). */
  provisional: boolean;
  assumptions: EstimateAssumption[];
  articles: LegalRef[];
}

/** Years by the year of first joining that a State-pay-scale average covers (Art. 72); null = whole career. */
export function statePayScaleYears(joinedYear: number): number | null {
  if (joinedYear < 1995) return 5;
  if (joinedYear <= 2000) return 6;
  if (joinedYear <= 2006) return 8;
  if (joinedYear <= 2015) return 10;
  if (joinedYear <= 2019) return 15;
  if (joinedYear <= 2024) return 20;
  return null;
}

/** Inputs of {@link pensionFromRecord}, already checked. */
export interface PensionInput {
  sex: Sex;
  birthMonth: number;
  asOf: number;
  settlementYear: number;
  record: ContributionRecord;
  future: { months: number; salary: number } | undefined;
  salaryScale: SalaryScale;
}

const LAW_1_JULY_2025 = monthIndex('2025-07');

/** The pension estimate from a record already read (shared with the withdrawal estimate). */
export function pensionFromRecord(input: PensionInput): PensionEstimate {
  const { sex, record, asOf } = input;
  const reasons: PensionReason[] = [];
  const reason = (code: PensionReasonCode, params?: IssueParams, blocking = false) =>
    reasons.push(params ? { code, blocking, params } : { code, blocking });
  const assumptions: EstimateAssumption[] = [assumption('normal_conditions_only', false)];
  const articles: LegalRef[] = [
    provisions.pensionConditions,
    provisions.pensionRate,
    provisions.yearsRounding,
    provisions.retirementAge,
    provisions.retirementRoadmap,
  ];

  // the months: the record, then the future ones right after it (at the earliest the month of the estimate)
  const months: CountedMonth[] = [...record.months];
  const last = months[months.length - 1];
  if (input.future && input.future.months > 0) {
    const start = Math.max(last ? last.index + 1 : asOf, asOf);
    const base = BigInt(Math.round(input.future.salary * 100));
    const voluntary = last?.voluntary ?? false;
    for (let i = 0; i < input.future.months; i++) months.push({ index: start + i, base, voluntary });
    reason('future_months_added', {
      months: input.future.months,
      salary: input.future.salary,
      fromMonth: monthFromIndex(start),
      toMonth: monthFromIndex(start + input.future.months - 1),
    });
    assumptions.push(
      assumption('future_contributions', false, { months: input.future.months, salary: input.future.salary }),
    );
  }
  const n = months.length;
  const voluntaryMonths = months.filter((m) => m.voluntary).length;
  const futureMonths = n - record.months.length;

  const age = retirementAgeOf(sex, input.birthMonth);
  const reached = monthIndex(age.reachedMonth);
  const lastIndex = months[n - 1]?.index;
  const start = Math.max(reached + 1, lastIndex === undefined ? -Infinity : lastIndex + 1);
  if (reached >= asOf) reason('retirement_age_ahead', { reachedMonth: age.reachedMonth });

  if (!n) reason('no_contributions', undefined, true);
  else if (n < PENSION_MIN_MONTHS)
    reason('under_15_years', { months: n, monthsStillNeeded: PENSION_MIN_MONTHS - n }, true);
  if (record.unpaidMonths) reason('unpaid_months_excluded', { months: record.unpaidMonths });
  if (voluntaryMonths) {
    reason('voluntary_months_included', { months: voluntaryMonths });
    articles.push(provisions.voluntaryPension, provisions.voluntaryRate, provisions.voluntaryAverage);
  }
  if (record.overlapMonths) reason('overlapping_months_merged', { months: record.overlapMonths });
  if (record.monthsAfterCutoff) reason('months_after_as_of_ignored', { months: record.monthsAfterCutoff });

  // the average: employer-set salaries over the whole career; State pay scale over the last N years
  let averaged = months;
  if (input.salaryScale === 'state' && record.joinedMonth !== undefined) {
    const years = statePayScaleYears(Math.floor(record.joinedMonth / 12));
    if (years !== null) averaged = months.slice(-years * 12);
    assumptions.push(assumption('state_pay_scale_approximated', true, { years: years ?? 0 }));
  } else assumptions.push(assumption('employer_set_salaries', false));
  const { table, exact: tableExact } = coefficientTableFor(input.settlementYear);
  if (!tableExact) {
    assumptions.push(
      assumption('coefficients_table_substituted', true, {
        requestedYear: input.settlementYear,
        tableYear: table.settlementYear,
      }),
    );
  }
  articles.push(provisions.averageSalary, provisions.averageSalaryAdjusted, table.source);
  let average: Exact | undefined;
  if (averaged.length) {
    const sum = adjustedSum(averaged, table);
    if (sum.missingFromYear !== undefined)
      assumptions.push(assumption('coefficient_missing', true, { fromYear: sum.missingFromYear }));
    // hundredths of a đồng × hundredths of a coefficient, per month
    average = exact(sum.sum, 10_000n * BigInt(averaged.length));
  }

  const eligible = n >= PENSION_MIN_MONTHS;
  const h = halfYears(n);
  const rateHalf = rateHalfPercent(sex, n);
  let monthlyPension: number | null = null;
  let longCareerLumpSum = 0;
  const monthsAfterRetirementAge = months.filter((m) => m.index > reached).length;
  if (eligible && average && rateHalf !== undefined) {
    const uncapped = sex === 'female' ? 15 + h : h >= 40 ? 5 + h : 40 + (h - 30) / 2;
    if (uncapped > MAX_RATE_PERCENT) reason('rate_capped', { uncappedPercent: uncapped });
    let pension = scale(average, BigInt(rateHalf), 200n);
    // Art. 141.11: joined before 1 July 2025 with 20 mandatory years → not below the reference level
    const mandatory = n - voluntaryMonths;
    if (record.joinedMonth !== undefined && record.joinedMonth < LAW_1_JULY_2025 && mandatory >= 240) {
      const referenceLevel = baseSalaryOn(`${monthFromIndex(Math.max(start, asOf))}-01`);
      const floor = exact(BigInt(referenceLevel), 1n);
      if (less(pension, floor)) {
        pension = floor;
        reason('minimum_pension_applied', { referenceLevel });
        articles.push(provisions.minimumPension, provisions.referenceLevel);
      }
    }
    monthlyPension = whole(pension);
    // Art. 68: each half year above the 75% point is 0.25 × the average, or 1 × when after retirement age
    const above = h - longCareerThresholdHalfYears(sex);
    if (above > 0) {
      const afterAge = Math.min(above, halfYears(monthsAfterRetirementAge));
      longCareerLumpSum = whole(scale(average, BigInt(above - afterAge + 4 * afterAge), 4n));
      reason('long_career_lump_sum', { halfYearsAbove: above, halfYearsAfterAge: afterAge });
      articles.push(provisions.longCareer);
    }
  }
  if (start > asOf)
    assumptions.push(assumption('amounts_in_settlement_year_money', false, { settlementYear: input.settlementYear }));

  return {
    eligible,
    reasons,
    contributionMonths: n,
    recordedMonths: record.months.length,
    futureMonths,
    voluntaryMonths,
    unpaidMonths: record.unpaidMonths,
    wholeYears: Math.floor(n / 12),
    countedYears: h / 2,
    ratePercent: rateHalf === undefined ? null : rateHalf / 2,
    averageSalary: average ? whole(average) : null,
    monthlyPension,
    longCareerLumpSum,
    monthsAfterRetirementAge,
    retirementAge: age,
    pensionStartMonth: monthFromIndex(start),
    monthsStillNeeded: Math.max(0, PENSION_MIN_MONTHS - n),
    settlementYear: input.settlementYear,
    coefficientYear: table.settlementYear,
    provisional: assumptions.some((a) => a.provisional),
    assumptions,
    articles: uniqueRefs(articles),
  };
}

const salaryScaleSchema = z.enum(['employer', 'state']);
const positiveAmountSchema = z.number().check(z.positive());

/** Reads the person, the month of the estimate and the settlement year, common to pension and withdrawal. */
export function readCommon(
  r: InputReader,
  person: unknown,
  opts: Record<string, unknown>,
): { sex: Sex; birthMonth: number; asOf: number; settlementYear: number | undefined } | undefined {
  const p = readPerson(r, person);
  const asOf = readMonth(r, opts.asOfMonth, 'options.asOfMonth', monthIndex(currentMonth()));
  const settlementYear = r.optional(
    settlementYearSchema,
    opts.settlementYear,
    'options.settlementYear',
    'settlement_year_invalid',
  );
  if (!p || asOf === undefined) return undefined;
  if (p.birthMonth > asOf) return r.add('date_of_birth_future', 'person.dateOfBirth');
  return { ...p, asOf, settlementYear };
}

/**
 * Estimates the monthly pension from the citizen's own participation history, under the law in force since
 * 1 July 2025 (Law 41/2024/QH15): 15 years and the retirement age, the rate scale of Art. 66.1, the average of
 * adjusted salaries (Art. 72–73), the long-career lump sum (Art. 68) and the minimum of Art. 141.11.
 *
 * Only BHXH rows count; voluntary rows count with their chosen incomes; unpaid months count only once paid
 * (the result says how many were left out). With `futureMonths`, the months after the record are added at
 * `futureMonthlySalary` ("if I keep contributing until…"). Amounts are whole đồng, rounded half up once.
 * @example estimatePension(history, { sex: 'female', dateOfBirth: '1980-03-15' }, { asOfMonth: '2026-12' })
 */
export function estimatePension(
  history: ParticipationHistory,
  person: EstimatePerson,
  options?: PensionOptions,
): EstimateResult<PensionEstimate> {
  const r = new InputReader();
  const opts = r.options(options);
  const h = readHistory(r, history);
  const common = readCommon(r, person, opts);
  const futureMonths =
    r.optional(wholeMonthsSchema, opts.futureMonths, 'options.futureMonths', 'months_invalid', { min: 0, max: 1200 }) ??
    0;
  const futureSalary = r.optional(
    positiveAmountSchema,
    opts.futureMonthlySalary,
    'options.futureMonthlySalary',
    'amount_invalid',
  );
  const salaryScale =
    r.optional(salaryScaleSchema, opts.salaryScale, 'options.salaryScale', 'options_invalid') ?? 'employer';
  if (!h || !common || !r.ok) return fail(r.issues);
  const record = contributionRecord(h, common.asOf);
  let future: PensionInput['future'];
  if (futureMonths > 0) {
    const lastBase = record.months[record.months.length - 1]?.base;
    const salary = futureSalary ?? (lastBase === undefined ? undefined : Number(lastBase) / 100);
    if (salary === undefined || salary <= 0)
      return fail([{ code: 'future_salary_required', field: 'options.futureMonthlySalary' }]);
    future = { months: futureMonths, salary };
  }
  return ok(
    pensionFromRecord({
      sex: common.sex,
      birthMonth: common.birthMonth,
      asOf: common.asOf,
      settlementYear: common.settlementYear ?? Math.floor(common.asOf / 12),
      record,
      future,
      salaryScale,
    }),
  );
}
