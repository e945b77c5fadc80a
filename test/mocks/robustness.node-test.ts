// The mock HTTP server driven as a stranger's client would (issue 11, points 2-4): wrong JSON types, errors
// the HTTP layer makes itself, wrong methods and an oversized upload from a streaming client and Chromium.
// Run by scripts/test-node.mjs.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import puppeteer from 'puppeteer-core';
import { registrationRequestSchema } from '@vssid/core';
import { startChildServer, type ChildServer } from './child-server.js';

let server: ChildServer;
let base = '';
let port = 0;

/** Sends raw bytes and reads the whole answer (the server closes the connection after an error it made). */
function raw(bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [line = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(line.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
    socket.end(bytes);
  });
}

async function post(path: string, body: string) {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as { code: string; fields?: Record<string, string> } };
}

/** A declaration of the right types throughout (its values need not pass the rules). */
const declaration = {
  fullName: 'Nguyễn Văn Bình',
  dateOfBirth: '1995-04-12',
  sex: 'male',
  socialInsuranceCode: '0101234567',
  idType: 'cccd',
  idNumber: '001095123456',
  idIssueDate: '2021-06-01',
  idIssuePlace: 'Cục Cảnh sát QLHC về TTXH',
  address: 'Hà Nội',
  email: 'binh@example.vn',
  phone: '0987654321',
  phoneToken: 'pt_x',
  officeCode: '01027',
  photos: { portrait: 'upl_a', idFront: 'upl_b', idBack: 'upl_c' },
  consent: true,
};
const wrongTypes: unknown[] = [{}, true, false, [], ['a'], { $gt: '' }, 0, 12.5, null];

