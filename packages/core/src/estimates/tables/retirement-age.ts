/**
 * The retirement-age roadmap (Labour Code 2019 Art. 169; Decree 135/2020 Art. 4 and Annex I): from 2021 the
 * age rises by a fixed step for every few months of birth until it reaches its target. One row per sex; a
 * new roadmap would replace a row.
 */
import type { Sex } from '../../schemas/common.js';
import type { LegalRef } from '../legal.js';

export interface RetirementRoadmap {
  /** Age in months for those born before `firstBirthMonth`. */
  beforeMonths: number;
  /** First month of birth (`YYYY-MM`) on the roadmap. */
  firstBirthMonth: string;
  /** Age in months of the first birth months on the roadmap. */
  startMonths: number;
  /** The age rises by `stepMonths` for every `birthMonthsPerStep` months of birth… */
  stepMonths: number;
  birthMonthsPerStep: number;
  /** …until it reaches this. */
  targetMonths: number;
  sources: readonly LegalRef[];
}

const sources: readonly LegalRef[] = [
  { document: 'labour_code_2019', article: 169 },
  { document: 'decree_135_2020', article: 4 },
];

export const RETIREMENT_ROADMAP: Readonly<Record<Sex, RetirementRoadmap>> = {
  // 60 y 3 m for 01–09/1961, +3 months per 9 months of birth, 62 y from 04/1966
  male: {
    beforeMonths: 720,
    firstBirthMonth: '1961-01',
    startMonths: 723,
    stepMonths: 3,
    birthMonthsPerStep: 9,
    targetMonths: 744,
    sources,
  },
  // 55 y 4 m for 01–08/1966, +4 months per 8 months of birth, 60 y from 05/1975
  female: {
    beforeMonths: 660,
    firstBirthMonth: '1966-01',
    startMonths: 664,
    stepMonths: 4,
    birthMonthsPerStep: 8,
    targetMonths: 720,
    sources,
  },
};
