// The proof contract over real HTTP: the mock's node server, verifyProof in Node (cases in proofs-contract.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createMockServer } from '@vssid/mocks/node-server';
import { proofContractCases, type Api } from './proofs-contract.js';

let server: Server;
let base = '';

const api: Api = async (method, path, body, token) => {
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
};

describe('proofs over HTTP (node server)', () => {
  before(async () => {
    server = createMockServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const c of proofContractCases(assert, api)) it(c.name, c.run);
});