describe('mock HTTP server: a client mistake is never a 5xx', () => {
  before(async () => {
    server = await startChildServer();
    ({ base, port } = server);
  });
  after(() => server.stop());
  beforeEach(async () => {
    assert.equal((await fetch(base + '/api/dev/reset', { method: 'POST' })).status, 204);
  });

  it('answers a registration field of the wrong JSON type with 422 naming that field', async () => {
    const keys = Object.keys(registrationRequestSchema.shape);
    assert.ok(keys.length >= 15);
    for (const key of [...keys, 'photos.portrait', 'photos.idBack']) {
      for (const value of wrongTypes) {
        if (key === 'consent' && value === true) continue; // the one right value
        const body: Record<string, unknown> = structuredClone(declaration);
        const [outer, inner] = key.split('.') as [string, string | undefined];
        if (inner) (body[outer] as Record<string, unknown>)[inner] = value;
        else body[outer] = value;
        const r = await post('/api/registrations', JSON.stringify(body));
        const what = `${key} = ${JSON.stringify(value)}: ${JSON.stringify(r.body)}`;
        assert.equal(r.status, 422, what);
        assert.equal(r.body.code, 'validation_failed', what);
        assert.ok(
          Object.keys(r.body.fields ?? {}).some((f) => f === key || f.startsWith(`${key}.`)),
          what,
        );
      }
    }
  });

  it('names a missing field and refuses a body of another shape, with 400 for a body that is not JSON', async () => {
    const { fullName: _, ...noName } = declaration;
    const missing = await post('/api/registrations', JSON.stringify(noName));
    assert.equal(missing.status, 422);
    assert.ok(missing.body.fields?.fullName);
    for (const shape of ['[]', '"tờ khai"', '42', 'null', 'true', '{"__proto__": {"consent": true}}']) {
      const r = await post('/api/registrations', shape);
      assert.equal(r.status, 422, shape);
      assert.equal(r.body.code, 'validation_failed', shape);
    }
    for (const text of ['{"fullName":', "{'a': 1}", '', '\u0000', '{"a":1}}']) {
      const r = await post('/api/registrations', text);
      assert.equal(r.status, 400, JSON.stringify(text));
      assert.equal(r.body.code, 'invalid_json');
    }
  });

  it('answers a URL or a header over the size limit with 431 request_too_large as JSON', async () => {
    const longUrl = await raw(`GET /api/provinces?q=${'a'.repeat(40_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    assert.equal(longUrl.status, 431);
    assert.match(longUrl.headers['content-type'] ?? '', /application\/json/);
    assert.equal(JSON.parse(longUrl.body).code, 'request_too_large');
    const bigHeader = await raw(`GET /api/provinces HTTP/1.1\r\nHost: x\r\nX-Pad: ${'b'.repeat(40_000)}\r\n\r\n`);
    assert.equal(bigHeader.status, 431);
    assert.equal(JSON.parse(bigHeader.body).code, 'request_too_large');
    assert.equal((await fetch(base + '/api/provinces')).status, 200);
  });

  it('answers a malformed request line with 400 bad_request as JSON', async () => {
    for (const bytes of [
      'GARBAGE\r\n\r\n',
      'GET /api/provinces HTTP/9.Z\r\n\r\n',
      'GET /api/me HTTP/1.1\r\nBad Header\r\n\r\n',
    ]) {
      const r = await raw(bytes);
      assert.equal(r.status, 400, bytes);
      assert.match(r.headers['content-type'] ?? '', /application\/json/);
      const body = JSON.parse(r.body);
      assert.equal(body.code, 'bad_request');
      assert.equal(typeof body.message, 'string');
    }
  });

  it('answers a wrong method with 405 method_not_allowed and an Allow header', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/api/provinces', 'GET'],
      ['DELETE', '/api/auth/login', 'POST'],
      ['PATCH', '/api/registrations', 'GET, POST'],
      ['POST', '/api/me', 'GET'],
      // paths with an id in them
      ['PUT', '/api/me/proofs/prf_123', 'DELETE'],
      ['POST', '/api/proofs/prf_123/status', 'GET'],
    ] as const) {
      const res = await fetch(base + path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow);
      const body = (await res.json()) as { code: string; message: string };
      assert.equal(body.code, 'method_not_allowed');
    }
    const unknown = await fetch(base + '/api/nowhere', { method: 'PUT' });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'not_found');
  });

  it('answers a path with broken percent-escapes with 400 bad_request, and a path outside the API with 404', async () => {
    for (const path of ['/api/%zz', '/api/%E0%A4%A', '/api/me/%', '/%C0%AF/api/provinces']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as { code: string; message: string };
      assert.equal(body.code, 'bad_request');
    }
    const elsewhere = await fetch(base + '/index.html');
    assert.equal(elsewhere.status, 404);
    const body = (await elsewhere.json()) as { code: string; message: string };
    assert.equal(body.code, 'not_found');
    assert.notEqual(body.message, 'not_found'); // a sentence for people, not the code again
  });

  it('lets a streaming client (Node fetch) read the 413 of a 6 MB upload', async () => {
    const data = new Uint8Array(6 * 1024 * 1024);
    data.set([0xff, 0xd8, 0xff, 0xe0]);
    const form = new FormData();
    form.append('file', new Blob([data], { type: 'image/jpeg' }), 'big.jpg');
    const res = await fetch(base + '/api/uploads', { method: 'POST', body: form });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { code: string }).code, 'payload_too_large');
    // and as a stream of unknown length
    const stream = new Blob([data]).stream();
    const chunked = await fetch(base + '/api/uploads', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal((await fetch(base + '/api/provinces')).status, 200);
  });

  it('lets Chromium read the 413 of a 6 MB upload', async () => {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(base + '/api/openapi.json'); // same origin as the API, no CORS involved
      const seen = await page.evaluate(async () => {
        const data = new Uint8Array(6 * 1024 * 1024);
        data.set([0xff, 0xd8, 0xff, 0xe0]);
        const form = new FormData();
        form.append('file', new File([data], 'big.jpg', { type: 'image/jpeg' }));
        try {
          const res = await fetch('/api/uploads', { method: 'POST', body: form });
          return { status: res.status, code: ((await res.json()) as { code: string }).code };
        } catch (e) {
          return { status: 0, code: String(e) };
        }
      });
      assert.deepEqual(seen, { status: 413, code: 'payload_too_large' });
    } finally {
      await browser.close();
    }
  });
});
