import { formatDate } from '../format/dates.js';
import { proofClaimNames, type ProofClaimName } from '../proofs/claim-names.js';
import type { ProofClaims, ProofClaimValue } from '../schemas/proofs.js';
import { bhytGroupMeaning } from './group-meaning.js';
import type { Locale } from './locale.js';
import { proofClaimLabel, textsFor } from './proof-label.js';
import { durationText } from './strings.js';

export { proofClaimLabel };

/** A claim's value in plain words, e.g. "Thẻ còn giá trị sử dụng từ 01/01/2026 đến 31/12/2026". */
export function proofClaimText<N extends ProofClaimName>(
  name: N,
  value: ProofClaimValue<N>,
  locale: Locale = 'vi',
): string {
  const t = textsFor(locale);
  // The generic cannot narrow `value` through `name`; each branch reads the shape its claim has.
  const v = value as ProofClaimValue<ProofClaimName>;
  switch (name) {
    case 'card_valid': {
      const c = v as ProofClaimValue<'card_valid'>;
      return t.cardValidity(c.status, formatDate(c.from, locale), c.to === null ? null : formatDate(c.to, locale));
    }
    case 'card_benefit_level': {
      const b = v as ProofClaimValue<'card_benefit_level'>;
      return t.benefitLevel(b.level, b.fundShare);
    }
    case 'card_group': {
      const code = v as string;
      const meaning = bhytGroupMeaning(code, locale);
      return meaning ? `${code}: ${meaning}` : code;
    }
    case 'bhxh_years':
    case 'bhyt_continuous_years': {
      const d = v as ProofClaimValue<'bhxh_years'>;
      return durationText(d.years, d.months, locale);
    }
    default:
      return String(v);
  }
}

/** One line of what a proof shows. */
export interface ProofClaimLine {
  name: ProofClaimName;
  label: string;
  text: string;
}

/** The claims of a proof as labelled lines, in the contract's order: what the other side will see. */
export function describeProofClaims(claims: ProofClaims, locale: Locale = 'vi'): ProofClaimLine[] {
  const lines: ProofClaimLine[] = [];
  for (const name of proofClaimNames) {
    const value = claims[name];
    if (value === undefined) continue;
    lines.push({
      name,
      label: proofClaimLabel(name, locale),
      text: proofClaimText(name, value as ProofClaimValue<typeof name>, locale),
    });
  }
  return lines;
}
