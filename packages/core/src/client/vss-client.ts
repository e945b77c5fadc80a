import { answers, type Answers } from './answer-schemas.js';
import { BaseClient } from './base-client.js';

export { SESSION_CHANGE, SESSION_EXPIRED, type VssClientEventMap, type VssClientOptions } from './base-client.js';
export type { SessionStorageLike } from './session-store.js';

/**
 * The VssID HTTP client, with the schemas of the answers at hand from the start: every call of the contract
 * as a typed method resolving with schema-checked data, or rejecting with an `ApiError` (and only ever an
 * `ApiError`). It holds the bearer session (never exposing the token), retries idempotent calls on transient
 * failures, shares identical in-flight GETs, caches GET answers briefly per session, and dispatches
 * `session-change` / `session-expired` events (see {@link VssClientEventMap}).
 *
 * `OnDemandClient` (`@vssid/core/on-demand`) is the same client fetching the schemas with its first request;
 * the elements use that one.
 *
 * @example
 * const client = new VssClient({ persistSession: true });
 * client.addEventListener('session-change', (e) => render((e as CustomEvent<SessionChange>).detail));
 * await client.login('0123456789', 'secret');
 * const card = await client.card();
 */
export class VssClient extends BaseClient {
  protected answers(): Promise<Answers> {
    return Promise.resolve(answers);
  }
}
