import * as z from 'zod/mini';
import {
  cardCodeSchema,
  fiveDigitCodeSchema,
  idTypeSchema,
  isoDateSchema,
  sexSchema,
  socialInsuranceCodeSchema,
} from './common.js';

/** "Quản lý cá nhân": the logged-in citizen's own record. */
export const profileSchema = z.object({
  socialInsuranceCode: socialInsuranceCodeSchema,
  fullName: z.string().check(z.minLength(1)),
  dateOfBirth: isoDateSchema,
  sex: sexSchema,
  idType: idTypeSchema,
  idNumber: z.string().check(z.minLength(1)),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  office: z.object({ code: fiveDigitCodeSchema, name: z.string(), parentName: z.string() }),
  cardCode: z.nullable(cardCodeSchema),
});
export type Profile = z.infer<typeof profileSchema>;
