/**
 * Reading and writing the persisted session. Internal to the client.
 *
 * Why sessionStorage and never localStorage: the bearer token must die with the tab. localStorage would
 * keep it on a shared or public computer long after the citizen walked away.
 */
import * as z from 'zod/mini';
import { isoDateTimeSchema } from '../schemas/common.js';

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

const storedSessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  socialInsuranceCode: z.string(),
  expiresAt: isoDateTimeSchema,
  mustChangePassword: z.boolean(),
});

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
  const parsed = storedSessionSchema.safeParse(value);
  if (!parsed.success || Date.parse(parsed.data.expiresAt) <= nowMs) {
    removeSession(storage, key);
    return null;
  }
  return parsed.data;
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
