// Shared harness of the quality suites (a11y, faults, security, privacy): the catalogue of elements with
// the endpoints each one reads, mounting any element inside its own provider, reaching a state, and
// watching for anything thrown that nobody caught.
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import '../../packages/elements/src/index.js';
import '@vssid/mocks/sms-inbox';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import { textOf, waitFor } from '../support/dom.js';

export type Account = readonly [code: string, password: string];
export const ACCOUNTS = {
  worker: ['7901234567', 'VssID@2026'],
  mustChange: ['0112345678', 'k7Qm29xa'],
  locked: ['4801234567', 'DaNang2026'],
  pensioner: ['3101234567', 'Huutri1962'],
  child: ['7925000001', 'TreEm2021a'],
  manyVisits: ['0198765432', 'KhamBenh10k'],
  expired: ['9201234567', 'HetHan2025'],
} as const satisfies Record<string, Account>;

/** An element that reads the citizen's records: it needs a session and has one endpoint. */
export interface RecordElement {
  tag: string;
  endpoint: string;
  /** Accounts whose data states differ visibly (the first is the ordinary one). */
  accounts: (keyof typeof ACCOUNTS)[];
  /** The account whose data is empty, if one exists. */
  empty?: keyof typeof ACCOUNTS;
}

export const recordElements: RecordElement[] = (
  [
    { tag: 'vss-profile', endpoint: '/api/me', accounts: ['worker', 'pensioner', 'child', 'mustChange'] },
    { tag: 'vss-bhyt-card', endpoint: '/api/me/card', accounts: ['worker', 'pensioner', 'child', 'expired'] },
    {
      tag: 'vss-participation-history',
      endpoint: '/api/me/participation',
      accounts: ['worker', 'pensioner'],
      empty: 'child',
    },
    { tag: 'vss-benefits', endpoint: '/api/me/benefits', accounts: ['worker', 'pensioner', 'expired'], empty: 'child' },
    { tag: 'vss-medical-records', endpoint: '/api/me/visits', accounts: ['worker', 'manyVisits'] },
    // the estimates read the profile too; the history is the endpoint whose failures they are tested on
    {
      tag: 'vss-pension-estimate',
      endpoint: '/api/me/participation',
      accounts: ['worker', 'pensioner', 'expired'],
      empty: 'child',
    },
    {
      tag: 'vss-withdrawal-estimate',
      endpoint: '/api/me/participation',
      accounts: ['worker', 'expired'],
      empty: 'child',
    },
    // every account starts with no proof; the form and the empty list are its data state
    { tag: 'vss-share-proof', endpoint: '/api/me/proofs', accounts: ['worker'], empty: 'child' },
  ] satisfies RecordElement[]
).filter((e) => customElements.get(e.tag));

/** Elements that work without a session (forms and help). */
export const publicTags = [
  'vss-login',
  'vss-registration-form',
  'vss-office-picker',
  'vss-photo-input',
  'vss-otp-input',
  'vss-support',
  'vss-sms-inbox',
  'vss-card-explain',
  'vss-household-bhyt',
  'vss-voluntary-bhxh',
  'vss-verify-proof',
].filter((t) => customElements.get(t));

export interface Mounted<T extends HTMLElement = HTMLElement> {
  provider: VssProvider;
  el: T;
}

const mounted: HTMLElement[] = [];

export interface MountOptions {
  lang?: 'vi' | 'en';
  theme?: string;
  account?: Account;
  attrs?: Record<string, string>;
}

/**
 * `<vss-provider memory-only lang theme><tag attrs></tag></vss-provider>` in a fresh container, signed in
 * as `account` before the element connects (so its first render already has the session).
 */
export async function mountTag<T extends HTMLElement = HTMLElement>(
  tag: string,
  o: MountOptions = {},
): Promise<Mounted<T>> {
  const host = document.createElement('div');
  host.className = 'quality-fixture';
  // Elements paint no page background (the portal does): a dark theme is tested on a dark page, as the
  // Storybook canvas and a real portal show it, with the theme's own surface colour.
  if (o.theme === 'dark') host.style.cssText = 'background:#111a26;color-scheme:dark;padding:1px';
  const provider = document.createElement('vss-provider') as VssProvider;
  provider.memoryOnly = true;
  provider.setAttribute('memory-only', '');
  provider.setAttribute('lang', o.lang ?? 'vi');
  if (o.theme) provider.setAttribute('theme', o.theme);
  host.append(provider);
  document.body.append(host);
  mounted.push(host);
  await provider.updateComplete;
  await switchLocale(o.lang ?? 'vi');
  if (o.account) await provider.apiClient.login(o.account[0], o.account[1]);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(o.attrs ?? {})) el.setAttribute(k, v);
  provider.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { provider, el };
}

/** Forgets the card's offline copies (localStorage `vssid-card:*`), which a network failure would show. */
export function clearCardCopies(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('vssid-card:')) localStorage.removeItem(k);
}

export function unmountAll(): void {
  for (const h of mounted.splice(0)) h.remove();
}

const root = (el: Element) => el.shadowRoot!;

/** Waits until the element shows a final state (no loading skeleton, something rendered). */
export async function whenSettled(el: HTMLElement, timeoutMs = 8000): Promise<void> {
  await waitFor(
    () => {
      const r = root(el);
      if (r.querySelector('.state.loading, [aria-busy="true"]')) return false;
      return textOf(el).length > 0;
    },
    timeoutMs,
    `${el.localName} settled`,
  );
  await frames(2);
}

export type StateName = 'loading' | 'error' | 'expired' | 'empty';
const stateSelector: Record<StateName, string> = {
  loading: '.state.loading',
  error: '.state.error',
  expired: '.state.expired',
  empty: '.state.empty',
};
/** Waits for one of the shared state boxes (states.ts) to appear; returns it. */
export function waitForState(el: HTMLElement, s: StateName, timeoutMs = 8000): Promise<HTMLElement> {
  return waitFor(() => root(el).querySelector<HTMLElement>(stateSelector[s]), timeoutMs, `${el.localName} ${s} state`);
}

/**
 * Waits `n` animation frames; a frame that does not come within 50 ms counts too (a page in a background
 * tab gets no frames when WTR runs two files at once).
 */
export const frames = async (n = 1) => {
  for (let i = 0; i < n; i++) {
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 50);
    });
  }
};

/**
 * Collects errors nobody caught (window `error` and `unhandledrejection`) while a suite runs, minus the
 * virtualizer's benign ResizeObserver notice (toolchain.md). Mocha would otherwise fail on the first one
 * before the test could say which element threw.
 */
export function watchUncaught() {
  const seen: string[] = [];
  let prev: OnErrorEventHandler = null;
  const onRejection = (e: PromiseRejectionEvent) => {
    seen.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
    e.preventDefault();
  };
  return {
    seen,
    start() {
      prev = window.onerror;
      window.onerror = (m, _src, _line, _col, err) => {
        if (String(m).includes('ResizeObserver loop')) return true;
        seen.push(`error: ${String(err?.stack ?? m)}`);
        return true;
      };
      window.addEventListener('unhandledrejection', onRejection);
    },
    stop() {
      window.onerror = prev;
      window.removeEventListener('unhandledrejection', onRejection);
    },
    take(): string[] {
      return seen.splice(0);
    },
  };
}

/** Every element inside `el`'s shadow tree (nested shadow roots included). */
export function shadowElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (r: ParentNode) => {
    for (const n of r.querySelectorAll('*')) {
      out.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return out;
}
