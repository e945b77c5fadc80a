/**
 * The client's calls, shared by `VssClient` and `OnDemandClient`, which differ only in when the schemas of
 * the answers arrive. Every call of the HTTP contract is a typed method naming its path and the schema its
 * answer must pass, over three parts in modules of their own: the transport (`transport.ts`: attempts, timeouts,
 * retries, upload progress), the request cache (`request-cache.ts`: cached GETs, shared requests in flight)
 * and the session (`session.ts`: the token, its persistence and expiry, the session events). Here: the
 * options, the way a call passes through the parts, and what a call changes in the session.
 */
import type * as z from 'zod/mini';
import { ApiError, toApiError } from '../errors.js';
import type { SessionGrant } from '../schemas/auth.js';
import type { BenefitPayment } from '../schemas/benefits.js';
import type { BhytCard, CardLookupRequest, CardLookupResult } from '../schemas/card.js';
import type { Office, Province } from '../schemas/geo.js';
import type { ParticipationHistory } from '../schemas/participation.js';
import type { Profile } from '../schemas/profile.js';
import type { Proof, ProofCreateRequest, ProofKeySet, ProofStatus } from '../schemas/proofs.js';
import type {
  CodeLookupRequest,
  CodeLookupResult,
  DossierStatus,
  OtpSent,
  PhoneVerified,
  RegistrationReceipt,
  RegistrationRequest,
} from '../schemas/registration.js';
import type { Upload } from '../schemas/upload.js';
import type { VisitPage, VisitQuery } from '../schemas/visits.js';
import type { CallOptions, ExternalSession, SessionChange, SessionInfo, UploadOptions, VssApi } from './api.js';
import { aborted, failureOf, issuesOf, parseJson, type RawResponse } from './http.js';
import { RequestCache } from './request-cache.js';
import { Session, publicInfo, type SessionOptions } from './session.js';
import { liveSession, type StoredSession } from './session-store.js';
import type { Answers } from './answer-schemas.js';
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

/** The name of the schema an answer must pass (answer-schemas.ts). */
type AnswerName = keyof Answers;
/** What the schema of that name yields. */
type Answer<K extends AnswerName> = z.output<Answers[K]>;

/** One call as the client runs it: what the transport sends, and how the answer is read and kept. */
interface RequestSpec<T> extends Outgoing {
  /** `null`: the answer carries no data (204), the call resolves `undefined`. */
  schema: AnswerName | null;
  /** A GET whose answer may be kept for the cache's lifetime. Default: every GET. */
  cache?: boolean;
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
 * A subclass says where the schemas of the answers come from ({@link BaseClient.answers}).
 */
export abstract class BaseClient extends EventTarget implements VssApi {
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

  /** The schemas of the answers, by name: at once, or fetched when first needed. */
  protected abstract answers(): Promise<Answers>;

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
    return this.#get('/provinces', 'provinces', o);
  }

