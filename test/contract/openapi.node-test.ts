// The HTTP contract as a backend team gets it: the document the mock serves at /api/openapi.json passes the
// standard linter (Redocly CLI, its recommended rules, none turned off: redocly.yaml) with no error and no
// warning; every operation has a stable operationId and says whether it needs the session; the mock's
// error answers are the ones the document lists. (Generating a client from it: test/dist/adopt.node-test.ts.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createMockServer } from '@vssid/mocks/node-server';
import { demoAccounts } from '@vssid/mocks';

type Json = Record<string, any>;
const root = join(import.meta.dirname, '../..');
let server: Server;
let base = '';
let doc: Json;

/** Every operation of the document: [method, path, operation]. */
const operationsOf = (d: Json) =>
  Object.entries(d.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([method, op]) => [method, path, op as Json] as const),
  );

describe('the HTTP contract (/api/openapi.json)', () => {
  before(async () => {
    server = createMockServer({ allowedOrigins: [] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as Json;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes Redocly CLI's recommended rules with no error and no warning", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', `${base}/api/openapi.json`, '--format=json'],
        {
          cwd: root,
          maxBuffer: 32 * 1024 * 1024,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
        // the linter exits non-zero when it finds errors; its report is what counts
        (err, stdout) => (stdout ? resolve(stdout) : reject(err)),
      ),
    );
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const lines = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    assert.deepEqual(lines, [], `Redocly recommended rules:\n${lines.join('\n')}`);
    assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 });
  });

  it('gives every operation a unique lowerCamelCase operationId, and keeps the published ones', () => {
    const ids = operationsOf(doc).map(([m, p, op]) => [`${m.toUpperCase()} ${p}`, op.operationId as string] as const);
    for (const [where, id] of ids) assert.match(id ?? '', /^[a-z][a-zA-Z0-9]*$/, `${where}: operationId ${id}`);
    assert.equal(new Set(ids.map(([, id]) => id)).size, ids.length, 'duplicate operationId');
    // Generated clients are named after these: renaming one breaks every client generated from 0.2.0.
    const published: Record<string, string> = {
      'GET /api/provinces': 'listProvinces',
      'GET /api/offices': 'listOffices',
      'POST /api/uploads': 'uploadPhoto',
      'POST /api/registrations/otp': 'requestRegistrationOtp',
      'POST /api/registrations/otp/verify': 'verifyRegistrationOtp',
      'POST /api/registrations': 'submitRegistration',
      'GET /api/registrations': 'getDossierStatus',
      'POST /api/lookup/social-insurance-code': 'lookupSocialInsuranceCode',
      'POST /api/cards/lookup': 'lookupCard',
      'POST /api/auth/login': 'loginWithPassword',
      'POST /api/auth/password': 'changePassword',
      'POST /api/auth/forgot': 'requestPasswordReset',
      'POST /api/auth/reset': 'resetPassword',
      'POST /api/auth/logout': 'logout',
      'GET /api/me': 'getProfile',
      'GET /api/me/card': 'getCard',
      'GET /api/me/participation': 'getParticipationHistory',
      'GET /api/me/benefits': 'listBenefits',
      'GET /api/me/visits': 'listVisits',
      'GET /api/openapi.json': 'getOpenApiDocument',
    };
    const actual = Object.fromEntries(ids);
    for (const [where, id] of Object.entries(published))
      assert.equal(actual[where], id, `${where} changed its operationId`);
  });

  it('declares the bearer session and says on every operation whether it needs it', () => {
    assert.deepEqual(doc.components.securitySchemes.bearer, {
      ...doc.components.securitySchemes.bearer,
      type: 'http',
      scheme: 'bearer',
    });
    for (const [m, p, op] of operationsOf(doc)) {
      assert.ok(Array.isArray(op.security), `${m} ${p}: no security requirement`);
      const needsSession = op.security.length > 0 && !op.security.some((s: Json) => Object.keys(s).length === 0);
      if (needsSession) assert.ok(op.responses['401'], `${m} ${p} needs the session but documents no 401`);
    }
    const needing = operationsOf(doc)
      .filter(([, , op]) => op.security.some((s: Json) => 'bearer' in s))
      .map(([, p]) => p);
    for (const p of ['/api/me', '/api/me/card', '/api/me/visits', '/api/auth/password', '/api/auth/logout'])
      assert.ok(needing.includes(p), p);
    assert.ok(!needing.includes('/api/auth/login') && !needing.includes('/api/provinces'));
    assert.equal(doc.info.license.identifier, 'MIT');
  });

  it("answers only with statuses the document lists for the operation (the mock's error answers sampled)", async () => {
    const worker = demoAccounts.find((a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked)!;
    const mustChange = demoAccounts.find((a) => a.mustChangePassword)!;
    const call = async (
      method: string,
      path: string,
      init: { json?: unknown; raw?: string; type?: string; token?: string } = {},
    ) => {
      const headers: Record<string, string> = {};
      if (init.json !== undefined || init.raw !== undefined) headers['content-type'] = init.type ?? 'application/json';
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      const body = init.raw ?? (init.json === undefined ? undefined : JSON.stringify(init.json));
      const res = await fetch(base + path, { method, headers, body });
      return { status: res.status, body: (await res.json().catch(() => null)) as Json | null };
    };
    const login = async (a: { code: string; password: string }) =>
      (await call('POST', '/api/auth/login', { json: { socialInsuranceCode: a.code, password: a.password } })).body!
        .token as string;
    const pending = await login(mustChange);
    const samples: [string, string, Awaited<ReturnType<typeof call>>][] = [
      ['get', '/api/provinces', await call('GET', '/api/provinces')],
      ['get', '/api/offices', await call('GET', '/api/offices?province=x')],
      ['get', '/api/registrations', await call('GET', '/api/registrations?dossierNumber=00000.GD/2025/00000')],
      ['post', '/api/registrations/otp', await call('POST', '/api/registrations/otp', { raw: '{"phone":' })],
      [
        'post',
        '/api/registrations/otp',
        await call('POST', '/api/registrations/otp', { raw: 'phone=1', type: 'text/plain' }),
      ],
      [
        'post',
        '/api/registrations/otp/verify',
        await call('POST', '/api/registrations/otp/verify', { json: { phone: '0912345678', otp: '123456' } }),
      ],
      ['post', '/api/cards/lookup', await call('POST', '/api/cards/lookup', { json: { cardCode: 'x' } })],
      [
        'post',
        '/api/auth/login',
        await call('POST', '/api/auth/login', { json: { socialInsuranceCode: worker.code, password: 'wrong-Pass1' } }),
      ],
      ['post', '/api/auth/logout', await call('POST', '/api/auth/logout')],
      ['get', '/api/me', await call('GET', '/api/me')],
      ['get', '/api/me/card', await call('GET', '/api/me/card', { token: pending })],
      ['get', '/api/me/visits', await call('GET', '/api/me/visits?limit=0', { token: await login(worker) })],
      ['post', '/api/auth/password', await call('POST', '/api/auth/password', { json: {} })],
    ];
    const statuses = samples.map(([, , r]) => r.status);
    // the sample reaches the kinds of answer it is meant to
    for (const st of [200, 422, 404, 400, 415, 410, 401, 204, 403])
      assert.ok(statuses.includes(st), `no sample answered ${st}`);
    for (const [method, path, res] of samples) {
      const documented = Object.keys(doc.paths[path][method].responses);
      const key = documented.includes(String(res.status)) ? String(res.status) : `${String(res.status)[0]}XX`;
      assert.ok(
        documented.includes(key),
        `${method.toUpperCase()} ${path} answered ${res.status}, documented: ${documented.join(', ')}`,
      );
      if (res.status >= 400)
        assert.equal(typeof res.body?.code, 'string', `${method} ${path} ${res.status}: no error code`);
    }
  });
});
