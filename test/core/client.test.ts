/**
 * VssClient against an MSW worker with this file's own handlers: response parsing, the failure mapping,
 * the session lifecycle, caching, in-flight sharing and uploads over real fetch/XHR in Chromium.
 */
import { expect } from '@esm-bundle/chai';
import { setupWorker } from 'msw/browser';
import { delay, http, HttpResponse } from 'msw';
import { VssClient, type SessionChange } from '../../packages/core/src/index.js';
import { OnDemandClient, createDefaultClient, getDefaultClient } from '../../packages/core/src/client/on-demand.js';
import { failureOf, futureIso, grant, profile, provinces, visitPage } from './client-fixtures.js';

const worker = setupWorker();
const KEY = 'vssid.session';

/** Client with no retry waits, so failure tests stay fast. */
const client = (o: ConstructorParameters<typeof VssClient>[0] = {}) => new VssClient({ retryBaseDelayMs: 1, ...o });

const err = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  HttpResponse.json(body, { status, headers });

/** Records every event the client dispatches, in order. */
function recordEvents(c: VssClient): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of ['session-change', 'session-expired']) {
    c.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

/** A login handler plus a /me handler that demands the given token. */
function authHandlers(token = 'tok-1', g = grant(token)) {
  const seenAuth: (string | null)[] = [];
  worker.use(
    http.post('/api/auth/login', () => HttpResponse.json(g)),
    http.get('/api/me', ({ request }) => {
      const auth = request.headers.get('Authorization');
      seenAuth.push(auth);
      return auth === `Bearer ${token}`
        ? HttpResponse.json(profile)
        : err(401, { code: 'session_expired', message: 'Phiên đã hết hạn' });
    }),
  );
  return seenAuth;
}

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => {
  worker.resetHandlers();
  sessionStorage.removeItem(KEY);
});
after(() => worker.stop());

describe('VssClient: responses', () => {
  it('parses a valid list', async () => {
    worker.use(http.get('/api/provinces', () => HttpResponse.json(provinces)));
    expect(await client().provinces()).to.deep.equal(provinces);
  });

  it('encodes the province in the offices query', async () => {
    let url = '';
    worker.use(
      http.get('/api/offices', ({ request }) => {
        url = request.url;
        return HttpResponse.json([
          { code: '01001', name: 'BHXH Ba Đình', provinceCode: '01', parentName: 'BHXH Hà Nội' },
        ]);
      }),
    );
    const offices = await client().offices('01&x=1');
    expect(new URL(url).searchParams.get('province')).to.equal('01&x=1');
    expect(offices[0]!.code).to.equal('01001');
  });

  it('reports a schema-breaking body as invalid_response with the issue path', async () => {
    worker.use(http.get('/api/provinces', () => HttpResponse.json([{ code: '1', name: 'Hà Nội' }])));
    const f = await failureOf(client().provinces());
    expect(f.kind).to.equal('invalid_response');
    if (f.kind !== 'invalid_response') return;
    expect(f.status).to.equal(200);
    expect(f.issues.map((i) => i.path)).to.include('0.code');
  });

  it('reports malformed JSON as invalid_response', async () => {
    worker.use(
      http.get(
        '/api/provinces',
        () => new HttpResponse('[{"code":', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const f = await failureOf(client().provinces());
    expect(f).to.deep.include({ kind: 'invalid_response', status: 200 });
    if (f.kind === 'invalid_response') expect(f.issues).to.have.length(1);
  });

  it('builds the visits query from defined fields only', async () => {
    let search = '';
    worker.use(
      http.get('/api/me/visits', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(visitPage);
      }),
    );
    await client().visits({ from: '2024-01-01', to: undefined, facility: '', type: 'inpatient', limit: 20 });
    const params = new URLSearchParams(search);
    expect([...params.keys()]).to.deep.equal(['from', 'type', 'limit']);
    expect(params.get('limit')).to.equal('20');
    await client().visits();
    expect(search).to.equal('');
  });

  it('resolves void on 204', async () => {
    worker.use(http.post('/api/auth/reset', () => new HttpResponse(null, { status: 204 })));
    expect(await client().resetPassword('0123456789', '123456', 'Moi@12345')).to.equal(undefined);
  });

  it('sends JSON bodies with the contract field names', async () => {
    let body: unknown;
    worker.use(
      http.post('/api/registrations/otp/verify', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ phoneToken: 'pt', expiresAt: futureIso() });
      }),
    );
    const r = await client().verifyRegistrationOtp('0912345678', '123456');
    expect(body).to.deep.equal({ phone: '0912345678', otp: '123456' });
    expect(r.phoneToken).to.equal('pt');
  });
});

