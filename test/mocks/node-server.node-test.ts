// The mock backend as a real HTTP server: run by scripts/test-node.mjs (node:test via tsx), not by WTR.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { profileSchema, provinceListSchema, registrationReceiptSchema } from '@vssid/core';
import { createMockServer } from '@vssid/mocks/node-server';

let server: Server;
let base = '';
const allowed = 'http://localhost:5173';

async function api(method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
const otpFrom = async (phone: string) =>
  /la (\d{6}),/.exec((await api('GET', `/api/dev/sms?phone=${phone}`)).body[0].text)![1]!;
function jpegFile(size = 64): Blob {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return new Blob([b], { type: 'image/jpeg' });
}
async function upload(file: Blob) {
  const form = new FormData();
  form.append('file', file, 'a.jpg');
  const res = await fetch(base + '/api/uploads', { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as { id: string; code?: string } };
}

describe('mock HTTP server', () => {
  before(async () => {
    server = createMockServer({ allowedOrigins: [allowed] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(async () => {
    assert.equal((await api('POST', '/api/dev/reset')).status, 204);
  });

  it('serves the contract over HTTP with schema-valid JSON', async () => {
    const r = await api('GET', '/api/provinces');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/);
    assert.ok(provinceListSchema.safeParse(r.body).success);
    assert.equal(r.body.length, 34);
    const missing = await api('GET', '/api/nothing-here');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not_found');
  });

  it('runs the whole registration flow: OTP, upload, register, approve, login, change, profile', async () => {
    const phone = '0987000111';
    assert.equal((await api('POST', '/api/registrations/otp', { phone })).status, 202);
    const v = await api('POST', '/api/registrations/otp/verify', { phone, otp: await otpFrom(phone) });
    assert.equal(v.status, 200);
    const ids = await Promise.all([upload(jpegFile()), upload(jpegFile()), upload(jpegFile())]);
    assert.deepEqual(
      ids.map((u) => u.status),
      [201, 201, 201],
    );
    const reg = await api('POST', '/api/registrations', {
      fullName: 'Trần Thị Lan',
      dateOfBirth: '2001-02-03',
      sex: 'female',
      socialInsuranceCode: '0105550001',
      idType: 'cccd',
      idNumber: '001301000123',
      idIssueDate: '2022-01-01',
      idIssuePlace: 'Cục Cảnh sát QLHC về TTXH',
      address: 'Hà Nội',
      email: 'lan@example.vn',
      phone,
      phoneToken: v.body.phoneToken,
      officeCode: '01006',
      photos: { portrait: ids[0]!.body.id, idFront: ids[1]!.body.id, idBack: ids[2]!.body.id },
      consent: true,
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    assert.ok(registrationReceiptSchema.safeParse(reg.body).success);
    assert.equal(
      (await api('POST', '/api/dev/registrations/approve', { dossierNumber: reg.body.dossierNumber })).status,
      200,
    );
    const sms = (await api('GET', `/api/dev/sms?phone=${phone}`)).body[0].text as string;
    const password = /Mat khau: (\S+)$/.exec(sms)![1]!;
    const login = await api('POST', '/api/auth/login', { socialInsuranceCode: '0105550001', password });
    assert.equal(login.body.mustChangePassword, true);
    assert.equal((await api('GET', '/api/me', undefined, login.body.token)).status, 403);
    assert.equal(
      (
        await api(
          'POST',
          '/api/auth/password',
          { currentPassword: password, newPassword: 'LanMoi2026' },
          login.body.token,
        )
      ).status,
      204,
    );
    const me = await api('GET', '/api/me', undefined, login.body.token);
    assert.equal(me.status, 200);
    assert.ok(profileSchema.safeParse(me.body).success);
    assert.equal(me.body.fullName, 'Trần Thị Lan');
  });

  it('answers CORS preflights for listed origins only', async () => {
    const pre = (origin: string) =>
      fetch(base + '/api/auth/login', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const ok = await pre(allowed);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), allowed);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /authorization/);
    const evil = await pre('https://evil.example');
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const get = await fetch(base + '/api/provinces', { headers: { origin: allowed } });
    assert.equal(get.headers.get('access-control-allow-origin'), allowed);
    const other = await fetch(base + '/api/provinces', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('refuses bodies over the limit with 413, an image over 5 MB included', async () => {
    const big = await upload(jpegFile(5 * 1024 * 1024 + 10));
    assert.equal(big.status, 413);
    assert.equal(big.body.code, 'payload_too_large');
    const huge = await fetch(base + '/api/uploads', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(8 * 1024 * 1024),
    });
    assert.equal(huge.status, 413);
    const json = await api('POST', '/api/auth/login', {
      socialInsuranceCode: '7901234567',
      password: 'x'.repeat(70_000),
    });
    assert.equal(json.status, 413);
  });

  it('answers malformed JSON with 400 invalid_json and wrong types with 422', async () => {
    const res = await fetch(base + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"socialInsuranceCode":',
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { code: string }).code, 'invalid_json');
    const types = await api('POST', '/api/auth/login', { socialInsuranceCode: 7901234567, password: true });
    assert.equal(types.status, 422);
    assert.deepEqual(Object.keys(types.body.fields).sort(), ['password', 'socialInsuranceCode']);
  });

  it('turns a network fault into a dropped connection and a status fault into that status', async () => {
    assert.equal(
      (await api('POST', '/api/dev/faults', { path: '/api/provinces', kind: 'network', times: 1 })).status,
      201,
    );
    await assert.rejects(fetch(base + '/api/provinces'));
    assert.equal((await api('GET', '/api/provinces')).status, 200);
    await api('POST', '/api/dev/faults', { path: '/api/me*', kind: 'status', status: 503 });
    assert.equal((await api('GET', '/api/me')).status, 503);
  });

  it('keeps sessions on its own clock: locked account opens after 31 minutes', async () => {
    assert.equal(
      (await api('POST', '/api/auth/login', { socialInsuranceCode: '4801234567', password: 'DaNang2026' })).status,
      423,
    );
    await api('POST', '/api/dev/clock', { advanceMs: 31 * 60_000 });
    assert.equal(
      (await api('POST', '/api/auth/login', { socialInsuranceCode: '4801234567', password: 'DaNang2026' })).status,
      200,
    );
  });
});

describe('npm run mock-server', () => {
  it('starts on PORT and prints its address', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/src/node-server.ts'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no address printed')), 20_000);
        child.stdout!.on('data', (d: Buffer) => {
          const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      const r = await fetch(url + '/api/provinces');
      assert.equal(r.status, 200);
    } finally {
      child.kill();
    }
  });
});
