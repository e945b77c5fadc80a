/** Result, issue and assumption shapes shared by every estimate function. */
import type { IssueParams } from '../validators/types.js';

/** Why an input was refused. Every code is stable so that an element can word it. */
export type EstimateIssueCode =
  /** The participation history does not have the API's shape (`field` says where). */
  | 'history_invalid'
  /** A period ends before it starts. */
  | 'period_order'
  | 'sex_invalid'
  /** Not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or not a real date. */
  | 'date_of_birth_invalid'
  /** Born after the month the estimate is made in. */
  | 'date_of_birth_future'
  /** Not `YYYY-MM`. */
  | 'month_invalid'
  /** Not `YYYY-MM-DD`, or not a real date. */
  | 'date_invalid'
  /** Before the first row of a table the function needs (`params.from`). */
  | 'date_out_of_range'
  | 'settlement_year_invalid'
  /** An amount that is not a finite number ≥ 0 (or > 0 where zero makes no sense). */
  | 'amount_invalid'
  /** A count of months that is not a whole number in range (`params.min`, `params.max`). */
  | 'months_invalid'
  /** Future months asked for, but no salary to put on them and none in the record. */
  | 'future_salary_required'
  /** Not one of the allowed payment periods (`params.allowed`). */
  | 'period_months_invalid'
  /** Household members: not a whole number in range (`params.min`, `params.max`). */
  | 'members_invalid'
  /** Not a known support group. */
  | 'group_invalid'
  /** `options` is not an object. */
  | 'options_invalid'
  /** Not a known withdrawal circumstance. */
  | 'circumstance_invalid'
  /** Voluntary income below the rural poverty line (`params.min`, `params.max`). */
  | 'income_below_minimum'
  /** Voluntary income above 20 × the reference level (`params.min`, `params.max`). */
  | 'income_above_maximum';

export interface EstimateIssue {
  code: EstimateIssueCode;
  /** The input concerned, as a path: `person.dateOfBirth`, `history.periods.3.toMonth`, `options.asOfMonth`. */
  field: string;
  params?: IssueParams;
}

/** What every estimate function returns: never a thrown error for bad data. */
export type EstimateResult<T> = { ok: true; value: T } | { ok: false; issues: EstimateIssue[] };

/**
 * Something the estimate had to assume. `provisional` ones rest on an [open] point of estimates.md or on a
 * figure not yet published, and the result carries `provisional: true`; the others are limits of the tool that
 * an element states plainly (e.g. early retirement is not modelled).
 */
export type AssumptionCode =
  /** Only normal retirement: early retirement (Art. 65) and heavy or hazardous work (Art. 64.1b) left out. */
  | 'normal_conditions_only'
  /** Salaries treated as set by the employer (whole-career average), not by the State's pay scale. */
  | 'employer_set_salaries'
  /** State pay scale: last N years averaged, but with the employer-set coefficients (an approximation). */
  | 'state_pay_scale_approximated'
  /** No coefficient table for the settlement year (`params.requestedYear`); the nearest one used (`params.tableYear`). */
  | 'coefficients_table_substituted'
  /** Contribution years after the table's last one counted at 1.00 (`params.fromYear`) — "tạm tính". */
  | 'coefficient_missing'
  /** The pension starts after the month of the estimate: amounts are in the settlement year's money. */
  | 'amounts_in_settlement_year_money'
  /** Future months assumed contributed at a fixed salary (`params.months`, `params.salary`). */
  | 'future_contributions'
  /** Under one year: money paid in counted as 22% of each month's base, without (or with) the coefficient. */
  | 'under_one_year_paid_in'
  /** Voluntary months but the State support received is unknown: nothing deducted. */
  | 'voluntary_support_not_deducted'
  /** The poverty line after its last confirmed day carried forward (`params.confirmedUntil`, `params.amount`). */
  | 'poverty_line_unconfirmed'
  /** A poverty line given by the caller instead of the table (`params.amount`). */
  | 'poverty_line_given';

export interface EstimateAssumption {
  code: AssumptionCode;
  provisional: boolean;
  params?: IssueParams;
}

/** Builds an assumption; drops empty params so results compare cleanly. */
export function assumption(code: AssumptionCode, provisional: boolean, params?: IssueParams): EstimateAssumption {
  return params ? { code, provisional, params } : { code, provisional };
}

export function fail<T>(issues: EstimateIssue[]): EstimateResult<T> {
  return { ok: false, issues };
}

export function ok<T>(value: T): EstimateResult<T> {
  return { ok: true, value };
}
