import * as z from 'zod/mini';
import { isoMonthSchema, socialInsuranceCodeSchema, vndSchema } from './common.js';

export const insuranceTypes = ['BHXH', 'BHYT', 'BHTN', 'BHTNLD_BNN'] as const;
export const insuranceTypeSchema = z.enum(insuranceTypes);
export type InsuranceType = z.infer<typeof insuranceTypeSchema>;

/** One row of the participation history: months are inclusive (`fromMonth`..`toMonth`). */
export const participationPeriodSchema = z.object({
  id: z.string(),
  insuranceType: insuranceTypeSchema,
  fromMonth: isoMonthSchema,
  toMonth: isoMonthSchema,
  employerCode: z.string(),
  employerName: z.string(),
  position: z.string(),
  /** Contribution base (mức lương đóng), VND per month. */
  salaryBase: vndSchema,
  months: z.number().check(z.int(), z.minimum(1)),
  /** Employee + employer rate in percent, e.g. 25.5 for BHXH 8% + 17.5%. */
  rate: z.number().check(z.minimum(0)),
  /** Months of this period the employer has not paid yet (0 when settled). */
  unpaidMonths: z.number().check(z.int(), z.minimum(0)),
  voluntary: z.boolean(),
});
export type ParticipationPeriod = z.infer<typeof participationPeriodSchema>;

/** The app's red notice: an employer at least 30 days late. Amounts per fund, VND. */
export const arrearSchema = z.object({
  employerCode: z.string(),
  employerName: z.string(),
  fromMonth: isoMonthSchema,
  toMonth: isoMonthSchema,
  amounts: z.object({ bhxh: vndSchema, bhyt: vndSchema, bhtn: vndSchema }),
});
export type Arrear = z.infer<typeof arrearSchema>;

export const participationHistorySchema = z.object({
  socialInsuranceCode: socialInsuranceCodeSchema,
  periods: z.array(participationPeriodSchema),
  arrears: z.array(arrearSchema),
});
export type ParticipationHistory = z.infer<typeof participationHistorySchema>;
