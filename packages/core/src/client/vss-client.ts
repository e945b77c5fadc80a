import type * as z from 'zod/mini';
import { ApiError, type ApiFailure } from '../errors.js';
import { sessionSchema } from '../schemas/auth.js';
import { benefitListSchema, type BenefitPayment } from '../schemas/benefits.js';
import { bhytCardSchema, cardLookupResultSchema, type BhytCard, type CardLookupRequest, type CardLookupResult } from '../schemas/card.js';
import { officeListSchema, provinceListSchema, type Office, type Province } from '../schemas/geo.js';
import { participationHistorySchema, type ParticipationHistory } from '../schemas/participation.js';
import { profileSchema, type Profile } from '../schemas/profile.js';
import {
  codeLookupResultSchema,
  dossierStatusSchema,
  otpSentSchema,
  phoneVerifiedSchema,
  registrationReceiptSchema,
  smsListSchema,
  type CodeLookupRequest,
  type CodeLookupResult,
  type DossierStatus,
  type OtpSent,
  type PhoneVerified,
  type RegistrationReceipt,
  type RegistrationRequest,
  type Sms,
} from '../schemas/registration.js';
import { uploadSchema, type Upload } from '../schemas/upload.js';
import { visitPageSchema, type VisitPage, type VisitQuery } from '../schemas/visits.js';
import type { CallOptions, ExternalSession, SessionChange, SessionInfo, UploadOptions, VssApi } from './api.js';
import {
  RETRYABLE_STATUSES,
  abortableSleep,
  aborted,
  backoffDelay,
  failureOf,
  issuesOf,
  parseJson,
  parseRetryAfter,
  type RawResponse,
} from './http.js';
import {
  defaultSessionStorage,
  isLocalStorage,
  readSession,
  removeSession,
  writeSession,
  type SessionStorageLike,
  type StoredSession,
} from './session-store.js';

export type { SessionStorageLike } from './session-store.js';

/** Options of `new VssClient()`. Every field is optional. */
export interface VssClientOptions {
  /** Prefix of every path, without a trailing slash. Default `'/api'`. */
  baseUrl?: string;
  /** The fetch to use; default: `globalThis.fetch`, looked up at call time so a later mock still applies. */
  fetch?: typeof fetch;
  /** Time limit of one attempt (sending plus reading the body), in ms. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls (GET, logout) after a network error or a 502/503/504. Default 2. */
  retries?: number;
  /** First backoff step in ms; it doubles on each retry, with jitter. Default 300. */
  retryBaseDelayMs?: number;
  /**
   * Longest `Retry-After` the client waits for, in ms. Default 10000. A server asking for longer gets its
   * answer reported instead: a citizen should see "try later", not a spinner that runs for minutes.
   */
  maxRetryDelayMs?: number;
  /** Lifetime of cached GET answers, in ms. Default 30000; 0 disables the cache. */
  cacheTtlMs?: number;
  /** Keep the session in `storage` (sessionStorage by default) so a reload stays signed in. Default false. */
  persistSession?: boolean;
  /** Where a persisted session lives. Default `globalThis.sessionStorage` when available. localStorage is refused. */
  storage?: SessionStorageLike;
  /** Storage key of the persisted session. Default `'vssid.session'`. */
  storageKey?: string;
  /** Clock in epoch ms, for session expiry, the cache and `Retry-After` dates. Default `Date.now`. */
  now?: () => number;
  /** Waits between retries; injectable so tests need not sleep. Must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** The events a `VssClient` dispatches, for typed listeners: `client.addEventListener('session-change', …)`. */
export interface VssClientEventMap {
  'session-change': CustomEvent<SessionChange>;
  'session-expired': CustomEvent<void>;
}

/** Event names as constants, so a typo fails to compile rather than silently never firing. */
export const SESSION_CHANGE = 'session-change';
export const SESSION_EXPIRED = 'session-expired';

type Schema<T> = z.ZodMiniType<T>;

interface RequestSpec<T> {
  method: 'GET' | 'POST';
  /** Path below `baseUrl`, with its query string; also the cache key. */
  path: string;
  json?: unknown;
  form?: FormData;
  /** `null`: the answer carries no data (204), the call resolves `undefined`. */
  schema: Schema<T> | null;
  /** Safe to repeat: retried on transient failures. */
  idempotent: boolean;
  cache: boolean;
  onProgress?: (fraction: number) => void;
}

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when the last abortable one leaves, the request itself is aborted. */
  waiting: number;
}

interface CacheEntry {
  value: unknown;
  expiresAt: number;
}

