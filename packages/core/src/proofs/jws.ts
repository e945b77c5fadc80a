/**
 * The compact-JWS pieces proofs need and nothing more: base64url, the fixed header, the payload's shape and
 * signing. Only ES256 exists here, so there is no algorithm to negotiate and nothing to confuse.
 */
import * as z from 'zod/mini';
import {
  proofClaimNames,
  proofClaimsSchema,
  proofJwkSchema,
  proofKidSchema,
  type ProofClaims,
  type ProofJwk,
} from '../schemas/proofs.js';

/** The one signature algorithm of proofs: ECDSA on P-256 with SHA-256 (RFC 7518 §3.4). */
export const PROOF_ALG = 'ES256';
/** The header's `typ`: a proof cannot pass for another kind of JWT signed with the same key, nor the reverse. */
export const PROOF_TYP = 'vss-proof+jwt';
/**
 * Longest token accepted, in characters. The largest claim set is about 0.6 kB; a QR code holds under 3 kB.
 * Anything longer is refused before any decoding.
 */
export const MAX_PROOF_TOKEN_LENGTH = 2048;
/** Longest `exp - iat` a proof may have: the contract's 1440-minute maximum. */
export const MAX_PROOF_LIFETIME_SECONDS = 1440 * 60;

/** ECDSA parameters of WebCrypto for ES256; its signatures are already JWS's raw r‖s form (64 bytes). */
export const ES256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const B64URL = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 7515 §2). */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url; null for any other alphabet, padding or an impossible length. */
export function base64UrlToBytes(s: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(s) || s.length % 4 === 1) return null;
  let bin: string;
  try {
    bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '=='.slice(0, (4 - (s.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A segment decoded as UTF-8 JSON, only when it is a plain object (a header or a claims set). */
export function decodeJsonSegment(segment: string): Record<string, unknown> | null {
  const bytes = base64UrlToBytes(segment);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const encodeJsonSegment = (value: unknown): string => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** The protected header: exactly these three members (no `jwk`, `jku`, `x5u` or `crit` to trust). */
export const proofHeaderSchema = z.strictObject({
  alg: z.literal(PROOF_ALG),
  typ: z.literal(PROOF_TYP),
  kid: proofKidSchema,
});
export type ProofHeader = z.infer<typeof proofHeaderSchema>;

// Up to the year 9999, so every accepted time is a valid Date.
const epochSeconds = z.number().check(z.int(), z.minimum(0), z.maximum(253_402_300_799));

/**
 * The signed claims set: who issued it, its id, when, until when, and only claims of the contract (an
 * unknown member fails, so nothing unlisted can ride along). At least one claim; a life of at most a day.
 */
export const proofPayloadSchema = z
  .strictObject({
    // a regex rather than z.maxLength, as in schemas/proofs.ts: a check the rest of the data layer does not use
    // would join the zod every element downloads
    iss: z.string().check(z.regex(/^[\s\S]{1,200}$/u)),
    jti: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
    iat: epochSeconds,
    exp: epochSeconds,
    ...proofClaimsSchema.shape,
  })
  .check(
    // plain checks rather than z.refine, whose schema class would join that zod too
    z.check((ctx) => {
      const p = ctx.value;
      if (!proofClaimNames.some((n) => p[n] !== undefined))
        ctx.issues.push({ code: 'custom', message: 'No claim', input: p });
      if (!(p.exp > p.iat && p.exp - p.iat <= MAX_PROOF_LIFETIME_SECONDS))
        ctx.issues.push({ code: 'custom', message: 'Lifetime out of range', input: p });
    }),
  );
export type ProofPayload = z.infer<typeof proofPayloadSchema>;

/** The claims of a payload, without the registered members. */
export function claimsOf(payload: ProofPayload): ProofClaims {
  const claims: Record<string, unknown> = {};
  for (const name of proofClaimNames) if (payload[name] !== undefined) claims[name] = payload[name];
  return claims as ProofClaims;
}

/**
 * Signs a proof (for a backend and the mock): checks the payload against the schema verifiers use, so
 * nothing is signed that `verifyProof` would refuse, then returns the compact JWS.
 * @throws TypeError when the payload or `kid` is not what the contract allows.
 */
export async function signProof(payload: ProofPayload, key: { privateKey: CryptoKey; kid: string }): Promise<string> {
  const header: ProofHeader = { alg: PROOF_ALG, typ: PROOF_TYP, kid: key.kid };
  if (!proofHeaderSchema.safeParse(header).success)
    throw new TypeError('signProof: kid must be 1 to 64 letters, digits, "_", "." or "-"');
  const checked = proofPayloadSchema.safeParse(payload);
  if (!checked.success) throw new TypeError('signProof: the payload is not a valid proof');
  const input = `${encodeJsonSegment(header)}.${encodeJsonSegment(checked.data)}`;
  const signature = await crypto.subtle.sign(ES256, key.privateKey, new TextEncoder().encode(input));
  return `${input}.${bytesToBase64Url(new Uint8Array(signature))}`;
}

/**
 * The public JWKS entry of a P-256 key exported as JWK (private or public): only the curve point, with the
 * `kid`, `alg` and `use` verifiers require. The private part `d` never gets through.
 * @throws TypeError when the key is not an EC P-256 key.
 */
export function publicProofJwk(jwk: JsonWebKey, kid: string): ProofJwk {
  const r = proofJwkSchema.safeParse({
    kty: jwk.kty,
    crv: jwk.crv,
    x: jwk.x,
    y: jwk.y,
    kid,
    alg: PROOF_ALG,
    use: 'sig',
  });
  if (!r.success) throw new TypeError('publicProofJwk: not an EC P-256 key, or a bad kid');
  return r.data;
}
