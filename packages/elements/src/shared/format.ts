import { currentLocale } from '../i18n/localization.js';
import { intlLocale } from '../i18n/locale.js';

const cache = new Map<string, Intl.DateTimeFormat>();
/** Date and time in the UI language's conventions (dd/mm/yyyy HH:mm in Vietnamese). */
export function formatDateTimeLocal(iso: string): string {
  const locale = intlLocale[currentLocale()];
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
    cache.set(locale, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : f.format(d);
}