  /** `GET /offices?province=`: social-security offices of one province. Cached. */
  offices(provinceCode: string, o?: CallOptions): Promise<Office[]> {
    return this.#get(`/offices?province=${encodeURIComponent(provinceCode)}`, 'offices', o);
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
        schema: 'upload',
        onProgress: o.onProgress,
      },
      o,
    );
  }

  /** `POST /registrations/otp`: sends a one-time code to `phone`. 429 → `rate_limited`. */
  requestRegistrationOtp(phone: string, o?: CallOptions): Promise<OtpSent> {
    return this.#post('/registrations/otp', { phone }, 'otpSent', o);
  }

  /** `POST /registrations/otp/verify`: exchanges the code for a `phoneToken` to put in the registration. */
  verifyRegistrationOtp(phone: string, otp: string, o?: CallOptions): Promise<PhoneVerified> {
    return this.#post('/registrations/otp/verify', { phone, otp }, 'phoneVerified', o);
  }

  /** `POST /registrations`: files the declaration. 422 → `validation` with `fields`. */
  async register(req: RegistrationRequest, o?: CallOptions): Promise<RegistrationReceipt> {
    const receipt = await this.#post('/registrations', req, 'receipt', o);
    // A new dossier makes any cached status lookup stale.
    this.invalidate('/registrations');
    return receipt;
  }

  /** `GET /registrations?dossierNumber=`: the dossier's status. Cached. */
  dossierStatus(dossierNumber: string, o?: CallOptions): Promise<DossierStatus> {
    return this.#get(`/registrations?dossierNumber=${encodeURIComponent(dossierNumber)}`, 'dossier', o);
  }

  /** `POST /lookup/social-insurance-code`: finds a citizen's code. Unknown person → `http` 404. */
  lookupSocialInsuranceCode(req: CodeLookupRequest, o?: CallOptions): Promise<CodeLookupResult> {
    return this.#post('/lookup/social-insurance-code', req, 'codeLookup', o);
  }

  /** `POST /cards/lookup`: public check of a BHYT card's validity. */
  lookupCard(req: CardLookupRequest, o?: CallOptions): Promise<CardLookupResult> {
    return this.#post('/cards/lookup', req, 'cardLookup', o);
  }

  // ---- authentication -----------------------------------------------------------------------------

  /**
   * `POST /auth/login`. On success holds (and, if configured, persists) the session, clears the cache and
   * dispatches `session-change`. Failures: `invalid_credentials` {attemptsLeft}, `locked` {lockedUntil}.
   */
  async login(socialInsuranceCode: string, password: string, o?: CallOptions): Promise<SessionInfo> {
    return this.#hold(
      await this.#post('/auth/login', { socialInsuranceCode, password }, 'session', o),
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
    const held = liveSession({ mustChangePassword: false, ...session }, this.#now());
    if (!held) throw new TypeError('adoptSession: malformed or expired session');
    return this.#hold(held, held.socialInsuranceCode);
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
    return this.#post('/auth/forgot', { socialInsuranceCode, phone }, 'otpSent', o);
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
      await this.#request({ method: 'POST', path: '/auth/logout', schema: null, idempotent: true }, o);
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
    return this.#get('/me', 'profile', o);
  }

  /** `GET /me/card`: the digital BHYT card. Cached per session. */
  card(o?: CallOptions): Promise<BhytCard> {
    return this.#get('/me/card', 'card', o);
  }

  /** `GET /me/participation`: participation history and arrears. Cached per session. */
  participation(o?: CallOptions): Promise<ParticipationHistory> {
    return this.#get('/me/participation', 'participation', o);
  }

  /** `GET /me/benefits`: benefit payments. Cached per session. */
  benefits(o?: CallOptions): Promise<BenefitPayment[]> {
    return this.#get('/me/benefits', 'benefits', o);
  }

  /** `GET /me/visits`: one page of medical visits; only the defined, non-empty query fields are sent. */
  visits(query: VisitQuery = {}, o?: CallOptions): Promise<VisitPage> {
    const params = new URLSearchParams();
    for (const key of ['from', 'to', 'facility', 'type', 'cursor', 'limit'] as const) {
      const v = query[key];
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
    }
    const qs = params.toString();
    return this.#get(`/me/visits${qs ? `?${qs}` : ''}`, 'visits', o);
  }

  // ---- proofs (issue 17) -----------------------------------------------------------------------------

  /**
   * `POST /me/proofs`: a signed proof of the chosen claims, valid `ttlMinutes` (5 to 1440). A wrong request is
   * `validation` with `fields`; `rate_limited` means 20 proofs are live already (`retryAfterSeconds` is when
   * the soonest expires; revoking one frees a place at once).
   */
  async createProof(req: ProofCreateRequest, o?: CallOptions): Promise<Proof> {
    const proof = await this.#post('/me/proofs', req, 'proof', o);
    this.invalidate('/me/proofs');
    return proof;
  }

  /** `GET /me/proofs`: the citizen's live proofs (neither expired nor revoked), newest first. Cached per session. */
  proofs(o?: CallOptions): Promise<Proof[]> {
    return this.#get('/me/proofs', 'proofs', o);
  }

  /** `DELETE /me/proofs/{id}`: revokes a proof; revoking it again is harmless. Another's or unknown → `http` 404. */
  async revokeProof(id: string, o?: CallOptions): Promise<void> {
    // Idempotent (a second revocation changes nothing), so it may be retried like a GET.
    await this.#request({ method: 'DELETE', path: `/me/proofs/${encodeURIComponent(id)}`, schema: null }, o);
    this.invalidate('/me/proofs');
  }

  /**
   * `GET /proofs/keys` (public): the key set to verify proofs with (`verifyProof` in `@vssid/core/proofs`).
   * Cached; after `verifyProof` answers `unknown_key`, ask again with `fresh: true` in case the key rotated.
   */
  proofKeys(o?: CallOptions): Promise<ProofKeySet> {
    return this.#get('/proofs/keys', 'proofKeys', o);
  }

  /** `GET /proofs/{id}/status` (public): active, revoked or expired, the online check. Never cached. Unknown → `http` 404. */
  proofStatus(id: string, o?: CallOptions): Promise<ProofStatus> {
    const path = `/proofs/${encodeURIComponent(id)}/status`;
    return this.#request({ method: 'GET', path, schema: 'proofStatus', cache: false }, o);
  }

  // ---- pipeline -------------------------------------------------------------------------------------

  #get<K extends AnswerName>(path: string, schema: K, o?: CallOptions): Promise<Answer<K>> {
    return this.#request({ method: 'GET', path, schema }, o);
  }

  #post<K extends AnswerName>(path: string, json: unknown, schema: K, o?: CallOptions): Promise<Answer<K>>;
  #post(path: string, json: unknown, schema: null, o?: CallOptions): Promise<void>;
  #post(path: string, json: unknown, schema: AnswerName | null, o?: CallOptions): Promise<unknown> {
    return this.#request({ method: 'POST', path, json, schema }, o);
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
    const keep = spec.cache ?? true;
    return this.#cache.get(spec.path, keep, o?.fresh, (s) => this.#execute(spec, s), signal) as T | Promise<T>;
  }

  /**
   * Sends one request and settles its answer against the session it went out under. Schemas fetched on
   * demand are asked for beside a GET; any other call waits for them before it is sent, so that a failed
   * download of the schemas is never the only news of a request the server carried out.
   */
  async #execute<T>(spec: RequestSpec<T>, signal?: AbortSignal): Promise<T> {
    const answers = this.answers().catch((e: unknown): never => {
      throw toApiError(e);
    });
    if (spec.method !== 'GET') await answers;
    const sent = this.#session.held;
    const [res, schemas] = await Promise.all([this.#transport.send(spec, signal), answers]);
    return this.#settle(res, spec, sent, schemas);
  }

  /** Turns a response into the call's result or its `ApiFailure`, with the session side effects of 401/403. */
  #settle<T>(res: RawResponse, spec: RequestSpec<T>, sent: StoredSession | null, schemas: Answers): T {
    if (res.status >= 200 && res.status < 300) {
      if (spec.schema === null) return undefined as T;
      const json = parseJson(res.body);
      if (!json.ok)
        throw new ApiError({
          kind: 'invalid_response',
          status: res.status,
          issues: [{ path: '', message: 'Body is not valid JSON' }],
        });
      const parsed = (schemas[spec.schema] as z.ZodMiniType).safeParse(json.value);
      if (!parsed.success)
        throw new ApiError({ kind: 'invalid_response', status: res.status, issues: issuesOf(parsed.error) });
      return parsed.data as T; // the schema's name is tied to T by #get and #post
    }
    const failure = failureOf(res, this.#now(), schemas.error);
    this.#session.failed(failure, sent);
    throw new ApiError(failure);
  }
}
