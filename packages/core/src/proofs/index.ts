/**
 * `@vssid/core/proofs`: selective, signed, expiring proofs (issue 17). A citizen's backend signs only the
 * claims they chose (`POST /me/proofs`); anyone holding the public keys (`GET /proofs/keys`) verifies the
 * token offline with `verifyProof`, in a browser or on a server, with WebCrypto and no JWT library.
 * The words for claims are in `@vssid/core/i18n` (`proofClaimText`, `describeProofClaims`).
 */
export {
  verifyProof,
  proofFailureReasons,
  type ProofFailureReason,
  type ProofVerification,
  type VerifiedProof,
  type VerifyProofOptions,
} from './verify.js';
export {
  signProof,
  publicProofJwk,
  proofHeaderSchema,
  proofPayloadSchema,
  PROOF_ALG,
  PROOF_TYP,
  MAX_PROOF_TOKEN_LENGTH,
  MAX_PROOF_LIFETIME_SECONDS,
  type ProofHeader,
  type ProofPayload,
} from './jws.js';
export {
  proofClaimNames,
  proofClaimNameSchema,
  proofClaimValueSchemas,
  proofClaimsSchema,
  proofJwkSchema,
  proofKeySetSchema,
  type ProofClaimName,
  type ProofClaimValue,
  type ProofClaims,
  type ProofJwk,
  type ProofKeySet,
} from '../schemas/proofs.js';
