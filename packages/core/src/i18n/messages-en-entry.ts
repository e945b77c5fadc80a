/**
 * `@vssid/core/messages-en`: the English validation messages. Importing this module registers them, so
 * `formatIssue(issue, 'en')` speaks English from then on.
 */
import { registerGroupMeanings, registerMessages, registerProofTexts } from './registry.js';
import { messagesEn } from './messages.en.js';
import { bhytGroupMeaningsEn } from './bhyt-groups.en.js';
import { proofTextsEn } from './proof-texts.en.js';

registerMessages('en', messagesEn);
registerGroupMeanings('en', bhytGroupMeaningsEn);
registerProofTexts('en', proofTextsEn);
export { messagesEn, bhytGroupMeaningsEn, proofTextsEn };
