/** Shared fixtures for the VssClient tests: valid bodies and small helpers. */
import { expect } from '@esm-bundle/chai';
import { ApiError, type ApiFailure } from '../../packages/core/src/index.js';

export const provinces = [
  { code: '01', name: 'Hà Nội' },
  { code: '79', name: 'Hồ Chí Minh' },
];

export const futureIso = (ms = 3600_000): string => new Date(Date.now() + ms).toISOString();

export const grant = (token = 'tok-1', mustChangePassword = false) => ({
  token,
  expiresAt: futureIso(),
  mustChangePassword,
});

export const profile = {
  socialInsuranceCode: '0123456789',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-05-17',
  sex: 'male',
  idType: 'cccd',
  idNumber: '001090012345',
  phone: '0912345678',
  email: 'an@example.vn',
  address: 'Hà Nội',
  office: { code: '01001', name: 'BHXH Ba Đình', parentName: 'BHXH Hà Nội' },
  cardCode: 'DN4010123456789',
};

export const visitPage = {
  items: [],
  nextCursor: null,
  totals: { count: 0, total: 0, insurancePaid: 0, patientPaid: 0 },
  facilities: [],
};

/** Awaits `p` and asserts it rejects with an ApiError; returns its failure. */
export async function failureOf(p: Promise<unknown>): Promise<ApiFailure> {
  try {
    await p;
  } catch (e) {
    expect(e, 'rejection is an ApiError').to.be.instanceOf(ApiError);
    return (e as ApiError).failure;
  }
  throw new Error('expected the call to reject');
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/**
 * A fake fetch that records calls and answers with `respond`. It honours the request's AbortSignal like the
 * real fetch, rejecting with an AbortError, so timeout and abort paths are exercised without a network.
 */
export function fakeFetch(
  respond: (url: string, init: RequestInit, n: number) => Response | Promise<Response> | 'hang',
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal;
      const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(() => respond(url, init, calls.length))
        .then((r) => {
          if (r !== 'hang') resolve(r);
        }, reject);
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export const headerOf = (init: RequestInit, name: string): string | null => new Headers(init.headers).get(name);
