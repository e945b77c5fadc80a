/**
 * The mock backend's own routes (`{baseUrl}/dev/*`), as calls for the demo, Storybook and tests. They are
 * not part of the HTTP contract, so they live here and never in `@vssid/core`'s client: a production
 * bundle cannot reach them. Failures are `ApiError`s, like the client's, so the elements' error states
 * render them the same way.
 */
import { ApiError, errorBodySchema, smsListSchema, type Sms } from '@vssid/core';

export interface DevCallOptions {
  signal?: AbortSignal;
  /** The fetch to use; default `globalThis.fetch` at call time (so a test's mock still applies). */
  fetch?: typeof fetch;
}

/**
 * The mock's SMS outbox, newest first (only the messages sent to `phone` when given, in any format:
 * 0912…, +84912…). A real backend has no such route and answers 404, which rejects with an `ApiError` of
 * kind `http` and status 404. Never cached: the inbox polls it for codes that just arrived.
 */
export async function fetchSmsOutbox(baseUrl: string, phone?: string, o: DevCallOptions = {}): Promise<Sms[]> {
  const url = `${baseUrl.replace(/\/+$/, '')}/dev/sms${phone ? `?phone=${encodeURIComponent(phone)}` : ''}`;
  let res: Response;
  let text: string;
  try {
    res = await (o.fetch ?? globalThis.fetch)(url, { headers: { Accept: 'application/json' }, signal: o.signal });
    text = await res.text();
  } catch (e) {
    if (o.signal?.aborted) throw new ApiError({ kind: 'aborted' });
    throw new ApiError({ kind: 'network', message: e instanceof Error ? e.message : String(e) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const body = errorBodySchema.safeParse(json);
    throw new ApiError({
      kind: 'http',
      status: res.status,
      code: body.success ? body.data.code : 'http_error',
      message: body.success ? body.data.message : res.statusText,
    });
  }
  const parsed = smsListSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid_response',
      status: res.status,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  }
  return parsed.data;
}
