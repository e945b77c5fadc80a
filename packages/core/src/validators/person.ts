/** Names and dates about a person. */

import { parseDateInput, todayIso, yearsBetween, type TodayInput } from '../domain/dates.js';
import { collapseSpaces } from './normalize.js';
import { invalid, valid, type ValidationResult } from './types.js';

export const NAME_LENGTH = { min: 2, max: 100 } as const;
/** Older dates of birth are treated as typing mistakes. */
export const MAX_AGE = 120;

// All Vietnamese letters in NFC: the 12 vowels × 6 tones, the consonants, đ; f j w z for names of
// foreign or ethnic-minority origin. Built once rather than written out as 134 literals.
const VIETNAMESE_LETTERS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  for (const v of 'aăâeêioôơuưy') for (const t of tones) set.add((v + t).normalize('NFC'));
  for (const c of 'bcdđfghjklmnpqrstvwxz') set.add(c);
  for (const ch of [...set]) set.add(ch.toUpperCase());
  return set;
})();

/**
 * Full name: NFC, trimmed, inner spaces collapsed; Vietnamese letters and spaces only, plus the
 * apostrophe of Central Highlands names (H'Hen Niê); 2–100 characters.
 */
export function validateFullName(input: string): ValidationResult {
  const v = collapseSpaces(input).replace(/[’ʼ]/g, "'");
  if (v === '') return invalid('required');
  const bad = [...v].find((ch) => ch !== ' ' && ch !== "'" && !VIETNAMESE_LETTERS.has(ch));
  if (bad !== undefined) return invalid('name_chars', { char: bad });
  const length = [...v].length;
  if (length < NAME_LENGTH.min || length > NAME_LENGTH.max)
    return invalid('name_length', { min: NAME_LENGTH.min, max: NAME_LENGTH.max });
  return valid(v);
}

/** Date of birth: a real date (ISO or dd/mm/yyyy), not after today, at most 120 years ago. Returns ISO. */
export function validateDateOfBirth(input: string, opts: { today?: TodayInput } = {}): ValidationResult {
  if (input.trim() === '') return invalid('required');
  const iso = parseDateInput(input);
  if (!iso) return invalid('dob_format');
  const today = todayIso(opts.today);
  if (iso > today) return invalid('dob_future');
  if (yearsBetween(iso, today) > MAX_AGE) return invalid('dob_too_old', { maxAge: MAX_AGE });
  return valid(iso);
}

/** Any past-or-today date (ISO or dd/mm/yyyy). Returns ISO. */
export function validateDate(
  input: string,
  opts: { today?: TodayInput; allowFuture?: boolean } = {},
): ValidationResult {
  if (input.trim() === '') return invalid('required');
  const iso = parseDateInput(input);
  if (!iso) return invalid('date_format');
  if (!opts.allowFuture && iso > todayIso(opts.today)) return invalid('date_future');
  return valid(iso);
}

/** ID issue date: a real date, not in the future, not before the date of birth (when that is readable). */
export function validateIssueDate(
  input: string,
  opts: { dateOfBirth?: string; today?: TodayInput } = {},
): ValidationResult {
  const r = validateDate(input, { today: opts.today });
  if (!r.ok) return r;
  const dob = opts.dateOfBirth ? parseDateInput(opts.dateOfBirth) : undefined;
  return dob && r.value < dob ? invalid('date_before_birth') : r;
}

/** Free text (address, issue place): trimmed, collapsed, required, at most `max` characters. */
export function validateText(input: string, opts: { max?: number; required?: boolean } = {}): ValidationResult {
  const v = collapseSpaces(input);
  const max = opts.max ?? 255;
  if (v === '' && opts.required !== false) return invalid('required');
  return [...v].length > max ? invalid('text_too_long', { max }) : valid(v);
}
