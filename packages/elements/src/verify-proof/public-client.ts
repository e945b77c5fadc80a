import type { VssApi } from '@vssid/core';
import { OnDemandClient } from '@vssid/core/on-demand';

const clients = new Map<string, VssApi>();

/**
 * A client for a verifier's own `api-base` (a clinic's portal that points at the proof issuer without a
 * `<vss-provider>`): public calls only, no session, nothing persisted. One per base URL on the page, so
 * verifiers share its key cache.
 */
export function publicClient(baseUrl: string): VssApi {
  const key = baseUrl.trim().replace(/\/+$/, '');
  let client = clients.get(key);
  if (!client) clients.set(key, (client = new OnDemandClient({ baseUrl: key, persistSession: false })));
  return client;
}
