/**
 * The client's GET answers, kept briefly, and its requests in flight, shared: a second caller of the same
 * path gets the cached answer or joins the request already sent. `clear` starts afresh (the client calls it
 * on every change of session), so nothing is shared across it. Internal to the client.
 */
import { aborted, onAbort } from './http.js';

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when the last abortable one leaves, the request itself is aborted. */
  waiting: number;
}

interface CacheEntry {
  value: unknown;
  expiresAt: number;
}

export class RequestCache {
  readonly #ttlMs: number;
  readonly #now: () => number;
  /** Bumped by every invalidation and every `clear`, so an answer fetched before it is not cached after it. */
  #generation = 0;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inFlight = new Map<string, InFlight>();

  /** `ttlMs` 0 keeps no answer (requests in flight are still shared); `now` is the clock in epoch ms. */
  constructor(ttlMs: number, now: () => number) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /**
   * The answer for the GET of `path`: the cached one while it is fresh (unless `fresh`, or `keep` is off),
   * else that of the request already in flight, else that of a new one started with `send`, kept when `keep`
   * is set and nothing was invalidated or cleared while it was out. A cached answer comes back as it is, not
   * in a promise.
   */
  get(
    path: string,
    keep: boolean,
    fresh: boolean | undefined,
    send: (signal: AbortSignal) => Promise<unknown>,
    signal?: AbortSignal,
  ): unknown {
    if (keep && !fresh && this.#ttlMs > 0) {
      const hit = this.#cache.get(path);
      if (hit && hit.expiresAt > this.#now()) return hit.value;
      if (hit) this.#cache.delete(path);
    }
    let entry = this.#inFlight.get(path);
    if (!entry) {
      const controller = new AbortController();
      const generation = this.#generation;
      const created: InFlight = {
        controller,
        waiting: 0,
        promise: send(controller.signal).then(
          (value) => {
            if (this.#inFlight.get(path) === created) this.#inFlight.delete(path);
            // Only cache what is still current: not across an invalidation or a change of session.
            if (keep && this.#ttlMs > 0 && generation === this.#generation) {
              this.#cache.set(path, { value, expiresAt: this.#now() + this.#ttlMs });
            }
            return value;
          },
          (e: unknown) => {
            if (this.#inFlight.get(path) === created) this.#inFlight.delete(path);
            throw e;
          },
        ),
      };
      entry = created;
      this.#inFlight.set(path, entry);
    }
    return this.#join(path, entry, signal);
  }

  /** Drops the cached answers and in-flight requests whose path starts with `prefix`: the next call asks the server. */
  invalidate(prefix: string): void {
    this.#generation++;
    // Deleting while iterating is safe for a Map: each entry is visited at most once.
    for (const path of this.#cache.keys()) if (path.startsWith(prefix)) this.#cache.delete(path);
    for (const path of this.#inFlight.keys()) if (path.startsWith(prefix)) this.#inFlight.delete(path);
  }

  /**
   * Forgets every cached answer and every request in flight: no later call joins one sent before, and what
   * such a request answers is not kept (its callers still get it).
   */
  clear(): void {
    this.#cache.clear();
    this.#inFlight.clear();
    this.#generation++;
  }

  /**
   * Waits for a shared request on behalf of one caller. A caller's abort rejects only that caller; the
   * request itself is aborted when no caller is left waiting, so one impatient element cannot cancel
   * another's data.
   */
  #join(path: string, entry: InFlight, signal?: AbortSignal): Promise<unknown> {
    entry.waiting++;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const stop = onAbort(signal, () => {
        reject(aborted());
        if (--entry.waiting === 0) {
          if (this.#inFlight.get(path) === entry) this.#inFlight.delete(path);
          entry.controller.abort();
        }
      });
      entry.promise.then(resolve, reject).finally(stop);
    });
  }
}
