/**
 * `@vssid/core/messages-en`: the English validation messages. Importing this module registers them, so
 * `formatIssue(issue, 'en')` speaks English from then on.
 */
import { registerMessages } from './registry.js';
import { messagesEn } from './messages.en.js';

registerMessages('en', messagesEn);
export { messagesEn };
