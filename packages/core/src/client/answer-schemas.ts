import { sessionSchema } from '../schemas/auth.js';
import { benefitListSchema } from '../schemas/benefits.js';
import { bhytCardSchema, cardLookupResultSchema } from '../schemas/card.js';
import { errorBodySchema } from '../schemas/error.js';
import { officeListSchema, provinceListSchema } from '../schemas/geo.js';
import { participationHistorySchema } from '../schemas/participation.js';
import { profileSchema } from '../schemas/profile.js';
import { proofKeySetSchema, proofListSchema, proofSchema, proofStatusSchema } from '../schemas/proofs.js';
import {
  codeLookupResultSchema,
  dossierStatusSchema,
  otpSentSchema,
  phoneVerifiedSchema,
  registrationReceiptSchema,
} from '../schemas/registration.js';
import { uploadSchema } from '../schemas/upload.js';
import { visitPageSchema } from '../schemas/visits.js';

/**
 * The schema of each answer the client reads, by the name its call gives it, and only those: the module the
 * client fetches on demand (schemas-on-demand.ts), so that what it brings is what the client checks.
 */
export const answers = {
  session: sessionSchema,
  benefits: benefitListSchema,
  card: bhytCardSchema,
  cardLookup: cardLookupResultSchema,
  error: errorBodySchema,
  offices: officeListSchema,
  provinces: provinceListSchema,
  participation: participationHistorySchema,
  profile: profileSchema,
  proofKeys: proofKeySetSchema,
  proofs: proofListSchema,
  proof: proofSchema,
  proofStatus: proofStatusSchema,
  codeLookup: codeLookupResultSchema,
  dossier: dossierStatusSchema,
  otpSent: otpSentSchema,
  phoneVerified: phoneVerifiedSchema,
  receipt: registrationReceiptSchema,
  upload: uploadSchema,
  visits: visitPageSchema,
};

/** The schemas of the answers by name. */
export type Answers = typeof answers;
