/**
 * `VssClient`: every call of the HTTP contract as a typed method naming its path and the schema its answer
 * must pass, over three parts in modules of their own: the transport (`transport.ts`: attempts, timeouts,
 * retries, upload progress), the request cache (`request-cache.ts`: cached GETs, shared requests in flight)
 * and the session (`session.ts`: the token, its persistence and expiry, the session events). Here: the
 * options, the way a call passes through the parts, and what a call changes in the session.
 */
import type * as z from 'zod/mini';
import { ApiError } from '../errors.js';
import { sessionSchema, type SessionGrant } from '../schemas/auth.js';
import { benefitListSchema, type BenefitPayment } from '../schemas/benefits.js';
import {
  bhytCardSchema,
  cardLookupResultSchema,
  type BhytCard,
  type CardLookupRequest,
  type CardLookupResult,
} from '../schemas/card.js';
import { officeListSchema, provinceListSchema, type Office, type Province } from '../schemas/geo.js';
import { participationHistorySchema, type ParticipationHistory } from '../schemas/participation.js';
import { profileSchema, type Profile } from '../schemas/profile.js';
import {
  proofKeySetSchema,
  proofListSchema,
  proofSchema,
  proofStatusSchema,
  type Proof,
  type ProofCreateRequest,
  type ProofKeySet,
  type ProofStatus,
} from '../schemas/proofs.js';
import {
  codeLookupResultSchema,
  dossierStatusSchema,
  otpSentSchema,
  phoneVerifiedSchema,
  registrationReceiptSchema,
  type CodeLookupRequest,
  type CodeLookupResult,
  type DossierStatus,
  type OtpSent,
  type PhoneVerified,
  type RegistrationReceipt,
  type RegistrationRequest,
} from '../schemas/registration.js';
import { uploadSchema, type Upload } from '../schemas/upload.js';
import { visitPageSchema, type VisitPage, type VisitQuery } from '../schemas/visits.js';
import type { CallOptions, ExternalSession, SessionChange, SessionInfo, UploadOptions, VssApi } from './api.js';
import { aborted, failureOf, issuesOf, parseJson, type RawResponse } from './http.js';
import { RequestCache } from './request-cache.js';
import { Session, publicInfo, type SessionOptions } from './session.js';
import type { StoredSession } from './session-store.js';
import { Transport, type Outgoing, type TransportOptions } from './transport.js';

export type { SessionStorageLike } from './session-store.js';
export { SESSION_CHANGE, SESSION_EXPIRED } from './session.js';

/**
 * Options of `new VssClient()`. Every field is optional. The transport's (`fetch`, timeouts, retries) and the
 * session's (its persistence) are declared with them.
 */
export interface VssClientOptions extends TransportOptions, SessionOptions {
  /** Prefix of every path, without a trailing slash. Default `'/api'`. */
  baseUrl?: string;
  /** Lifetime of cached GET answers, in ms. Default 30000; 0 disables the cache. */
  cacheTtlMs?: number;
  /** Clock in epoch ms, for session expiry, the cache and `Retry-After` dates. Default `Date.now`. */
  now?: () => number;
}

/** The events a `VssClient` dispatches, for typed listeners: `client.addEventListener('session-change', …)`. */
export interface VssClientEventMap {
  'session-change': CustomEvent<SessionChange>;
  'session-expired': CustomEvent<void>;
}

type Schema<T> = z.ZodMiniType<T>;

/** One call as the client runs it: what the transport sends, and how the answer is read and kept. */
interface RequestSpec<T> extends Outgoing {
  /** `null`: the answer carries no data (204), the call resolves `undefined`. */
  schema: Schema<T> | null;
  /** A GET whose answer may be kept for the cache's lifetime. */
  cache: boolean;
}

/**
 * The VssID HTTP client: every call of the contract as a typed method resolving with schema-checked data,
 * or rejecting with an `ApiError` (and only ever an `ApiError`).
 *
 * It holds the bearer session (never exposing the token), retries idempotent calls on transient failures,
 * shares identical in-flight GETs, caches GET answers briefly per session, and dispatches
 * `session-change` / `session-expired` events (see {@link VssClientEventMap}).
 *
 * Cached and shared answers are the same objects for every caller: treat them as read-only.
 *
 * @example
 * const client = new VssClient({ persistSession: true });
 * client.addEventListener('session-change', (e) => render((e as CustomEvent<SessionChange>).detail));
 * await client.login('0123456789', 'secret');
 * const card = await client.card();
 */
export class VssClient extends EventTarget implements VssApi {
  /** Prefix of every request path, e.g. `/api`. */
  readonly baseUrl: string;

  readonly #transport: Transport;
  readonly #cache: RequestCache;
  readonly #session: Session;
  readonly #now: () => number;

