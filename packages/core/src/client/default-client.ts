import { VssClient } from './vss-client.js';

let shared: VssClient | undefined;

/**
 * A client with the app's defaults: same-origin `/api`, session kept in sessionStorage so a reload stays
 * signed in. Each call makes a new, independent client.
 */
export function createDefaultClient(): VssClient {
  return new VssClient({ baseUrl: '/api', persistSession: true });
}

/**
 * The page-wide shared client, created on first use. Elements placed outside any client provider use it,
 * so two such elements share one session, one cache and one set of in-flight requests.
 */
export function getDefaultClient(): VssClient {
  return (shared ??= createDefaultClient());
}
