/** Login, the password change and reset, the OTP for a forgotten password, logout. */
import {
  forgotPasswordRequestSchema,
  loginRequestSchema,
  passwordChangeRequestSchema,
  resetPasswordRequestSchema,
} from '@vssid/core';
import { secureToken } from '../data/random.js';
import { type ApiProblem, json, noContent, problem, rejectFields } from '../http.js';
import { post, route, type Route } from '../route.js';
import { checkNewPassword, checkPhone, checkSocialInsuranceCode, normalizeCode, normalizePhone } from '../validate.js';
import { bearer, consumeOtp, countOtp, issueOtp, limits, otpGone, personOf } from './shared.js';

function lockedProblem(until: number): ApiProblem {
  return problem(
    423,
    'locked',
    'Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Vui lòng thử lại sau 30 phút hoặc lấy lại mật khẩu.',
    {
      lockedUntil: new Date(until).toISOString(),
    },
  );
}

export const authRoutes: Route[] = [
  post('/api/auth/login', loginRequestSchema, ({ body, b }) => {
    const code = normalizeCode(body.socialInsuranceCode);
    const now = b.now();
    let f = b.state.loginFailures[code];
    if (f?.lockedUntil && f.lockedUntil > now) throw lockedProblem(f.lockedUntil);
    if (f?.lockedUntil) {
      delete b.state.loginFailures[code]; // the lockout is over: start counting again
      f = { count: 0, lockedUntil: null };
    }
    const account = b.state.accounts[code];
    // Login checks only the password; the policy applies when choosing a new one.
    if (account && account.password === body.password) {
      delete b.state.loginFailures[code];
      const token = `st_${secureToken(24)}`;
      const expiresAt = now + limits.sessionTtlMs;
      b.state.sessions[token] = { code, expiresAt };
      return json({
        token,
        expiresAt: new Date(expiresAt).toISOString(),
        mustChangePassword: account.mustChangePassword,
      });
    }
    const count = (f?.count ?? 0) + 1;
    if (count >= limits.loginMaxFailures) {
      const lockedUntil = now + limits.lockMs;
      b.state.loginFailures[code] = { count, lockedUntil };
      throw lockedProblem(lockedUntil);
    }
    b.state.loginFailures[code] = { count, lockedUntil: null };
    const attemptsLeft = limits.loginMaxFailures - count;
    throw problem(401, 'invalid_credentials', `Mã số BHXH hoặc mật khẩu không đúng. Bạn còn ${attemptsLeft} lần thử.`, {
      attemptsLeft,
    });
  }),
  route({
    method: 'post',
    path: '/api/auth/password',
    session: 'any',
    body: passwordChangeRequestSchema,
    run: ({ body, code, b }) => {
      const account = b.state.accounts[code]!;
      rejectFields({
        currentPassword: body.currentPassword === account.password ? null : 'Mật khẩu hiện tại không đúng.',
        newPassword: checkNewPassword(body.newPassword, {
          socialInsuranceCode: code,
          currentPassword: account.password,
        }),
      });
      account.password = body.newPassword;
      account.mustChangePassword = false;
      return noContent();
    },
  }),
  post('/api/auth/forgot', forgotPasswordRequestSchema, ({ body, b }) => {
    rejectFields({
      socialInsuranceCode: checkSocialInsuranceCode(body.socialInsuranceCode),
      phone: checkPhone(body.phone),
    });
    const code = normalizeCode(body.socialInsuranceCode);
    const phone = normalizePhone(body.phone);
    countOtp(b, phone);
    // Same 202 either way, so the endpoint cannot be used to learn who is registered with which phone;
    // the mismatch is told only to the phone itself, as the 8079 service does.
    if (b.state.accounts[code] && personOf(b, code).phone === phone)
      return json(issueOtp(b, `reset:${code}`, phone), 202);
    b.sendSms(phone, 'So dien thoai va ma so BHXH khong khop hoac chua dang ky giao dich dien tu voi co quan BHXH');
    return json({ expiresInSeconds: limits.otpTtlMs / 1000, resendAfterSeconds: limits.otpResendSeconds }, 202);
  }),
  post('/api/auth/reset', resetPasswordRequestSchema, ({ body, b }) => {
    const code = normalizeCode(body.socialInsuranceCode);
    const account = b.state.accounts[code];
    rejectFields({
      newPassword: checkNewPassword(body.newPassword, {
        socialInsuranceCode: code,
        currentPassword: account?.password,
      }),
    });
    consumeOtp(b, `reset:${code}`, body.otp);
    if (!account) throw otpGone(); // unreachable: reset OTPs are only issued to accounts
    account.password = body.newPassword;
    account.mustChangePassword = false;
    delete b.state.loginFailures[code]; // a reset ends a lockout
    for (const [t, s] of Object.entries(b.state.sessions)) if (s.code === code) delete b.state.sessions[t];
    return noContent();
  }),
  {
    method: 'post',
    path: '/api/auth/logout',
    run: ({ request, b }) => {
      const token = bearer(request);
      if (token) delete b.state.sessions[token];
      return noContent();
    },
  },
];
