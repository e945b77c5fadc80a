/**
 * The proof contract (issue 17) as the mock serves it, written once and run twice: over real HTTP against
 * the node server (proofs.node-test.ts) and in Chromium through the MSW worker (proofs.test.ts).
 * Every case starts from a reset backend and reads time from the mock's clock.
 */
import { proofClaimNames, proofSchema, proofStatusSchema, type Proof } from '@vssid/core';
import { proofKeySetSchema, verifyProof, type ProofKeySet } from '@vssid/core/proofs';
import { decodeSegment, type Assert, type Case } from '../core/proofs-cases.js';

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}
/** One JSON request to the mock; `path` starts with `/api`. */
export type Api = (method: string, path: string, body?: unknown, token?: string) => Promise<Reply>;

const accounts = {
  worker: ['7901234567', 'VssID@2026'],
  pensioner: ['3101234567', 'Huutri1962'],
  child: ['7925000001', 'TreEm2021a'],
  expired: ['9201234567', 'HetHan2025'],
  suspended: ['2401234567', 'TamDung2026'],
  mustChange: ['0112345678', 'k7Qm29xa'],
} as const;
const allClaims = [...proofClaimNames];
const MIN = 60_000;

export function proofContractCases(assert: Assert, api: Api): Case[] {
  const cases: Case[] = [];
  const it = (name: string, run: () => Promise<void>) =>
    cases.push({
      name,
      run: async () => {
        assert.equal((await api('POST', '/api/dev/reset')).status, 204, 'reset');
        await run();
      },
    });

  const login = async (who: keyof typeof accounts): Promise<string> => {
    const [socialInsuranceCode, password] = accounts[who];
    const r = await api('POST', '/api/auth/login', { socialInsuranceCode, password });
    assert.equal(r.status, 200, `login ${who}`);
    return r.body.token;
  };
  const create = async (token: string, claims: string[], ttlMinutes: number): Promise<Proof> => {
    const r = await api('POST', '/api/me/proofs', { claims, ttlMinutes }, token);
    assert.equal(r.status, 201, `create: ${JSON.stringify(r.body)}`);
    assert.ok(proofSchema.safeParse(r.body).success, 'a Proof');
    return r.body;
  };
  const advance = async (ms: number): Promise<number> => {
    const r = await api('POST', '/api/dev/clock', { advanceMs: ms });
    assert.equal(r.status, 200, 'clock');
    return Date.parse(r.body.now);
  };
  const mockNow = () => advance(0);
  const keySet = async (): Promise<ProofKeySet> => {
    const r = await api('GET', '/api/proofs/keys');
    assert.equal(r.status, 200, 'keys');
    assert.ok(proofKeySetSchema.safeParse(r.body).success, 'a key set');
    return r.body;
  };
  const kids = async () => (await keySet()).keys.map((k) => k.kid);
  const status = async (id: string) => (await api('GET', `/api/proofs/${id}/status`)).body?.status;
  const parts = (token: string) => {
    const [h, p] = token.split('.') as [string, string];
    return {
      header: decodeSegment(h) as Record<string, unknown>,
      payload: decodeSegment(p) as Record<string, unknown>,
    };
  };

  it('signs only the chosen claims, and the token verifies offline against the served key set', async () => {
    const token = await login('worker');
    const me = (await api('GET', '/api/me', undefined, token)).body;
    const proof = await create(token, ['birth_year', 'full_name'], 10);
    assert.deepEqual(Object.keys(proof).sort(), ['claims', 'createdAt', 'expiresAt', 'id', 'token']);
    assert.deepEqual(proof.claims, { full_name: me.fullName, birth_year: Number(me.dateOfBirth.slice(0, 4)) });
    assert.equal(Date.parse(proof.expiresAt) - Date.parse(proof.createdAt), 10 * MIN, 'ten minutes');
    const { header, payload } = parts(proof.token);
    assert.deepEqual(Object.keys(header), ['alg', 'typ', 'kid']);
    assert.equal(header.alg, 'ES256');
    assert.deepEqual(Object.keys(payload), ['iss', 'jti', 'iat', 'exp', 'full_name', 'birth_year']);
    assert.equal(payload.jti, proof.id);
    assert.equal((payload.exp as number) * 1000, Date.parse(proof.expiresAt));

    const keys = await api('GET', '/api/proofs/keys');
    assert.equal(keys.status, 200);
    assert.ok(
      /public/.test(keys.headers.get('cache-control') ?? '') &&
        /max-age=\d+/.test(keys.headers.get('cache-control') ?? ''),
      'cacheable',
    );
    for (const k of keys.body.keys)
      assert.deepEqual(Object.keys(k).sort(), ['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y'], 'public members only');
    const r = await verifyProof(proof.token, keys.body, { now: await mockNow() });
    assert.deepEqual(r.ok && { claims: r.claims, id: r.id, kid: r.kid, expiresAt: r.expiresAt }, {
      claims: proof.claims,
      id: proof.id,
      kid: header.kid,
      expiresAt: proof.expiresAt,
    });
  });

  it('never puts the code, ID number, phone, address or email in a token, and states the card as it is', async () => {
    for (const who of ['worker', 'pensioner', 'child', 'expired', 'suspended'] as const) {
      const token = await login(who);
      const me = (await api('GET', '/api/me', undefined, token)).body;
      const card = (await api('GET', '/api/me/card', undefined, token)).body;
      const proof = await create(token, allClaims, 1440);
      const { header, payload } = parts(proof.token);
      const text = JSON.stringify([header, payload]);
      for (const [field, secret] of Object.entries({
        socialInsuranceCode: me.socialInsuranceCode,
        idNumber: me.idNumber,
        phone: me.phone,
        address: me.address,
        email: me.email,
        cardCode: me.cardCode,
      })) {
        assert.ok(!text.includes(secret), `${who}: ${field} in the token`);
        assert.ok(!JSON.stringify(proof.claims).includes(secret), `${who}: ${field} in the answer`);
      }
      assert.deepEqual(Object.keys(payload), ['iss', 'jti', 'iat', 'exp', ...allClaims], who);
      assert.deepEqual(
        payload.card_valid,
        { status: card.status, from: card.validFrom, to: card.validTo },
        `${who}: card`,
      );
      assert.equal(payload.card_group, card.cardCode.slice(0, 2), `${who}: group`);
      assert.equal((payload.card_benefit_level as { level: number }).level, Number(card.cardCode[2]), `${who}: level`);
      assert.equal(payload.full_name, me.fullName);
      const r = await verifyProof(proof.token, await keySet(), { now: await mockNow() });
      assert.equal(r.ok, true, `${who}: verifies`);
    }
  });

  it('counts the years as the record does: 40 for the pensioner, none for a small child', async () => {
    const pensioner = await create(await login('pensioner'), ['bhxh_years', 'card_benefit_level'], 5);
    assert.deepEqual(pensioner.claims.bhxh_years, { years: 40, months: 0 });
    assert.deepEqual(pensioner.claims.card_benefit_level, { level: 3, fundShare: 95 });
    const child = await create(await login('child'), ['bhxh_years', 'card_benefit_level', 'card_group'], 5);
    assert.deepEqual(child.claims, {
      card_benefit_level: { level: 1, fundShare: 100 },
      card_group: 'TE',
      bhxh_years: { years: 0, months: 0 },
    });
  });

  it('lists the live proofs newest first; revoked and expired ones leave the list, and each citizen sees only theirs', async () => {
    const token = await login('worker');
    const short = await create(token, ['full_name'], 5);
    await advance(1000);
    const middle = await create(token, ['birth_year'], 30);
    await advance(1000);
    const long = await create(token, ['card_group'], 60);
    const list = async (t = token) => {
      const r = await api('GET', '/api/me/proofs', undefined, t);
      assert.equal(r.status, 200);
      return (r.body as Proof[]).map((p) => p.id);
    };
    assert.deepEqual(await list(), [long.id, middle.id, short.id]);
    assert.deepEqual((await api('GET', '/api/me/proofs', undefined, token)).body[0], long, 'the same proof as created');
    assert.equal((await api('DELETE', `/api/me/proofs/${middle.id}`, undefined, token)).status, 204);
    assert.deepEqual(await list(), [long.id, short.id]);
    await advance(5 * MIN);
    assert.deepEqual(await list(), [long.id]);
    assert.deepEqual(await list(await login('pensioner')), []);
    assert.equal((await api('GET', '/api/me/proofs')).status, 401, 'signed in only');
  });

  it('revokes: 204, revoked at once for everyone, again 204; nobody else can revoke it', async () => {
    const token = await login('worker');
    const proof = await create(token, ['full_name'], 60);
    const other = await login('pensioner');
    const theirs = await api('DELETE', `/api/me/proofs/${proof.id}`, undefined, other);
    assert.equal(theirs.status, 404, "another's proof");
    assert.equal(theirs.body.code, 'not_found');
    assert.equal(await status(proof.id), 'active');
    assert.equal((await api('DELETE', `/api/me/proofs/${proof.id}`)).status, 401, 'signed in only');
    assert.equal((await api('DELETE', `/api/me/proofs/${proof.id}`, undefined, token)).status, 204);
    assert.equal(await status(proof.id), 'revoked');
    assert.equal((await api('DELETE', `/api/me/proofs/${proof.id}`, undefined, token)).status, 204, 'again');
    assert.equal(
      (await api('DELETE', '/api/me/proofs/p00000000000000000000', undefined, token)).status,
      404,
      'unknown',
    );
    // offline the token still verifies: revocation is what the online check is for
    assert.equal((await verifyProof(proof.token, await keySet(), { now: await mockNow() })).ok, true);
  });

  it('tells anyone the status: active, expired on the mock clock, revoked over expired; unknown is 404', async () => {
    const token = await login('worker');
    const proof = await create(token, ['full_name'], 5);
    const kept = await create(token, ['birth_year'], 5);
    const r = await api('GET', `/api/proofs/${proof.id}/status`);
    assert.equal(r.status, 200);
    assert.ok(proofStatusSchema.safeParse(r.body).success);
    assert.deepEqual(r.body, { status: 'active' });
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal((await api('DELETE', `/api/me/proofs/${kept.id}`, undefined, token)).status, 204);
    const now = await advance(5 * MIN);
    assert.equal(await status(proof.id), 'expired');
    assert.equal(await status(kept.id), 'revoked');
    assert.deepEqual(await verifyProof(proof.token, await keySet(), { now: now + MIN }), {
      ok: false,
      reason: 'expired',
    });
    const unknown = await api('GET', '/api/proofs/p00000000000000000000/status');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'not_found');
  });

  it('answers 422 validation_failed naming the field, 401 signed out, 403 before the password change', async () => {
    const token = await login('worker');
    const bad: [unknown, string][] = [
      [{ claims: [], ttlMinutes: 10 }, 'claims'],
      [{ claims: ['phone'], ttlMinutes: 10 }, 'claims.0'],
      [{ claims: ['social_insurance_code'], ttlMinutes: 10 }, 'claims.0'],
      [{ claims: ['full_name', 'full_name'], ttlMinutes: 10 }, 'claims'],
      [{ claims: 'full_name', ttlMinutes: 10 }, 'claims'],
      [{ ttlMinutes: 10 }, 'claims'],
      [{ claims: ['full_name'], ttlMinutes: 4 }, 'ttlMinutes'],
      [{ claims: ['full_name'], ttlMinutes: 1441 }, 'ttlMinutes'],
      [{ claims: ['full_name'], ttlMinutes: 5.5 }, 'ttlMinutes'],
      [{ claims: ['full_name'], ttlMinutes: '10' }, 'ttlMinutes'],
      [{ claims: ['full_name'] }, 'ttlMinutes'],
    ];
    for (const [body, field] of bad) {
      const r = await api('POST', '/api/me/proofs', body, token);
      assert.equal(r.status, 422, JSON.stringify(body));
      assert.equal(r.body.code, 'validation_failed');
      assert.ok(r.body.fields?.[field], `${JSON.stringify(body)} names ${field}: ${JSON.stringify(r.body.fields)}`);
    }
    assert.deepEqual((await api('GET', '/api/me/proofs', undefined, token)).body, [], 'nothing issued');
    await create(token, ['full_name'], 5);
    await create(token, ['full_name'], 1440);
    const out = await api('POST', '/api/me/proofs', { claims: ['full_name'], ttlMinutes: 10 });
    assert.equal(out.status, 401);
    assert.equal(out.body.code, 'session_expired');
    const pending = await api(
      'POST',
      '/api/me/proofs',
      { claims: ['full_name'], ttlMinutes: 10 },
      await login('mustChange'),
    );
    assert.equal(pending.status, 403);
    assert.equal(pending.body.code, 'password_change_required');
  });

  it('refuses the 21st live proof with 429 until one is revoked or expires', async () => {
    const token = await login('worker');
    const first = await create(token, ['full_name'], 5);
    const rest: Proof[] = [];
    for (let i = 1; i < 20; i++) rest.push(await create(token, ['birth_year'], 60));
    const refused = await api('POST', '/api/me/proofs', { claims: ['full_name'], ttlMinutes: 10 }, token);
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'rate_limited');
    // the wait frees a place: the soonest expiry, five minutes away
    assert.ok(
      refused.body.retryAfterSeconds > 290 && refused.body.retryAfterSeconds <= 300,
      `retryAfterSeconds ${refused.body.retryAfterSeconds}`,
    );
    assert.equal(refused.headers.get('retry-after'), String(refused.body.retryAfterSeconds));
    await create(await login('pensioner'), ['full_name'], 10); // another citizen's count is theirs
    assert.equal((await api('DELETE', `/api/me/proofs/${rest[3]!.id}`, undefined, token)).status, 204);
    await create(token, ['full_name'], 10);
    assert.equal((await api('POST', '/api/me/proofs', { claims: ['full_name'], ttlMinutes: 10 }, token)).status, 429);
    await advance(5 * MIN);
    assert.equal(await status(first.id), 'expired');
    await create(token, ['full_name'], 10);
    assert.equal((await api('GET', '/api/me/proofs', undefined, token)).body.length, 20);
  });

  it('rotates the key: new proofs take the new one; the retired key is published until its last proof has expired', async () => {
    const token = await login('worker');
    const early = await create(token, ['full_name'], 10);
    const late = await create(token, ['full_name'], 30);
    const oldKid = parts(early.token).header.kid as string;
    const rotated = await api('POST', '/api/dev/proofs/rotate-key');
    assert.equal(rotated.status, 200);
    const newKid = rotated.body.kid as string;
    assert.deepEqual(rotated.body.retired, [oldKid]);
    assert.deepEqual(await kids(), [oldKid, newKid]);
    const fresh = await create(token, ['birth_year'], 60);
    assert.equal(parts(fresh.token).header.kid, newKid, 'signed by the new key');
    assert.equal(
      (await verifyProof(late.token, await keySet(), { now: await mockNow() })).ok,
      true,
      'old proof, old key',
    );

    await advance(11 * MIN); // the early proof is over, the late one is not
    assert.deepEqual(await kids(), [oldKid, newKid]);
    const lastMinute = await advance(19 * MIN + 30_000); // 30 s past the late proof's end, inside the 60 s skew
    assert.deepEqual(await kids(), [oldKid, newKid], 'kept through the skew');
    // a verifier still accepts it within its skew, which is why the key must still be there
    assert.equal((await verifyProof(late.token, await keySet(), { now: lastMinute })).ok, true, 'inside the skew');
    const cached = await keySet();
    const gone = await advance(31_000);
    assert.deepEqual(await kids(), [newKid], 'retired key gone');
    assert.deepEqual(await verifyProof(late.token, await keySet(), { now: gone }), {
      ok: false,
      reason: 'unknown_key',
    });
    assert.deepEqual(
      await verifyProof(late.token, cached, { now: gone }),
      { ok: false, reason: 'expired' },
      'a verifier that kept the set',
    );
    assert.equal((await verifyProof(fresh.token, await keySet(), { now: gone })).ok, true, 'new key, new proof');
  });

  it('drops a retired key that signed nothing at once, and keeps one key current', async () => {
    const [first] = await kids();
    const rotated = await api('POST', '/api/dev/proofs/rotate-key');
    assert.deepEqual(rotated.body.retired, [first]);
    assert.deepEqual(await kids(), [rotated.body.kid]);
    const again = await api('POST', '/api/dev/proofs/rotate-key');
    assert.deepEqual(await kids(), [again.body.kid]);
    assert.ok(again.body.kid !== rotated.body.kid && rotated.body.kid !== first, 'each rotation a new key');
  });

  return cases;
}
