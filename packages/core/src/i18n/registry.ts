import type { MessageCatalog } from './catalog.js';
import type { Locale } from './locale.js';

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
