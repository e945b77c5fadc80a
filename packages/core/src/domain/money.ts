/** Statutory amounts and rates (domain.md §7, §9). Amounts in đồng. */

import { BENEFIT_LEVELS, isBenefitDigit, type BenefitDigit } from './benefit-levels.js';
import { todayIso } from './dates.js';

/**
 * Lương cơ sở from 1/7/2024 to 30/6/2026 (Decree 73/2024/NĐ-CP).
 * @deprecated One row of {@link BASE_SALARY_HISTORY}; use {@link baseSalaryOn} for the figure of a date.
 */
export const BASE_SALARY = 2_340_000;

/**
 * Lương cơ sở history, newest first, so amounts for older visits use the figure of their date; the estimates
 * (`@vssid/core/estimates`) read the same table. A new figure is one more row on top.
 */
export const BASE_SALARY_HISTORY: readonly {
  readonly from: string;
  readonly amount: number;
  readonly decree?: string;
}[] = [
  { from: '2026-07-01', amount: 2_530_000, decree: '161/2026/NĐ-CP' },
  { from: '2024-07-01', amount: 2_340_000, decree: '73/2024/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000 },
  { from: '2019-07-01', amount: 1_490_000 },
];

/** Lương cơ sở in force on an ISO date (`YYYY-MM-DD`); the oldest known figure for earlier dates. */
export function baseSalaryOn(isoDate: string): number {
  // ISO dates compare correctly as strings.
  const hit = BASE_SALARY_HISTORY.find((h) => isoDate >= h.from);
  return (hit ?? BASE_SALARY_HISTORY[BASE_SALARY_HISTORY.length - 1]!).amount;
}

/** A visit costing less than this share of lương cơ sở is paid in full (15%: 351,000 đ at 2,340,000; 379,500 đ at 2,530,000). */
export const LOW_COST_SHARE = 0.15;
/** Contributions are capped at this multiple of lương cơ sở (46,800,000 đ). */
export const CONTRIBUTION_CAP_MULTIPLIER = 20;
/** Household BHYT: first member pays this share of lương cơ sở; later members the listed fractions of it. */
export const HOUSEHOLD_BHYT_RATE = 0.045;
export const HOUSEHOLD_BHYT_SCALE: readonly number[] = [1, 0.7, 0.6, 0.5, 0.4];
/** Voluntary BHXH: share of declared income (⚠️). */
export const VOLUNTARY_BHXH_RATE = 0.22;

export type Fund = 'bhxh' | 'bhyt' | 'bhtn';

/** Compulsory contribution rates (employee / employer); BHXH employer share includes 0.5% TNLĐ-BNN. */
export const CONTRIBUTION_RATES: Readonly<Record<Fund, { readonly employee: number; readonly employer: number }>> = {
  bhxh: { employee: 0.08, employer: 0.175 },
  bhyt: { employee: 0.015, employer: 0.03 },
  bhtn: { employee: 0.01, employer: 0.01 },
};

/** Total employee and employer rates (10.5% / 21.5%; foreign workers pay no BHTN). */
export function totalContributionRates(opts: { foreignWorker?: boolean } = {}): { employee: number; employer: number } {
  const funds: Fund[] = opts.foreignWorker ? ['bhxh', 'bhyt'] : ['bhxh', 'bhyt', 'bhtn'];
  // Sum in thousandths to avoid 0.08 + 0.015 + 0.01 = 0.10500000000000001.
  const sum = (k: 'employee' | 'employer') =>
    funds.reduce((s, f) => s + Math.round(CONTRIBUTION_RATES[f][k] * 1000), 0) / 1000;
  return { employee: sum('employee'), employer: sum('employer') };
}

/** Yearly household BHYT premium of the n-th member (1-based) at a given lương cơ sở. */
export function householdBhytPremium(memberIndex: number, baseSalary = BASE_SALARY): number {
  const scale = HOUSEHOLD_BHYT_SCALE[Math.min(Math.max(memberIndex, 1), HOUSEHOLD_BHYT_SCALE.length) - 1]!;
  return Math.round(baseSalary * HOUSEHOLD_BHYT_RATE * scale * 12);
}

/** Why the fund pays what it pays. */
export type CoPaymentRule =
  /** Digits 1, 2, 5: always 100%. */
  | 'full_benefit'
  /** Visit below 15% of lương cơ sở. */
  | 'low_cost'
  /** Commune-level facility (digits 3, 4). */
  | 'commune'
  /** Five continuous years and the yearly co-payment threshold reached (❓). */
  | 'five_years'
  /** The digit's share: 95% (3) or 80% (4). */
  | 'standard';

export interface CoPaymentInput {
  /** The 15-character card code; its third character gives the digit. */
  cardCode?: string;
  /** The benefit digit, when the card code is not at hand; wins over `cardCode`. */
  benefitDigit?: number;
  /** Covered cost of the visit (t_tongchi_bh), đồng. */
  amount: number;
  /** Treated at a commune-level facility. */
  commune?: boolean;
  /** Five continuous years reached and the yearly co-payment exceeds 6 months of lương cơ sở. */
  fiveYears?: boolean;
  /** Lương cơ sở to use; wins over `onDate`. */
  baseSalary?: number;
  /** Day of the visit (`YYYY-MM-DD`) whose lương cơ sở applies ({@link baseSalaryOn}); default today. */
  onDate?: string;
}

export interface CoPaymentEstimate {
  fundPays: number;
  patientPays: number;
  rule: CoPaymentRule;
  digit: BenefitDigit;
}

/**
 * Estimates the fund's share and the co-payment (cùng chi trả) of a covered visit (§3.2, §9).
 * Returns undefined when no valid benefit digit can be found. Amounts are rounded to whole đồng,
 * rounding the fund share down so the patient is never shown less than they owe.
 * @example estimateCoPayment({ benefitDigit: 4, amount: 500_000 }) // { fundPays: 400000, patientPays: 100000, rule: 'standard' }
 */
export function estimateCoPayment(input: CoPaymentInput): CoPaymentEstimate | undefined {
  let digit: number | undefined = input.benefitDigit;
  if (digit === undefined && input.cardCode !== undefined) {
    const m = /^[A-Z]{2}([1-5])\d{12}$/.exec(input.cardCode.replace(/[\s.-]/g, '').toUpperCase());
    digit = m ? Number(m[1]) : undefined;
  }
  if (!isBenefitDigit(digit) || !Number.isFinite(input.amount) || input.amount < 0) return undefined;
  const amount = input.amount;
  const level = BENEFIT_LEVELS[digit];
  const full = (rule: CoPaymentRule): CoPaymentEstimate => ({ fundPays: amount, patientPays: 0, rule, digit });
  if (level.fundShare >= 1) return full('full_benefit');
  // The law says "thấp hơn 15%": exactly 351,000 đ is not below the threshold.
  if (amount < (input.baseSalary ?? baseSalaryOn(input.onDate ?? todayIso())) * LOW_COST_SHARE) return full('low_cost');
  if (input.commune) return full('commune');
  if (input.fiveYears) return full('five_years');
  // Integer percent keeps 500,000 × 80% exact (0.8 is not exact in binary).
  const fundPays = Math.floor((amount * Math.round(level.fundShare * 100)) / 100);
  return { fundPays, patientPays: amount - fundPays, rule: 'standard', digit };
}
