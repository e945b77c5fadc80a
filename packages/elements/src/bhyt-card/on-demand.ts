import type { ReactiveControllerHost } from 'lit';
import { retryable } from '../shared/retry-import.js';

/**
 * The card's parts that are not needed for its first paint, each behind its own `import()`: the QR encoder
 * and the groups' meanings (both used once the card data is there) and `<vss-card-explain>` (when the
 * citizen opens the explanation).
 * One object so a test can stand in a loader that fails.
 */
export const cardParts = {
  qr: retryable(() => import('./qr.js')),
  meaning: retryable(() => import('./meaning.js')),
  explain: retryable(() => import('./card-explain.js')),
};

/**
 * A module fetched once on demand. The host renders again when it arrives or fails; after a failure
 * `load()` tries again (the button of the part's error state).
 */
export class OnDemand<T> {
  value?: T;
  error?: unknown;
  private _loading?: Promise<void>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _import: () => Promise<T>,
  ) {}

  /** True from the first `load()` until the module is there or has failed. */
  get loading(): boolean {
    return this._loading !== undefined;
  }

  /** Starts the import unless it is done or under way; safe to call while rendering. */
  load(): void {
    if (this.value !== undefined || this._loading) return;
    if (this.error !== undefined) {
      // a retry: show the loading state again instead of the old error
      this.error = undefined;
      this._host.requestUpdate();
    }
    this._loading = this._import()
      .then(
        (v) => void (this.value = v),
        (e: unknown) => void (this.error = e ?? new Error('chunk failed')),
      )
      .finally(() => {
        this._loading = undefined;
        this._host.requestUpdate();
      });
  }
}
