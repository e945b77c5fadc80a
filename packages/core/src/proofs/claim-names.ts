/**
 * What a citizen can choose to show in a proof (issue 17), without zod: the words of `@vssid/core/i18n`
 * need the names, not the schemas. Nothing here identifies the citizen beyond what they pick: the
 * social-insurance code, ID number, phone and address are never a claim.
 */
export const proofClaimNames = [
  'card_valid',
  'card_benefit_level',
  'card_group',
  'bhxh_years',
  'bhyt_continuous_years',
  'full_name',
  'birth_year',
] as const;
export type ProofClaimName = (typeof proofClaimNames)[number];
