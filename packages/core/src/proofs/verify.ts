/**
 * Offline verification of a proof against a JWKS, with WebCrypto only (browsers and Node 20 alike). The
 * order of the checks is the point: nothing in a token is believed before its signature is checked with a
 * key the caller supplied, and the header can only name a key, never bring one or choose the algorithm.
 */
import { proofJwkSchema, type ProofClaims, type ProofJwk } from '../schemas/proofs.js';
import {
  ES256,
  MAX_PROOF_TOKEN_LENGTH,
  PROOF_ALG,
  base64UrlToBytes,
  bytesToBase64Url,
  claimsOf,
  decodeJsonSegment,
  proofHeaderSchema,
  proofPayloadSchema,
} from './jws.js';

/** Why a proof was refused, one stable word per cause. */
export const proofFailureReasons = [
  /** Not a compact JWS of this contract: wrong shape, not base64url/JSON, oversized, or a header with other members. */
  'malformed',
  /** The header asks for another algorithm than ES256 (`none`, `HS256`, …), or this runtime has no WebCrypto. */
  'unsupported_alg',
  /** No usable ES256/P-256 key in the set carries the header's `kid`. */
  'unknown_key',
  /** The signature does not match: the token was altered or signed by another key. */
  'bad_signature',
  /** Genuine, but past `exp` (beyond the allowed clock skew). */
  'expired',
  /** Genuine, but issued in the future (beyond the allowed clock skew). */
  'not_yet_valid',
  /** Genuine, but its claims are not the contract's (unknown claim, wrong value, no claim, too long a life, other issuer). */
  'bad_claims',
] as const;
export type ProofFailureReason = (typeof proofFailureReasons)[number];

export interface VerifyProofOptions {
  /** The time to judge by, as a Date or epoch ms. Default: now. An invalid value falls back to now. */
  now?: Date | number;
  /** Clock difference tolerated between issuer and verifier, in seconds, both ways. Default 60. */
  skewSeconds?: number;
  /** When given, the token's `iss` must equal it. */
  issuer?: string;
}

/** A verified proof: what it shows and its life. */
export interface VerifiedProof {
  ok: true;
  /** Only the claims the citizen chose. */
  claims: ProofClaims;
  /** `exp` as an ISO instant. */
  expiresAt: string;
  /** `iat` as an ISO instant. */
  issuedAt: string;
  /** The proof's id (`jti`): what `GET /proofs/{id}/status` takes for the online revocation check. */
  id: string;
  issuer: string;
  /** The key that signed it. */
  kid: string;
}
export type ProofVerification = VerifiedProof | { ok: false; reason: ProofFailureReason };

/**
 * The keys of a set, when it has the JWKS shape `{keys: [...]}`. Only the container is checked as a whole:
 * one key of another type in a set must not hide the others (each candidate is checked with its schema).
 */
function keysOf(jwks: unknown): unknown[] | null {
  const keys = jwks !== null && typeof jwks === 'object' ? (jwks as { keys?: unknown }).keys : undefined;
  return Array.isArray(keys) ? keys : null;
}

/** Imported keys by coordinates: a verifier checking a queue of proofs imports each key once. */
const imported = new Map<string, Promise<CryptoKey>>();
const MAX_IMPORTED = 32;

function importKey(jwk: ProofJwk): Promise<CryptoKey> {
  const id = `${jwk.x}.${jwk.y}`;
  let key = imported.get(id);
  if (!key) {
    // Only the curve and the point go in: `alg`, `use` and `key_ops` have been checked already.
    key = crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ES256, false, ['verify']);
    key.catch(() => imported.delete(id));
    if (imported.size >= MAX_IMPORTED) imported.delete(imported.keys().next().value!);
    imported.set(id, key);
  }
  return key;
}

// P-256 (FIPS 186-4, D.1.2.3): the points (x, y) with y² = x³ − 3x + b over the prime field of P.
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

/**
 * Whether the key's point lies on P-256. Checked here because WebKit's WebCrypto imports a point off the curve
 * without complaint (Chromium and Firefox refuse it), and such a key must be refused the same way everywhere.
 */
function onCurve(jwk: ProofJwk): boolean {
  const x = coordinate(jwk.x);
  const y = coordinate(jwk.y);
  return x < P && y < P && (y * y - (x * x * x - 3n * x + B)) % P === 0n;
}

/** A JWK coordinate (base64url, big-endian) as a number; the schema has checked its length. */
const coordinate = (c: string): bigint =>
  (base64UrlToBytes(c) ?? new Uint8Array()).reduce((n, b) => (n << 8n) | BigInt(b), 0n);

