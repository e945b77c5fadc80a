/**
 * Transport-level helpers of the VssClient: the raw response shape shared by the fetch and XHR paths,
 * retry timing, abortable sleeping and turning zod issues / error bodies into `ApiFailure`s.
 * Internal: only `VssClient` uses these, and they are not exported from the package.
 */
import type * as z from 'zod/mini';
import { ApiError, type ApiFailure } from '../errors.js';
import type { errorBodySchema } from '../schemas/error.js';

/** A fully read HTTP response. The body is read inside the attempt so the timeout also covers a stalled body. */
export interface RawResponse {
  status: number;
  statusText: string;
  header(name: string): string | null;
  body: string;
}

/** Statuses that mean "the gateway or server is momentarily unable", worth retrying for idempotent calls. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Parses a `Retry-After` header (delta seconds or an HTTP date) into milliseconds from `nowMs`.
 * Returns `null` when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  // A date in the past means "now"; never a negative wait.
  return Math.max(0, at - nowMs);
}

/**
 * "Equal jitter" exponential backoff: half of the exponential step is fixed, half random. The fixed half
 * keeps retries from hammering a struggling server; the random half keeps many clients from retrying in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const step = baseMs * 2 ** attempt;
  return Math.round(step / 2 + random() * (step / 2));
}

export const aborted = (): ApiError => new ApiError({ kind: 'aborted' });

/** Calls `fn` once when `signal` aborts; returns what stops listening. */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  signal.addEventListener('abort', fn, { once: true });
  return () => signal.removeEventListener('abort', fn);
}

/** Waits `ms`, rejecting with an `aborted` ApiError as soon as `signal` fires (so a backoff never outlives its caller). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
    const stop =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(aborted());
      });
  });
}

/** zod issues as the `{path, message}` pairs of an `invalid_response` failure (path joined with dots). */
export function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => String(p)).join('.'), message: i.message }));
}

/** Parses a body as JSON, distinguishing "no JSON" from a JSON `null`. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Maps a non-2xx response to its failure, following the contract's error codes. A body that is not a
 * valid error body still yields a usable `http` failure (code `http_<status>`), because an error page
 * from a proxy must not be reported as the server's own word.
 */
export function failureOf(res: RawResponse, nowMs: number, errorBody: typeof errorBodySchema): ApiFailure {
  const json = parseJson(res.body);
  const parsed = json.ok ? errorBody.safeParse(json.value) : undefined;
  const body = parsed?.success ? parsed.data : undefined;
  const message = body?.message ?? res.statusText ?? '';
  const code = body?.code;
  if (res.status === 401 && code === 'session_expired') return { kind: 'session_expired', message };
  if (res.status === 403 && code === 'password_change_required') return { kind: 'password_change_required', message };
  if (res.status === 401 && code === 'invalid_credentials') {
    // Absent count: report 0 rather than invent attempts the server did not promise.
    return { kind: 'invalid_credentials', attemptsLeft: body?.attemptsLeft ?? 0, message };
  }
  if (res.status === 423) return { kind: 'locked', lockedUntil: body?.lockedUntil ?? '', message };
  if (res.status === 429) {
    const fromHeader = parseRetryAfter(res.header('Retry-After'), nowMs);
    const retryAfterSeconds = body?.retryAfterSeconds ?? (fromHeader == null ? 0 : Math.ceil(fromHeader / 1000));
    return { kind: 'rate_limited', retryAfterSeconds, message };
  }
  if (res.status === 422 && code === 'validation_failed')
    return { kind: 'validation', fields: body?.fields ?? {}, message };
  const failure: ApiFailure = { kind: 'http', status: res.status, code: code ?? `http_${res.status}`, message };
  // a wrong OTP says how many tries remain; the citizen should see it
  if (body?.attemptsLeft != null) failure.attemptsLeft = body.attemptsLeft;
  return failure;
}
