import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SESSION_CHANGE, type SessionInfo, type VssApi } from '@vssid/core';

/** The session's fields in one string, to tell whether it changed while nobody was listening. */
function sessionKey(s: SessionInfo | null): string {
  return s ? `${s.socialInsuranceCode}|${s.expiresAt}|${s.mustChangePassword}` : '';
}

/**
 * Follows the session of the client a host talks through, and counts its changes in `revision`: every
 * `session-change` the client dispatches (login, the first-login password change, the must-change flag,
 * logout, expiry, a re-login) counts, whatever changed in it. Anything keyed on the session's fields
 * instead misses a change; the password change, for one, keeps the citizen's code. An element that was off
 * the page when the session changed sees the change when it comes back. `VssElement` holds one for every
 * element; `SessionTask` keys its loads on it.
 */
export class SessionWatch implements ReactiveController {
  /** Bumped on every change of the session, and when the client itself changes. */
  revision = 0;
  /** The signed-in citizen as the client sees it (never the token). */
  session: SessionInfo | null = null;

  #connected = false;
  #followed?: VssApi;
  #lastClient?: VssApi;
  #seen = '';

  readonly #host: ReactiveControllerHost;
  readonly #client: () => VssApi;
  readonly #onChange: () => void;

  constructor(host: ReactiveControllerHost, client: () => VssApi, onChange: () => void = () => {}) {
    this.#host = host;
    this.#client = client;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The client followed (the current one, once connected). */
  get api(): VssApi {
    return this.#followed ?? this.#client();
  }

  hostConnected(): void {
    this.#connected = true;
    this.follow();
  }

  /** A provider may hand over another client at any time. */
  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#followed?.removeEventListener(SESSION_CHANGE, this.#onEvent);
    this.#followed = undefined;
  }

  /** Starts listening to the host's current client, if it is not the one followed already (only on the page). */
  follow(): void {
    if (!this.#connected) return;
    const api = this.#client();
    if (api === this.#followed) return;
    this.#followed?.removeEventListener(SESSION_CHANGE, this.#onEvent);
    this.#followed = api;
    api.addEventListener(SESSION_CHANGE, this.#onEvent);
    // Another client, or back on the page after a change that happened meanwhile. Reading `session` may
    // itself expire it and dispatch, which lands in #onEvent: that counts once more, harmlessly.
    const now = api.session;
    if (api !== this.#lastClient || sessionKey(now) !== this.#seen) this.#changed(now);
    this.#lastClient = api;
  }

  // An event is always a change, even one that looks like the previous session (a re-login as the same citizen).
  readonly #onEvent = (): void => this.#changed(this.#followed?.session ?? null);

  #changed(now: SessionInfo | null): void {
    this.session = now;
    this.#seen = sessionKey(now);
    this.revision++;
    this.#onChange();
    this.#host.requestUpdate();
  }
}
