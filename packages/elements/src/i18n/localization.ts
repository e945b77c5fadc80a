import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { Locale } from '@vssid/core';
import { registerGroupMeanings, registerMessages, registerProofTexts } from '@vssid/core/i18n';
import type { Translate } from './english.js';
import { sourceLocale, targetLocales } from './locale-codes.js';

// lit-localize's runtime mode cut to what two languages need. Vietnamese is the source language: `msg()` gives
// the template as written and nothing else is loaded (lit-localize's own runtime would bring the code that looks
// translations up by hash on every page). English is fetched only when a page asks for it (in the CDN build, the
// file vssid-elements.en.js next to vssid-elements.js) and brings its templates and that look-up with it.
// Elements decorated with `@localized()` re-render on the same status events lit-localize sends.
let translate: Translate | undefined;
// (typed apart from `MsgFn`: lit-localize's extractor takes every call of a function of that type for a message)
const asWritten = defaultMsg as unknown as Translate;
_installMsgImplementation(((template, options) => (translate ?? asWritten)(template, options)) as MsgFn);

let active: Locale = sourceLocale;
/** The locale asked for last (the one on its way while English loads). */
let wanted: Locale = sourceLocale;
let request = 0;
let pending: Promise<void> = Promise.resolve();

const announce = (detail: LocaleStatusEventDetail) =>
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));

async function loadEnglish(): Promise<Translate> {
  const pack = await import('./english.js');
  // core's English validation messages, group glosses and proof-claim words come in the same pack
  registerMessages('en', pack.messagesEn);
  registerGroupMeanings('en', pack.bhytGroupMeaningsEn);
  registerProofTexts('en', pack.proofTextsEn);
  return pack.translate;
}

/** The locale every element renders in now. */
export function currentLocale(): Locale {
  return active;
}

/** Maps any BCP 47 tag (`en-GB`, `vi-VN`, `VI`) to a supported locale; Vietnamese is the default. */
export function toLocale(tag: string | null | undefined): Locale {
  const t = tag?.toLowerCase() ?? '';
  return targetLocales.find((l) => t.startsWith(l)) ?? sourceLocale;
}

/** Switches every element on the page to `tag` (one locale per page). Resolves once it is shown. */
export function switchLocale(tag: string | null | undefined): Promise<void> {
  const next = toLocale(tag);
  if (next === wanted) return pending;
  wanted = next;
  const id = ++request;
  announce({ status: 'loading', loadingLocale: next });
  pending = (next === 'en' ? loadEnglish() : Promise.resolve(undefined)).then(
    (t) => {
      // a later switch wins
      if (id !== request) return;
      translate = t;
      active = next;
      announce({ status: 'ready', readyLocale: next });
    },
    (e: unknown) => {
      if (id === request) {
        // asking again for the same language tries again
        wanted = active;
        announce({ status: 'error', errorLocale: next, errorMessage: String(e) });
      }
      throw e;
    },
  );
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
