import * as z from 'zod/mini';
import { cardCodeSchema, isoDateSchema, sexSchema, socialInsuranceCodeSchema } from './common.js';

/** The card's state as the fund sees it; "expiring soon" is derived by clients from `validTo`. */
export const cardStatusSchema = z.enum(['valid', 'expired', 'suspended']);
export type CardStatus = z.infer<typeof cardStatusSchema>;

/**
 * What a card says of its cover: the registered facility, the validity and the check code. The card and the
 * public lookup both tell it.
 */
const cardCover = {
  /** Registered primary-care facility (nơi ĐK KCB ban đầu), 5-digit code. */
  facility: z.object({ code: z.string().check(z.regex(/^\d{5}$/)), name: z.string() }),
  validFrom: isoDateSchema,
  validTo: z.nullable(isoDateSchema),
  /** Date of five consecutive years of participation (thời điểm đủ 05 năm liên tục), when reached or known. */
  fiveYearsFrom: z.nullable(isoDateSchema),
  status: cardStatusSchema,
  /** The card-check code of the verification gateway: 000 valid, 010 expired, 110 revoked, 120-124 reported leaving… */
  checkCode: z.string().check(z.regex(/^\d{3}$/)),
};

/** The digital BHYT card (Decree 188/2025/NĐ-CP art. 10 lists what it must show). */
export const bhytCardSchema = z.object({
  cardCode: cardCodeSchema,
  socialInsuranceCode: socialInsuranceCodeSchema,
  fullName: z.string().check(z.minLength(1)),
  dateOfBirth: isoDateSchema,
  sex: sexSchema,
  address: z.string(),
  ...cardCover,
  issuedAt: isoDateSchema,
});
export type BhytCard = z.infer<typeof bhytCardSchema>;

/** Public card lookup ("Tra cứu giá trị sử dụng thẻ BHYT"), no login. */
export const cardLookupRequestSchema = z.object({
  cardCode: z.string(),
  fullName: z.string(),
  dateOfBirth: isoDateSchema,
});
export type CardLookupRequest = z.infer<typeof cardLookupRequestSchema>;
export const cardLookupResultSchema = z.object({
  cardCode: cardCodeSchema,
  fullName: z.string(),
  dateOfBirth: isoDateSchema,
  sex: sexSchema,
  ...cardCover,
});
export type CardLookupResult = z.infer<typeof cardLookupResultSchema>;