/** Minimal XMLHttpRequest surface used for upload progress; declared here so core needs no DOM lib for it. */
interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getResponseHeader(name: string): string | null;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly statusText: string;
  readonly responseText: string;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

/** Thrown inside a transport when its signal fired; translated to `timeout` or `aborted` by the attempt. */
class TransportAbort extends Error {}

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

  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #retryBaseDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #cacheTtlMs: number;
  readonly #storage: SessionStorageLike | undefined;
  readonly #storageKey: string;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;

  #session: StoredSession | null = null;
  /** Bumped on every change of token; keys the cache and dedup so no answer crosses sessions. */
  #epoch = 0;
  /** Bumped by every invalidation, so an answer fetched before it is not cached after it. */
  #cacheGeneration = 0;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inFlight = new Map<string, InFlight>();

  /**
   * @throws TypeError when `storage` is `localStorage` (the token must not outlive the tab).
   */
  constructor(options: VssClientOptions = {}) {
    super();
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15000;
    this.#retries = Math.max(0, options.retries ?? 2);
    this.#retryBaseDelayMs = options.retryBaseDelayMs ?? 300;
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 10000;
    this.#cacheTtlMs = options.cacheTtlMs ?? 30000;
    this.#storageKey = options.storageKey ?? 'vssid.session';
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? abortableSleep;
    this.#random = options.random ?? Math.random;
    if (options.storage && isLocalStorage(options.storage)) {
      throw new TypeError('VssClient: the session must not be kept in localStorage; use sessionStorage');
    }
    this.#storage = options.persistSession ? (options.storage ?? defaultSessionStorage()) : undefined;
    if (this.#storage) this.#session = readSession(this.#storage, this.#storageKey, this.#now());
  }

  /**
   * The signed-in citizen, or `null`. Never includes the token. Reading it after the session's
   * `expiresAt` clears the session (dispatching `session-expired` and `session-change`).
   */
  get session(): SessionInfo | null {
    return publicInfo(this.#activeSession());
  }

  /**
   * Drops cached GET answers whose path (below `baseUrl`, e.g. `/me` or `/api/me`) starts with `prefix`;
   * all of them without a prefix. In-flight requests are not joined afterwards either, so the next call
   * really asks the server.
   */
  invalidate(prefix?: string): void {
    this.#cacheGeneration++;
    const p = prefix === undefined ? '' : prefix.startsWith(this.baseUrl + '/') ? prefix.slice(this.baseUrl.length) : prefix;
    // Keys are `<epoch>|<path>`; match on the path part.
    const matches = (key: string): boolean => key.slice(key.indexOf('|') + 1).startsWith(p);
    for (const key of [...this.#cache.keys()]) if (matches(key)) this.#cache.delete(key);
    for (const key of [...this.#inFlight.keys()]) if (matches(key)) this.#inFlight.delete(key);
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
    return this.#request({ method: 'POST', path: '/uploads', form, schema: uploadSchema, idempotent: false, cache: false, onProgress: o.onProgress }, o.signal);
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
    const grant = await this.#post('/auth/login', { socialInsuranceCode, password }, sessionSchema, o);
    const next = { token: grant.token, socialInsuranceCode, expiresAt: grant.expiresAt, mustChangePassword: grant.mustChangePassword };
    this.#setSession(next);
    return publicInfo(next)!;
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
    const next = { ...parsed.data, socialInsuranceCode: session.socialInsuranceCode };
    this.#setSession(next);
    return publicInfo(next)!;
  }

  /** `POST /auth/password`. Success lifts `mustChangePassword` and dispatches `session-change`. */
  async changePassword(currentPassword: string, newPassword: string, o?: CallOptions): Promise<void> {
    await this.#post('/auth/password', { currentPassword, newPassword }, null, o);
    const s = this.#session;
    if (s) this.#setSession({ ...s, mustChangePassword: false });
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
    if (!this.#activeSession()) return;
    try {
      // Logout is idempotent: revoking twice is harmless, so it may be retried like a GET.
      await this.#request({ method: 'POST', path: '/auth/logout', schema: null, idempotent: true, cache: false }, o?.signal);
    } catch (e) {
      if (!(e instanceof ApiError && e.kind === 'session_expired')) {
        this.#setSession(null);
        throw e;
      }
    }
    this.#setSession(null);
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

  /** Mock backend only: `GET /dev/sms`, the SMS outbox. Never cached, since it is polled for new codes. */
  devSmsOutbox(phone?: string, o?: CallOptions): Promise<Sms[]> {
    const path = phone ? `/dev/sms?phone=${encodeURIComponent(phone)}` : '/dev/sms';
    return this.#request({ method: 'GET', path, schema: smsListSchema, idempotent: true, cache: false }, o?.signal);
  }

  // ---- pipeline -------------------------------------------------------------------------------------

  #get<T>(path: string, schema: Schema<T>, o?: CallOptions): Promise<T> {
    return this.#request({ method: 'GET', path, schema, idempotent: true, cache: true }, o?.signal, o?.fresh);
  }

  #post<T>(path: string, json: unknown, schema: Schema<T>, o?: CallOptions): Promise<T>;
  #post(path: string, json: unknown, schema: null, o?: CallOptions): Promise<void>;
  #post<T>(path: string, json: unknown, schema: Schema<T> | null, o?: CallOptions): Promise<T | void> {
    return this.#request({ method: 'POST', path, json, schema, idempotent: false, cache: false }, o?.signal);
  }

  /** Entry of every call: cache, then in-flight sharing for GETs, then the attempts. Rejects only with ApiError. */
  async #request<T>(spec: RequestSpec<T>, signal?: AbortSignal, fresh = false): Promise<T> {
    if (signal?.aborted) throw aborted();
    this.#activeSession(); // expire a stale session before its token is sent
    if (spec.method !== 'GET') return this.#execute(spec, signal);

    const key = `${this.#epoch}|${spec.path}`;
    if (spec.cache && !fresh && this.#cacheTtlMs > 0) {
      const hit = this.#cache.get(key);
      if (hit && hit.expiresAt > this.#now()) return hit.value as T;
      if (hit) this.#cache.delete(key);
    }
    let entry = this.#inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const generation = this.#cacheGeneration;
      const epoch = this.#epoch;
      const created: InFlight = {
        controller,
        waiting: 0,
        promise: this.#execute(spec, controller.signal).then(
          (value) => {
            if (this.#inFlight.get(key) === created) this.#inFlight.delete(key);
            // Only cache what is still current: not across an invalidation or a change of session.
            if (spec.cache && this.#cacheTtlMs > 0 && generation === this.#cacheGeneration && epoch === this.#epoch) {
              this.#cache.set(key, { value, expiresAt: this.#now() + this.#cacheTtlMs });
            }
            return value;
          },
          (e: unknown) => {
            if (this.#inFlight.get(key) === created) this.#inFlight.delete(key);
            throw e;
          },
        ),
      };
      entry = created;
      this.#inFlight.set(key, entry);
    }
    return this.#join(key, entry, signal) as Promise<T>;
  }

  /**
   * Waits for a shared request on behalf of one caller. A caller's abort rejects only that caller; the
   * request itself is aborted when no caller is left waiting, so one impatient element cannot cancel
   * another's data.
   */
  #join(key: string, entry: InFlight, signal?: AbortSignal): Promise<unknown> {
    entry.waiting++;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        reject(aborted());
        if (--entry.waiting === 0) {
          if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
          entry.controller.abort();
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** Runs the attempts of one request, retrying idempotent ones on network errors and 502/503/504. */
  async #execute<T>(spec: RequestSpec<T>, signal?: AbortSignal): Promise<T> {
    const epoch = this.#epoch;
    for (let attempt = 0; ; attempt++) {
      const canRetry = spec.idempotent && attempt < this.#retries;
      let res: RawResponse;
      try {
        res = await this.#attempt(spec, signal);
      } catch (e) {
        if (canRetry && e instanceof ApiError && e.kind === 'network') {
          await this.#sleep(backoffDelay(attempt, this.#retryBaseDelayMs, this.#random), signal).catch(() => {
            throw aborted();
          });
          continue;
        }
        throw e;
      }
      if (canRetry && RETRYABLE_STATUSES.has(res.status)) {
        const asked = parseRetryAfter(res.header('Retry-After'), this.#now());
        if (asked === null || asked <= this.#maxRetryDelayMs) {
          const wait = asked ?? backoffDelay(attempt, this.#retryBaseDelayMs, this.#random);
          await this.#sleep(wait, signal).catch(() => {
            throw aborted();
          });
          continue;
        }
      }
      return this.#settle(res, spec, epoch);
    }
  }

  /**
   * One HTTP exchange under its own timeout. The caller's signal and the timer both abort it; which one
   * fired decides between `aborted` and `timeout`.
   */
  async #attempt<T>(spec: RequestSpec<T>, outer?: AbortSignal): Promise<RawResponse> {
    if (outer?.aborted) throw aborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const onOuterAbort = (): void => controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });

    const url = this.baseUrl + spec.path;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.#session?.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (spec.json !== undefined) headers['Content-Type'] = 'application/json';
    const body = spec.form ?? (spec.json !== undefined ? JSON.stringify(spec.json) : undefined);
    const xhr = spec.onProgress && spec.form ? (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest : undefined;

    try {
      if (xhr && spec.form) return await xhrTransport(xhr, url, headers, spec.form, controller.signal, spec.onProgress!);
      spec.onProgress?.(0);
      const res = await this.#fetch(url, { method: spec.method, headers, body, signal: controller.signal });
      // Raced against the signal: an injected fetch may not tie the body stream to it, and a stalled
      // body must still end in a timeout rather than hang.
      const text = await untilAborted(res.text(), controller.signal);
      if (res.ok) spec.onProgress?.(1);
      return { status: res.status, statusText: res.statusText, header: (n) => res.headers.get(n), body: text };
    } catch (e) {
      if (timedOut) throw new ApiError({ kind: 'timeout', timeoutMs: this.#timeoutMs });
      if (outer?.aborted) throw aborted();
      throw new ApiError({ kind: 'network', message: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  /** Turns a response into the call's result or its `ApiFailure`, with the session side effects of 401/403. */
  #settle<T>(res: RawResponse, spec: RequestSpec<T>, epoch: number): T {
    if (res.status >= 200 && res.status < 300) {
      if (spec.schema === null) return undefined as T;
      const json = parseJson(res.body);
      if (!json.ok) throw new ApiError({ kind: 'invalid_response', status: res.status, issues: [{ path: '', message: 'Body is not valid JSON' }] });
      const parsed = spec.schema.safeParse(json.value);
      if (!parsed.success) throw new ApiError({ kind: 'invalid_response', status: res.status, issues: issuesOf(parsed.error) });
      return parsed.data;
    }
    const failure: ApiFailure = failureOf(res, this.#now());
    // Only the session the request was sent with may be ended by its answer; a newer login stays.
    if (failure.kind === 'session_expired' && this.#session && epoch === this.#epoch) this.#expire();
    if (failure.kind === 'password_change_required' && this.#session && !this.#session.mustChangePassword && epoch === this.#epoch) {
      this.#setSession({ ...this.#session, mustChangePassword: true });
    }
    throw new ApiError(failure);
  }

  // ---- session --------------------------------------------------------------------------------------

  /** The held session, expiring it first if its `expiresAt` has passed. */
  #activeSession(): StoredSession | null {
    const s = this.#session;
    if (s && Date.parse(s.expiresAt) <= this.#now()) {
      this.#expire();
      return null;
    }
    return s;
  }

  #expire(): void {
    this.#setSession(null, true);
  }

  /** The one place the session changes: memory, storage, cache, dedup keys and events stay in step. */
  #setSession(next: StoredSession | null, expired = false): void {
    const tokenChanged = this.#session?.token !== next?.token;
    this.#session = next;
    if (this.#storage) {
      if (next) writeSession(this.#storage, this.#storageKey, next);
      else removeSession(this.#storage, this.#storageKey);
    }
    if (tokenChanged) this.#epoch++;
    this.#cache.clear();
    this.#cacheGeneration++;
    if (expired) this.dispatchEvent(new CustomEvent<void>(SESSION_EXPIRED));
    this.dispatchEvent(new CustomEvent<SessionChange>(SESSION_CHANGE, { detail: publicInfo(next) }));
  }
}

/** Resolves like `p`, or rejects as soon as `signal` aborts. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new TransportAbort('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new TransportAbort('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The session without its token: the only shape that leaves the client. */
function publicInfo(s: StoredSession | null): SessionInfo | null {
  return s ? { socialInsuranceCode: s.socialInsuranceCode, expiresAt: s.expiresAt, mustChangePassword: s.mustChangePassword } : null;
}

/** Sends a multipart form with XMLHttpRequest, whose `upload.onprogress` is the only way to see bytes leave. */
function xhrTransport(
  Xhr: new () => XhrLike,
  url: string,
  headers: Record<string, string>,
  form: FormData,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new TransportAbort('aborted'));
    const xhr = new Xhr();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const onAbort = (): void => xhr.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal.removeEventListener('abort', onAbort);
    onProgress(0);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) onProgress(1);
      resolve({ status: xhr.status, statusText: xhr.statusText, header: (n) => xhr.getResponseHeader(n), body: xhr.responseText });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('Network request failed'));
    };
    xhr.onabort = () => {
      done();
      reject(new TransportAbort('aborted'));
    };
    xhr.send(form);
  });
}
