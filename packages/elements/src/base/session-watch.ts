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

  private _connected = false;
  private _client?: VssApi;
  private _lastClient?: VssApi;
  private _seen = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => VssApi,
    private readonly onChange: () => void = () => {},
  ) {
    host.addController(this);
  }

  /** The client followed (the current one, once connected). */
  get api(): VssApi {
    return this._client ?? this.client();
  }

  hostConnected(): void {
    this._connected = true;
    this.follow();
  }

  /** A provider may hand over another client at any time. */
  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this._connected = false;
    this._client?.removeEventListener(SESSION_CHANGE, this._onEvent);
    this._client = undefined;
  }

  /** Starts listening to the host's current client, if it is not the one followed already (only on the page). */
  follow(): void {
    if (!this._connected) return;
    const api = this.client();
    if (api === this._client) return;
    this._client?.removeEventListener(SESSION_CHANGE, this._onEvent);
    this._client = api;
    api.addEventListener(SESSION_CHANGE, this._onEvent);
    // Another client, or back on the page after a change that happened meanwhile. Reading `session` may
    // itself expire it and dispatch, which lands in _onEvent: that counts once more, harmlessly.
    const now = api.session;
    if (api !== this._lastClient || sessionKey(now) !== this._seen) this._changed(now);
    this._lastClient = api;
  }

  // An event is always a change, even one that looks like the previous session (a re-login as the same citizen).
  private readonly _onEvent = (): void => this._changed(this._client?.session ?? null);

  private _changed(now: SessionInfo | null): void {
    this.session = now;
    this._seen = sessionKey(now);
    this.revision++;
    this.onChange();
    this.host.requestUpdate();
  }
}
