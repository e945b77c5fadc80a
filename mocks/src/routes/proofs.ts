/** Proofs (issue 17): signed, selective, expiring; the logic is in `../proofs.ts`, these are its routes. */
import { proofCreateRequestSchema } from '@vssid/core';
import { participationOf } from '../data/history.js';
import { json, noContent } from '../http.js';
import { issueProof, liveProofs, proofClaimsOf, proofKeySet, proofStatusOf, revokeProof } from '../proofs.js';
import { route, type Route } from '../route.js';
import { cardOf, personOf } from './shared.js';

/** The `index`-th segment of the path (`/api/me/proofs/:id` → 4 is the id), decoded. */
function pathSegment(url: URL, index: number): string {
  try {
    return decodeURIComponent(url.pathname.split('/')[index] ?? '');
  } catch {
    return ''; // a broken escape names nothing, so it is not found
  }
}

export const proofRoutes: Route[] = [
  route({
    method: 'post',
    path: '/api/me/proofs',
    session: 'citizen',
    body: proofCreateRequestSchema,
    // a set of claims: the shape allows a list, the rule each name once
    rules: (draft): Record<string, string> =>
      Array.isArray(draft.claims) && new Set(draft.claims).size !== draft.claims.length
        ? { claims: 'Mỗi thông tin chỉ được chọn một lần.' }
        : {},
    run: async ({ b, code, body }) => {
      const p = personOf(b, code);
      const periods = participationOf(p, b.state.dataDate).periods;
      const claims = proofClaimsOf(body.claims, {
        card: cardOf(b, p),
        fullName: p.fullName,
        dateOfBirth: p.dateOfBirth,
        periods,
      });
      return json(await issueProof(b, code, claims, body.ttlMinutes), 201);
    },
  }),
  { method: 'get', path: '/api/me/proofs', session: 'citizen', run: ({ b, code }) => json(liveProofs(b, code)) },
  {
    method: 'delete',
    path: '/api/me/proofs/:id',
    session: 'citizen',
    run: ({ b, code, url }) => {
      revokeProof(b, code, pathSegment(url, 4));
      return noContent();
    },
  },
  {
    method: 'get',
    path: '/api/proofs/keys',
    run: async ({ b }) => {
      const res = json(await proofKeySet(b));
      // Verifiers keep the set for offline use; five minutes bounds how late they learn of a new key.
      res.headers.set('cache-control', 'public, max-age=300');
      return res;
    },
  },
  {
    method: 'get',
    path: '/api/proofs/:id/status',
    run: ({ url, b }) => {
      const res = json(proofStatusOf(b, pathSegment(url, 3)));
      res.headers.set('cache-control', 'no-store'); // a revocation must show at once
      return res;
    },
  },
];
