/**
 * Proofs in Chromium through the MSW worker: the shared contract cases (also run over HTTP in Node), the
 * typed VssClient calls against the mock, and the signing key persisting in sessionStorage like the rest of
 * the mock's state.
 */
import { assert, expect } from '@esm-bundle/chai';
import { ApiError, VssClient, type ApiFailure, type ProofClaimName } from '@vssid/core';
import { signProof, verifyProof } from '@vssid/core/proofs';
import { createBackend, createHandlers, storageKey } from '@vssid/mocks';
import { getResponse } from 'msw';
import { api, login, reset, startWorker } from './helpers.js';
import { proofContractCases, type Api } from './proofs-contract.js';
import { decodeSegment } from '../core/proofs-cases.js';

describe('mocks: proofs (contract)', () => {
  before(startWorker);
  for (const c of proofContractCases(assert, api as Api)) it(c.name, c.run);
});

async function failure(p: Promise<unknown>): Promise<ApiFailure> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return (e as ApiError).failure;
  }
  throw new Error('expected a rejection');
}

describe('VssClient: proofs against the mock', () => {
  before(startWorker);
  beforeEach(reset);
  afterEach(async () => expect((await api('DELETE', '/api/dev/faults')).status).to.equal(204));

  const signedIn = async () => {
    const client = new VssClient({ retryBaseDelayMs: 1 });
    await client.login('7901234567', 'VssID@2026');
    return client;
  };

  it('creates, lists, checks, verifies and revokes, with the list fresh after each change', async () => {
    const client = await signedIn();
    expect(await client.proofs()).to.deep.equal([]);
    const proof = await client.createProof({ claims: ['card_valid', 'full_name'], ttlMinutes: 15 });
    expect(Object.keys(proof.claims)).to.deep.equal(['card_valid', 'full_name']);
    expect(await client.proofs()).to.deep.equal([proof]);
    expect(await client.proofStatus(proof.id)).to.deep.equal({ status: 'active' });
    const r = await verifyProof(proof.token, await client.proofKeys());
    expect(r.ok && r.id).to.equal(proof.id);
    await client.revokeProof(proof.id);
    expect(await client.proofs()).to.deep.equal([]);
    expect(await client.proofStatus(proof.id)).to.deep.equal({ status: 'revoked' });
  });

  it('turns every refusal into a typed failure', async () => {
    const client = await signedIn();
    const invalid = await failure(client.createProof({ claims: ['phone' as ProofClaimName], ttlMinutes: 3 }));
    expect(invalid.kind).to.equal('validation');
    if (invalid.kind === 'validation')
      expect(Object.keys(invalid.fields).sort()).to.deep.equal(['claims.0', 'ttlMinutes']);
    const missing = await failure(client.revokeProof('p-none'));
    expect(missing).to.include({ kind: 'http', status: 404, code: 'not_found' });
    expect(await failure(client.proofStatus('p-none'))).to.include({ kind: 'http', status: 404 });
    for (let i = 0; i < 20; i++) await client.createProof({ claims: ['birth_year'], ttlMinutes: 10 });
    const limited = await failure(client.createProof({ claims: ['birth_year'], ttlMinutes: 10 }));
    expect(limited.kind).to.equal('rate_limited');
    if (limited.kind === 'rate_limited') expect(limited.retryAfterSeconds).to.be.within(590, 600);
    expect((await failure(new VssClient().createProof({ claims: ['full_name'], ttlMinutes: 10 }))).kind).to.equal(
      'session_expired',
    );
  });

  it('checks the key set with the schema: a broken one is invalid_response, not a key', async () => {
    expect(
      (await api('POST', '/api/dev/faults', { path: '/api/proofs/keys', kind: 'schema-break', times: 1 })).status,
    ).to.equal(201);
    const f = await failure(new VssClient().proofKeys());
    expect(f.kind).to.equal('invalid_response');
  });
});

describe('mocks: the proof key persists with the mock state', () => {
  before(startWorker);
  beforeEach(reset);

  it('keeps the private key as a JWK in sessionStorage; a reloaded backend signs with the same key and knows the proofs', async () => {
    const token = await login('7901234567', 'VssID@2026');
    const created = await api('POST', '/api/me/proofs', { claims: ['full_name'], ttlMinutes: 30 }, token);
    expect(created.status).to.equal(201);
    const keys = (await api('GET', '/api/proofs/keys')).body;
    const stored = JSON.parse(sessionStorage.getItem(storageKey)!);
    expect(stored.proofKeys).to.have.length(1);
    const { kid, privateJwk } = stored.proofKeys[0];
    expect(keys.keys.map((k: { kid: string }) => k.kid)).to.deep.equal([kid]);
    expect(privateJwk).to.include({ kty: 'EC', crv: 'P-256' }).and.to.have.property('d');

    // what a page reload does: a new backend over the same storage, answering through its own handlers
    const reloaded = createBackend();
    const ask = (method: string, path: string, body?: unknown) =>
      getResponse(
        createHandlers(reloaded),
        new Request(new URL(path, location.origin), {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
    const list = await (await ask('GET', '/api/me/proofs'))!.json();
    expect(list.map((p: { id: string }) => p.id)).to.deep.equal([created.body.id]);
    const again = await (await ask('POST', '/api/me/proofs', { claims: ['birth_year'], ttlMinutes: 5 }))!.json();
    expect((decodeSegment(again.token.split('.')[0]) as { kid: string }).kid).to.equal(kid);
    expect((await verifyProof(again.token, keys)).ok).to.equal(true);

    // the stored JWK is a working key: what it signs verifies against the served set
    const privateKey = await crypto.subtle.importKey('jwk', privateJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
    ]);
    const iat = Math.floor(Date.now() / 1000);
    const own = await signProof(
      { iss: 'vssid-mock', jti: 'p-own', iat, exp: iat + 300, birth_year: 1990 },
      { privateKey, kid },
    );
    expect((await verifyProof(own, keys)).ok).to.equal(true);
  });
});
