import * as z from 'zod/mini';
import { isoDateTimeSchema, otpSchema } from './common.js';

export const loginRequestSchema = z.object({ socialInsuranceCode: z.string(), password: z.string() });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** What a login returns. The token is a bearer secret: elements never put it in events, URLs or storage other than sessionStorage. */
export const sessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresAt: isoDateTimeSchema,
  mustChangePassword: z.boolean(),
});
export type SessionGrant = z.infer<typeof sessionSchema>;

export const passwordChangeRequestSchema = z.object({ currentPassword: z.string(), newPassword: z.string() });
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;

export const forgotPasswordRequestSchema = z.object({ socialInsuranceCode: z.string(), phone: z.string() });
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequestSchema>;

export const resetPasswordRequestSchema = z.object({
  socialInsuranceCode: z.string(),
  otp: otpSchema,
  newPassword: z.string(),
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
