/**
 * The English pack: the elements' English strings, the code that looks them up, and core's English messages,
 * in one module that a page loads only when it shows English (Vietnamese, the source language, is always
 * inside and needs neither). Data and one pure function: `localization.ts` registers the core messages in the
 * page's own `@vssid/core`, because in the CDN build this module is a file of its own (`vssid-elements.en.js`)
 * that carries a private copy of core's registry.
 */
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgOptions, TemplateLike } from '@lit/localize/internal/types.js';
import type { TemplateResult } from 'lit';
import { templates } from './locales/en.js';

/** `msg()` in English: the translation of a template (by its id or its hash), else the template as written. */
export type Translate = (template: TemplateLike, options?: MsgOptions) => string | TemplateResult;
export const translate: Translate = (template, options) => runtimeMsg(templates, template, options);

export { templates };
export { messagesEn, bhytGroupMeaningsEn, proofTextsEn } from '@vssid/core/messages-en';
