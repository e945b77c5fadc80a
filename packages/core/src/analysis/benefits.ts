/** Benefit payments grouped the way a citizen reads them: by year, newest first, with totals. */
import type { BenefitPayment, BenefitRegime, BenefitStatus } from '../schemas/benefits.js';
import { benefitRegimes } from '../schemas/values.js';

/** A rejected claim was never paid: it is listed but left out of every total. */
export function countsTowardTotal(status: BenefitStatus): boolean {
  return status !== 'rejected';
}

export interface RegimeTotal {
  regime: BenefitRegime;
  count: number;
  total: number;
}

export interface BenefitYear {
  year: number;
  /** Newest settlement period first. */
  payments: BenefitPayment[];
  /** Sum of the year's payments that count (not rejected). */
  total: number;
  byRegime: RegimeTotal[];
}

function regimeTotals(payments: readonly BenefitPayment[]): RegimeTotal[] {
  const map = new Map<BenefitRegime, RegimeTotal>();
  for (const p of payments) {
    if (!countsTowardTotal(p.status)) continue;
    const t = map.get(p.regime) ?? { regime: p.regime, count: 0, total: 0 };
    t.count++;
    t.total += p.amount;
    map.set(p.regime, t);
  }
  // The legal order of the regimes, so every year lists them the same way.
  return benefitRegimes.filter((r) => map.has(r)).map((r) => map.get(r)!);
}

/** Totals per regime over every payment given (after any filter). */
export function benefitTotalsByRegime(payments: readonly BenefitPayment[]): RegimeTotal[] {
  return regimeTotals(payments);
}

/**
 * Payments grouped by the year of their settlement period (kỳ giải quyết), newest year first, optionally
 * keeping one regime only.
 */
export function groupBenefitsByYear(
  payments: readonly BenefitPayment[],
  opts: { regime?: BenefitRegime | '' } = {},
): BenefitYear[] {
  const kept = opts.regime ? payments.filter((p) => p.regime === opts.regime) : [...payments];
  kept.sort((a, b) => (a.period === b.period ? (a.fromDate < b.fromDate ? 1 : -1) : a.period < b.period ? 1 : -1));
  const years = new Map<number, BenefitPayment[]>();
  for (const p of kept) {
    const y = Number(p.period.slice(0, 4));
    const list = years.get(y);
    if (list) list.push(p);
    else years.set(y, [p]);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      payments: list,
      total: list.reduce((s, p) => s + (countsTowardTotal(p.status) ? p.amount : 0), 0),
      byRegime: regimeTotals(list),
    }));
}

/** The regimes that occur in a list, in legal order (for a filter that offers only what exists). */
export function regimesPresent(payments: readonly BenefitPayment[]): BenefitRegime[] {
  const seen = new Set(payments.map((p) => p.regime));
  return benefitRegimes.filter((r) => seen.has(r));
}
