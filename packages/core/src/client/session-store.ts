/**
 * Reading and writing the persisted session. Internal to the client.
 *
 * Why sessionStorage and never localStorage: the bearer token must die with the tab. localStorage would
 * keep it on a shared or public computer long after the citizen walked away.
 */

/** The minimal Storage surface the client needs; `sessionStorage` satisfies it, and so does a test double. */
export interface SessionStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The session as held in memory and persisted: the public info plus the token. */
export interface StoredSession {
  token: string;
  socialInsuranceCode: string;
  expiresAt: string;
  mustChangePassword: boolean;
}

// An instant with its offset, as the contract's date-times are (`2026-12-06T09:30:00Z`, `…+07:00`).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `value` as a session if it is one that still holds at `nowMs`, else `null`: a non-empty token and code, the
 * must-change flag, and an ISO date-time with offset still to come. Checked by hand, not with zod: the session
 * is read when the client is made, before a request brings the schemas (see schemas-on-demand.ts).
 */
export function liveSession(value: unknown, nowMs: number): StoredSession | null {
  const { token, socialInsuranceCode, expiresAt, mustChangePassword } = (value ?? {}) as Partial<
    Record<keyof StoredSession, unknown>
  >;
  return typeof token === 'string' &&
    token &&
    typeof socialInsuranceCode === 'string' &&
    socialInsuranceCode &&
    typeof mustChangePassword === 'boolean' &&
    typeof expiresAt === 'string' &&
    ISO_DATE_TIME.test(expiresAt) &&
    Date.parse(expiresAt) > nowMs
    ? { token, socialInsuranceCode, expiresAt, mustChangePassword }
    : null;
}

/**
 * The browser's sessionStorage when there is one. Reading the global can itself throw (a sandboxed iframe,
 * storage disabled by policy), hence the try.
 */
export function defaultSessionStorage(): SessionStorageLike | undefined {
  try {
    const s = (globalThis as { sessionStorage?: SessionStorageLike }).sessionStorage;
    return s ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether `storage` is the page's localStorage, which must never hold the token. */
export function isLocalStorage(storage: unknown): boolean {
  try {
    const ls = (globalThis as { localStorage?: unknown }).localStorage;
    return ls != null && storage === ls;
  } catch {
    return false;
  }
}

/** Reads a stored session; anything unreadable, malformed or expired is removed and yields `null`. */
export function readSession(storage: SessionStorageLike, key: string, nowMs: number): StoredSession | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw == null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const stored = liveSession(value, nowMs);
  if (!stored) removeSession(storage, key);
  return stored;
}

/** Writes the session; a full or forbidden storage only costs persistence, never the in-memory session. */
export function writeSession(storage: SessionStorageLike, key: string, s: StoredSession): void {
  try {
    storage.setItem(key, JSON.stringify(s));
  } catch {
    /* persistence is best effort */
  }
}

export function removeSession(storage: SessionStorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing to do: the session is already gone from memory */
  }
}
