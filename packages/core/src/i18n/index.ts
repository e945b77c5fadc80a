export type { Locale } from './locale.js';
export { locales } from './locale.js';
export type { MessageCatalog } from './catalog.js';
export { messagesVi } from './messages.vi.js';
export { durationText, provinceLabel, sexText } from './strings.js';
// a module of its own: a page that shows a group's meaning needs no validation message
export { bhytGroupMeaning } from './group-meaning.js';

// Vietnamese ships with core; English is a separate entry (`@vssid/core/messages-en`) that a page loads (and
// that registers itself) only when it shows English, so Vietnamese pages never download it.
export { registerGroupMeanings, registerMessages, registerProofTexts } from './registry.js';
// the words of a proof's claims (issue 17): labels and plain-language values, Vietnamese and registered English
export { describeProofClaims, proofClaimLabel, proofClaimText, type ProofClaimLine } from './proof-claims.js';
export { proofTextsVi, type ProofTextCatalog } from './proof-texts.js';

export { formatIssue, messagesFor } from './format-issue.js';
