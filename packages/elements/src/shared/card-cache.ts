import type { BhytCard } from '@vssid/core';
import { loadSchemas } from '@vssid/core/on-demand';
import { PREFIX, storage } from './card-copies.js';

export { clearCachedCards, forgetCardsOnLogout } from './card-copies.js';

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

export function saveCachedCard(card: BhytCard, now = new Date()): void {
  try {
    storage()?.setItem(PREFIX + card.socialInsuranceCode, JSON.stringify({ card, savedAt: now.toISOString() }));
  } catch {
    /* quota: the offline copy is best effort */
  }
}

/**
 * The copy for `code`, re-validated with the card schema: a tampered or outdated entry is dropped. The schema
 * comes with the client's schemas, which the failed request for the card asked for; undefined (and the copy
 * kept) if they cannot be had either.
 */
export async function readCachedCard(code: string): Promise<CachedCard | undefined> {
  const s = storage();
  let raw: string | null = null;
  try {
    raw = s?.getItem(PREFIX + code) ?? null;
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let schemas;
  try {
    schemas = await loadSchemas();
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(raw) as { card?: unknown; savedAt?: unknown };
    const card = schemas.card.safeParse(value.card);
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
