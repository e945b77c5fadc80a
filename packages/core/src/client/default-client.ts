import { OnDemandClient } from './on-demand-client.js';

let shared: OnDemandClient | undefined;

/**
 * A client with the app's defaults: same-origin `/api`, session kept in sessionStorage so a reload stays
 * signed in. Each call makes a new, independent client.
 */
export function createDefaultClient(): OnDemandClient {
  return new OnDemandClient({ baseUrl: '/api', persistSession: true });
}

/**
 * The page-wide shared client, created on first use. Elements placed outside any client provider use it,
 * so two such elements share one session, one cache and one set of in-flight requests.
 */
export function getDefaultClient(): OnDemandClient {
  return (shared ??= createDefaultClient());
}
