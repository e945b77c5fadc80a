import * as z from 'zod/mini';
import { fiveDigitCodeSchema } from './common.js';

/** A province (tỉnh/thành phố) of the 34 in force since 1 July 2025. */
export const provinceSchema = z.object({
  code: z.string().check(z.regex(/^\d{2}$/)),
  name: z.string().check(z.minLength(1)),
});
export const provinceListSchema = z.array(provinceSchema);
export type Province = z.infer<typeof provinceSchema>;

/** A social-security office that receives dossiers; `code` is province + office (5 digits). */
export const officeSchema = z.object({
  code: fiveDigitCodeSchema,
  name: z.string().check(z.minLength(1)),
  provinceCode: z.string().check(z.regex(/^\d{2}$/)),
  parentName: z.string(),
});
export const officeListSchema = z.array(officeSchema);

/** Query of `GET /api/offices` (query values arrive as text). */
export const officesQuerySchema = z.object({ province: z.string().check(z.regex(/^\d{2}$/)) });
export type OfficesQuery = z.infer<typeof officesQuerySchema>;
export type Office = z.infer<typeof officeSchema>;