  /**
   * @throws TypeError when `storage` is `localStorage` (the token must not outlive the tab).
   */
  constructor(options: VssClientOptions = {}) {
    super();
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
    this.#transport = new Transport(this.baseUrl, options, () => this.#session.held?.token);
    this.#now = options.now ?? Date.now;
    const cache = (this.#cache = new RequestCache(options.cacheTtlMs ?? 30000, this.#now));
    // No answer crosses from one state of the session to the next: a call made after the first-login
    // password change never joins a request sent before it (whose answer is the 403 that no longer holds).
    this.#session = new Session(this, options, this.#now, () => cache.clear());
  }

  /**
   * The signed-in citizen, or `null`. Never includes the token. Reading it after the session's
   * `expiresAt` clears the session (dispatching `session-expired` and `session-change`).
   */
  get session(): SessionInfo | null {
    return publicInfo(this.#session.active());
  }

  /**
   * Drops cached GET answers whose path (below `baseUrl`, e.g. `/me` or `/api/me`) starts with `prefix`;
   * all of them without a prefix. In-flight requests are not joined afterwards either, so the next call
   * really asks the server.
   */
  invalidate(prefix?: string): void {
    const p =
      prefix === undefined ? '' : prefix.startsWith(this.baseUrl + '/') ? prefix.slice(this.baseUrl.length) : prefix;
    this.#cache.invalidate(p);
  }

  // ---- public lookups and registration -------------------------------------------------------------

  /** `GET /provinces`: the 34 provinces. Cached. */
  provinces(o?: CallOptions): Promise<Province[]> {
    return this.#get('/provinces', provinceListSchema, o);
  }

  /** `GET /offices?province=`: social-security offices of one province. Cached. */
  offices(provinceCode: string, o?: CallOptions): Promise<Office[]> {
    return this.#get(`/offices?province=${encodeURIComponent(provinceCode)}`, officeListSchema, o);
  }

  /**
   * `POST /uploads` (multipart, field `file`). With `onProgress` and an `XMLHttpRequest` available, reports
   * real upload progress (fetch cannot); otherwise reports 0 then 1. Never retried automatically.
   */
  upload(file: Blob, o: UploadOptions = {}): Promise<Upload> {
    const form = new FormData();
    const name = (file as { name?: unknown }).name;
    form.append('file', file, typeof name === 'string' && name ? name : 'upload');
    return this.#request(
      {
        method: 'POST',
        path: '/uploads',
        form,
        schema: uploadSchema,
        idempotent: false,
        cache: false,
        onProgress: o.onProgress,
      },
      o,
    );
  }

  /** `POST /registrations/otp`: sends a one-time code to `phone`. 429 → `rate_limited`. */
  requestRegistrationOtp(phone: string, o?: CallOptions): Promise<OtpSent> {
    return this.#post('/registrations/otp', { phone }, otpSentSchema, o);
  }

  /** `POST /registrations/otp/verify`: exchanges the code for a `phoneToken` to put in the registration. */
  verifyRegistrationOtp(phone: string, otp: string, o?: CallOptions): Promise<PhoneVerified> {
    return this.#post('/registrations/otp/verify', { phone, otp }, phoneVerifiedSchema, o);
  }

  /** `POST /registrations`: files the declaration. 422 → `validation` with `fields`. */
  async register(req: RegistrationRequest, o?: CallOptions): Promise<RegistrationReceipt> {
    const receipt = await this.#post('/registrations', req, registrationReceiptSchema, o);
    // A new dossier makes any cached status lookup stale.
    this.invalidate('/registrations');
    return receipt;
  }

  /** `GET /registrations?dossierNumber=`: the dossier's status. Cached. */
  dossierStatus(dossierNumber: string, o?: CallOptions): Promise<DossierStatus> {
    return this.#get(`/registrations?dossierNumber=${encodeURIComponent(dossierNumber)}`, dossierStatusSchema, o);
  }

  /** `POST /lookup/social-insurance-code`: finds a citizen's code. Unknown person → `http` 404. */
  lookupSocialInsuranceCode(req: CodeLookupRequest, o?: CallOptions): Promise<CodeLookupResult> {
    return this.#post('/lookup/social-insurance-code', req, codeLookupResultSchema, o);
  }

  /** `POST /cards/lookup`: public check of a BHYT card's validity. */
  lookupCard(req: CardLookupRequest, o?: CallOptions): Promise<CardLookupResult> {
    return this.#post('/cards/lookup', req, cardLookupResultSchema, o);
  }

  // ---- authentication -----------------------------------------------------------------------------

  /**
   * `POST /auth/login`. On success holds (and, if configured, persists) the session, clears the cache and
   * dispatches `session-change`. Failures: `invalid_credentials` {attemptsLeft}, `locked` {lockedUntil}.
   */
  async login(socialInsuranceCode: string, password: string, o?: CallOptions): Promise<SessionInfo> {
    return this.#hold(
      await this.#post('/auth/login', { socialInsuranceCode, password }, sessionSchema, o),
      socialInsuranceCode,
    );
  }

