// verifyProof in Node 20, where a backend runs it: the same attacks as the browser file (proofs-cases.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { proofCases } from './proofs-cases.js';

describe('verifyProof in Node', () => {
  for (const c of proofCases(assert)) it(c.name, c.run);
});
