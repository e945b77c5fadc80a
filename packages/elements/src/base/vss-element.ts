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
  protected readonly sessionWatch = new SessionWatch(
    this,
    () => this.api,
    () => {
      const s = this.sessionWatch.session;
      this.session = s ? { ...s } : null;
      this.sessionChanged();
    },
  );

  /** Properties the page set on the tag before its code arrived, to be set again once connected. */
  #early?: [string, unknown][];

  constructor() {
    super();
    // A tag met before its code arrived (the loader defines tags as they appear; a framework may create them
    // earlier) keeps what the page set on it: a property set then is an own property of the instance, which
    // hides the class's accessor. Lit takes its reactive properties back itself; other accessors (a photo
    // input's `file`, …) are taken off here and set through the accessor once connected, when the subclass's
    // own fields exist.
    for (const key of Object.keys(this)) {
      if (!hasSetter(Object.getPrototypeOf(this) as object, key)) continue;
      (this.#early ??= []).push([key, (this as Record<string, unknown>)[key]]);
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
    const early = this.#early;
    this.#early = undefined;
    for (const [key, value] of early ?? []) (this as Record<string, unknown>)[key] = value;
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

/** Whether a class between `proto` and HTMLElement defines a setter for `key`. */
function hasSetter(proto: object | null, key: string): boolean {
  for (let p = proto; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return !!d.set;
  }
  return false;
}
