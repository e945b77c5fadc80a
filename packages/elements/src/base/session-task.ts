import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { ApiError, type CallOptions, type SessionInfo, type VssApi } from '@vssid/core';

/**
 * One resource of the signed-in citizen, loaded with @lit/task. It loads again whenever the client or the
 * session changes (login, logout, expiry), so a login elsewhere on the page fills the element; `retry()`
 * asks the server again past the client's cache. Without a session it fails with `session_expired`, which
 * the shared error state turns into a login prompt.
 */
export class SessionTask<T> {
  readonly task: Task<readonly [VssApi, SessionInfo | null, number], T>;
  private nonce = 0;
  private fresh = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    source: () => { api: VssApi; session: SessionInfo | null },
    load: (api: VssApi, options: CallOptions & { signal: AbortSignal }) => Promise<T>,
  ) {
    this.task = new Task(host, {
      task: async ([api, session], { signal }) => {
        if (!session) throw new ApiError({ kind: 'session_expired', message: '' });
        const fresh = this.fresh;
        this.fresh = false;
        return load(api, { signal, fresh });
      },
      args: () => {
        const { api, session } = source();
        return [api, session, this.nonce] as const;
      },
    });
  }

  /** Loads again from the server (the retry button of the error state). */
  readonly retry = (): void => {
    this.fresh = true;
    this.nonce++;
    this.host.requestUpdate();
  };
}
