import * as z from 'zod/mini';
import { cardStatusSchema } from './card.js';
import { isoDateSchema, isoDateTimeSchema } from './common.js';
import { proofClaimNames, type ProofClaimName } from '../proofs/claim-names.js';
import { proofTtlMinutes } from './values.js';

export { proofClaimNames, type ProofClaimName } from '../proofs/claim-names.js';
/** One of the claims a proof can show (issue 17). */
export const proofClaimNameSchema = z.enum(proofClaimNames);

const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
/** A span counted in whole years and the months left over. */
const yearsMonthsSchema = z.object({ years: count(100), months: count(11) });

/**
 * The value each claim carries, numbers and codes rather than words, so a verifier shows them in its own
 * language (`proofClaimText` in `@vssid/core/i18n`).
 */
export const proofClaimValueSchemas = {
  /** The card's state and validity dates as of issuing; `to` is null for a card without an end date. */
  card_valid: z.object({ status: cardStatusSchema, from: isoDateSchema, to: z.nullable(isoDateSchema) }),
  /** Mức hưởng: the benefit digit (card character 3) and the share of covered costs the fund pays, in percent. */
  card_benefit_level: z.object({
    level: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
    fundShare: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  }),
  /** Đối tượng: the participant-group code (card characters 1-2), e.g. `DN`. */
  card_group: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** Counted BHXH contribution time (paid months, overlaps once). */
  bhxh_years: yearsMonthsSchema,
  /** The current unbroken BHYT streak (thời gian tham gia BHYT liên tục). */
  bhyt_continuous_years: yearsMonthsSchema,
  // 1 to 100 characters on one line (a regex rather than a length check: zod's maxLength is not in core yet)
  full_name: z.string().check(z.regex(/^.{1,100}$/u)),
  birth_year: z.number().check(z.int(), z.minimum(1900), z.maximum(2100)),
} as const;

type ValueSchemas = typeof proofClaimValueSchemas;
/** The value type of one claim. */
export type ProofClaimValue<N extends ProofClaimName> = z.infer<ValueSchemas[N]>;

/** The chosen claims with their values, keyed by claim name; absent = not shown. */
export const proofClaimsSchema = z.object({
  card_valid: z.optional(proofClaimValueSchemas.card_valid),
  card_benefit_level: z.optional(proofClaimValueSchemas.card_benefit_level),
  card_group: z.optional(proofClaimValueSchemas.card_group),
  bhxh_years: z.optional(proofClaimValueSchemas.bhxh_years),
  bhyt_continuous_years: z.optional(proofClaimValueSchemas.bhyt_continuous_years),
  full_name: z.optional(proofClaimValueSchemas.full_name),
  birth_year: z.optional(proofClaimValueSchemas.birth_year),
});
export type ProofClaims = z.infer<typeof proofClaimsSchema>;

/**
 * `POST /me/proofs`: what to show (a non-empty set of claim names) and for how long. Each name at most once:
 * the server answers a repeated name with 422 too (a rule, not part of the shape, to keep core's size).
 */
export const proofCreateRequestSchema = z.object({
  claims: z.array(proofClaimNameSchema).check(z.minLength(1)),
  ttlMinutes: z.number().check(z.int(), z.minimum(proofTtlMinutes.min), z.maximum(proofTtlMinutes.max)),
});
export type ProofCreateRequest = z.infer<typeof proofCreateRequestSchema>;

/** A proof as its holder sees it: the token to show (a compact JWS, ES256) and what it reveals. */
export const proofSchema = z.object({
  /** Also the token's `jti`; the key of revocation and of the public status check. */
  id: z.string().check(z.minLength(1)),
  /** A compact JWS: three base64url segments (verify it with `verifyProof` from `@vssid/core/proofs`). */
  token: z.string().check(z.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)),
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  claims: proofClaimsSchema,
});
export type Proof = z.infer<typeof proofSchema>;
export const proofListSchema = z.array(proofSchema);

/** `GET /proofs/{id}/status`: the online check a verifier adds to the offline signature check. */
export const proofStatusValues = ['active', 'revoked', 'expired'] as const;
export const proofStatusSchema = z.object({ status: z.enum(proofStatusValues) });
export type ProofStatus = z.infer<typeof proofStatusSchema>;

/** A key id: 1 to 64 characters that need no escaping anywhere (header, URL, file name). */
export const proofKidSchema = z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/));

const base64url = (length: number) => z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_-]{${length}}$`)));

/** One public signing key (JWK, RFC 7517): P-256 for ES256, coordinates base64url without padding. */
export const proofJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
  kid: proofKidSchema,
  alg: z.literal('ES256'),
  use: z.literal('sig'),
});
export type ProofJwk = z.infer<typeof proofJwkSchema>;

/** `GET /proofs/keys`: the keys proofs may be signed with (the current one and retired ones still in use). */
export const proofKeySetSchema = z.object({ keys: z.array(proofJwkSchema) });
export type ProofKeySet = z.infer<typeof proofKeySetSchema>;
