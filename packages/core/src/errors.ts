/**
 * Every way a call to the VssID API can fail, as one discriminated union. The client never lets a raw
 * exception (a `TypeError` from `fetch`, a zod error, a JSON syntax error) reach its caller.
 */
export type ApiFailure =
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'aborted' }
  | { kind: 'http'; status: number; code: string; message: string; attemptsLeft?: number }
  | { kind: 'invalid_response'; status: number; issues: { path: string; message: string }[] }
  | { kind: 'session_expired'; message: string }
  | { kind: 'password_change_required'; message: string }
  | { kind: 'invalid_credentials'; attemptsLeft: number; message: string }
  | { kind: 'locked'; lockedUntil: string; message: string }
  | { kind: 'rate_limited'; retryAfterSeconds: number; message: string }
  | { kind: 'validation'; fields: Record<string, string>; message: string };

export type ApiFailureKind = ApiFailure['kind'];

/** The one error type the client throws (or rejects with). Branch on `failure.kind`. */
export class ApiError extends Error {
  readonly failure: ApiFailure;
  constructor(failure: ApiFailure) {
    super(describeFailure(failure));
    this.name = 'ApiError';
    this.failure = failure;
  }
  get kind(): ApiFailureKind {
    return this.failure.kind;
  }
  /** Whether trying the same call again may succeed (network trouble, a timeout, a 5xx, bad data). */
  get retryable(): boolean {
    const f = this.failure;
    return (
      f.kind === 'network' ||
      f.kind === 'timeout' ||
      f.kind === 'invalid_response' ||
      (f.kind === 'http' && f.status >= 500)
    );
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Turns anything thrown into an ApiError, so callers handle one type. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError({ kind: 'network', message: e instanceof Error ? e.message : String(e) });
}

// A developer-facing summary; it must never contain a personal number, so it names only kinds and codes.
function describeFailure(f: ApiFailure): string {
  switch (f.kind) {
    case 'http':
      return `HTTP ${f.status} ${f.code}`;
    case 'invalid_response':
      return `invalid response (${f.issues.length} issue(s))`;
    case 'timeout':
      return `timed out after ${f.timeoutMs} ms`;
    default:
      return f.kind;
  }
}
