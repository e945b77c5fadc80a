import { isApiError, type CallOptions, type ProofKeySet, type VssApi } from '@vssid/core';

/** The verification keys a verifier holds, and whether they came from the server just now. */
export interface HeldKeys {
  set: ProofKeySet;
  /** When they were fetched (ISO instant). */
  savedAt: string;
  /** True when the server could not be reached and the copy kept on this device is used. */
  kept: boolean;
}

const storageKey = (baseUrl: string) => `vssid-proof-keys:${baseUrl}`;

/**
 * The device's copy of the public keys, so proofs can be checked with no network. Only keys are kept,
 * which are public; nothing a verifier reads (a token, a claim) is ever stored.
 */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (a sandboxed frame, strict privacy settings)
  }
}

/** The kept copy for `baseUrl`, if there is a usable one. */
export function readKeptKeys(baseUrl: string): Omit<HeldKeys, 'kept'> | undefined {
  try {
    const raw = storage()?.getItem(storageKey(baseUrl));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { set?: { keys?: unknown }; savedAt?: unknown };
    // verifyProof checks every key itself; here only the container's shape matters
    if (!Array.isArray(value.set?.keys) || typeof value.savedAt !== 'string') return undefined;
    return { set: value.set as ProofKeySet, savedAt: value.savedAt };
  } catch {
    return undefined;
  }
}

function keep(baseUrl: string, held: Omit<HeldKeys, 'kept'>): void {
  try {
    storage()?.setItem(storageKey(baseUrl), JSON.stringify(held));
  } catch {
    // full or blocked: verifying still works while the page is open
  }
}

/**
 * The keys from the server (kept on the device for next time), or, when the server cannot be reached or
 * answers wrongly, the copy kept earlier. Without either it fails with the server's error.
 */
export async function loadKeys(api: VssApi, options: CallOptions = {}): Promise<HeldKeys> {
  try {
    const set = await api.proofKeys(options);
    const held = { set, savedAt: new Date().toISOString() };
    keep(api.baseUrl, held);
    return { ...held, kept: false };
  } catch (e) {
    if (isApiError(e) && e.kind === 'aborted') throw e;
    const held = readKeptKeys(api.baseUrl);
    if (held) return { ...held, kept: true };
    throw e;
  }
}
