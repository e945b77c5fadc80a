import * as z from 'zod/mini';
import {
  dossierNumberSchema,
  fiveDigitCodeSchema,
  idTypeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  otpSchema,
  sexSchema,
  socialInsuranceCodeSchema,
} from './common.js';

export const otpRequestSchema = z.object({ phone: z.string() });
export type OtpRequest = z.infer<typeof otpRequestSchema>;
export const otpSentSchema = z.object({
  expiresInSeconds: z.number().check(z.int(), z.positive()),
  resendAfterSeconds: z.number().check(z.int(), z.minimum(0)),
});
export type OtpSent = z.infer<typeof otpSentSchema>;

export const otpVerifyRequestSchema = z.object({ phone: z.string(), otp: otpSchema });
export type OtpVerifyRequest = z.infer<typeof otpVerifyRequestSchema>;
export const phoneVerifiedSchema = z.object({
  phoneToken: z.string().check(z.minLength(1)),
  expiresAt: isoDateTimeSchema,
});
export type PhoneVerified = z.infer<typeof phoneVerifiedSchema>;

/**
 * The registration declaration (tờ khai, Mẫu 01/ĐK-GD). The shape is checked here; the field rules
 * (CCCD against date of birth, phone prefixes, …) live in the validators, which the server applies too.
 */
export const registrationRequestSchema = z.object({
  fullName: z.string(),
  dateOfBirth: z.string(),
  sex: sexSchema,
  socialInsuranceCode: z.string(),
  idType: idTypeSchema,
  idNumber: z.string(),
  idIssueDate: z.string(),
  idIssuePlace: z.string(),
  address: z.string(),
  email: z.string(),
  phone: z.string(),
  phoneToken: z.string(),
  officeCode: z.string(),
  photos: z.object({ portrait: z.string(), idFront: z.string(), idBack: z.string() }),
  consent: z.literal(true),
});
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

export const dossierStatusValues = ['received', 'approved', 'rejected'] as const;
export const dossierStatusValueSchema = z.enum(dossierStatusValues);
export type DossierStatusValue = z.infer<typeof dossierStatusValueSchema>;

export const registrationReceiptSchema = z.object({
  dossierNumber: dossierNumberSchema,
  status: z.literal('received'),
  submittedAt: isoDateTimeSchema,
});
export type RegistrationReceipt = z.infer<typeof registrationReceiptSchema>;

export const dossierStatusSchema = z.object({
  dossierNumber: dossierNumberSchema,
  status: dossierStatusValueSchema,
  officeCode: fiveDigitCodeSchema,
  submittedAt: isoDateTimeSchema,
  decidedAt: z.optional(isoDateTimeSchema),
  reason: z.optional(z.string()),
});
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

/**
 * Query of `GET /api/registrations`. The number is text here: a server may accept it in lower case or with
 * spaces around it, so the format is checked after normalising (`dossierNumberSchema`).
 */
export const dossierQuerySchema = z.object({ dossierNumber: z.string() });
export type DossierQuery = z.infer<typeof dossierQuerySchema>;

/** "Tra cứu mã số BHXH": find one's code from name, date of birth and ID number. */
export const codeLookupRequestSchema = z.object({
  fullName: z.string(),
  dateOfBirth: isoDateSchema,
  idNumber: z.string(),
});
export type CodeLookupRequest = z.infer<typeof codeLookupRequestSchema>;
export const codeLookupResultSchema = z.object({
  socialInsuranceCode: socialInsuranceCodeSchema,
  fullName: z.string(),
});
export type CodeLookupResult = z.infer<typeof codeLookupResultSchema>;

export const smsSchema = z.object({ to: z.string(), text: z.string(), sentAt: isoDateTimeSchema });
export const smsListSchema = z.array(smsSchema);
export type Sms = z.infer<typeof smsSchema>;
