import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { ApiError, type CallOptions, type VssApi } from '@vssid/core';
import type { SessionWatch } from './session-watch.js';

/**
 * One resource of the signed-in citizen, loaded with @lit/task. It loads again on every change of the
 * session its host's `SessionWatch` sees (login, password change, logout, expiry, re-login) and of the
 * client, so a session-dependent state (password change required, session expired, signed out) never
 * outlives the session that caused it. `retry()` asks the server again past the client's cache. Without
 * a session it fails with `session_expired`, which the shared error state turns into a login prompt,
 * unless `anonymous` says this load needs none (a public lookup).
 *
 * `args` adds the host's own inputs (attributes) to what the load depends on; the session is never one
 * of them, it is always the watch's revision.
 */
export class SessionTask<T, A extends readonly unknown[] = readonly []> {
  readonly task: Task<readonly [VssApi, number, number, ...A], T>;
  #nonce = 0;
  #fresh = false;
  readonly #host: ReactiveControllerHost;

  constructor(
    host: ReactiveControllerHost,
    watch: SessionWatch,
    load: (api: VssApi, options: CallOptions & { signal: AbortSignal }, ...args: A) => Promise<T>,
    options: { args?: () => A; anonymous?: (...args: A) => boolean } = {},
  ) {
    this.#host = host;
    this.task = new Task(host, {
      task: async ([api, , , ...args], { signal }) => {
        if (!options.anonymous?.(...args) && !api.session) throw new ApiError({ kind: 'session_expired', message: '' });
        const fresh = this.#fresh;
        this.#fresh = false;
        return load(api, { signal, fresh }, ...args);
      },
      args: () => [watch.api, watch.revision, this.#nonce, ...(options.args?.() ?? ([] as unknown as A))] as const,
    });
  }

  /** Loads again from the server (the retry button of the error state). */
  readonly retry = (): void => {
    this.#fresh = true;
    this.#nonce++;
    this.#host.requestUpdate();
  };
}
