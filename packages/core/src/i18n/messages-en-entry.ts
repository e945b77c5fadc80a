/**
 * `@vssid/core/messages-en`: the English validation messages. Importing this module registers them, so
 * `formatIssue(issue, 'en')` speaks English from then on.
 */
import { registerGroupMeanings, registerMessages } from './registry.js';
import { messagesEn } from './messages.en.js';
import { bhytGroupMeaningsEn } from './bhyt-groups.en.js';

registerMessages('en', messagesEn);
registerGroupMeanings('en', bhytGroupMeaningsEn);
export { messagesEn, bhytGroupMeaningsEn };
