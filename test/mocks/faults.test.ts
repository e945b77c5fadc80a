import { expect } from '@esm-bundle/chai';
import { profileSchema, provinceListSchema } from '@vssid/core';
import { advance, api, login, reset, startWorker } from './helpers.js';

const fault = async (f: Record<string, unknown>) =>
  expect((await api('POST', '/api/dev/faults', f)).status).to.equal(201);

describe('mocks: fault injection and dev controls', () => {
  before(startWorker);
  beforeEach(reset);

  it('latency delays the answer and keeps it correct', async () => {
    await fault({ path: '/api/provinces', kind: 'latency', delayMs: 400 });
    const t0 = performance.now();
    const r = await api('GET', '/api/provinces');
    expect(performance.now() - t0).to.be.at.least(380);
    expect(r.body).to.have.length(34);
  });

  it('network makes fetch reject', async () => {
    await fault({ path: '/api/provinces', kind: 'network' });
    let error: unknown;
    try {
      await fetch('/api/provinces');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('status answers with that status and an error body, for `times` requests only', async () => {
    await fault({ path: '/api/provinces', kind: 'status', status: 503, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await api('GET', '/api/provinces');
      expect(r.status).to.equal(503);
      expect(r.body.code).to.equal('internal_error');
      expect(r.body.message).to.be.a('string');
    }
    expect((await api('GET', '/api/provinces')).status).to.equal(200);
  });

  it('malformed-json answers 200 with a body that does not parse', async () => {
    await fault({ path: '/api/provinces', kind: 'malformed-json' });
    const res = await fetch('/api/provinces');
    expect(res.status).to.equal(200);
    let failed = false;
    try {
      await res.json();
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });

  it('schema-break answers JSON that fails the schema', async () => {
    await fault({ path: '/api/provinces', kind: 'schema-break' });
    const r = await api('GET', '/api/provinces');
    expect(r.status).to.equal(200);
    expect(provinceListSchema.safeParse(r.body).success).to.equal(false);
    const token = await login('7901234567', 'VssID@2026');
    await fault({ path: '/api/me', kind: 'schema-break', times: 1 });
    expect(profileSchema.safeParse((await api('GET', '/api/me', undefined, token)).body).success).to.equal(false);
    expect(profileSchema.safeParse((await api('GET', '/api/me', undefined, token)).body).success).to.equal(true);
  });

  it("a glob like '/api/me/*' hits the sub-paths only; DELETE clears every fault", async () => {
    const token = await login('7901234567', 'VssID@2026');
    await fault({ path: '/api/me/*', kind: 'status', status: 500 });
    expect((await api('GET', '/api/me/card', undefined, token)).status).to.equal(500);
    expect((await api('GET', '/api/me/visits', undefined, token)).status).to.equal(500);
    expect((await api('GET', '/api/me', undefined, token)).status).to.equal(200);
    expect((await api('DELETE', '/api/dev/faults')).status).to.equal(204);
    expect((await api('GET', '/api/me/card', undefined, token)).status).to.equal(200);
  });

  it('a plain path also matches as a prefix', async () => {
    await fault({ path: '/api/registrations', kind: 'status', status: 502 });
    expect((await api('POST', '/api/registrations/otp', { phone: '0912000111' })).status).to.equal(502);
    expect((await api('GET', '/api/provinces')).status).to.equal(200);
  });

  it('refuses a malformed fault with 422', async () => {
    const r = await api('POST', '/api/dev/faults', { path: 'api', kind: 'explode' });
    expect(r.status).to.equal(422);
    expect(r.body.fields).to.have.keys('path', 'kind');
  });

  it('reset restores the initial state (accounts, clock, faults, outbox)', async () => {
    await fault({ path: '/api/provinces', kind: 'status', status: 500 });
    await advance(3_600_000);
    await api('POST', '/api/registrations/otp', { phone: '0912000111' });
    const token = await login('7901234567', 'VssID@2026');
    await api('POST', '/api/auth/password', { currentPassword: 'VssID@2026', newPassword: 'Changed2026' }, token);
    await reset();
    expect((await api('GET', '/api/provinces')).status).to.equal(200);
    expect((await api('GET', '/api/dev/sms?phone=0912000111')).body).to.have.length(0);
    expect(await login('7901234567', 'VssID@2026')).to.be.a('string');
    const clock = await api('POST', '/api/dev/clock', { advanceMs: 0 });
    expect(Math.abs(Date.parse(clock.body.now) - Date.now())).to.be.below(5000);
  });
});
