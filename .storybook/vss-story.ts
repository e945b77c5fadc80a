// The story conventions of VssID Elements: which demo account a story signs in as and which fault the mock
// backend injects. Stories name them in `parameters`; the preview's loader applies them.
import { demoAccounts, faultMatches } from '@vssid/mocks';

/** Friendly names of the mock's demo accounts (a 10-digit social insurance code works too). */
export type VssAccountName =
  'worker' | 'must-change' | 'locked' | 'pensioner' | 'child' | 'many-visits' | 'expired' | 'suspended';

/** Named faults: the toolbar's and the per-state stories'. */
export type VssFaultName = 'none' | 'latency' | 'loading' | 'network' | 'status500' | 'malformed' | 'schema';

/** What POST /api/dev/faults takes. */
export interface VssFault {
  path: string;
  kind: 'latency' | 'network' | 'status' | 'malformed-json' | 'schema-break';
  status?: number;
  delayMs?: number;
  times?: number;
}

export interface VssStoryParameters {
  /** Sign in as this demo account before the story renders. */
  vssAccount?: VssAccountName | (string & {});
  /** Break the mock backend this way for this story (overrides the toolbar's fault). */
  vssFault?: VssFaultName | VssFault;
  /** After signing in, move the server clock past the session's lifetime (the "session expired" state). */
  vssSessionExpired?: boolean;
}

/** How long the Loading stories keep a request pending: as long as the mock allows. */
const LOADING_MS = 120_000; // the mock caps delayMs at 2 minutes

const byName: Record<VssAccountName, (a: (typeof demoAccounts)[number]) => boolean> = {
  worker: (a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked && !a.visitCount && !a.suspendedCard,
  'must-change': (a) => !!a.mustChangePassword,
  locked: (a) => !!a.locked,
  pensioner: (a) => a.kind === 'pensioner',
  child: (a) => a.kind === 'child',
  'many-visits': (a) => (a.visitCount ?? 0) >= 1000,
  expired: (a) => a.kind === 'expired',
  suspended: (a) => !!a.suspendedCard,
};

/** A story that signs in as `account` (the ordinary worker by default) and breaks `path` of the mock with `fault`. */
export function signedInWithFault(
  path: string,
  fault: Omit<VssFault, 'path'>,
  account: VssStoryParameters['vssAccount'] = 'worker',
): { parameters: VssStoryParameters } {
  return { parameters: { vssAccount: account, vssFault: { path, ...fault } } };
}

/** The demo account a story asked for, by friendly name or by code. */
export function accountFor(wanted: string): { code: string; password: string } {
  const match =
    wanted in byName ? byName[wanted as VssAccountName] : (a: (typeof demoAccounts)[number]) => a.code === wanted;
  const account = demoAccounts.find(match);
  if (!account) throw new Error(`No demo account "${wanted}" in @vssid/mocks`);
  return { code: account.code, password: account.password };
}

/** The fault to inject for a toolbar value or a story parameter; `undefined` means none. */
export function faultFor(f: VssFaultName | VssFault | undefined): VssFault | undefined {
  if (!f || f === 'none') return undefined;
  if (typeof f === 'object') return f;
  const path = '/api/*';
  switch (f) {
    case 'latency':
      return { path, kind: 'latency', delayMs: 3000 };
    case 'loading':
      return { path, kind: 'latency', delayMs: LOADING_MS };
    case 'network':
      return { path, kind: 'network' };
    case 'status500':
      return { path, kind: 'status', status: 500 };
    case 'malformed':
      return { path, kind: 'malformed-json' };
    case 'schema':
      return { path, kind: 'schema-break' };
  }
}

/** The story client's time limit: a Loading story must stay loading rather than turn into a timeout error. */
export function storyClientTimeout(fault: VssFault | undefined): number {
  return fault?.kind === 'latency' ? Math.max(15_000, (fault.delayMs ?? 0) + 5_000) : 15_000;
}

const pathOf = (input: RequestInfo | URL): string =>
  new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href).pathname;

const jsonResponse = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Waits `ms`, or rejects as fetch does when the caller aborts (the client's own timeout included). */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Strings become numbers and numbers strings: whatever the schema, the answer no longer fits it. */
function breakShape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(breakShape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, breakShape(x)]));
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return String(v);
  return v;
}

/**
 * The same faults as the mock's /api/dev/faults, made inside one client's `fetch` (docs pages: one story's
 * fault must not reach the other stories on the page). Dev routes are never faulted.
 */
export function faultyFetch(fault: VssFault, base: typeof fetch): typeof fetch {
  let remaining = fault.times ?? Number.POSITIVE_INFINITY;
  return async (input, init) => {
    const path = pathOf(input);
    if (path.startsWith('/api/dev/') || !faultMatches(fault.path, path) || remaining <= 0) return base(input, init);
    remaining -= 1;
    switch (fault.kind) {
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'latency':
        await wait(fault.delayMs ?? 1500, init?.signal);
        return base(input, init);
      case 'status': {
        const status = fault.status ?? 500;
        const code = status === 401 ? 'session_expired' : status === 429 ? 'rate_limited' : 'internal_error';
        return jsonResponse(
          { code, message: 'Lỗi giả lập.', ...(code === 'rate_limited' ? { retryAfterSeconds: 30 } : {}) },
          status,
        );
      }
      case 'malformed-json':
        return new Response('{"code": "ok", "items": [', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      case 'schema-break': {
        const res = await base(input, init);
        if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return res;
        return jsonResponse(breakShape(await res.json()), res.status);
      }
    }
  };
}

/** Every call but signing in answers 401 session_expired, as the server does once a session has run out. */
export function expiredSessionFetch(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const path = pathOf(input);
    if (path.startsWith('/api/dev/') || path.startsWith('/api/auth/login')) return base(input, init);
    return jsonResponse({ code: 'session_expired', message: 'Phiên đăng nhập đã hết hạn.' }, 401);
  };
}
