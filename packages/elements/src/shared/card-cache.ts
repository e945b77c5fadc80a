import { bhytCardSchema, SESSION_CHANGE, SESSION_EXPIRED, type BhytCard, type SessionChange, type VssApi } from '@vssid/core';

/**
 * The offline copy of the last card seen, one per social-insurance code (written by `<vss-bhyt-card>`). It
 * holds the card data only (never the token) so the card stays readable at a hospital desk without signal; it
 * is kept when a session merely expires, and every copy is removed when a citizen logs out, whatever elements
 * the page has (see forgetCardsOnLogout).
 */
export interface CachedCard {
  card: BhytCard;
  /** When the copy was saved (ISO instant). */
  savedAt: string;
}

const PREFIX = 'vssid-card:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by policy or a sandboxed frame: no offline copy, nothing breaks
  }
}

export function saveCachedCard(card: BhytCard, now = new Date()): void {
  try {
    storage()?.setItem(PREFIX + card.socialInsuranceCode, JSON.stringify({ card, savedAt: now.toISOString() }));
  } catch {
    /* quota: the offline copy is best effort */
  }
}

/** The copy for `code`, re-validated with the card schema: a tampered or outdated entry is dropped. */
export function readCachedCard(code: string): CachedCard | undefined {
  const s = storage();
  let raw: string | null = null;
  try {
    raw = s?.getItem(PREFIX + code) ?? null;
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as { card?: unknown; savedAt?: unknown };
    const card = bhytCardSchema.safeParse(value.card);
    if (card.success && typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt))) {
      return { card: card.data, savedAt: value.savedAt };
    }
  } catch {
    /* fall through */
  }
  clearCachedCard(code);
  return undefined;
}

export function clearCachedCard(code: string): void {
  try {
    storage()?.removeItem(PREFIX + code);
  } catch {
    /* nothing stored */
  }
}

/** Removes every offline card copy on this device. */
export function clearCachedCards(): void {
  const s = storage();
  try {
    for (const key of Object.keys(s ?? {})) if (key.startsWith(PREFIX)) s!.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

const watched = new WeakSet<VssApi>();
/**
 * Forgets the offline card copies when a citizen logs out through `client`: on a shared computer the next
 * person must not find the card, and a logout page may have no card element to do it. The provider and the
 * fallback client call this once per client. A session that expires keeps them: that is what they are for
 * (the client says `session-expired` right before that `session-change`).
 */
export function forgetCardsOnLogout(client: VssApi): void {
  if (watched.has(client)) return;
  watched.add(client);
  let signedIn = client.session !== null;
  let expiring = false;
  client.addEventListener(SESSION_EXPIRED, () => (expiring = true));
  client.addEventListener(SESSION_CHANGE, (e) => {
    const next = (e as CustomEvent<SessionChange>).detail;
    if (signedIn && next === null && !expiring) clearCachedCards();
    signedIn = next !== null;
    expiring = false;
  });
}
