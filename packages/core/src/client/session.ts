/**
 * The client's session: the held token, its persistence (`session-store.ts`), its expiry, what the page
 * may know of it and the `session-change` / `session-expired` events. Every change goes through `set`.
 * Internal to the client.
 */
import type { ApiFailure } from '../errors.js';
import type { SessionChange, SessionInfo } from './api.js';
import {
  defaultSessionStorage,
  isLocalStorage,
  readSession,
  removeSession,
  writeSession,
  type SessionStorageLike,
  type StoredSession,
} from './session-store.js';

/** Event names as constants, so a typo fails to compile rather than silently never firing. */
export const SESSION_CHANGE = 'session-change';
export const SESSION_EXPIRED = 'session-expired';

/** The session's part of `VssClientOptions`. */
export interface SessionOptions {
  /** Keep the session in `storage` (sessionStorage by default) so a reload stays signed in. Default false. */
  persistSession?: boolean;
  /** Where a persisted session lives. Default `globalThis.sessionStorage` when available. localStorage is refused. */
  storage?: SessionStorageLike;
  /** Storage key of the persisted session. Default `'vssid.session'`. */
  storageKey?: string;
}

export class Session {
  readonly #events: EventTarget;
  readonly #now: () => number;
  readonly #onChange: () => void;
  readonly #storage: SessionStorageLike | undefined;
  readonly #storageKey: string;
  #held: StoredSession | null = null;

  /**
   * Reads back the persisted session, if any (without events).
   * @param events where the events are dispatched: the client itself
   * @param now the clock in epoch ms, for expiry
   * @param onChange runs on every change, before the events: the client empties its cache there, so a
   *   listener that calls the client at once gets nothing of the previous session
   * @throws TypeError when `storage` is `localStorage` (the token must not outlive the tab).
   */
  constructor(events: EventTarget, options: SessionOptions, now: () => number, onChange: () => void) {
    if (options.storage && isLocalStorage(options.storage)) {
      throw new TypeError('VssClient: the session must not be kept in localStorage; use sessionStorage');
    }
    this.#events = events;
    this.#now = now;
    this.#onChange = onChange;
    this.#storage = options.persistSession ? (options.storage ?? defaultSessionStorage()) : undefined;
    this.#storageKey = options.storageKey ?? 'vssid.session';
    if (this.#storage) this.#held = readSession(this.#storage, this.#storageKey, now());
  }

  /**
   * The held session as it is, expired or not. Every change installs a new object (or `null`), so the same
   * object means no change since.
   */
  get held(): StoredSession | null {
    return this.#held;
  }

  /** The held session, expiring it first if its `expiresAt` has passed. */
  active(): StoredSession | null {
    const s = this.#held;
    if (s && Date.parse(s.expiresAt) <= this.#now()) {
      this.set(null, true);
      return null;
    }
    return s;
  }

  /**
   * The one place the session changes: memory, storage, the client's cache and the events stay in step.
   * `next` is a new object, never one held before (see `held`).
   */
  set(next: StoredSession | null, expired = false): void {
    this.#held = next;
    if (this.#storage) {
      if (next) writeSession(this.#storage, this.#storageKey, next);
      else removeSession(this.#storage, this.#storageKey);
    }
    this.#onChange();
    if (expired) this.#events.dispatchEvent(new CustomEvent<void>(SESSION_EXPIRED));
    this.#events.dispatchEvent(new CustomEvent<SessionChange>(SESSION_CHANGE, { detail: publicInfo(next) }));
  }

  /** What a failed answer changes in the session, given `sent`, the session held when its request went out. */
  failed(failure: ApiFailure, sent: StoredSession | null): void {
    const s = this.#held;
    // Only the token the request was sent with may be ended by its answer; a newer login stays.
    if (failure.kind === 'session_expired' && s && s.token === sent?.token) this.set(null, true);
    // A 403 tells the session as it was when sent: one sent before the password change went through must
    // not put the citizen back to "must change".
    if (failure.kind === 'password_change_required' && s && !s.mustChangePassword && s === sent) {
      this.set({ ...s, mustChangePassword: true });
    }
  }
}

/** The session without its token: the only shape that leaves the client. */
export function publicInfo(s: StoredSession | null): SessionInfo | null {
  return s
    ? { socialInsuranceCode: s.socialInsuranceCode, expiresAt: s.expiresAt, mustChangePassword: s.mustChangePassword }
    : null;
}
