import * as z from 'zod/mini';
import { isoDateTimeSchema } from './common.js';

/** Every error code the contract uses: one per cause, stable for clients to branch on. */
export const errorCodes = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'otp_invalid',
  'otp_expired',
  'rate_limited',
  'already_registered',
  'not_found',
  'invalid_credentials',
  'locked',
  'session_expired',
  'password_change_required',
  'internal_error',
  // made by the HTTP layer itself, before any operation runs
  'method_not_allowed',
  'request_too_large',
  'bad_request',
  'origin_not_allowed',
  'request_timeout',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The body of every non-2xx answer. `message` is Vietnamese; `fields` maps a request field to its message. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.optional(z.catchall(z.object({}), z.string())),
  attemptsLeft: z.optional(z.number().check(z.int(), z.minimum(0))),
  lockedUntil: z.optional(isoDateTimeSchema),
  retryAfterSeconds: z.optional(z.number().check(z.minimum(0))),
  attemptsLeftOtp: z.optional(z.number().check(z.int(), z.minimum(0))),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
