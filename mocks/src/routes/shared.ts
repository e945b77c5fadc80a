/**
 * What more than one route file uses: the contract's limits, the person behind a code, who is signed in,
 * the card as of the mock clock, the 429 answer, and the one-time codes sent by SMS (registration and
 * password reset).
 */
import type { BhytCard, OtpSent } from '@vssid/core';
import type { MockBackend } from '../backend.js';
import { cardCodeOf, generatePerson, type Person } from '../data/people.js';
import { secureDigits } from '../data/random.js';
import { type ApiProblem, messages, problem } from '../http.js';
import type { Ctx } from '../route.js';

const MIN = 60_000;
/** The contract's time and rate limits (the proofs' own are `proofLimits`). */
export const limits = {
  otpTtlMs: 5 * MIN,
  otpResendSeconds: 60,
  otpMaxTries: 5,
  otpPerPhone: 5,
  otpWindowMs: 10 * MIN,
  phoneTokenTtlMs: 30 * MIN,
  sessionTtlMs: 30 * MIN,
  loginMaxFailures: 5,
  lockMs: 30 * MIN,
  lookupPerWindow: 10,
  lookupWindowMs: 10 * MIN,
} as const;

// ---------------------------------------------------------------- people and sessions

/** The generated person with what the citizen declared at registration laid over it. */
export function personOf(b: MockBackend, code: string): Person {
  const p = generatePerson(code, b.state.dataDate);
  const d = b.state.declared[code];
  return d ? { ...p, ...d } : p;
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return m ? m[1]! : null;
}

/** The signed-in code, or 401/403. `allowMustChange` lets the password change through. */
export function requireSession(ctx: Ctx, allowMustChange = false): string {
  const token = bearer(ctx.request);
  const s = token ? ctx.b.state.sessions[token] : undefined;
  if (!token || !s || s.expiresAt <= ctx.b.now()) {
    if (token && s) delete ctx.b.state.sessions[token];
    throw problem(401, 'session_expired', messages.sessionExpired);
  }
  const account = ctx.b.state.accounts[s.code];
  if (!account) throw problem(401, 'session_expired', messages.sessionExpired);
  if (account.mustChangePassword && !allowMustChange)
    throw problem(403, 'password_change_required', messages.mustChange);
  return s.code;
}

/** The card as of the mock clock: a card whose validTo has passed is expired (010) whatever it was. */
export function cardOf(b: MockBackend, p: Person): BhytCard {
  const c = p.card;
  const lapsed = c.validTo !== null && c.validTo < b.today();
  return {
    cardCode: cardCodeOf(p),
    socialInsuranceCode: p.socialInsuranceCode,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    address: p.address,
    facility: c.facility,
    validFrom: c.validFrom,
    validTo: c.validTo,
    fiveYearsFrom: c.fiveYearsFrom,
    status: lapsed ? 'expired' : c.status,
    checkCode: lapsed ? '010' : c.checkCode,
    issuedAt: c.validFrom,
  };
}

// ---------------------------------------------------------------- rate limits and OTPs

function otpText(code: string): string {
  return `BHXHVN: Ma OTP cua ban la ${code}, hieu luc 5 phut`;
}

export function rateLimited(seconds: number): ApiProblem {
  return problem(429, 'rate_limited', `Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`, {
    retryAfterSeconds: seconds,
  });
}

/** Counts a code sent to `phone` against the 5-per-10-minutes limit. */
export function countOtp(b: MockBackend, phone: string): void {
  const wait = b.hit(`otp:${phone}`, limits.otpPerPhone, limits.otpWindowMs);
  if (wait !== null) throw rateLimited(wait);
}

export function issueOtp(b: MockBackend, key: string, phone: string): OtpSent {
  const code = secureDigits(6);
  b.state.otps[key] = { code, phone, expiresAt: b.now() + limits.otpTtlMs, attemptsLeft: limits.otpMaxTries };
  b.sendSms(phone, otpText(code));
  return { expiresInSeconds: limits.otpTtlMs / 1000, resendAfterSeconds: limits.otpResendSeconds };
}

export const otpGone = () =>
  problem(410, 'otp_expired', 'Mã OTP đã hết hạn hoặc đã được sử dụng. Vui lòng lấy mã mới.');

/** Checks and uses up an OTP: wrong → 422 with attempts left (dropped at 0); missing/expired/used → 410. */
export function consumeOtp(b: MockBackend, key: string, given: string): void {
  const otp = b.state.otps[key];
  if (!otp || otp.expiresAt <= b.now()) {
    delete b.state.otps[key];
    throw otpGone();
  }
  if (otp.code !== given) {
    otp.attemptsLeft -= 1;
    if (otp.attemptsLeft <= 0) delete b.state.otps[key];
    throw problem(422, 'otp_invalid', `Mã OTP không đúng. Bạn còn ${Math.max(0, otp.attemptsLeft)} lần thử.`, {
      attemptsLeft: Math.max(0, otp.attemptsLeft),
      fields: { otp: 'Mã OTP không đúng.' },
    });
  }
  delete b.state.otps[key];
}
