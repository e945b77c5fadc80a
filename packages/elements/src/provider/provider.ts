import { LitElement, adoptStyles, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { SessionInfo, VssApi } from '@vssid/core';
import { OnDemandClient } from '@vssid/core/on-demand';
import { apiContext } from '../base/context.js';
import { forgetCardsOnLogout } from '../shared/card-copies.js';
import { emit } from '../base/events.js';
import { tokens } from '../styles/tokens.js';
import type { ThemeName } from '../styles/themes.js';
import { localeReady, switchLocale } from '../i18n/localization.js';

/** Detail of `vss-session-change`: the signed-in citizen (never the token), or `null` once signed out. */
export type SessionChangeDetail = SessionInfo | null;

/**
 * Hands one API client and its session to every VssID element inside it, so they share requests, cache
 * and login. Without a provider, elements use a shared `/api` client.
 *
 * @element vss-provider
 * @slot - The portal's content with VssID elements anywhere inside it.
 * @fires vss-session-expired - The server said the session expired; any login box may ask again. `detail: {}`
 * @fires vss-session-change - Signed in, out, or password changed. `detail: { socialInsuranceCode, expiresAt, mustChangePassword } | null`
 */
@customElement('vss-provider')
export class VssProvider extends LitElement {
  // The named themes arrive when a theme other than `auto` is asked for (see #loadThemes): most pages follow
  // the system's scheme, which the tokens already do.
  static override styles = [
    tokens,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Base URL of the VssID API (a backend implementing `/api/openapi.json`). */
  @property({ attribute: 'api-base' }) apiBase = '/api';

  /** UI language of every element inside: `vi` (default) or `en`. Follows `<html lang>` when unset. */
  @property({ reflect: true }) override lang = '';

  /** `auto` follows the system colour scheme; `light`, `dark`, `lotus` and `contrast` force a theme. */
  @property({ reflect: true }) theme: ThemeName = 'auto';

  /**
   * Keep the session in `sessionStorage` so that moving between the portal's pages keeps the citizen signed
   * in (never `localStorage`). Set `memory-only` to keep it in memory only.
   */
  @property({ type: Boolean, attribute: 'memory-only' }) memoryOnly = false;

  /** A client supplied by the portal (overrides `api-base`). */
  @property({ attribute: false }) client?: VssApi;

  @provide({ context: apiContext })
  @state()
  protected api!: VssApi;

  #wired?: VssApi;
  /** The named themes' stylesheet, once asked for. */
  #themes?: Promise<void>;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') || changed.has('apiBase') || changed.has('memoryOnly') || !this.api) {
      const next = this.client ?? new OnDemandClient({ baseUrl: this.apiBase, persistSession: !this.memoryOnly });
      if (next !== this.api) this.#wire(next);
    }
    if (changed.has('lang') && this.lang) void switchLocale(this.lang);
    if (changed.has('theme') && this.theme !== 'auto') this.#loadThemes();
  }

  /** Adds the named themes to the shadow root (once; a failed download is tried again at the next theme change). */
  #loadThemes(): void {
    this.#themes ??= import('../styles/themes.js').then(
      ({ themes }) => adoptStyles(this.renderRoot as ShadowRoot, [...VssProvider.elementStyles, themes]),
      () => {
        this.#themes = undefined;
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwire();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api && this.#wired !== this.api) this.#wire(this.api);
  }

  /** The client in use (for portals that want to call the API themselves). */
  get apiClient(): VssApi {
    return this.api;
  }

  readonly #onExpired = () => emit(this, 'vss-session-expired', {});
  readonly #onChange = (e: Event) =>
    emit<SessionChangeDetail>(this, 'vss-session-change', (e as CustomEvent<SessionChangeDetail>).detail ?? null);

  #wire(api: VssApi): void {
    this.#unwire();
    this.api = api;
    this.#wired = api;
    // a logout here removes the card's offline copies, whether or not a card is on the page
    forgetCardsOnLogout(api);
    api.addEventListener('session-expired', this.#onExpired);
    api.addEventListener('session-change', this.#onChange);
  }

  #unwire(): void {
    this.#wired?.removeEventListener('session-expired', this.#onExpired);
    this.#wired?.removeEventListener('session-change', this.#onChange);
    this.#wired = undefined;
  }

  /**
   * Also waits for the language in `lang` and the theme in `theme` to be loaded, so `await provider.updateComplete`
   * means "shown in that language and theme".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([localeReady(), this.#themes]);
    return done;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-provider': VssProvider;
  }
  interface HTMLElementEventMap {
    'vss-session-change': CustomEvent<SessionChangeDetail>;
    'vss-session-expired': CustomEvent<Record<string, never>>;
  }
}
