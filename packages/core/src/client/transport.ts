/**
 * The client's transport: the attempts of one request, each under its own timeout, retried when the request
 * is safe to repeat and the failure is passing (a network error, a 502/503/504), after a backoff with
 * jitter or the server's `Retry-After`; uploads with progress over XMLHttpRequest. It knows no session,
 * cache or schema: it resolves with the last response it read, whatever its status, or rejects with an
 * `ApiError` of kind `timeout`, `network` or `aborted`. Internal to the client.
 */
import { ApiError, toApiError } from '../errors.js';
import {
  RETRYABLE_STATUSES,
  abortableSleep,
  aborted,
  backoffDelay,
  onAbort,
  parseRetryAfter,
  type RawResponse,
} from './http.js';

/** The part of a request that reaches the wire. */
export interface Outgoing {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below `baseUrl`, with its query string. */
  path: string;
  json?: unknown;
  form?: FormData;
  /** Safe to repeat: retried on transient failures. Default: any method but POST. */
  idempotent?: boolean;
  onProgress?: (fraction: number) => void;
}

/** The transport's part of `VssClientOptions`. */
export interface TransportOptions {
  /** The fetch to use; default: `globalThis.fetch`, looked up at call time so a later mock still applies. */
  fetch?: typeof fetch;
  /** Time limit of one attempt (sending plus reading the body), in ms. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls (GET, logout) after a network error or a 502/503/504. Default 2. */
  retries?: number;
  /** First backoff step in ms; it doubles on each retry, with jitter. Default 300. */
  retryBaseDelayMs?: number;
  /**
   * Longest `Retry-After` the client waits for, in ms. Default 10000. A server asking for longer gets its
   * answer reported instead: a citizen should see "try later", not a spinner that runs for minutes.
   */
  maxRetryDelayMs?: number;
  /** Clock in epoch ms, for `Retry-After` dates. Default `Date.now`. */
  now?: () => number;
  /** Waits between retries; injectable so tests need not sleep. Must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** Minimal XMLHttpRequest surface used for upload progress; declared here so core needs no DOM lib for it. */
interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getResponseHeader(name: string): string | null;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly statusText: string;
  readonly responseText: string;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export class Transport {
  readonly #baseUrl: string;
  readonly #token: () => string | undefined;
  /** The options as given: each default is applied where the option is used. */
  readonly #o: TransportOptions;

  /**
   * @param baseUrl prefix of every path, without a trailing slash
   * @param token the bearer token, read at each attempt: a retry goes out under the session as it is by then
   */
  constructor(baseUrl: string, options: TransportOptions, token: () => string | undefined) {
    this.#baseUrl = baseUrl;
    this.#token = token;
    this.#o = options;
  }

  /**
   * Runs the attempts of one request. An idempotent one is tried again after a network error or a
   * 502/503/504, waiting the server's `Retry-After` when it asks for no more than `maxRetryDelayMs`, else a
   * backoff with jitter; a longer `Retry-After` is reported as it is.
   */
  async send(req: Outgoing, signal?: AbortSignal): Promise<RawResponse> {
    for (let attempt = 0; ; attempt++) {
      const o = this.#o;
      const canRetry = (req.idempotent ?? req.method !== 'POST') && attempt < (o.retries ?? 2);
      let asked: number | null = null;
      try {
        const res = await this.#attempt(req, signal);
        if (!canRetry || !RETRYABLE_STATUSES.has(res.status)) return res;
        asked = parseRetryAfter(res.header('Retry-After'), (o.now ?? Date.now)());
        if (asked !== null && asked > (o.maxRetryDelayMs ?? 10000)) return res;
      } catch (e) {
        if (!(canRetry && e instanceof ApiError && e.kind === 'network')) throw e;
      }
      const wait = asked ?? backoffDelay(attempt, o.retryBaseDelayMs ?? 300, o.random ?? Math.random);
      await (o.sleep ?? abortableSleep)(wait, signal).catch(() => {
        throw aborted();
      });
    }
  }

  /**
   * One HTTP exchange under its own timeout. The caller's signal and the timer both abort it; which one
   * fired decides between `aborted` and `timeout`.
   */
  async #attempt(req: Outgoing, outer?: AbortSignal): Promise<RawResponse> {
    if (outer?.aborted) throw aborted();
    const timeoutMs = this.#o.timeoutMs ?? 15000;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = outer && onAbort(outer, () => controller.abort());

    const url = this.#baseUrl + req.path;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.#token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (req.json !== undefined) headers['Content-Type'] = 'application/json';
    const body = req.form ?? (req.json !== undefined ? JSON.stringify(req.json) : undefined);
    const Xhr = req.onProgress && req.form && (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest;

    try {
      if (Xhr) return await xhrTransport(Xhr, url, headers, req.form!, controller.signal, req.onProgress!);
      req.onProgress?.(0);
      // the page's fetch as it is now (a service worker or a test may have replaced it since)
      const res = await (this.#o.fetch ?? fetch)(url, { method: req.method, headers, body, signal: controller.signal });
      // Raced against the signal: an injected fetch may not tie the body stream to it, and a stalled
      // body must still end in a timeout rather than hang.
      const text = await untilAborted(res.text(), controller.signal);
      if (res.ok) req.onProgress?.(1);
      return { status: res.status, statusText: res.statusText, header: (n) => res.headers.get(n), body: text };
    } catch (e) {
      if (timedOut) throw new ApiError({ kind: 'timeout', timeoutMs });
      if (outer?.aborted) throw aborted();
      throw toApiError(e);
    } finally {
      clearTimeout(timer);
      stop?.();
    }
  }
}

/**
 * Resolves like `p`, or rejects as soon as `signal` aborts (the attempt then reports `timeout` or `aborted`,
 * whichever aborted it).
 */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(aborted());
    else p.then(resolve, reject).finally(onAbort(signal, () => reject(aborted())));
  });
}

/**
 * Sends a multipart form with XMLHttpRequest, whose `upload.onprogress` is the only way to see bytes leave.
 * `signal` is the attempt's own, made just before, so it has not fired yet.
 */
function xhrTransport(
  Xhr: new () => XhrLike,
  url: string,
  headers: Record<string, string>,
  form: FormData,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new Xhr();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const done = onAbort(signal, () => xhr.abort());
    onProgress(0);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) onProgress(1);
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        header: (n) => xhr.getResponseHeader(n),
        body: xhr.responseText,
      });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('Network request failed'));
    };
    xhr.onabort = () => {
      done();
      reject(aborted());
    };
    xhr.send(form);
  });
}
