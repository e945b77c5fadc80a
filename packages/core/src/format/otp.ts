/** Helpers for one-time codes as people receive and paste them (SMS text, spaced groups). */

import { normalizeDigits } from './numbers.js';

/**
 * The code in whatever the user pasted or autofill typed: `"615 204"`, `"Mã OTP: 615204"` or a whole SMS
 * (`"Ma OTP cua ban la 615204, hieu luc 5 phut"`) → `"615204"`. Prefers a run of exactly `length` digits
 * (spaces, dots and dashes inside the run allowed); otherwise keeps the first `length` digits.
 */
export function extractOtp(text: string, length = 6): string {
  const t = normalizeDigits(text);
  for (const m of t.matchAll(/\d(?:[\s.\-]?\d)*/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === length) return digits;
  }
  return t.replace(/\D/g, '').slice(0, length);
}

/** Whole seconds as `m:ss` for a resend countdown (`59` → `0:59`, `125` → `2:05`), the same in every locale. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
