import * as z from 'zod/mini';
import { isoDateSchema, isoMonthSchema, vndSchema } from './common.js';
import { benefitRegimes } from './values.js';

export const benefitRegimeSchema = z.enum(benefitRegimes);
export type BenefitRegime = z.infer<typeof benefitRegimeSchema>;

export const benefitStatusSchema = z.enum(['paid', 'approved', 'pending', 'rejected']);
export type BenefitStatus = z.infer<typeof benefitStatusSchema>;

/** A benefit payment (thông tin hưởng). */
export const benefitPaymentSchema = z.object({
  id: z.string(),
  regime: benefitRegimeSchema,
  /** Settlement period (kỳ giải quyết). */
  period: isoMonthSchema,
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  days: z.nullable(z.number().check(z.int(), z.minimum(0))),
  amount: vndSchema,
  status: benefitStatusSchema,
  paymentMethod: z.enum(['bank', 'cash']),
  paidAt: z.nullable(isoDateSchema),
  proposingUnit: z.string(),
});
export type BenefitPayment = z.infer<typeof benefitPaymentSchema>;
export const benefitListSchema = z.array(benefitPaymentSchema);
