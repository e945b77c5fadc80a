import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localized } from '@lit/localize';
import type { SessionInfo, VssApi } from '@vssid/core';
import { apiContext } from './context.js';
import { fallbackClient } from './default-client.js';
import { emit } from './events.js';
import { SessionWatch } from './session-watch.js';
import { followDocumentLanguage } from '../i18n/localization.js';

/**
 * Base of every VssID element: finds the API client (the nearest `<vss-provider>`, else the shared default
 * client), re-renders when the session or the language changes, and dispatches `vss-` events.
 * Elements only render and emit: every request goes through `this.api`.
 */
@localized()
export class VssElement extends LitElement {
  @consume({ context: apiContext, subscribe: true })
  @state()
  private _contextApi?: VssApi;

  /**
   * The signed-in citizen as the client sees it (never the token). A new object on every change of the
   * session, so `changed.has('session')` in `willUpdate` tells every change, a password change included.
   */
  @state() protected session: SessionInfo | null = null;

  /**
   * Counts the changes of the session (see SessionWatch). Data elements load through a `SessionTask` on
   * it, which reloads them on every change; nothing else needs to track the session.
   */
  protected readonly sessionWatch = new SessionWatch(this, () => this.api, () => {
    const s = this.sessionWatch.session;
    this.session = s ? { ...s } : null;
    this.sessionChanged();
  });

  /** The client this element talks through. */
  protected get api(): VssApi {
    return this._contextApi ?? fallbackClient();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLanguage();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A provider handed over its client: follow it now, so subclasses see the session in this update.
    if (changed.has('_contextApi')) this.sessionWatch.follow();
  }

  /** Hook for subclasses: the session changed (login, logout, expiry, password change). */
  protected sessionChanged(): void {}

  /** Dispatches a bubbling, composed `CustomEvent`. */
  protected emit<T>(type: `vss-${string}`, detail: T, cancelable = false): boolean {
    return emit(this, type, detail, cancelable);
  }
}
