/** The one-off withdrawal (BHXH một lần) a history allows, and what keeping the record would give instead. */
import * as z from 'zod/mini';
import { monthFromIndex, monthIndex } from '../analysis/months.js';
import type { ParticipationHistory } from '../schemas/participation.js';
import type { IssueParams } from '../validators/types.js';
import { InputReader, amountSchema, readHistory, readMonth, type EstimatePerson } from './input.js';
import { provisions, uniqueRefs, type LegalRef } from './legal.js';
import { pensionFromRecord, readCommon, type PensionEstimate } from './pension.js';
import { adjustedSum, contributionRecord } from './record.js';
import { retirementAgeOf } from './retirement.js';
import {
  PENSION_MIN_MONTHS,
  WITHDRAWAL_MAX_MONTHS,
  exact,
  halfYears,
  less,
  scale,
  whole,
  type Exact,
} from './rules.js';
import { coefficientTableFor } from './tables/coefficients.js';
import { VOLUNTARY_RATE_PERCENT } from './tables/voluntary.js';
import { assumption, fail, ok, type EstimateAssumption, type EstimateResult } from './types.js';

/** Facts outside the record that open a withdrawal at once (Art. 70.1): the caller states them. */
export type WithdrawalCircumstance = 'emigrating' | 'grave_illness' | 'reduced_capacity_81';
const circumstanceSchema = z.enum(['emigrating', 'grave_illness', 'reduced_capacity_81']);

/** Ways to a withdrawal. */
export type WithdrawalRoute =
  /** Retirement age reached with under 15 years. */
  | 'retirement_age_under_15_years'
  /** The transitional right: contributed before 1 July 2025, 12 months out of BHXH, under 20 years. */
  | 'transitional_12_months_out'
  | WithdrawalCircumstance;

export interface WithdrawalRouteOpening {
  route: WithdrawalRoute;
  /** First month the withdrawal may be asked for on this route. */
  fromMonth: string;
}

export interface WithdrawalOptions {
  /** The year of the decision, whose coefficients apply (Art. 70.5); default the year the withdrawal first opens. */
  settlementYear?: number;
  /** The month the estimate is made in; default the current month. */
  asOfMonth?: string;
  /** The last month contributed (a stop now or later); default the record's last BHXH month. */
  lastContributionMonth?: string;
  /** Circumstances that open a withdrawal at once. */
  circumstances?: WithdrawalCircumstance[];
  /** State support received on voluntary months, đồng, to deduct (Art. 102); unknown → not deducted, provisional. */
  stateSupportReceived?: number;
  /**
   * Under one year: apply the coefficients to the money paid in? [open] in estimates.md §3; default false (the
   * money as paid). Either way the result is provisional.
   */
  underOneYearCoefficient?: boolean;
}

export type WithdrawalReasonCode =
  /** No paid BHXH month. */
  | 'no_contributions'
  /** Unpaid months left out until paid (`params.months`). */
  | 'unpaid_months_excluded'
  /** First joined on or after 1 July 2025: no transitional right. */
  | 'joined_from_1_july_2025'
  /** 20 years or more: no transitional right (`params.months`). */
  | 'twenty_years_or_more'
  /** 15 years or more: a pension at retirement age, no withdrawal on that route (`params.months`). */
  | 'fifteen_years_or_more'
  /** Under one year: the money paid in, at most 2 months of the average (`params.paidIn`, `params.cap`). */
  | 'under_one_year'
  /** Odd months before 2014 moved to the part from 2014 (`params.months`). */
  | 'odd_months_moved_to_2014'
  /** State support on voluntary months deducted (`params.amount`). */
  | 'voluntary_support_deducted';

export interface WithdrawalReason {
  code: WithdrawalReasonCode;
  params?: IssueParams;
}

