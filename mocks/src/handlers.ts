/**
 * The VssID contract as msw handlers over one MockBackend. The routes, grouped by resource under `routes/`,
 * are plain functions of the request and the state; this file reads every request the same way before a
 * route sees it, injects the faults tests ask for, maps errors and persists, and assembles the handlers.
 * Paths start with `*` so they match whatever origin serves them (worker, node server, Storybook).
 */
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { ErrorCode } from '@vssid/core';
import { createBackend, type FaultState, type MockBackend } from './backend.js';
import { ApiProblem, json, messages, problem, readBody, readQuery } from './http.js';
import type { Ctx, Method, Parsed, Route } from './route.js';
import { authRoutes } from './routes/auth.js';
import { devRoutes } from './routes/dev.js';
import { geoRoutes } from './routes/geo.js';
import { lookupRoutes } from './routes/lookup.js';
import { meRoutes } from './routes/me.js';
import { openApiRoutes } from './routes/openapi.js';
import { proofRoutes } from './routes/proofs.js';
import { registrationRoutes } from './routes/registration.js';
import { requireSession } from './routes/shared.js';

/** Every route of the contract, then the mock's own; a path answers the first route that fits it. */
const routes: Route[] = [
  ...geoRoutes,
  ...registrationRoutes,
  ...lookupRoutes,
  ...authRoutes,
  ...meRoutes,
  ...openApiRoutes,
  ...proofRoutes,
  ...devRoutes,
];

// ---------------------------------------------------------------- faults

/** Exact path, a prefix ending at a "/", or a glob where `*` is any run of characters. */
export function faultMatches(pattern: string, path: string): boolean {
  if (pattern.includes('*')) {
    const re = new RegExp(
      '^' +
        pattern
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    return re.test(path);
  }
  return path === pattern || path.startsWith(pattern.endsWith('/') ? pattern : pattern + '/');
}

function takeFault(b: MockBackend, path: string): FaultState | null {
  const i = b.state.faults.findIndex((f) => faultMatches(f.path, path));
  if (i < 0) return null;
  const f = b.state.faults[i]!;
  if (f.remaining !== null) {
    f.remaining -= 1;
    if (f.remaining <= 0) b.state.faults.splice(i, 1);
  }
  return { ...f };
}

const statusCodes: Record<number, ErrorCode> = {
  401: 'session_expired',
  403: 'password_change_required',
  404: 'not_found',
  423: 'locked',
  429: 'rate_limited',
};

/** Breaks every top-level value's type, so the response fails any schema with a required field. */
function breakShape(v: unknown): unknown {
  if (Array.isArray(v)) return { items: 'not-an-array', broken: true };
  if (!v || typeof v !== 'object') return { broken: true };
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      typeof x === 'string'
        ? 12345
        : typeof x === 'number'
          ? String(x)
          : typeof x === 'boolean'
            ? 'yes'
            : Array.isArray(x)
              ? 'none'
              : null,
    ]),
  );
}

// ---------------------------------------------------------------- assembly

function toResponse(e: unknown): Response {
  if (e instanceof ApiProblem) {
    const res = json(e.body, e.status);
    if (e.body.retryAfterSeconds !== undefined) res.headers.set('retry-after', String(e.body.retryAfterSeconds));
    return res;
  }
  // A bug in the mock is still an answer in the contract's shape, never a crashed worker.
  console.error('[vssid mocks]', e);
  return json({ code: 'internal_error', message: messages.internal }, 500);
}

/** The request as the route's schemas read it: session, then query, then body (see `Route`). */
async function parse(r: Route, ctx: Ctx): Promise<Parsed<unknown, unknown>> {
  const code = r.session ? requireSession(ctx, r.session === 'any') : '';
  const query = r.query ? readQuery(ctx.url, r.query, r.messages) : undefined;
  const rules = r.rules;
  const body = r.body
    ? await readBody(ctx.request, r.body, rules && ((draft) => rules(draft, ctx)), r.messages)
    : undefined;
  return { ...ctx, code, query, body };
}

function wrap(b: MockBackend, r: Route): RequestHandler {
  return http[r.method](`*${r.path}`, async ({ request }) => {
    const url = new URL(request.url);
    const fault = r.dev ? null : takeFault(b, url.pathname);
    if (fault) b.save();
    if (fault?.kind === 'network') return HttpResponse.error();
    if (fault?.kind === 'latency') await delay(fault.delayMs ?? 1500);
    if (fault?.kind === 'status') {
      const status = fault.status ?? 500;
      const code = statusCodes[status] ?? 'internal_error';
      const body: Record<string, unknown> = {
        code,
        message: code === 'internal_error' ? messages.internal : 'Lỗi giả lập.',
      };
      if (code === 'rate_limited') body.retryAfterSeconds = 30;
      return json(body, status);
    }
    if (fault?.kind === 'malformed-json')
      return new HttpResponse('{"code": "ok", "items": [', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    let res: Response;
    try {
      res = await r.run(await parse(r, { request, url, b }));
    } catch (e) {
      res = toResponse(e);
    }
    b.save();
    if (fault?.kind === 'schema-break' && res.ok && (res.headers.get('content-type') ?? '').includes('json')) {
      return json(breakShape(await res.json()), res.status);
    }
    return res;
  });
}

/** Whether a request path fits a route's path, whose `:name` segments stand for any one segment. */
function samePath(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((seg, i) => (seg.startsWith(':') ? got[i] !== '' : seg === got[i]));
}

/** The methods a path answers, for the `Allow` header of a 405; none for an unknown path. */
export function allowedMethods(path: string): string[] {
  const order: Method[] = ['get', 'post', 'delete'];
  const here = new Set(routes.filter((r) => samePath(r.path, path)).map((r) => r.method));
  return order.filter((m) => here.has(m)).map((m) => m.toUpperCase());
}

/** A wrong method on a known path is 405 naming the right ones; an unknown path is 404. */
export function wrongMethod(path: string): Response {
  const allow = allowedMethods(path);
  if (!allow.length) return json({ code: 'not_found', message: messages.notFound }, 404);
  const res = json({ code: 'method_not_allowed', message: messages.wrongMethod }, 405);
  res.headers.set('allow', allow.join(', '));
  return res;
}

/** Whether a path's percent-escapes decode (msw's path matching throws a URIError on `%zz` or `%E0%A4%A`). */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers an API path with broken percent-escapes before any other handler tries to match it. Its path is a
 * RegExp without capturing groups, which msw matches without decoding; it passes every other request on.
 */
const brokenPath = http.all(/\/api(?:\/|$)/, ({ request }) => {
  if (!decodable(new URL(request.url).pathname)) return json({ code: 'bad_request', message: messages.badPath }, 400);
  return undefined;
});

/** Handlers for one backend. The last ones answer unknown `/api/*` paths with a contract 404 or 405. */
export function createHandlers(backend: MockBackend = createBackend()): RequestHandler[] {
  const list = [brokenPath, ...routes.map((r) => wrap(backend, r))];
  list.push(
    wrap(backend, {
      method: 'get',
      path: '/api/*',
      run: () => {
        throw problem(404, 'not_found', messages.notFound);
      },
    }),
  );
  list.push(http.all('*/api/*', ({ request }) => wrongMethod(new URL(request.url).pathname)));
  return list;
}