describe('VssClient: failure mapping', () => {
  it('maps 404 with an error body to http with its code', async () => {
    worker.use(http.post('/api/cards/lookup', () => err(404, { code: 'not_found', message: 'Không tìm thấy' })));
    const f = await failureOf(
      client().lookupCard({ cardCode: 'DN4010123456789', fullName: 'A', dateOfBirth: '1990-01-01' }),
    );
    expect(f).to.deep.equal({ kind: 'http', status: 404, code: 'not_found', message: 'Không tìm thấy' });
  });

  it('maps an unknown error body to http_<status>', async () => {
    worker.use(
      http.post('/api/lookup/social-insurance-code', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 500 })),
    );
    const f = await failureOf(
      client().lookupSocialInsuranceCode({ fullName: 'A', dateOfBirth: '1990-01-01', idNumber: '1' }),
    );
    expect(f).to.include({ kind: 'http', status: 500, code: 'http_500' });
  });

  it('maps 401 invalid_credentials with attemptsLeft', async () => {
    worker.use(
      http.post('/api/auth/login', () =>
        err(401, { code: 'invalid_credentials', message: 'Sai mật khẩu', attemptsLeft: 2 }),
      ),
    );
    const c = client();
    const f = await failureOf(c.login('0123456789', 'x'));
    expect(f).to.deep.equal({ kind: 'invalid_credentials', attemptsLeft: 2, message: 'Sai mật khẩu' });
    expect(c.session).to.equal(null);
  });

  it('maps 423 to locked with lockedUntil', async () => {
    const until = futureIso(900_000);
    worker.use(
      http.post('/api/auth/login', () => err(423, { code: 'locked', message: 'Tạm khoá', lockedUntil: until })),
    );
    expect(await failureOf(client().login('0123456789', 'x'))).to.deep.equal({
      kind: 'locked',
      lockedUntil: until,
      message: 'Tạm khoá',
    });
  });

  it('maps 429 to rate_limited using the body', async () => {
    worker.use(
      http.post('/api/registrations/otp', () =>
        err(429, { code: 'rate_limited', message: 'Chậm lại', retryAfterSeconds: 42 }),
      ),
    );
    expect(await failureOf(client().requestRegistrationOtp('0912345678'))).to.include({
      kind: 'rate_limited',
      retryAfterSeconds: 42,
    });
  });

  it('maps 429 to rate_limited using the Retry-After header when the body has none', async () => {
    worker.use(
      http.post('/api/registrations/otp', () =>
        err(429, { code: 'rate_limited', message: 'Chậm lại' }, { 'Retry-After': '17' }),
      ),
    );
    expect(await failureOf(client().requestRegistrationOtp('0912345678'))).to.include({
      kind: 'rate_limited',
      retryAfterSeconds: 17,
    });
  });

  it('maps 422 validation_failed to validation with fields', async () => {
    const fields = { idNumber: 'Số CCCD không hợp lệ' };
    worker.use(
      http.post('/api/registrations', () =>
        err(422, { code: 'validation_failed', message: 'Dữ liệu chưa hợp lệ', fields }),
      ),
    );
    const f = await failureOf(client().register({} as never));
    expect(f).to.deep.equal({ kind: 'validation', fields, message: 'Dữ liệu chưa hợp lệ' });
  });

  it("a 422 whose fields are not all messages is not taken for the server's word", async () => {
    for (const fields of [{ idNumber: 42 }, ['Số CCCD không hợp lệ'], 'Số CCCD không hợp lệ']) {
      worker.use(
        http.post('/api/registrations', () =>
          err(422, { code: 'validation_failed', message: 'Dữ liệu chưa hợp lệ', fields }),
        ),
      );
      const f = await failureOf(client().register({} as never));
      expect(f, JSON.stringify(fields)).to.include({ kind: 'http', status: 422, code: 'http_422' });
    }
  });

  it('maps 409 already_registered to http', async () => {
    worker.use(http.post('/api/registrations', () => err(409, { code: 'already_registered', message: 'Đã đăng ký' })));
    expect(await failureOf(client().register({} as never))).to.include({
      kind: 'http',
      status: 409,
      code: 'already_registered',
    });
  });

  it('maps a network failure to network (and does not retry the POST)', async () => {
    let n = 0;
    worker.use(http.post('/api/auth/forgot', () => (n++, HttpResponse.error())));
    expect((await failureOf(client().forgotPassword('0123456789', '0912345678'))).kind).to.equal('network');
    expect(n).to.equal(1);
  });

  it('maps 403 password_change_required and flags the session', async () => {
    authHandlers('tok-1');
    worker.use(http.get('/api/me/card', () => err(403, { code: 'password_change_required', message: 'Đổi mật khẩu' })));
    const c = client();
    await c.login('0123456789', 'x');
    const seen = recordEvents(c);
    expect((await failureOf(c.card())).kind).to.equal('password_change_required');
    expect(c.session?.mustChangePassword).to.equal(true);
    expect(seen.map((e) => e.type)).to.deep.equal(['session-change']);
  });
});

