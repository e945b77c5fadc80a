/**
 * The arithmetic of the law (estimates.md §1): years from months, the rate scale, and exact money.
 * Money is kept as BigInt hundredths of a đồng until the very end, then rounded half up once.
 */
import type { Sex } from '../schemas/common.js';

/** Months needed for a pension under normal conditions: 15 whole years (Art. 64.1a). */
export const PENSION_MIN_MONTHS = 180;
/** The transitional withdrawal right ends at 20 years (Art. 70). */
export const WITHDRAWAL_MAX_MONTHS = 240;
/** The rate never exceeds this (Art. 66.1). */
export const MAX_RATE_PERCENT = 75;

/**
 * Years counted for an amount, in half years (Art. 5.6): whole years, plus ½ for 1–6 odd months and 1 for
 * 7–11. 30 → 15 years, 31 → 15.5 years.
 */
export function halfYears(months: number): number {
  const whole = Math.floor(months / 12);
  const odd = months - whole * 12;
  return whole * 2 + (odd === 0 ? 0 : odd <= 6 ? 1 : 2);
}

/** {@link halfYears} as years: 187 months → 15.5. */
export function roundedYears(months: number): number {
  return halfYears(months) / 2;
}

/**
 * The monthly pension rate for a number of contribution months (Art. 66.1), in half percents so that the
 * men's 1% scale stays exact; undefined under 15 whole years (no pension).
 * - women: 45% at 15 years, +2% per year (+1% per half year), 75% from 30 years;
 * - men: 40% at 15 years, +1% per year up to 19.5 years (44.5%); 45% at 20 years, +2% per year, 75% from 35.
 */
export function rateHalfPercent(sex: Sex, months: number): number | undefined {
  if (months < PENSION_MIN_MONTHS) return undefined;
  const h = halfYears(months);
  // women: 45 + (h − 30) percent; men from 20 years: 45 + (h − 40) percent; men 15–19.5 years: 40 + (h − 30) / 2
  const half = sex === 'female' ? 2 * (15 + h) : h >= 40 ? 2 * (5 + h) : 80 + (h - 30);
  return Math.min(half, 2 * MAX_RATE_PERCENT);
}

/**
 * The pension rate in percent for a number of contribution months (40.5, 45, 75…), or null under 15 years.
 * For a chart of the rate against years: `pensionRate('male', 12 * 17)` → 42.
 */
export function pensionRate(sex: Sex, months: number): number | null {
  const h = rateHalfPercent(sex, months);
  return h === undefined ? null : h / 2;
}

/** Half years above which a long career earns a lump sum: 35 years (men), 30 (women) — the 75% point. */
export function longCareerThresholdHalfYears(sex: Sex): number {
  return sex === 'female' ? 60 : 70;
}

/** An amount in đồng as exact hundredths. */
export function centi(amount: number): bigint {
  return BigInt(Math.round(amount * 100));
}

/** num / den rounded half up to a whole number (num ≥ 0, den > 0). */
export function roundHalfUp(num: bigint, den: bigint): number {
  const q = num / den;
  return Number(2n * (num % den) >= den ? q + 1n : q);
}

/** A non-negative exact fraction of đồng: `num / den`. */
export interface Exact {
  num: bigint;
  den: bigint;
}

export function exact(num: bigint, den: bigint): Exact {
  return { num, den };
}

/** `a × k / d` without losing anything. */
export function scale(a: Exact, k: bigint, d = 1n): Exact {
  return { num: a.num * k, den: a.den * d };
}

export function whole(a: Exact): number {
  return roundHalfUp(a.num, a.den);
}

export function less(a: Exact, b: Exact): boolean {
  return a.num * b.den < b.num * a.den;
}