  /**
   * Holds a session the portal obtained itself (its own single sign-on): the same effects as `login()`,
   * without a password. The token is checked for shape only; the server judges it on the first call (a 401
   * then ends the session with `session-expired`, as for any session).
   * @throws TypeError when the token is empty, `expiresAt` is not an ISO date-time, or it has passed.
   */
  adoptSession(session: ExternalSession): SessionInfo {
    const parsed = sessionSchema.safeParse({
      token: session?.token,
      expiresAt: session?.expiresAt,
      mustChangePassword: session?.mustChangePassword ?? false,
    });
    if (!parsed.success || !session.socialInsuranceCode || Date.parse(parsed.data.expiresAt) <= this.#now()) {
      throw new TypeError('adoptSession: malformed or expired session');
    }
    return this.#hold(parsed.data, session.socialInsuranceCode);
  }

  /** Holds (and, if configured, persists) a granted session: the cache is cleared and `session-change` sent. */
  #hold(grant: SessionGrant, socialInsuranceCode: string): SessionInfo {
    const next = { ...grant, socialInsuranceCode };
    this.#session.set(next);
    return publicInfo(next)!;
  }

  /** `POST /auth/password`. Success lifts `mustChangePassword` and dispatches `session-change`. */
  async changePassword(currentPassword: string, newPassword: string, o?: CallOptions): Promise<void> {
    await this.#post('/auth/password', { currentPassword, newPassword }, null, o);
    const s = this.#session.held;
    if (s) this.#session.set({ ...s, mustChangePassword: false });
    else this.invalidate();
  }

  /** `POST /auth/forgot`: sends a reset code to the phone on file. */
  forgotPassword(socialInsuranceCode: string, phone: string, o?: CallOptions): Promise<OtpSent> {
    return this.#post('/auth/forgot', { socialInsuranceCode, phone }, otpSentSchema, o);
  }

  /** `POST /auth/reset`: sets a new password with the code from `forgotPassword`. */
  async resetPassword(socialInsuranceCode: string, otp: string, newPassword: string, o?: CallOptions): Promise<void> {
    await this.#post('/auth/reset', { socialInsuranceCode, otp, newPassword }, null, o);
    this.invalidate();
  }

  /**
   * `POST /auth/logout`, then forgets the session whatever the server said: the citizen asked to leave,
   * and a failed revocation must not keep them signed in on this device. Without a session it does nothing.
   * Rejects (after clearing) only if the server call failed for a reason other than an already-expired session.
   */
  async logout(o?: CallOptions): Promise<void> {
    if (!this.#session.active()) return;
    try {
      // Logout is idempotent: revoking twice is harmless, so it may be retried like a GET.
      await this.#request({ method: 'POST', path: '/auth/logout', schema: null, idempotent: true, cache: false }, o);
    } catch (e) {
      if (!(e instanceof ApiError && e.kind === 'session_expired')) {
        this.#session.set(null);
        throw e;
      }
    }
    this.#session.set(null);
  }

  // ---- signed-in data -------------------------------------------------------------------------------

  /** `GET /me`: the citizen's own record. Cached per session. */
  me(o?: CallOptions): Promise<Profile> {
    return this.#get('/me', profileSchema, o);
  }

  /** `GET /me/card`: the digital BHYT card. Cached per session. */
  card(o?: CallOptions): Promise<BhytCard> {
    return this.#get('/me/card', bhytCardSchema, o);
  }

  /** `GET /me/participation`: participation history and arrears. Cached per session. */
  participation(o?: CallOptions): Promise<ParticipationHistory> {
    return this.#get('/me/participation', participationHistorySchema, o);
  }

  /** `GET /me/benefits`: benefit payments. Cached per session. */
  benefits(o?: CallOptions): Promise<BenefitPayment[]> {
    return this.#get('/me/benefits', benefitListSchema, o);
  }

  /** `GET /me/visits`: one page of medical visits; only the defined, non-empty query fields are sent. */
  visits(query: VisitQuery = {}, o?: CallOptions): Promise<VisitPage> {
    const params = new URLSearchParams();
    for (const key of ['from', 'to', 'facility', 'type', 'cursor', 'limit'] as const) {
      const v = query[key];
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
    }
    const qs = params.toString();
    return this.#get(`/me/visits${qs ? `?${qs}` : ''}`, visitPageSchema, o);
  }

  // ---- proofs (issue 17) -----------------------------------------------------------------------------

  /**
   * `POST /me/proofs`: a signed proof of the chosen claims, valid `ttlMinutes` (5 to 1440). A wrong request is
   * `validation` with `fields`; `rate_limited` means 20 proofs are live already (`retryAfterSeconds` is when
   * the soonest expires; revoking one frees a place at once).
   */
  async createProof(req: ProofCreateRequest, o?: CallOptions): Promise<Proof> {
    const proof = await this.#post('/me/proofs', req, proofSchema, o);
    this.invalidate('/me/proofs');
    return proof;
  }

  /** `GET /me/proofs`: the citizen's live proofs (neither expired nor revoked), newest first. Cached per session. */
  proofs(o?: CallOptions): Promise<Proof[]> {
    return this.#get('/me/proofs', proofListSchema, o);
  }

  /** `DELETE /me/proofs/{id}`: revokes a proof; revoking it again is harmless. Another's or unknown → `http` 404. */
  async revokeProof(id: string, o?: CallOptions): Promise<void> {
    // Idempotent (a second revocation changes nothing), so it may be retried like a GET.
    await this.#request(
      { method: 'DELETE', path: `/me/proofs/${encodeURIComponent(id)}`, schema: null, idempotent: true, cache: false },
      o,
    );
    this.invalidate('/me/proofs');
  }

  /**
   * `GET /proofs/keys` (public): the key set to verify proofs with (`verifyProof` in `@vssid/core/proofs`).
   * Cached; after `verifyProof` answers `unknown_key`, ask again with `fresh: true` in case the key rotated.
   */
  proofKeys(o?: CallOptions): Promise<ProofKeySet> {
    return this.#get('/proofs/keys', proofKeySetSchema, o);
  }

  /** `GET /proofs/{id}/status` (public): active, revoked or expired, the online check. Never cached. Unknown → `http` 404. */
  proofStatus(id: string, o?: CallOptions): Promise<ProofStatus> {
    const path = `/proofs/${encodeURIComponent(id)}/status`;
    return this.#request({ method: 'GET', path, schema: proofStatusSchema, idempotent: true, cache: false }, o);
  }

  // ---- pipeline -------------------------------------------------------------------------------------

  #get<T>(path: string, schema: Schema<T>, o?: CallOptions): Promise<T> {
    return this.#request({ method: 'GET', path, schema, idempotent: true, cache: true }, o);
  }

  #post<T>(path: string, json: unknown, schema: Schema<T>, o?: CallOptions): Promise<T>;
  #post(path: string, json: unknown, schema: null, o?: CallOptions): Promise<void>;
  #post<T>(path: string, json: unknown, schema: Schema<T> | null, o?: CallOptions): Promise<T | void> {
    return this.#request({ method: 'POST', path, json, schema, idempotent: false, cache: false }, o);
  }

  /**
   * Entry of every call: the session's expiry, then for GETs the cache and in-flight sharing (both emptied by
   * every change of session), then the transport. Rejects only with ApiError.
   */
  async #request<T>(spec: RequestSpec<T>, o?: CallOptions): Promise<T> {
    const signal = o?.signal;
    if (signal?.aborted) throw aborted();
    this.#session.active(); // expire a stale session before its token is sent
    if (spec.method !== 'GET') return this.#execute(spec, signal);
    return this.#cache.get(spec.path, spec.cache, o?.fresh, (s) => this.#execute(spec, s), signal) as T | Promise<T>;
  }

  /** Sends one request and settles its answer against the session it went out under. */
  async #execute<T>(spec: RequestSpec<T>, signal?: AbortSignal): Promise<T> {
    const sent = this.#session.held;
    return this.#settle(await this.#transport.send(spec, signal), spec, sent);
  }

  /** Turns a response into the call's result or its `ApiFailure`, with the session side effects of 401/403. */
  #settle<T>(res: RawResponse, spec: RequestSpec<T>, sent: StoredSession | null): T {
    if (res.status >= 200 && res.status < 300) {
      if (spec.schema === null) return undefined as T;
      const json = parseJson(res.body);
      if (!json.ok)
        throw new ApiError({
          kind: 'invalid_response',
          status: res.status,
          issues: [{ path: '', message: 'Body is not valid JSON' }],
        });
      const parsed = spec.schema.safeParse(json.value);
      if (!parsed.success)
        throw new ApiError({ kind: 'invalid_response', status: res.status, issues: issuesOf(parsed.error) });
      return parsed.data;
    }
    const failure = failureOf(res, this.#now());
    this.#session.failed(failure, sent);
    throw new ApiError(failure);
  }
}
