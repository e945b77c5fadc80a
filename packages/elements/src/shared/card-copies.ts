import { SESSION_CHANGE, SESSION_EXPIRED, type SessionChange, type VssApi } from '@vssid/core';

// The part of the offline card copies (card-cache.ts) that every page needs: removing them at logout. A module
// of its own, so that a page without a card does not load the code that reads and writes them.

export const PREFIX = 'vssid-card:';

export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled by policy or a sandboxed frame: no offline copy, nothing breaks
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