const fail = (reason: ProofFailureReason): ProofVerification => ({ ok: false, reason });

function epochMs(now: Date | number | undefined): number {
  const ms = now instanceof Date ? now.getTime() : now;
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : Date.now();
}

/**
 * Verifies a proof token against a key set (`GET /proofs/keys`), offline. Never throws and never rejects:
 * every outcome is a value. Revocation is not visible offline; ask `GET /proofs/{id}/status` for it.
 *
 * @param token the compact JWS, as scanned or pasted (surrounding whitespace is ignored)
 * @param jwks the key set as fetched (checked here, whatever its type says)
 * @example
 * const r = await verifyProof(scanned, await client.proofKeys());
 * if (r.ok) show(r.claims); else explain(r.reason);
 */
export async function verifyProof(
  token: unknown,
  jwks: unknown,
  options: VerifyProofOptions = {},
): Promise<ProofVerification> {
  try {
    return await check(token, jwks, options);
  } catch {
    // Unreachable by design; a bug here must still answer "refused", never "accepted" or an exception.
    return fail('malformed');
  }
}

async function check(token: unknown, jwks: unknown, options: VerifyProofOptions): Promise<ProofVerification> {
  if (typeof token !== 'string' || token.length > MAX_PROOF_TOKEN_LENGTH + 64) return fail('malformed');
  const compact = token.trim();
  if (compact.length > MAX_PROOF_TOKEN_LENGTH) return fail('malformed');
  const parts = compact.split('.');
  if (parts.length !== 3) return fail('malformed');
  const [h, p, s] = parts as [string, string, string];

  // 1. The header may name a key; the algorithm is ours, whatever it says.
  const header = decodeJsonSegment(h);
  if (!header || typeof header.alg !== 'string') return fail('malformed');
  if (header.alg !== PROOF_ALG) return fail('unsupported_alg');
  const head = proofHeaderSchema.safeParse(header);
  if (!head.success) return fail('malformed');
  const { kid } = head.data;

  // 2. A key of the caller's set with that kid, of the one type that fits.
  const keys = keysOf(jwks);
  if (!keys) return fail('unknown_key');
  const candidates: ProofJwk[] = [];
  for (const k of keys) {
    if (!k || typeof k !== 'object' || (k as { kid?: unknown }).kid !== kid) continue;
    const jwk = proofJwkSchema.safeParse(k);
    if (jwk.success) candidates.push(jwk.data);
  }
  if (!candidates.length) return fail('unknown_key');

  // 3. The signature: exactly 64 bytes in canonical base64url, valid for one of those keys.
  const signature = base64UrlToBytes(s);
  if (!signature || signature.length !== 64 || bytesToBase64Url(signature) !== s) return fail('bad_signature');
  if (!globalThis.crypto?.subtle) return fail('unsupported_alg'); // e.g. a page on plain http
  const input = new TextEncoder().encode(`${h}.${p}`);
  let usable = false;
  let genuine = false;
  for (const jwk of candidates) {
    let key: CryptoKey;
    if (!onCurve(jwk)) continue;
    try {
      key = await importKey(jwk);
    } catch {
      continue; // not a point on the curve
    }
    usable = true;
    if (await crypto.subtle.verify(ES256, key, signature, input)) {
      genuine = true;
      break;
    }
  }
  if (!usable) return fail('unknown_key');
  if (!genuine) return fail('bad_signature');

  // 4. Only now is the payload read: it is the issuer's, so a wrong shape is a wrong claim.
  const raw = decodeJsonSegment(p);
  if (!raw) return fail('malformed');
  const payload = proofPayloadSchema.safeParse(raw);
  if (!payload.success) return fail('bad_claims');
  const { iss, jti, iat, exp } = payload.data;
  if (options.issuer !== undefined && iss !== options.issuer) return fail('bad_claims');

  // 5. Time, with the skew allowed both ways.
  const skew = Math.max(0, Number.isFinite(options.skewSeconds) ? options.skewSeconds! : 60) * 1000;
  const now = epochMs(options.now);
  if (iat * 1000 > now + skew) return fail('not_yet_valid');
  if (now >= exp * 1000 + skew) return fail('expired');

  return {
    ok: true,
    claims: claimsOf(payload.data),
    expiresAt: new Date(exp * 1000).toISOString(),
    issuedAt: new Date(iat * 1000).toISOString(),
    id: jti,
    issuer: iss,
    kid,
  };
}
