/**
 * Benefit levels (mức hưởng, card character 3), per QĐ 1351/QĐ-BHXH (domain.md §3.2). A module apart from the
 * group table: the cost estimates (money.ts) need the levels, not the groups.
 */

/** Benefit digit, card character 3. */
export type BenefitDigit = 1 | 2 | 3 | 4 | 5;

/** What a benefit digit means for the share the fund pays (§3.2). */
export interface BenefitLevel {
  readonly digit: BenefitDigit;
  /** Share of covered costs paid by the fund, before the 100% exceptions. */
  readonly fundShare: number;
  /** Drug/supply/service ratio caps apply (digit 1 has none). */
  readonly capped: boolean;
  /** Transport is paid (emergency, transfer from district level up). */
  readonly transport: boolean;
  /** 100% at commune level and for a visit under 15% of lương cơ sở (only matters when fundShare < 1). */
  readonly fullAtCommuneOrLowCost: boolean;
  /** Also pays costs outside the BHYT scope (⚠️ one source). */
  readonly outsideScope: boolean;
}

/** The benefit-level table, indexed by digit. */
export const BENEFIT_LEVELS: Readonly<Record<BenefitDigit, BenefitLevel>> = {
  1: { digit: 1, fundShare: 1, capped: false, transport: false, fullAtCommuneOrLowCost: false, outsideScope: false },
  2: { digit: 2, fundShare: 1, capped: true, transport: true, fullAtCommuneOrLowCost: false, outsideScope: false },
  3: { digit: 3, fundShare: 0.95, capped: true, transport: false, fullAtCommuneOrLowCost: true, outsideScope: false },
  4: { digit: 4, fundShare: 0.8, capped: true, transport: false, fullAtCommuneOrLowCost: true, outsideScope: false },
  5: { digit: 5, fundShare: 1, capped: true, transport: true, fullAtCommuneOrLowCost: false, outsideScope: true },
};

/** Narrows a number or character to a benefit digit. */
export function isBenefitDigit(d: unknown): d is BenefitDigit {
  return d === 1 || d === 2 || d === 3 || d === 4 || d === 5;
}
