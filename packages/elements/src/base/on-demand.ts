import {
  adoptStyles,
  nothing,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { importAgain } from '@vssid/core/on-demand';
import { renderError, renderLoading } from '../shared/states.js';

/**
 * What a part loaded on demand needs of its element: updates, and the shadow root its styles go into
 * (a `LitElement` is one).
 */
export type OnDemandHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Loaders by name, each returning a part's module (usually `() => import('./part.js')`). Kept in one object
 * that the element reads at every use, so that a test or a story can stand in a slow or failing loader.
 */
export type Loaders<K extends string> = Record<K, () => Promise<unknown>>;

/**
 * Modules that have arrived, by loader. An element created later gets them at once, in its first render,
 * and a loader a test stands in (another function) is asked afresh.
 */
const arrived = new WeakMap<() => Promise<unknown>, unknown>();
/** What each element's `updateComplete` waits for (see {@link completeAfterParts}). */
const held = new WeakMap<object, Set<Promise<unknown>>>();
/** Part stylesheets each element has adopted (parts share some). */
const adopted = new WeakMap<object, Set<CSSResult>>();

/**
 * Adds the `partStyles` a part's module exports (a `CSSResult` or an array of them) to the element's shadow
 * root, after the element's own sheets (`adoptStyles` alone would replace those), once each: parts share
 * some. Pass it to {@link OnDemand} for parts that bring styles; elements whose parts bring none leave it
 * (and its bytes) out.
 */
export function adoptPartStyles(host: OnDemandHost, mod: unknown): void {
  const sheets = (mod as { partStyles?: CSSResult | CSSResult[] }).partStyles;
  if (!sheets) return;
  const done = adopted.get(host) ?? new Set<CSSResult>();
  adopted.set(host, done);
  const root = host.renderRoot as ShadowRoot;
  for (const sheet of [sheets].flat()) {
    if (done.has(sheet)) continue;
    done.add(sheet);
    if (supportsAdoptingStyleSheets && sheet.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet.styleSheet];
    else adoptStyles(root, [sheet]); // without adoptable sheets this appends a <style>
  }
}

/**
 * A part of an element fetched once, on demand: a module behind its own `import()` that the first paint
 * does not need. The element renders again when the module arrives or fails; its place meanwhile shows
 * {@link renderPart}: the loading state, or the error state whose "Thử lại" loads again.
 *
 * ```ts
 * export const cardParts = { qr: () => import('./qr.js') };
 * private readonly _qr = new OnDemand(this, cardParts, 'qr');
 * render() { return this._qr.use()?.qrSvg(…) ?? renderPart(this._qr, this); }
 * ```
 *
 * A controller in Lit's sense (it drives its host's updates, as `@lit/task`'s `Task` does) that needs no
 * lifecycle hook, so it is not added with `addController`.
 *
 * Loading states: not asked yet (`!loading`, no `value`, no `error`), {@link loading}, arrived
 * ({@link value}), failed ({@link error}; {@link prefetch} and {@link use} then wait for {@link load}).
 */
export class OnDemand<K extends string, M extends Loaders<K> = Loaders<K>> {
  /** Why the last load failed (what the import rejected with), until the next {@link load}. */
  error?: unknown;
  // #names: the bundler shortens them, and this class ships with every element that loads a part
  readonly #host: OnDemandHost;
  readonly #loaders: M;
  readonly #key: K;
  readonly #onUse?: (host: OnDemandHost, mod: unknown) => void;
  #loading?: Promise<void>;

  /**
   * @param host The element the part belongs to; it renders again when the part arrives or fails.
   * @param loaders The object holding the part's loader, read at every use.
   * @param key The part's name in `loaders`.
   * @param onUse Called with the module at each read of {@link value}; {@link adoptPartStyles} for parts
   *   that bring styles.
   */
  constructor(host: OnDemandHost, loaders: M, key: K, onUse?: (host: OnDemandHost, mod: unknown) => void) {
    this.#host = host;
    this.#loaders = loaders;
    this.#key = key;
    this.#onUse = onUse;
  }

  /**
   * The module once it has arrived, else undefined. Reading it starts nothing: see {@link use}. A module
   * another element already has counts as arrived.
   */
  get value(): Awaited<ReturnType<M[K]>> | undefined {
    const mod = this.#arrived();
    if (mod) this.#onUse?.(this.#host, mod);
    return mod;
  }

  /** True from the start of a load until the module has arrived or failed. */
  get loading(): boolean {
    return !!this.#loading;
  }

  /**
   * Starts loading unless the module is there or on its way, also after a failure (a retry: the place
   * shows the loading state again instead of the old error). Resolves once that load has settled, never
   * rejects. Safe to call while rendering.
   */
  load(): Promise<void> {
    if (this.error !== undefined) {
      this.error = undefined;
      this.#host.requestUpdate();
    }
    return this.prefetch();
  }

  /**
   * Starts loading ahead of need unless the module is there, on its way, or failed (a failure waits for
   * the citizen's "Thử lại", that is {@link load}). Resolves once that load has settled, never rejects.
   */
  prefetch(): Promise<void> {
    if (this.#arrived() || this.error !== undefined) return Promise.resolve();
    const load = this.#loaders[this.#key];
    return (this.#loading ??= importAgain(load)
      .then(
        (mod) => void arrived.set(load, mod),
        (e: unknown) => void (this.error = e ?? new Error(`${this.#key} failed to load`)),
      )
      .finally(() => {
        this.#loading = undefined;
        this.#host.requestUpdate();
      }));
  }

  /**
   * The module for a view that shows the part: {@link value} if it is there; otherwise undefined, and the
   * part is fetched (unless it failed) with the element's {@link completeAfterParts | updateComplete}
   * waiting for it.
   */
  use(): Awaited<ReturnType<M[K]>> | undefined {
    const mod = this.value;
    // (after a failure prefetch() starts nothing and resolves at once)
    if (!mod) holdUpdateComplete(this.#host, this.prefetch());
    return mod;
  }

  /**
   * Resolves with the module, loading it (again after a failure) if needed; rejects with the error if it
   * fails. For an action that needs the part before it can go on.
   */
  async ready(): Promise<Awaited<ReturnType<M[K]>>> {
    await this.load();
    const mod = this.#arrived();
    if (!mod) throw this.error;
    return mod;
  }

  /**
   * The module of the loader now in `loaders`, whichever element it arrived for, unless this element is
   * loading the part (a loader swapped meanwhile does not jump ahead of it) or saw it fail (the error state
   * stays until "Thử lại").
   */
  #arrived(): Awaited<ReturnType<M[K]>> | undefined {
    if (this.#loading || this.error !== undefined) return undefined;
    return arrived.get(this.#loaders[this.#key]) as Awaited<ReturnType<M[K]>> | undefined;
  }
}

/**
 * The place of a part that is not there: the shared error state with "Thử lại" (which loads it again) if
 * it failed, the loading state (with `label` for screen readers) while it loads, else nothing.
 */
export function renderPart(
  part: { readonly error?: unknown; readonly loading: boolean; load(): unknown },
  host: HTMLElement,
  label?: string,
): TemplateResult | typeof nothing {
  if (part.error !== undefined) return renderError(part.error, () => void part.load(), host);
  return part.loading ? renderLoading(label) : nothing;
}

/** Makes `host`'s {@link completeAfterParts | updateComplete} wait until `work` has settled too. */
export function holdUpdateComplete(host: object, work: Promise<unknown>): void {
  let set = held.get(host);
  if (!set) held.set(host, (set = new Set()));
  set.add(work);
  void work.finally(() => set.delete(work));
}

/** True while something holds `host`'s updateComplete (a part its view shows is on its way). */
export function isHeld(host: object): boolean {
  return !!held.get(host)?.size;
}

/**
 * `updateComplete` that also waits for the parts the element's view shows (and the render they bring),
 * and for work passed to {@link holdUpdateComplete}. An element opts in from its `getUpdateComplete`:
 *
 * ```ts
 * protected override getUpdateComplete() { return completeAfterParts(this, () => super.getUpdateComplete()); }
 * ```
 */
export async function completeAfterParts(host: object, complete: () => Promise<boolean>): Promise<boolean> {
  let done = await complete();
  for (let set = held.get(host); set?.size;) {
    await Promise.all(set);
    done = await complete();
  }
  return done;
}
