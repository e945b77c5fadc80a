import type { Locale } from './locale.js';
import { registeredGroupMeaning } from './registry.js';
import { getBhytGroup } from '../domain/bhyt-groups.js';

/**
 * What a BHYT group code means, in the UI language when its glosses are loaded (English comes with
 * `@vssid/core/messages-en`), else in the regulation's Vietnamese; undefined for an unknown code.
 */
export function bhytGroupMeaning(code: string, locale: Locale = 'vi'): string | undefined {
  const vi = getBhytGroup(code)?.meaning;
  if (locale === 'vi' || !vi) return vi;
  return registeredGroupMeaning(locale, code) ?? vi;
}
