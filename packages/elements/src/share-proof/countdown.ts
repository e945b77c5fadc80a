import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Minutes left at which the time left is announced to screen readers: often enough to plan by, rarely
 * enough not to talk over the citizen (a live region that changed every second would be unusable).
 */
export const ANNOUNCE_AT_MINUTES = [60, 30, 15, 10, 5, 2, 1] as const;

/**
 * The announcement step `msLeft` falls in: the smallest of {@link ANNOUNCE_AT_MINUTES} that is not below
 * the minutes left (rounded up), `0` once time is up, or `Infinity` above the first step. A change of step
 * is a moment to announce.
 */
export function announceStep(msLeft: number): number {
  if (msLeft <= 0) return 0;
  const minutes = Math.ceil(msLeft / 60_000);
  let step = Infinity;
  for (const m of ANNOUNCE_AT_MINUTES) if (minutes <= m) step = m;
  return step;
}

/** `msLeft` as the clock face shows it: `H:MM:SS` from an hour up, else `MM:SS`; `00:00` once over. */
export function clockText(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * A one-second clock for a host that shows times left: `now` moves on every second while the host is on
 * the page and `running` says a countdown is on screen, so an element with nothing to count does not wake
 * up every second.
 */
export class Ticker implements ReactiveController {
  /** The time the host renders by, in epoch ms. */
  now = Date.now();
  private _timer?: ReturnType<typeof setInterval>;
  private _connected = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _running: () => boolean,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._connected = true;
  }

  /** Every render reads the time afresh, whatever asked for it. */
  hostUpdate(): void {
    this.now = Date.now();
  }

  /** Starts or stops the clock as the host's view needs it (called after every update). */
  hostUpdated(): void {
    const run = this._connected && this._running();
    if (run && !this._timer) {
      this._timer = setInterval(() => this._host.requestUpdate(), 1000);
    } else if (!run && this._timer) {
      clearInterval(this._timer);
      this._timer = undefined;
    }
  }

  hostDisconnected(): void {
    this._connected = false;
    clearInterval(this._timer);
    this._timer = undefined;
  }
}
