import type { ProofTextCatalog } from './proof-texts.js';

/** English words of a proof's claims; registered by `@vssid/core/messages-en`. */
export const proofTextsEn: ProofTextCatalog = {
  labels: {
    card_valid: 'Health insurance card validity',
    card_benefit_level: 'Health insurance benefit level',
    card_group: 'Health insurance participant group',
    bhxh_years: 'Social insurance contributions',
    bhyt_continuous_years: 'Continuous health insurance',
    full_name: 'Full name',
    birth_year: 'Year of birth',
  },
  cardValidity: (status, from, to) => {
    const span = to ? `from ${from} to ${to}` : `from ${from}, with no end date`;
    if (status === 'valid') return `The card is valid ${span}`;
    if (status === 'expired') return `The card has expired (it was valid ${span})`;
    return `The card is suspended (valid ${span})`;
  },
  benefitLevel: (level, fundShare) =>
    `Level ${level}: the health insurance fund pays ${fundShare}% of covered medical costs`,
};
