import type {
  CodeLookupRequest,
  CodeLookupResult,
  DossierStatus,
  OtpSent,
  PhoneVerified,
  RegistrationReceipt,
  RegistrationRequest,
} from '../schemas/registration.js';
import type { Office, Province } from '../schemas/geo.js';
import type { Upload } from '../schemas/upload.js';
import type { Profile } from '../schemas/profile.js';
import type { BhytCard, CardLookupRequest, CardLookupResult } from '../schemas/card.js';
import type { ParticipationHistory } from '../schemas/participation.js';
import type { BenefitPayment } from '../schemas/benefits.js';
import type { VisitPage, VisitQuery } from '../schemas/visits.js';
import type { Proof, ProofCreateRequest, ProofKeySet, ProofStatus } from '../schemas/proofs.js';

/** Options every call accepts. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with an `ApiError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Skip the GET cache (in-flight de-duplication still applies). */
  fresh?: boolean;
}

export interface UploadOptions extends CallOptions {
  /** Called with the fraction sent, 0..1. */
  onProgress?: (fraction: number) => void;
}

/**
 * What the page knows of the signed-in citizen. The bearer token is deliberately absent: it stays inside
 * the client, so no element can leak it into an event, the DOM or a URL.
 */
export interface SessionInfo {
  socialInsuranceCode: string;
  expiresAt: string;
  mustChangePassword: boolean;
}

/**
 * A session the portal obtained itself, e.g. through its own single sign-on (VNeID): its server exchanged the
 * citizen's sign-in for a VssID bearer token. Handed to the client with `adoptSession()`.
 */
export interface ExternalSession extends Omit<SessionInfo, 'mustChangePassword'> {
  /** The VssID API's bearer token for this citizen. It stays inside the client from here on. */
  token: string;
  /** Default false. */
  mustChangePassword?: boolean;
}

/** Detail of the client's `session-change` event (`null` after logout or expiry). */
export type SessionChange = SessionInfo | null;

/**
 * The VssID HTTP contract as typed calls. Every method resolves with schema-validated data or rejects
 * with an `ApiError` (see `errors.ts`). The client is an `EventTarget` and dispatches:
 * - `session-change` (`CustomEvent<SessionChange>`) on login, password change, logout and expiry;
 * - `session-expired` (`CustomEvent<void>`) when the server answers 401 `session_expired` to a signed-in call.
 */
export interface VssApi extends EventTarget {
  readonly baseUrl: string;
  readonly session: SessionInfo | null;

  provinces(o?: CallOptions): Promise<Province[]>;
  offices(provinceCode: string, o?: CallOptions): Promise<Office[]>;
  upload(file: Blob, o?: UploadOptions): Promise<Upload>;
  requestRegistrationOtp(phone: string, o?: CallOptions): Promise<OtpSent>;
  verifyRegistrationOtp(phone: string, otp: string, o?: CallOptions): Promise<PhoneVerified>;
  register(req: RegistrationRequest, o?: CallOptions): Promise<RegistrationReceipt>;
  dossierStatus(dossierNumber: string, o?: CallOptions): Promise<DossierStatus>;
  lookupSocialInsuranceCode(req: CodeLookupRequest, o?: CallOptions): Promise<CodeLookupResult>;
  lookupCard(req: CardLookupRequest, o?: CallOptions): Promise<CardLookupResult>;

  login(socialInsuranceCode: string, password: string, o?: CallOptions): Promise<SessionInfo>;
  changePassword(currentPassword: string, newPassword: string, o?: CallOptions): Promise<void>;
  forgotPassword(socialInsuranceCode: string, phone: string, o?: CallOptions): Promise<OtpSent>;
  resetPassword(socialInsuranceCode: string, otp: string, newPassword: string, o?: CallOptions): Promise<void>;
  logout(o?: CallOptions): Promise<void>;
  /**
   * Signs in with a session the portal obtained itself (its own SSO) instead of `login()`: holds it as a
   * login would (persisted when configured, `session-change` dispatched, cache cleared). A later call may
   * replace it, e.g. with a renewed token after `session-expired`.
   * @throws TypeError when the token is empty, `expiresAt` is not an ISO date-time, or it has passed.
   */
  adoptSession(session: ExternalSession): SessionInfo;

  me(o?: CallOptions): Promise<Profile>;
  card(o?: CallOptions): Promise<BhytCard>;
  participation(o?: CallOptions): Promise<ParticipationHistory>;
  benefits(o?: CallOptions): Promise<BenefitPayment[]>;
  visits(query?: VisitQuery, o?: CallOptions): Promise<VisitPage>;

  createProof(req: ProofCreateRequest, o?: CallOptions): Promise<Proof>;
  proofs(o?: CallOptions): Promise<Proof[]>;
  revokeProof(id: string, o?: CallOptions): Promise<void>;
  proofKeys(o?: CallOptions): Promise<ProofKeySet>;
  proofStatus(id: string, o?: CallOptions): Promise<ProofStatus>;
}
