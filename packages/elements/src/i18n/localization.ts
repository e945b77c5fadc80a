import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { Locale } from '@vssid/core';
import { registerGroupMeanings, registerMessages, registerProofTexts } from '@vssid/core/i18n';
import { sourceLocale, targetLocales } from './locale-codes.js';
// Vietnamese is the source language and costs nothing; English is fetched only when a page asks for it
// (in the CDN build, as the file vssid-elements.en.js next to vssid-elements.js).
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => {
    const pack = await import('./english.js');
    // core's English validation messages, group glosses and proof-claim words come in the same pack
    registerMessages('en', pack.messagesEn);
    registerGroupMeanings('en', pack.bhytGroupMeaningsEn);
    registerProofTexts('en', pack.proofTextsEn);
    return pack;
  },
});

/** The locale every element renders in now. */
export function currentLocale(): Locale {
  return getLocale() === 'en' ? 'en' : 'vi';
}

/** Maps any BCP 47 tag (`en-GB`, `vi-VN`, `VI`) to a supported locale; Vietnamese is the default. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

let pending: Promise<void> = Promise.resolve();
/** Switches every element on the page to `tag` (lit-localize keeps one locale per page). */
export function switchLocale(tag: string | null | undefined): Promise<void> {
  const next = toLocale(tag);
  if (next === getLocale()) return pending;
  pending = setLocale(next);
  return pending;
}

/** Resolves when the language last asked for is loaded and applied. */
export function localeReady(): Promise<void> {
  return pending;
}

let watching = false;
/**
 * Follows `<html lang>` so a portal that switches its page language switches the elements too.
 * A provider's own `lang` takes precedence while it is set.
 */
export function followDocumentLanguage(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  const root = document.documentElement;
  const apply = () => {
    if (!document.querySelector('vss-provider[lang]')) void switchLocale(root.lang);
  };
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
  apply();
}

export { LOCALE_STATUS_EVENT };
