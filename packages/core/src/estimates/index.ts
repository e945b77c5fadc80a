/**
 * `@vssid/core/estimates`: what the law gives a citizen from their own record, under Law 41/2024/QH15 as in
 * force since 1 July 2025 — the retirement age, the monthly pension, the one-off withdrawal, the household
 * BHYT premium and voluntary BHXH. Pure functions, no DOM, usable in Node; every input checked with zod and
 * every failure a typed issue, never a throw. Every figure is an estimate ("ước tính"), not a decision of the
 * social-security office; `provisional` and `assumptions` say what it rests on.
 */
export * from './types.js';
export * from './legal.js';
export type { EstimatePerson } from './input.js';
export {
  halfYears,
  roundedYears,
  pensionRate,
  PENSION_MIN_MONTHS,
  WITHDRAWAL_MAX_MONTHS,
  MAX_RATE_PERCENT,
} from './rules.js';
export { retirementAge, retirementAgeMonths, type RetirementAge } from './retirement.js';
export {
  estimatePension,
  statePayScaleYears,
  type PensionEstimate,
  type PensionOptions,
  type PensionReason,
  type PensionReasonCode,
  type SalaryScale,
} from './pension.js';
export * from './withdrawal.js';
export * from './household.js';
export * from './voluntary.js';
export * from './tables/coefficients.js';
export * from './tables/retirement-age.js';
export * from './tables/voluntary.js';
