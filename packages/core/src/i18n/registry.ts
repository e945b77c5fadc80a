import type { MessageCatalog } from './catalog.js';
import type { Locale } from './locale.js';
import type { ProofTextCatalog } from './proof-texts.js';

// The catalogs loaded so far, apart from Vietnamese, which core always has. A module of its own so that the
// English entry can register itself without importing the i18n index (that cycle broke non-split bundles).
const loaded: Partial<Record<Locale, MessageCatalog>> = {};

/** Makes a catalog available to `formatIssue`; `@vssid/core/messages-en` does it for English on import. */
export function registerMessages(locale: Locale, catalog: MessageCatalog): void {
  loaded[locale] = catalog;
}

/** The registered catalog of `locale`, if any. */
export function registeredMessages(locale: Locale): MessageCatalog | undefined {
  return loaded[locale];
}

const groupMeanings: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};

/** Registers translated glosses of the BHYT group codes (English: by `@vssid/core/messages-en`). */
export function registerGroupMeanings(locale: Locale, meanings: Readonly<Record<string, string>>): void {
  groupMeanings[locale] = meanings;
}

/** The registered gloss of a BHYT group code in `locale`, if any. */
export function registeredGroupMeaning(locale: Locale, code: string): string | undefined {
  return groupMeanings[locale]?.[code];
}

const proofTexts: Partial<Record<Locale, ProofTextCatalog>> = {};

/** Registers the words of proof claims in `locale` (English: by `@vssid/core/messages-en`). */
export function registerProofTexts(locale: Locale, catalog: ProofTextCatalog): void {
  proofTexts[locale] = catalog;
}

/** The registered proof-claim words of `locale`, if any. */
export function registeredProofTexts(locale: Locale): ProofTextCatalog | undefined {
  return proofTexts[locale];
}
