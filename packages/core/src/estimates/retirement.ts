/** When a person reaches the retirement age (estimates.md §2). */
import { monthFromIndex, monthIndex } from '../analysis/months.js';
import type { Sex } from '../schemas/common.js';
import { InputReader, readDateOfBirth, readSex } from './input.js';
import { RETIREMENT_ROADMAP } from './tables/retirement-age.js';
import { ok, fail, type EstimateResult } from './types.js';

export interface RetirementAge {
  /** The age: `years` and `months` (60 y 3 m → 60, 3). */
  years: number;
  months: number;
  /** The month the age is reached (`YYYY-MM`). */
  reachedMonth: string;
  /** The month the pension starts: the one after `reachedMonth`. */
  pensionStartMonth: string;
}

/** The age in months for a sex and month of birth (year × 12 + month − 1), by the roadmap. */
export function retirementAgeMonths(sex: Sex, birthMonth: number): number {
  const r = RETIREMENT_ROADMAP[sex];
  const i = birthMonth - monthIndex(r.firstBirthMonth);
  if (i < 0) return r.beforeMonths;
  return Math.min(r.startMonths + r.stepMonths * Math.floor(i / r.birthMonthsPerStep), r.targetMonths);
}

/** {@link retirementAge} on already-checked input. */
export function retirementAgeOf(sex: Sex, birthMonth: number): RetirementAge {
  const age = retirementAgeMonths(sex, birthMonth);
  const reached = birthMonth + age;
  return {
    years: Math.floor(age / 12),
    months: age % 12,
    reachedMonth: monthFromIndex(reached),
    pensionStartMonth: monthFromIndex(reached + 1),
  };
}

/**
 * The retirement age under normal conditions (Labour Code 2019 Art. 169, Decree 135/2020 Annex I) and the
 * months it is reached and the pension starts.
 * @param dateOfBirth `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only part is known (1 January assumed).
 * @example retirementAge('male', '1961-05-20') // { years: 60, months: 3, reachedMonth: '2021-08', pensionStartMonth: '2021-09' }
 */
export function retirementAge(sex: Sex, dateOfBirth: string): EstimateResult<RetirementAge> {
  const r = new InputReader();
  const s = readSex(r, sex, 'sex');
  const birth = readDateOfBirth(r, dateOfBirth, 'dateOfBirth');
  if (s === undefined || birth === undefined) return fail(r.issues);
  return ok(retirementAgeOf(s, birth));
}
