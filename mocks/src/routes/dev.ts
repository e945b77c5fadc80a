/**
 * Mock only, not in the contract: the SMS outbox, approving a dossier, faults, the clock, rotating the
 * proof key, a reset. Dev routes are never faulted, so a test can always clean up.
 */
import * as z from 'zod/mini';
import type { FaultState } from '../backend.js';
import { securePassword } from '../data/random.js';
import { json, noContent, problem } from '../http.js';
import { rotateProofKey } from '../proofs.js';
import { route, type Route } from '../route.js';
import { normalizePhone } from '../validate.js';

const faultBodySchema = z.object({
  path: z.string().check(z.regex(/^\//)),
  kind: z.enum(['latency', 'network', 'status', 'malformed-json', 'schema-break']),
  status: z.optional(z.number().check(z.int(), z.minimum(100), z.maximum(599))),
  delayMs: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(120_000))),
  times: z.optional(z.number().check(z.int(), z.minimum(1))),
});
const clockBodySchema = z.object({ advanceMs: z.number().check(z.minimum(0)) });
const approveBodySchema = z.object({ dossierNumber: z.string() });
const smsQuerySchema = z.object({ phone: z.optional(z.string()) });

export const devRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/dev/sms',
    dev: true,
    query: smsQuerySchema,
    run: ({ query, b }) => {
      const to = query.phone ? normalizePhone(query.phone) : null;
      return json(b.state.sms.filter((m) => !to || m.to === to).reverse());
    },
  }),
  route({
    method: 'post',
    path: '/api/dev/registrations/approve',
    dev: true,
    body: approveBodySchema,
    run: ({ body: { dossierNumber }, b }) => {
      const d = b.state.dossiers[dossierNumber.trim().toUpperCase()];
      if (!d) throw problem(404, 'not_found', 'Không tìm thấy hồ sơ.');
      if (d.status !== 'received') throw problem(409, 'already_registered', 'Hồ sơ đã được xử lý.');
      d.status = 'approved';
      d.decidedAt = b.nowIso();
      const password = securePassword();
      b.state.accounts[d.socialInsuranceCode] = { password, mustChangePassword: true };
      b.state.declared[d.socialInsuranceCode] = d.declared;
      b.sendSms(
        d.declared.phone,
        `BHXHVN: Da hoan tat thu tuc thanh cong. Tai khoan: ${d.socialInsuranceCode}/Mat khau: ${password}`,
      );
      return json({ dossierNumber: d.dossierNumber, status: d.status, socialInsuranceCode: d.socialInsuranceCode });
    },
  }),
  route({
    method: 'post',
    path: '/api/dev/faults',
    dev: true,
    body: faultBodySchema,
    run: ({ body, b }) => {
      const fault: FaultState = { path: body.path, kind: body.kind, remaining: body.times ?? null };
      if (body.status !== undefined) fault.status = body.status;
      if (body.delayMs !== undefined) fault.delayMs = body.delayMs;
      b.state.faults.push(fault);
      return json(fault, 201);
    },
  }),
  {
    method: 'delete',
    path: '/api/dev/faults',
    dev: true,
    run: ({ b }) => {
      b.state.faults = [];
      return noContent();
    },
  },
  route({
    method: 'post',
    path: '/api/dev/clock',
    dev: true,
    body: clockBodySchema,
    run: ({ body: { advanceMs }, b }) => {
      b.state.clockOffsetMs += advanceMs;
      return json({ now: b.nowIso() });
    },
  }),
  {
    method: 'post',
    path: '/api/dev/proofs/rotate-key',
    dev: true,
    run: async ({ b }) => json(await rotateProofKey(b)),
  },
  {
    method: 'post',
    path: '/api/dev/reset',
    dev: true,
    run: ({ b }) => {
      b.reset();
      return noContent();
    },
  },
];
