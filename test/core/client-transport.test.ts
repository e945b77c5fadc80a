/**
 * VssClient timing behaviour with an injected fetch, sleep and clock: retry counts and backoff,
 * Retry-After, abort and timeout, in-flight sharing across aborts, and the "only ApiError" guarantee.
 */
import { expect } from '@esm-bundle/chai';
import { VssClient, type VssClientOptions } from '../../packages/core/src/index.js';
import { failureOf, fakeFetch, grant, headerOf, json, profile, provinces } from './client-fixtures.js';

/** A client whose waits are recorded instead of slept. */
function timed(respond: Parameters<typeof fakeFetch>[0], o: VssClientOptions = {}) {
  const f = fakeFetch(respond);
  const waits: number[] = [];
  const c = new VssClient({
    fetch: f.fetch,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...o,
  });
  return { c, calls: f.calls, waits };
}

const status = (s: number, headers: Record<string, string> = {}) => new Response(null, { status: s, headers });

describe('VssClient transport: retries', () => {
  it('retries up to `retries` times on 503, then reports the 503', async () => {
    const { c, calls } = timed(() => status(503), { retries: 2 });
    expect(await failureOf(c.provinces())).to.include({ kind: 'http', status: 503, code: 'http_503' });
    expect(calls).to.have.length(3);
  });

  it('retries 502 and 504 as well, but not 500', async () => {
    const seq = [502, 504];
    const { c, calls } = timed((_u, _i, n) => (n <= seq.length ? status(seq[n - 1]!) : json(provinces)));
    await c.provinces();
    expect(calls).to.have.length(3);
    const t = timed(() => status(500));
    await failureOf(t.c.provinces());
    expect(t.calls).to.have.length(1);
  });

  it('retries a GET after a network TypeError', async () => {
    const { c, calls } = timed((_u, _i, n) => {
      if (n === 1) throw new TypeError('Failed to fetch');
      return json(provinces);
    });
    expect(await c.provinces()).to.have.length(2);
    expect(calls).to.have.length(2);
  });

  it('reports network after exhausting retries', async () => {
    const { c, calls } = timed(
      () => {
        throw new TypeError('Failed to fetch');
      },
      { retries: 1 },
    );
    expect((await failureOf(c.provinces())).kind).to.equal('network');
    expect(calls).to.have.length(2);
  });

  it('backs off exponentially with jitter', async () => {
    const { c, waits } = timed(() => status(503), { retries: 3, retryBaseDelayMs: 100, random: () => 0 });
    await failureOf(c.provinces());
    // random 0 → the fixed half of each step: 100/2, 200/2, 400/2
    expect(waits).to.deep.equal([50, 100, 200]);
    const hi = timed(() => status(503), { retries: 2, retryBaseDelayMs: 100, random: () => 0.999 });
    await failureOf(hi.c.provinces());
    expect(hi.waits[0]).to.be.within(99, 100);
    expect(hi.waits[1]).to.be.within(199, 200);
  });

  it('honours Retry-After in seconds', async () => {
    const { c, waits, calls } = timed((_u, _i, n) => (n === 1 ? status(503, { 'Retry-After': '2' }) : json(provinces)));
    await c.provinces();
    expect(waits).to.deep.equal([2000]);
    expect(calls).to.have.length(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const now = Date.UTC(2025, 0, 1, 0, 0, 0);
    const at = new Date(now + 3000).toUTCString();
    const { c, waits } = timed((_u, _i, n) => (n === 1 ? status(503, { 'Retry-After': at }) : json(provinces)), {
      now: () => now,
    });
    await c.provinces();
    expect(waits).to.deep.equal([3000]);
  });

  it('gives up instead of waiting for a Retry-After beyond maxRetryDelayMs', async () => {
    const { c, waits, calls } = timed(() => status(503, { 'Retry-After': '3600' }), { maxRetryDelayMs: 5000 });
    expect(await failureOf(c.provinces())).to.include({ kind: 'http', status: 503 });
    expect(waits).to.deep.equal([]);
    expect(calls).to.have.length(1);
  });

  it('waits for real between retries with the default sleep', async () => {
    const f = fakeFetch((_u, _i, n) => (n === 1 ? status(503, { 'Retry-After': '0.1' }) : json(provinces)));
    const c = new VssClient({ fetch: f.fetch });
    const started = performance.now();
    await c.provinces();
    expect(performance.now() - started).to.be.at.least(90);
  });

  it('retries logout (idempotent) but not login', async () => {
    const { c, calls } = timed((url, _i, n) => {
      if (url.endsWith('/auth/login')) return json(grant());
      return n < 3 ? status(503) : status(204);
    });
    await c.login('0123456789', 'pw');
    await c.logout();
    expect(calls.map((x) => x.url)).to.deep.equal(['/api/auth/login', '/api/auth/logout', '/api/auth/logout']);
    const l = timed(() => status(503));
    await failureOf(l.c.login('0123456789', 'pw'));
    expect(l.calls).to.have.length(1);
  });
});

describe('VssClient transport: abort and timeout', () => {
  it('rejects at once with aborted when the signal is already aborted, without a request', async () => {
    const { c, calls } = timed(() => json(provinces));
    const ac = new AbortController();
    ac.abort();
    expect((await failureOf(c.provinces({ signal: ac.signal }))).kind).to.equal('aborted');
    expect((await failureOf(c.requestRegistrationOtp('0912345678', { signal: ac.signal }))).kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('aborts a POST mid-flight and the fetch signal fires', async () => {
    const { c, calls } = timed(() => 'hang');
    const ac = new AbortController();
    const p = c.lookupCard(
      { cardCode: 'DN4010123456789', fullName: 'A', dateOfBirth: '1990-01-01' },
      { signal: ac.signal },
    );
    while (!calls.length) await new Promise((r) => setTimeout(r)); // sent once the schemas are at hand
    ac.abort();
    expect((await failureOf(p)).kind).to.equal('aborted');
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('aborts during a retry backoff', async () => {
    const f = fakeFetch(() => status(503));
    const c = new VssClient({ fetch: f.fetch, retryBaseDelayMs: 10_000 });
    const ac = new AbortController();
    const p = c.provinces({ signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    expect((await failureOf(p)).kind).to.equal('aborted');
    expect(f.calls).to.have.length(1);
  });

  it('times out each attempt and reports timeout with the limit', async () => {
    const { c, calls } = timed(() => 'hang', { timeoutMs: 20, retries: 0 });
    expect(await failureOf(c.me())).to.deep.equal({ kind: 'timeout', timeoutMs: 20 });
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('does not retry a timeout (the server may still be working)', async () => {
    const { c, calls } = timed(() => 'hang', { timeoutMs: 20, retries: 2 });
    await failureOf(c.provinces());
    expect(calls).to.have.length(1);
  });

  it('covers a stalled body with the timeout too', async () => {
    const stalled = new Response(new ReadableStream({ start() {} }), { status: 200 });
    const f = fakeFetch(() => stalled);
    const c = new VssClient({ fetch: f.fetch, timeoutMs: 30, retries: 0 });
    expect((await failureOf(c.provinces())).kind).to.equal('timeout');
  });
});

describe('VssClient transport: in-flight sharing', () => {
  it('one caller aborting leaves the other with its data', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const f = fakeFetch(async () => (await gate, json(provinces)));
    const c = new VssClient({ fetch: f.fetch });
    const ac = new AbortController();
    const a = c.provinces({ signal: ac.signal });
    const b = c.provinces();
    ac.abort();
    release();
    expect((await failureOf(a)).kind).to.equal('aborted');
    expect(await b).to.deep.equal(provinces);
    expect(f.calls).to.have.length(1);
    expect(f.calls[0]!.init.signal!.aborted).to.equal(false);
  });

  it('aborts the shared request when every caller has left', async () => {
    const f = fakeFetch(() => 'hang');
    const c = new VssClient({ fetch: f.fetch });
    const a1 = new AbortController();
    const a2 = new AbortController();
    const p1 = c.provinces({ signal: a1.signal });
    const p2 = c.provinces({ signal: a2.signal });
    await Promise.resolve();
    a1.abort();
    a2.abort();
    await Promise.all([failureOf(p1), failureOf(p2)]);
    await new Promise((r) => setTimeout(r));
    expect(f.calls).to.have.length(1);
    expect(f.calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('does not share or cache across sessions', async () => {
    let logins = 0;
    const f = fakeFetch((url, init) => {
      if (url.endsWith('/auth/login')) return json(grant(String(++logins)));
      return json({ ...profile, fullName: headerOf(init, 'Authorization') ?? 'none' });
    });
    const c = new VssClient({ fetch: f.fetch });
    await c.login('0123456789', 'pw');
    const first = await c.me();
    await c.login('0123456789', 'pw');
    const second = await c.me();
    expect(first.fullName).to.equal('Bearer 1');
    expect(second.fullName).to.equal('Bearer 2');
  });

  it('does not cache an answer that arrives after an invalidation', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const f = fakeFetch(async (_u, _i, n) => (n === 1 ? (await gate, json(provinces)) : json([provinces[0]])));
    const c = new VssClient({ fetch: f.fetch });
    const p = c.provinces();
    c.invalidate('/provinces');
    release();
    await p;
    expect(await c.provinces()).to.have.length(1);
    expect(f.calls).to.have.length(2);
  });
});

describe('VssClient transport: only ApiError', () => {
  it('wraps a non-Error thrown by fetch as network', async () => {
    const c = new VssClient({
      fetch: (() => Promise.reject('boom')) as unknown as typeof fetch,
      retries: 0,
    });
    expect(await failureOf(c.provinces())).to.deep.equal({ kind: 'network', message: 'boom' });
  });

  it('fetch fallback for upload reports 0 then 1', async () => {
    const realXhr = globalThis.XMLHttpRequest;
    // Simulates a runtime without XMLHttpRequest (Node, a worker).
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = undefined;
    try {
      const f = fakeFetch(() => json({ id: 'u1', mediaType: 'image/png', size: 3 }, 201));
      const fractions: number[] = [];
      const up = await new VssClient({ fetch: f.fetch }).upload(new Blob(['abc'], { type: 'image/png' }), {
        onProgress: (x) => fractions.push(x),
      });
      expect(up.id).to.equal('u1');
      expect(fractions).to.deep.equal([0, 1]);
      expect((f.calls[0]!.init.body as FormData).get('file')).to.be.instanceOf(Blob);
      expect(headerOf(f.calls[0]!.init, 'Content-Type')).to.equal(null);
    } finally {
      globalThis.XMLHttpRequest = realXhr;
    }
  });

  it('trims a trailing slash from baseUrl', async () => {
    const { c, calls } = timed(() => json(provinces), { baseUrl: 'https://api.example.vn/api/' });
    await c.provinces();
    expect(calls[0]!.url).to.equal('https://api.example.vn/api/provinces');
  });
});
