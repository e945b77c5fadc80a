/**
 * Proofs (issue 17) in the mock: the signing keys with their rotation, issuing, listing, revoking and the
 * public status, all on the mock clock. Signing is core's `signProof`, the one function a real backend
 * would call too; the keys live in the backend state as JWKs, so they persist as the rest of it does
 * (sessionStorage in a browser, memory in node).
 */
import {
  maxLiveProofs,
  proofClaimNames,
  type BhytCard,
  type ParticipationPeriod,
  type Proof,
  type ProofClaimName,
  type ProofClaims,
  type ProofKeySet,
  type ProofStatus,
} from '@vssid/core';
import { participationMilestones } from '@vssid/core/analysis';
import { BENEFIT_LEVELS, isBenefitDigit } from '@vssid/core/domain';
import { publicProofJwk, signProof } from '@vssid/core/proofs';
import type { MockBackend, ProofKeyState, ProofState } from './backend.js';
import { problem } from './http.js';
import { secureToken } from './data/random.js';

const MIN = 60_000;
export const proofLimits = {
  /** Live proofs per citizen (the 21st is refused with 429). */
  maxLive: maxLiveProofs,
  /**
   * A retired key stays published this long after the last proof it signed expires: the clock skew
   * verifiers allow (60 s), so a proof in its last tolerated minute reads "expired", not "unknown key".
   */
  retiredKeyGraceMs: MIN,
  /** How long an expired or revoked proof is still known to the status check; later it is 404. */
  keepRecordMs: 7 * 24 * 60 * MIN,
} as const;

/** The `iss` of every proof the mock signs. */
export const mockProofIssuer = 'vssid-mock';

const ES256_KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;

// Imported private keys per backend and kid, so a sign costs one importKey per key, not per proof.
const signers = new WeakMap<MockBackend, Map<string, Promise<CryptoKey>>>();
// One key generation at a time per backend: two first proofs at once must not make two current keys.
const generating = new WeakMap<MockBackend, Promise<ProofKeyState>>();

