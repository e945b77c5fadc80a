import type { ValidationIssue } from '../validators/types.js';
import type { MessageCatalog } from './catalog.js';
import type { Locale } from './locale.js';
import { messagesEn } from './messages.en.js';
import { messagesVi } from './messages.vi.js';

export type { Locale } from './locale.js';
export { locales } from './locale.js';
export type { MessageCatalog } from './catalog.js';
export { messagesVi } from './messages.vi.js';
export { messagesEn } from './messages.en.js';
export { durationText, provinceLabel, sexText } from './strings.js';

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { vi: messagesVi, en: messagesEn };

/** The message catalog of a locale. */
export function messagesFor(locale: Locale = 'vi'): MessageCatalog {
  return catalogs[locale] ?? messagesVi;
}

/** Renders a validation issue as a user-facing sentence (Vietnamese by default). */
export function formatIssue(issue: ValidationIssue, locale: Locale = 'vi'): string {
  return messagesFor(locale)[issue.code](issue.params ?? {});
}
