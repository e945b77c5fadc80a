import type { ValidationIssue } from '../validators/types.js';
import type { MessageCatalog } from './catalog.js';
import type { Locale } from './locale.js';
import { messagesVi } from './messages.vi.js';
import { registeredMessages } from './registry.js';

// A module apart from the entry's index, which re-exports the rest of i18n: a page that shows a form's messages
// needs neither the group meanings nor their table.

/** The message catalog of a locale (Vietnamese until that locale's catalog is registered). */
export function messagesFor(locale: Locale = 'vi'): MessageCatalog {
  return (locale === 'vi' ? undefined : registeredMessages(locale)) ?? messagesVi;
}

/** Renders a validation issue as a user-facing sentence (Vietnamese by default). */
export function formatIssue(issue: ValidationIssue, locale: Locale = 'vi'): string {
  return messagesFor(locale)[issue.code](issue.params ?? {});
}
