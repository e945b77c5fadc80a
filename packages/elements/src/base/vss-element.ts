import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localized } from '@lit/localize';
import type { SessionInfo, VssApi } from '@vssid/core';
import { apiContext } from './context.js';
import { fallbackClient } from './default-client.js';
import { emit } from './events.js';
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

  /** The signed-in citizen as the client sees it (never the token). */
  @state() protected session: SessionInfo | null = null;

  private _listeningTo?: VssApi;
  private readonly _onSessionChange = () => {
    this.session = this._listeningTo?.session ?? null;
    this.sessionChanged();
  };

  /** The client this element talks through. */
  protected get api(): VssApi {
    return this._contextApi ?? fallbackClient();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLanguage();
    this._listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._listeningTo?.removeEventListener('session-change', this._onSessionChange);
    this._listeningTo = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('_contextApi')) this._listen();
  }

  /** Hook for subclasses: the session changed (login, logout, expiry, password change). */
  protected sessionChanged(): void {}

  /** Dispatches a bubbling, composed `CustomEvent`. */
  protected emit<T>(type: `vss-${string}`, detail: T, cancelable = false): boolean {
    return emit(this, type, detail, cancelable);
  }

  private _listen(): void {
    if (!this.isConnected) return;
    const api = this.api;
    if (api === this._listeningTo) return;
    this._listeningTo?.removeEventListener('session-change', this._onSessionChange);
    this._listeningTo = api;
    api.addEventListener('session-change', this._onSessionChange);
    this.session = api.session;
  }
}
