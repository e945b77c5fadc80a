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
  /** Properties the page set on the tag before its code arrived, to be set again once connected. */
  private _early?: [string, unknown][];
  private readonly _onSessionChange = () => {
    this.session = this._listeningTo?.session ?? null;
    this.sessionChanged();
  };

  constructor() {
    super();
    // A tag met before its code arrived (the loader defines tags as they appear; a framework may create them
    // earlier) keeps what the page set on it: a property set then is an own property of the instance, which
    // hides the class's accessor. Lit takes its reactive properties back itself; other accessors (a photo
    // input's `file`, …) are taken off here and set through the accessor once connected, when the subclass's
    // own fields exist.
    for (const key of Object.keys(this)) {
      if (!hasSetter(Object.getPrototypeOf(this) as object, key)) continue;
      (this._early ??= []).push([key, (this as Record<string, unknown>)[key]]);
      delete (this as Record<string, unknown>)[key];
    }
  }

  /** The client this element talks through. */
  protected get api(): VssApi {
    return this._contextApi ?? fallbackClient();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLanguage();
    this._listen();
    const early = this._early;
    this._early = undefined;
    for (const [key, value] of early ?? []) (this as Record<string, unknown>)[key] = value;
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

/** Whether a class between `proto` and HTMLElement defines a setter for `key`. */
function hasSetter(proto: object | null, key: string): boolean {
  for (let p = proto; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return !!d.set;
  }
  return false;
}
