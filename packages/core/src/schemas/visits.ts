import * as z from 'zod/mini';
import { fiveDigitCodeSchema, isoDateSchema, isoDateTimeSchema, vndSchema } from './common.js';

/** `ma_loai_kcb` of XML 130: 01 khám bệnh … 03 nội trú; 01/02/05-08 outpatient, 03/04/09 inpatient. */
export const visitTypeCodeSchema = z.string().check(z.regex(/^0[1-9]$/));
export const visitKindSchema = z.enum(['outpatient', 'inpatient']);
export type VisitKind = z.infer<typeof visitKindSchema>;

/** A medical visit (one record of the sổ khám chữa bệnh), field names mapped from XML 130. */
export const medicalVisitSchema = z.object({
  /** `ma_lk`, the record key. */
  id: z.string(),
  admittedAt: isoDateTimeSchema,
  dischargedAt: isoDateTimeSchema,
  facilityCode: z.string().check(z.regex(/^\d{5}$/)),
  facilityName: z.string(),
  typeCode: visitTypeCodeSchema,
  kind: visitKindSchema,
  /** `ma_doituong_kcb`: 1 đúng tuyến, 2 cấp cứu, 3 trái tuyến. */
  referral: z.enum(['right_level', 'emergency', 'wrong_level']),
  diagnosisCode: z.string().check(z.regex(/^[A-Z]\d{2}(\.\d{1,3})?$/)),
  diagnosisName: z.string(),
  secondaryCodes: z.array(z.string()),
  /** `ket_qua_dtri` 1 Khỏi … 5 Tử vong. */
  result: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  treatmentDays: z.number().check(z.int(), z.minimum(0)),
  costs: z.object({
    lab: vndSchema,
    imaging: vndSchema,
    drugs: vndSchema,
    blood: vndSchema,
    procedures: vndSchema,
    supplies: vndSchema,
    consultation: vndSchema,
    transport: vndSchema,
  }),
  /** `t_tongchi`. */
  total: vndSchema,
  /** `t_bhtt`, what the BHYT fund paid. */
  insurancePaid: vndSchema,
  /** `t_bncct`, co-payment within the covered scope. */
  coPayment: vndSchema,
  /** `t_bntt`, paid by the patient outside the scope. */
  selfPaid: vndSchema,
  /** `t_nguonkhac`. */
  otherSources: vndSchema,
});
export type MedicalVisit = z.infer<typeof medicalVisitSchema>;

export const visitTotalsSchema = z.object({
  count: z.number().check(z.int(), z.minimum(0)),
  total: vndSchema,
  insurancePaid: vndSchema,
  patientPaid: vndSchema,
});
export type VisitTotals = z.infer<typeof visitTotalsSchema>;

export const visitPageSchema = z.object({
  items: z.array(medicalVisitSchema),
  nextCursor: z.nullable(z.string()),
  totals: visitTotalsSchema,
  /** Facilities present in the whole (unfiltered) record book, for the filter. */
  facilities: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type VisitPage = z.infer<typeof visitPageSchema>;

/**
 * Query of `GET /api/me/visits` as it arrives (text values; an absent or empty parameter is left out).
 * `limit` is a whole number of rows; a server may serve fewer than asked (at most 200).
 */
export const visitQueryParamsSchema = z.object({
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
  facility: z.optional(fiveDigitCodeSchema),
  type: z.optional(visitKindSchema),
  cursor: z.optional(z.string()),
  limit: z.optional(z.string().check(z.regex(/^0*[1-9]\d{0,8}$/))),
});
export type VisitQueryParams = z.infer<typeof visitQueryParamsSchema>;

/** Query of `GET /api/me/visits` as the client builds it; every field optional. */
export interface VisitQuery {
  from?: string;
  to?: string;
  facility?: string;
  type?: 'inpatient' | 'outpatient';
  cursor?: string;
  limit?: number;
}