async function newKey(b: MockBackend): Promise<ProofKeyState> {
  const pair = (await crypto.subtle.generateKey(ES256_KEY, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const kid = `k${secureToken(6)}`;
  return { kid, privateJwk, publicJwk: publicProofJwk(privateJwk, kid), createdAt: b.now(), retiredAt: null };
}

/** The key that signs now, made on first use (and after a reset or a rotation). */
async function currentKey(b: MockBackend): Promise<ProofKeyState> {
  const current = b.state.proofKeys.find((k) => k.retiredAt === null && k.privateJwk);
  if (current) return current;
  let pending = generating.get(b);
  if (!pending) {
    pending = newKey(b).then((key) => {
      generating.delete(b);
      b.state.proofKeys.push(key);
      return key;
    });
    generating.set(b, pending);
  }
  return pending;
}

function signerOf(b: MockBackend, key: ProofKeyState): Promise<CryptoKey> {
  let byKid = signers.get(b);
  if (!byKid) signers.set(b, (byKid = new Map()));
  let signer = byKid.get(key.kid);
  if (!signer) {
    signer = crypto.subtle.importKey('jwk', key.privateJwk!, ES256_KEY, false, ['sign']);
    byKid.set(key.kid, signer);
  }
  return signer;
}

/**
 * Drops what time has made useless: retired keys whose every proof has expired (plus the grace), and
 * records of proofs long over.
 */
function prune(b: MockBackend): void {
  const now = b.now();
  for (const [id, p] of Object.entries(b.state.proofs)) {
    const over = Math.min(p.expiresAt, p.revokedAt ?? Infinity);
    if (over + proofLimits.keepRecordMs < now) delete b.state.proofs[id];
  }
  b.state.proofKeys = b.state.proofKeys.filter((k) => {
    if (k.retiredAt === null) return true;
    const lastExpiry = Object.values(b.state.proofs)
      .filter((p) => p.kid === k.kid)
      .reduce((max, p) => Math.max(max, p.expiresAt), 0);
    return lastExpiry + proofLimits.retiredKeyGraceMs > now;
  });
}

const isLive = (p: ProofState, now: number): boolean => p.revokedAt === null && p.expiresAt > now;

const toProof = (p: ProofState): Proof => ({
  id: p.id,
  token: p.token,
  createdAt: new Date(p.createdAt).toISOString(),
  expiresAt: new Date(p.expiresAt).toISOString(),
  claims: p.claims,
});

/** What a proof can be built from: the card and the record as the backend has them now. */
export interface ProofSource {
  card: BhytCard;
  fullName: string;
  dateOfBirth: string;
  periods: readonly ParticipationPeriod[];
}

const yearsMonths = (months: number) => ({ years: Math.min(100, Math.floor(months / 12)), months: months % 12 });

/** The values of the chosen claims, and of nothing else. */
export function proofClaimsOf(names: readonly ProofClaimName[], src: ProofSource): ProofClaims {
  const chosen = new Set(names);
  const out: ProofClaims = {};
  const digit = Number(src.card.cardCode[2]);
  const milestones =
    chosen.has('bhxh_years') || chosen.has('bhyt_continuous_years') ? participationMilestones(src.periods) : [];
  const achieved = (id: string) => milestones.find((m) => m.id === id)?.achieved ?? 0;
  // the contract's order, whatever order they were asked in
  for (const name of proofClaimNames) {
    if (!chosen.has(name)) continue;
    if (name === 'card_valid')
      out.card_valid = { status: src.card.status, from: src.card.validFrom, to: src.card.validTo };
    if (name === 'card_benefit_level' && isBenefitDigit(digit))
      out.card_benefit_level = { level: digit, fundShare: Math.round(BENEFIT_LEVELS[digit].fundShare * 100) };
    if (name === 'card_group') out.card_group = src.card.cardCode.slice(0, 2);
    if (name === 'bhxh_years') out.bhxh_years = yearsMonths(achieved('pension'));
    if (name === 'bhyt_continuous_years') out.bhyt_continuous_years = yearsMonths(achieved('bhyt_five_years'));
    if (name === 'full_name') out.full_name = src.fullName;
    if (name === 'birth_year') out.birth_year = Number(src.dateOfBirth.slice(0, 4));
  }
  return out;
}

/** 429 when the citizen already holds the maximum of live proofs. */
function checkLiveLimit(b: MockBackend, code: string, now: number): void {
  const live = Object.values(b.state.proofs).filter((p) => p.code === code && isLive(p, now));
  if (live.length < proofLimits.maxLive) return;
  // The wait that frees a place without revoking: until the soonest of them expires.
  const soonest = Math.min(...live.map((p) => p.expiresAt));
  const seconds = Math.max(1, Math.ceil((soonest - now) / 1000));
  throw problem(
    429,
    'rate_limited',
    `Bạn đang có ${proofLimits.maxLive} mã chia sẻ thông tin còn hiệu lực. Vui lòng thu hồi bớt một mã hoặc chờ mã cũ hết hạn.`,
    { retryAfterSeconds: seconds },
  );
}

/** Issues a proof of `claims` for citizen `code`, signed with the current key; 429 past the live limit. */
export async function issueProof(
  b: MockBackend,
  code: string,
  claims: ProofClaims,
  ttlMinutes: number,
): Promise<Proof> {
  prune(b);
  const now = b.now();
  checkLiveLimit(b, code, now);
  const key = await currentKey(b);
  const id = `p${secureToken(10)}`;
  const iat = Math.floor(now / 1000);
  const exp = iat + ttlMinutes * 60;
  const token = await signProof(
    { iss: mockProofIssuer, jti: id, iat, exp, ...claims },
    { privateKey: await signerOf(b, key), kid: key.kid },
  );
  // again, now that nothing awaits before the record is stored: two requests at once cannot both take the last place
  checkLiveLimit(b, code, now);
  const record: ProofState = {
    id,
    code,
    token,
    claims,
    kid: key.kid,
    createdAt: iat * 1000,
    expiresAt: exp * 1000,
    revokedAt: null,
  };
  b.state.proofs[id] = record;
  return toProof(record);
}

/** The citizen's live proofs, newest first. */
export function liveProofs(b: MockBackend, code: string): Proof[] {
  prune(b);
  const now = b.now();
  return Object.values(b.state.proofs)
    .filter((p) => p.code === code && isLive(p, now))
    .sort((a, c) => c.createdAt - a.createdAt || (a.id < c.id ? -1 : 1))
    .map(toProof);
}

/** Revokes one of the citizen's proofs (again is harmless); someone else's or an unknown one is 404. */
export function revokeProof(b: MockBackend, code: string, id: string): void {
  const p = b.state.proofs[id];
  if (!p || p.code !== code) throw problem(404, 'not_found', 'Không tìm thấy mã chia sẻ thông tin.');
  p.revokedAt ??= b.now();
}

/** The public status of a proof by id. */
export function proofStatusOf(b: MockBackend, id: string): ProofStatus {
  prune(b);
  const p = b.state.proofs[id];
  if (!p) throw problem(404, 'not_found', 'Không tìm thấy mã chia sẻ thông tin.');
  return { status: p.revokedAt !== null ? 'revoked' : p.expiresAt <= b.now() ? 'expired' : 'active' };
}

/** The published key set: the current key (made now if there is none yet) and retired keys still needed. */
export async function proofKeySet(b: MockBackend): Promise<ProofKeySet> {
  prune(b);
  await currentKey(b);
  return { keys: b.state.proofKeys.map((k) => k.publicJwk) };
}

/**
 * Mock only: a new current key. The old one stops signing at once (its private half is forgotten) and
 * stays published until every proof it signed has expired.
 */
export async function rotateProofKey(b: MockBackend): Promise<{ kid: string; retired: string[] }> {
  const now = b.now();
  const retired: string[] = [];
  for (const k of b.state.proofKeys) {
    if (k.retiredAt !== null) continue;
    k.retiredAt = now;
    k.privateJwk = null;
    retired.push(k.kid);
  }
  prune(b);
  const key = await currentKey(b);
  return { kid: key.kid, retired };
}
