/**
 * The English pack: the elements' English strings and core's English messages, in one module that a page
 * loads only when it shows English (Vietnamese, the source language, is always inside). Data only:
 * `localization.ts` registers the core messages in the page's own `@vssid/core`, because in the CDN build
 * this module is a file of its own (`vssid-elements.en.js`) that carries a private copy of core's registry.
 */
export { templates } from './locales/en.js';
export { messagesEn, bhytGroupMeaningsEn, proofTextsEn } from '@vssid/core/messages-en';