describe('VssClient: session', () => {
  it('logs in, sends the bearer token and never exposes it', async () => {
    const seenAuth = authHandlers('tok-1');
    const c = client();
    const seen = recordEvents(c);
    const info = await c.login('0123456789', 'pw');
    expect(info).to.have.keys(['socialInsuranceCode', 'expiresAt', 'mustChangePassword']);
    expect(JSON.stringify(c.session)).not.to.contain('tok-1');
    expect(JSON.stringify(seen)).not.to.contain('tok-1');
    expect(seen).to.have.length(1);
    expect((seen[0]!.detail as SessionChange)?.socialInsuranceCode).to.equal('0123456789');
    expect((await c.me()).fullName).to.equal(profile.fullName);
    expect(seenAuth).to.deep.equal(['Bearer tok-1']);
  });

  it('on 401 session_expired clears the session and dispatches session-expired then session-change(null)', async () => {
    authHandlers('tok-1');
    worker.use(http.get('/api/me/benefits', () => err(401, { code: 'session_expired', message: 'Hết phiên' })));
    const c = client({ persistSession: true });
    await c.login('0123456789', 'pw');
    expect(sessionStorage.getItem(KEY)).to.be.a('string');
    const seen = recordEvents(c);
    expect((await failureOf(c.benefits())).kind).to.equal('session_expired');
    expect(c.session).to.equal(null);
    expect(seen).to.deep.equal([
      { type: 'session-expired', detail: null },
      { type: 'session-change', detail: null },
    ]);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('maps session_expired without a held session and dispatches nothing', async () => {
    authHandlers('tok-1');
    const c = client();
    const seen = recordEvents(c);
    expect((await failureOf(c.me())).kind).to.equal('session_expired');
    expect(seen).to.have.length(0);
  });

  it('expires a session locally once expiresAt passes', async () => {
    let now = Date.now();
    authHandlers('tok-1', {
      token: 'tok-1',
      expiresAt: new Date(now + 60_000).toISOString(),
      mustChangePassword: false,
    });
    const c = client({ now: () => now });
    await c.login('0123456789', 'pw');
    const seen = recordEvents(c);
    now += 61_000;
    expect(c.session).to.equal(null);
    expect(seen.map((e) => e.type)).to.deep.equal(['session-expired', 'session-change']);
  });

  it('changePassword lifts mustChangePassword and dispatches session-change', async () => {
    authHandlers('tok-1', grant('tok-1', true));
    let body: unknown;
    worker.use(
      http.post('/api/auth/password', async ({ request }) => {
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const c = client({ persistSession: true });
    expect((await c.login('0123456789', 'pw')).mustChangePassword).to.equal(true);
    const seen = recordEvents(c);
    await c.changePassword('old', 'New@12345');
    expect(body).to.deep.equal({ currentPassword: 'old', newPassword: 'New@12345' });
    expect(c.session?.mustChangePassword).to.equal(false);
    expect(seen).to.have.length(1);
    expect((seen[0]!.detail as SessionChange)?.mustChangePassword).to.equal(false);
    expect(JSON.parse(sessionStorage.getItem(KEY)!).mustChangePassword).to.equal(false);
  });

  /**
   * The first-login case on a slow line: /me asked while the password must still change, answered 403 after
   * the change went through. The server's state at arrival decides, as a real backend's would.
   */
  function slowMeAcrossPasswordChange() {
    let changed = false;
    authHandlers('tok-1', grant('tok-1', true));
    worker.use(
      http.post('/api/auth/password', () => ((changed = true), new HttpResponse(null, { status: 204 }))),
      http.get('/api/me', async () => {
        const mustChange = !changed;
        await delay(150);
        return mustChange
          ? err(403, { code: 'password_change_required', message: 'Đổi mật khẩu' })
          : HttpResponse.json(profile);
      }),
    );
  }

  it('a GET after a password change does not join one sent before it (no stale 403)', async () => {
    slowMeAcrossPasswordChange();
    const c = client();
    await c.login('0123456789', 'pw');
    const early = failureOf(c.me());
    await c.changePassword('old', 'New@12345');
    expect((await c.me()).fullName).to.equal(profile.fullName);
    expect((await early).kind).to.equal('password_change_required');
  });

  it('a 403 password_change_required to a request sent before the change does not flag the session again', async () => {
    slowMeAcrossPasswordChange();
    const c = client();
    await c.login('0123456789', 'pw');
    const early = failureOf(c.me());
    await c.changePassword('old', 'New@12345');
    const seen = recordEvents(c);
    expect((await early).kind).to.equal('password_change_required');
    expect(c.session?.mustChangePassword).to.equal(false);
    expect(seen).to.have.length(0);
  });

  it('logout revokes with the token, clears the session and stops sending it', async () => {
    const seenAuth = authHandlers('tok-1');
    let logoutAuth: string | null = null;
    worker.use(
      http.post('/api/auth/logout', ({ request }) => {
        logoutAuth = request.headers.get('Authorization');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const c = client({ persistSession: true });
    await c.login('0123456789', 'pw');
    const seen = recordEvents(c);
    await c.logout();
    expect(logoutAuth).to.equal('Bearer tok-1');
    expect(c.session).to.equal(null);
    expect(seen).to.deep.equal([{ type: 'session-change', detail: null }]);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    await failureOf(c.me());
    expect(seenAuth).to.deep.equal([null]);
  });

  it('logout clears the session even when the server fails', async () => {
    authHandlers('tok-1');
    worker.use(http.post('/api/auth/logout', () => err(500, { code: 'internal_error', message: 'Lỗi' })));
    const c = client();
    await c.login('0123456789', 'pw');
    expect((await failureOf(c.logout())).kind).to.equal('http');
    expect(c.session).to.equal(null);
  });

  it('persists the session to sessionStorage only, never localStorage, and a new client restores it', async () => {
    const localBefore = JSON.stringify({ ...localStorage });
    const localWrites: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (this === localStorage) localWrites.push(k);
      return setItem.call(this, k, v);
    };
    try {
      const seenAuth = authHandlers('tok-1');
      const a = client({ persistSession: true });
      await a.login('0123456789', 'pw');
      expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.include({
        token: 'tok-1',
        socialInsuranceCode: '0123456789',
      });
      const b = client({ persistSession: true });
      expect(b.session?.socialInsuranceCode).to.equal('0123456789');
      await b.me();
      expect(seenAuth).to.deep.equal(['Bearer tok-1']);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localWrites).to.deep.equal([]);
    expect(JSON.stringify({ ...localStorage })).to.equal(localBefore);
  });

  it('does not restore an expired persisted session, and removes it', () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({
        token: 't',
        socialInsuranceCode: '0123456789',
        expiresAt: new Date(Date.now() - 1000).toISOString(),
        mustChangePassword: false,
      }),
    );
    expect(client({ persistSession: true }).session).to.equal(null);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('ignores a corrupt persisted session', () => {
    sessionStorage.setItem(KEY, '{not json');
    expect(client({ persistSession: true }).session).to.equal(null);
  });

  it('writes nothing to storage without persistSession', async () => {
    authHandlers('tok-1');
    await client().login('0123456789', 'pw');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('uses an injected storage and custom key', async () => {
    authHandlers('tok-1');
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    await client({ persistSession: true, storage, storageKey: 'k' }).login('0123456789', 'pw');
    expect(JSON.parse(store.get('k')!).token).to.equal('tok-1');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('refuses localStorage as session storage', () => {
    expect(() => new VssClient({ persistSession: true, storage: localStorage })).to.throw(TypeError);
  });
});

describe('VssClient: cache and in-flight sharing', () => {
  it('serves a repeated GET from the cache; fresh bypasses it', async () => {
    let n = 0;
    worker.use(http.get('/api/provinces', () => (n++, HttpResponse.json(provinces))));
    const c = client();
    await c.provinces();
    await c.provinces();
    expect(n).to.equal(1);
    await c.provinces({ fresh: true });
    expect(n).to.equal(2);
  });

  it('expires cached entries after cacheTtlMs', async () => {
    let n = 0;
    let now = Date.now();
    worker.use(http.get('/api/provinces', () => (n++, HttpResponse.json(provinces))));
    const c = client({ cacheTtlMs: 1000, now: () => now });
    await c.provinces();
    now += 999;
    await c.provinces();
    expect(n).to.equal(1);
    now += 2;
    await c.provinces();
    expect(n).to.equal(2);
  });

  it('shares one request between identical in-flight GETs', async () => {
    let n = 0;
    worker.use(
      http.get('/api/provinces', async () => {
        n++;
        await delay(50);
        return HttpResponse.json(provinces);
      }),
    );
    const c = client();
    const [a, b] = await Promise.all([c.provinces(), c.provinces({ fresh: true })]);
    expect(n).to.equal(1);
    expect(a).to.deep.equal(b);
  });

  it('clears the cache on logout so the next citizen does not see it', async () => {
    authHandlers('tok-1');
    let n = 0;
    let meCount = 0;
    worker.use(
      http.post('/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
      http.get('/api/me', () => (meCount++, HttpResponse.json(profile))),
    );
    const c = client();
    await c.login('0123456789', 'pw');
    await c.me();
    await c.me();
    expect(meCount).to.equal(1);
    await c.logout();
    await c.login('0123456789', 'pw');
    await c.me();
    expect(meCount).to.equal(2);
  });

  it('invalidate(prefix) drops only matching entries', async () => {
    const counts = { provinces: 0, me: 0 };
    worker.use(
      http.get('/api/provinces', () => (counts.provinces++, HttpResponse.json(provinces))),
      http.get('/api/me', () => (counts.me++, HttpResponse.json(profile))),
    );
    const c = client();
    await Promise.all([c.provinces(), c.me()]);
    c.invalidate('/api/me');
    await Promise.all([c.provinces(), c.me()]);
    expect(counts).to.deep.equal({ provinces: 1, me: 2 });
    c.invalidate();
    await Promise.all([c.provinces(), c.me()]);
    expect(counts).to.deep.equal({ provinces: 2, me: 3 });
  });

  it('register invalidates cached dossier status', async () => {
    let n = 0;
    const status = {
      dossierNumber: '01001.DK/2025/00001',
      status: 'received',
      officeCode: '01001',
      submittedAt: futureIso(),
    };
    worker.use(
      http.get('/api/registrations', () => (n++, HttpResponse.json(status))),
      http.post('/api/registrations', () =>
        HttpResponse.json(
          { dossierNumber: status.dossierNumber, status: 'received', submittedAt: status.submittedAt },
          { status: 201 },
        ),
      ),
    );
    const c = client();
    await c.dossierStatus(status.dossierNumber);
    await c.dossierStatus(status.dossierNumber);
    expect(n).to.equal(1);
    expect((await c.register({} as never)).dossierNumber).to.equal(status.dossierNumber);
    await c.dossierStatus(status.dossierNumber);
    expect(n).to.equal(2);
  });
});

describe('VssClient: retries, abort, timeout (MSW)', () => {
  it('retries a GET on 503 and then succeeds', async () => {
    let n = 0;
    worker.use(
      http.get('/api/provinces', () =>
        ++n < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(provinces),
      ),
    );
    expect(await client().provinces()).to.have.length(2);
    expect(n).to.equal(3);
  });

  it('never retries a POST on 503', async () => {
    let n = 0;
    worker.use(http.post('/api/registrations/otp', () => (n++, new HttpResponse(null, { status: 503 }))));
    expect(await failureOf(client().requestRegistrationOtp('0912345678'))).to.include({ kind: 'http', status: 503 });
    expect(n).to.equal(1);
  });

  it('aborts mid-flight with kind aborted', async () => {
    worker.use(http.get('/api/provinces', async () => (await delay(2000), HttpResponse.json(provinces))));
    const ac = new AbortController();
    const p = client().provinces({ signal: ac.signal });
    setTimeout(() => ac.abort(), 30);
    const started = performance.now();
    expect((await failureOf(p)).kind).to.equal('aborted');
    expect(performance.now() - started).to.be.lessThan(1000);
  });

  it('times out with kind timeout', async () => {
    worker.use(http.get('/api/provinces', async () => (await delay(2000), HttpResponse.json(provinces))));
    const f = await failureOf(client({ timeoutMs: 50, retries: 0 }).provinces());
    expect(f).to.deep.equal({ kind: 'timeout', timeoutMs: 50 });
  });
});

describe('VssClient: upload', () => {
  it('sends multipart field "file" over XHR and reports progress ending at 1', async () => {
    let received: { name: string; size: number; type: string } | undefined;
    worker.use(
      http.post('/api/uploads', async ({ request }) => {
        const file = (await request.formData()).get('file') as File;
        received = { name: file.name, size: file.size, type: file.type };
        return HttpResponse.json({ id: 'u1', mediaType: 'image/jpeg', size: file.size }, { status: 201 });
      }),
    );
    const realXhr = globalThis.XMLHttpRequest;
    let xhrUsed = 0;
    globalThis.XMLHttpRequest = class extends realXhr {
      constructor() {
        super();
        xhrUsed++;
      }
    };
    const fractions: number[] = [];
    try {
      const file = new File([new Uint8Array(256 * 1024)], 'portrait.jpg', { type: 'image/jpeg' });
      const up = await client().upload(file, { onProgress: (f) => fractions.push(f) });
      expect(up).to.deep.equal({ id: 'u1', mediaType: 'image/jpeg', size: 256 * 1024 });
    } finally {
      globalThis.XMLHttpRequest = realXhr;
    }
    expect(xhrUsed).to.equal(1);
    expect(received).to.deep.equal({ name: 'portrait.jpg', size: 256 * 1024, type: 'image/jpeg' });
    expect(fractions[0]).to.equal(0);
    expect(fractions.at(-1)).to.equal(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).to.be.at.least(fractions[i - 1]!);
  });

  it('maps 415 from an XHR upload to http unsupported_media_type', async () => {
    worker.use(http.post('/api/uploads', () => err(415, { code: 'unsupported_media_type', message: 'Sai định dạng' })));
    const fractions: number[] = [];
    const f = await failureOf(
      client().upload(new Blob(['x'], { type: 'text/plain' }), { onProgress: (x) => fractions.push(x) }),
    );
    expect(f).to.include({ kind: 'http', status: 415, code: 'unsupported_media_type' });
    expect(fractions).not.to.include(1);
  });

  it('uploads with fetch when no progress is asked, and maps 413', async () => {
    worker.use(http.post('/api/uploads', () => err(413, { code: 'payload_too_large', message: 'Quá lớn' })));
    expect(await failureOf(client().upload(new Blob(['x'])))).to.include({
      kind: 'http',
      status: 413,
      code: 'payload_too_large',
    });
  });
});

describe('default client', () => {
  it('getDefaultClient is a lazily created singleton on /api; createDefaultClient makes new ones', () => {
    const a = getDefaultClient();
    expect(a).to.equal(getDefaultClient());
    expect(a.baseUrl).to.equal('/api');
    expect(a).to.be.instanceOf(OnDemandClient);
    expect(createDefaultClient()).not.to.equal(a);
  });

  it('the default client persists its session to sessionStorage', async () => {
    authHandlers('tok-1');
    const c = createDefaultClient();
    await c.login('0123456789', 'pw');
    expect(sessionStorage.getItem(KEY)).to.contain('tok-1');
  });
});

describe('OnDemandClient: the schemas arrive with the first request', () => {
  const schemas = () => import('../../packages/core/src/client/answer-schemas.js').then((m) => m.answers);
  const lost = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://cdn.test/chunks/answers.js'));

  it('fetches them with its first call and checks the answer against them', async () => {
    let loads = 0;
    const c = new OnDemandClient({ retryBaseDelayMs: 1 }, () => (loads++, schemas()));
    expect(loads, 'nothing fetched before a call').to.equal(0);
    worker.use(http.get('/api/provinces', () => HttpResponse.json(provinces)));
    expect(await c.provinces()).to.deep.equal(provinces);
    expect(loads).to.equal(1);
    worker.use(http.get('/api/me', () => HttpResponse.json({ ...profile, dateOfBirth: 42 })));
    const f = await failureOf(c.me());
    expect(f.kind).to.equal('invalid_response');
  });

  it('a failed download fails the call as a network error, and the next call fetches them again', async () => {
    let loads = 0;
    const c = new OnDemandClient({ retryBaseDelayMs: 1 }, () => (++loads === 1 ? lost() : schemas()));
    worker.use(http.get('/api/provinces', () => HttpResponse.json(provinces)));
    expect((await failureOf(c.provinces())).kind).to.equal('network');
    expect(await c.provinces()).to.deep.equal(provinces);
    expect(loads).to.equal(2);
  });

  it('does not send a sign-in before the schemas are there', async () => {
    let sent = 0;
    worker.use(http.post('/api/auth/login', () => (sent++, HttpResponse.json(grant()))));
    const c = new OnDemandClient({ retryBaseDelayMs: 1 }, lost);
    expect((await failureOf(c.login('0123456789', 'pw'))).kind).to.equal('network');
    expect(sent, 'a login the server carried out would be lost with the answer').to.equal(0);
    expect(c.session).to.equal(null);
    const d = new OnDemandClient({ retryBaseDelayMs: 1 }, schemas);
    expect((await d.login('0123456789', 'pw')).socialInsuranceCode).to.equal('0123456789');
    expect(sent).to.equal(1);
  });
});
