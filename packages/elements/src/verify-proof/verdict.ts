import type { ProofClaims } from '@vssid/core';
import type { ProofFailureReason, ProofVerification } from '@vssid/core/proofs';

/** What the verifier tells its user, in four words. */
export type Verdict = 'valid' | 'expired' | 'revoked' | 'not-genuine';

/**
 * The online check, after the offline one: `active`, `revoked` or `expired` as the issuer answered;
 * `unknown` when the issuer does not know the proof; `unreachable` when it could not be asked (then the
 * proof was verified offline only); `not-checked` when the offline check already refused it; `checking`
 * while the question is out.
 */
export type OnlineCheck = 'checking' | 'active' | 'revoked' | 'expired' | 'unknown' | 'unreachable' | 'not-checked';

/** Why a proof is not genuine: the offline check's reason, or the issuer not knowing it. */
export type NotGenuineReason = Exclude<ProofFailureReason, 'expired'> | 'unknown_to_issuer';

/** How the proof reached the verifier. */
export type ProofSource = 'camera' | 'photo' | 'paste' | 'link';

/** `vss-proof-verified`: a proof was checked. Nothing of it is kept by the element afterwards. */
export interface ProofVerifiedDetail {
  verdict: Verdict;
  /** Why, when the verdict is `not-genuine`. */
  reason?: NotGenuineReason;
  /** What the online check found (`unreachable`: verified offline only). */
  online: Exclude<OnlineCheck, 'checking'>;
  /** The proof's id (its `jti`), when its signature holds. */
  id?: string;
  /** What the proof shows, only when the verdict is `valid`. */
  claims?: ProofClaims;
  /** ISO instant, when the signature holds. */
  expiresAt?: string;
  source: ProofSource;
}

/** The verdict of an offline verification and the online check that followed it. */
export function verdictOf(v: ProofVerification, online: OnlineCheck): { verdict: Verdict; reason?: NotGenuineReason } {
  if (!v.ok) return v.reason === 'expired' ? { verdict: 'expired' } : { verdict: 'not-genuine', reason: v.reason };
  if (online === 'revoked') return { verdict: 'revoked' };
  if (online === 'expired') return { verdict: 'expired' };
  if (online === 'unknown') return { verdict: 'not-genuine', reason: 'unknown_to_issuer' };
  return { verdict: 'valid' };
}

/**
 * The token in what was scanned or pasted: the `#proof=` fragment of a link, else the text without any
 * whitespace (a code pasted from a message may be broken over lines).
 */
export function tokenIn(text: string): string {
  const link = /[#&]proof=([\w-]+\.[\w-]+\.[\w-]+)/.exec(text);
  return link ? link[1]! : text.replace(/\s+/g, '');
}
