/** The few non-validation strings core itself produces. */

import type { ResolvedProvince } from '../domain/provinces.js';
import type { Locale } from './locale.js';

/** "2 năm 3 tháng" / "2 years 3 months"; zero parts are left out, 0 months is "0 tháng". */
export function durationText(years: number, months: number, locale: Locale = 'vi'): string {
  const parts: string[] = [];
  if (locale === 'en') {
    if (years) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
    if (months || !years) parts.push(`${months} ${months === 1 ? 'month' : 'months'}`);
  } else {
    if (years) parts.push(`${years} năm`);
    if (months || !years) parts.push(`${months} tháng`);
  }
  return parts.join(' ');
}

/** "Yên Bái (nay thuộc Lào Cai)", "Thừa Thiên Huế (nay là TP. Huế)", or the name alone when unchanged. */
export function provinceLabel(p: ResolvedProvince, locale: Locale = 'vi'): string {
  if (p.change === 'unchanged') return p.oldName;
  if (locale === 'en') return `${p.oldName} (${p.change === 'merged' ? 'now part of' : 'now'} ${p.current.name})`;
  return `${p.oldName} (${p.change === 'merged' ? 'nay thuộc' : 'nay là'} ${p.current.name})`;
}

/** "nam" / "nữ" / "male" / "female". */
export function sexText(sex: string | number | undefined, locale: Locale = 'vi'): string {
  if (locale === 'en') return sex === 'female' ? 'female' : 'male';
  return sex === 'female' ? 'nữ' : 'nam';
}
