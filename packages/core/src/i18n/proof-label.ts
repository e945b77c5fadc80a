import type { ProofClaimName } from '../proofs/claim-names.js';
import type { Locale } from './locale.js';
import { proofTextsVi, type ProofTextCatalog } from './proof-texts.js';
import { registeredProofTexts } from './registry.js';

// A module of its own: a page that only names claims (a form of checkboxes) needs none of the value words,
// and so none of the group-code table behind them.

/** The proof words of `locale` (Vietnamese until that locale's are registered). */
export const textsFor = (locale: Locale): ProofTextCatalog =>
  (locale === 'vi' ? undefined : registeredProofTexts(locale)) ?? proofTextsVi;

/** What a claim is called: "Năm sinh" / "Year of birth". */
export function proofClaimLabel(name: ProofClaimName, locale: Locale = 'vi'): string {
  return textsFor(locale).labels[name];
}