export interface WithdrawalEstimate {
  /** The routes open now or later without further contributions, earliest first; empty when none. */
  eligibleRoutes: WithdrawalRouteOpening[];
  /** A route is open at `asOfMonth`. */
  availableNow: boolean;
  /** First month a withdrawal may be asked for when that is after `asOfMonth`; null when now or never. */
  waitingUntilMonth: string | null;
  reasons: WithdrawalReason[];
  /** Paid BHXH months counted, and their split at 1 January 2014. */
  contributionMonths: number;
  monthsBefore2014: number;
  monthsFrom2014: number;
  /** Years paid at 1.5 and at 2 months of the average, after rounding and moving odd months (Art. 70.3). */
  yearsBefore2014: number;
  yearsFrom2014: number;
  /** Under 12 months: the money paid in applies instead, capped at 2 months of the average. */
  underOneYear: boolean;
  /** Money paid in (22% of each month's base), đồng; null unless under one year. */
  paidIn: number | null;
  averageSalary: number | null;
  /** State support deducted (voluntary months), đồng. */
  stateSupportDeducted: number;
  /** The one-off amount, đồng (0 without a counted month). */
  amount: number;
  settlementYear: number;
  coefficientYear: number;
  provisional: boolean;
  assumptions: EstimateAssumption[];
  articles: LegalRef[];
  /** What keeping the record would give instead: the pension estimate at retirement age, no further months. */
  forgonePension: PensionEstimate;
}

const JAN_2014 = monthIndex('2014-01');
const JULY_2025 = monthIndex('2025-07');

/** Last BHXH month declared (paid or not) up to `asOf`. */
function lastDeclaredMonth(history: ParticipationHistory, asOf: number): number | undefined {
  let last: number | undefined;
  for (const p of history.periods) {
    if (p.insuranceType !== 'BHXH' || monthIndex(p.fromMonth) > asOf) continue;
    const to = Math.min(monthIndex(p.toMonth), asOf);
    if (last === undefined || to > last) last = to;
  }
  return last;
}

/**
 * Estimates the one-off withdrawal (Art. 70 mandatory, Art. 102 voluntary): whether and from when the citizen
 * may withdraw, the amount (1.5 months of the average salary per year before 2014, 2 per year from 2014; under
 * one year the money paid in, capped at 2 months), and in `forgonePension` what keeping the record would give.
 * @example estimateOneOffWithdrawal(history, { sex: 'male', dateOfBirth: '1990-06-01' }, { asOfMonth: '2026-12' })
 */
export function estimateOneOffWithdrawal(
  history: ParticipationHistory,
  person: EstimatePerson,
  options?: WithdrawalOptions,
): EstimateResult<WithdrawalEstimate> {
  const r = new InputReader();
  const opts = r.options(options);
  const h = readHistory(r, history);
  const common = readCommon(r, person, opts);
  const lastOption =
    opts.lastContributionMonth === undefined
      ? undefined
      : readMonth(r, opts.lastContributionMonth, 'options.lastContributionMonth', 0);
  const circumstances =
    r.optional(z.array(circumstanceSchema), opts.circumstances, 'options.circumstances', 'circumstance_invalid') ?? [];
  const support = r.optional(amountSchema, opts.stateSupportReceived, 'options.stateSupportReceived', 'amount_invalid');
  const coefOnPaidIn =
    r.optional(z.boolean(), opts.underOneYearCoefficient, 'options.underOneYearCoefficient', 'options_invalid') ??
    false;
  if (!h || !common || !r.ok) return fail(r.issues);
  const { asOf, sex, birthMonth } = common;

  const last = lastOption ?? lastDeclaredMonth(h, asOf);
  const record = contributionRecord(h, Math.min(last ?? asOf, asOf));
  const months = record.months;
  const n = months.length;
  const reasons: WithdrawalReason[] = [];
  const reason = (code: WithdrawalReasonCode, params?: IssueParams) =>
    reasons.push(params ? { code, params } : { code });
  const assumptions: EstimateAssumption[] = [];
  const articles: LegalRef[] = [provisions.withdrawal, provisions.yearsRounding];
  if (!n) reason('no_contributions');
  if (record.unpaidMonths) reason('unpaid_months_excluded', { months: record.unpaidMonths });

  // the routes
  const routes: { route: WithdrawalRoute; from: number }[] = [];
  const age = retirementAgeOf(sex, birthMonth);
  const stop = last === undefined ? asOf : last + 1;
  if (n) {
    if (n < PENSION_MIN_MONTHS)
      routes.push({ route: 'retirement_age_under_15_years', from: Math.max(monthIndex(age.reachedMonth), stop) });
    else reason('fifteen_years_or_more', { months: n });
    if (months[0]!.index >= JULY_2025) reason('joined_from_1_july_2025');
    else if (n >= WITHDRAWAL_MAX_MONTHS) reason('twenty_years_or_more', { months: n });
    // 12 whole months out of BHXH after the last month contributed
    else routes.push({ route: 'transitional_12_months_out', from: (last ?? asOf) + 13 });
    for (const c of circumstances) routes.push({ route: c, from: asOf });
  }
  routes.sort((a, b) => a.from - b.from);
  const first = routes[0]?.from;
  const availableNow = first !== undefined && first <= asOf;
  const waitingUntil = first !== undefined && first > asOf ? first : undefined;

  // coefficients of the year of the decision
  const settlementYear = common.settlementYear ?? Math.floor(Math.max(asOf, first ?? asOf) / 12);
  const { table, exact: tableExact } = coefficientTableFor(settlementYear);
  if (!tableExact) {
    assumptions.push(
      assumption('coefficients_table_substituted', true, {
        requestedYear: settlementYear,
        tableYear: table.settlementYear,
      }),
    );
  }
  articles.push(provisions.withdrawalAverage, provisions.averageSalary, provisions.averageSalaryAdjusted, table.source);
  assumptions.push(assumption('employer_set_salaries', false));

  // the split at 2014: with both parts, the odd months before 2014 move to the later part
  const before = months.filter((m) => m.index < JAN_2014).length;
  const after = n - before;
  let hb: number;
  let hf: number;
  if (before && after) {
    hb = 2 * Math.floor(before / 12);
    hf = halfYears(after + (before % 12));
    if (before % 12) reason('odd_months_moved_to_2014', { months: before % 12 });
  } else {
    hb = halfYears(before);
    hf = halfYears(after);
  }

  let average: Exact | undefined;
  let amount: Exact = exact(0n, 1n);
  let paidIn: number | null = null;
  if (n) {
    const sum = adjustedSum(months, table);
    if (sum.missingFromYear !== undefined)
      assumptions.push(assumption('coefficient_missing', true, { fromYear: sum.missingFromYear }));
    average = exact(sum.sum, 10_000n * BigInt(n));
    if (n < 12) {
      // the money paid in: 22% of each month's base, as paid (or adjusted: the [open] point)
      const raw = coefOnPaidIn
        ? exact(sum.sum, 100n * 100n)
        : exact(
            months.reduce((s, m) => s + m.base, 0n),
            100n,
          );
      const paid = scale(raw, BigInt(VOLUNTARY_RATE_PERCENT), 100n);
      const cap = scale(average, 2n);
      amount = less(paid, cap) ? paid : cap;
      paidIn = whole(paid);
      reason('under_one_year', { paidIn, cap: whole(cap) });
      assumptions.push(
        assumption('under_one_year_paid_in', true, { coefficient: coefOnPaidIn ? 'applied' : 'not_applied' }),
      );
    } else {
      // 1.5 months per year = 3/4 per half year; 2 months per year = 4/4 per half year
      amount = scale(average, BigInt(3 * hb + 4 * hf), 4n);
    }
  }

  // voluntary months: the State support received comes off, except for grave illness and ≥ 81% incapacity
  let deducted = 0;
  if (months.some((m) => m.voluntary)) {
    articles.push(provisions.voluntaryWithdrawal);
    const exempt = circumstances.some((c) => c === 'grave_illness' || c === 'reduced_capacity_81');
    if (!exempt) {
      if (support === undefined) assumptions.push(assumption('voluntary_support_not_deducted', true));
      else {
        const s = exact(BigInt(Math.round(support * 100)), 100n);
        const value = less(amount, s) ? amount : s;
        amount = exact(amount.num * value.den - value.num * amount.den, amount.den * value.den);
        deducted = whole(value);
        reason('voluntary_support_deducted', { amount: deducted });
      }
    }
  }

  const forgonePension = pensionFromRecord({
    sex,
    birthMonth,
    asOf,
    settlementYear,
    record,
    future: undefined,
    salaryScale: 'employer',
  });

  return ok({
    eligibleRoutes: routes.map((x) => ({ route: x.route, fromMonth: monthFromIndex(x.from) })),
    availableNow,
    waitingUntilMonth: waitingUntil === undefined ? null : monthFromIndex(waitingUntil),
    reasons,
    contributionMonths: n,
    monthsBefore2014: before,
    monthsFrom2014: after,
    yearsBefore2014: hb / 2,
    yearsFrom2014: hf / 2,
    underOneYear: n > 0 && n < 12,
    paidIn,
    averageSalary: average ? whole(average) : null,
    stateSupportDeducted: deducted,
    amount: whole(amount),
    settlementYear,
    coefficientYear: table.settlementYear,
    provisional: assumptions.some((a) => a.provisional),
    assumptions,
    articles: uniqueRefs(articles),
    forgonePension,
  });
}
