/**
 * What a route of the mock declares: method, path, how its request is read (session, query, body) and the
 * function that answers it. The route files under `routes/` declare; `handlers.ts` reads every request the
 * same way before `run` sees it. This lives apart from `handlers.ts` so that the route files, which
 * `handlers.ts` assembles, do not import it back.
 */
import type { MockBackend } from './backend.js';
import type { FieldMessages, Schema } from './http.js';

export interface Ctx {
  request: Request;
  url: URL;
  b: MockBackend;
}
/** What a route runs with: its request already parsed by the route's schemas, and the signed-in code. */
export interface Parsed<B, Q> extends Ctx {
  body: B;
  query: Q;
  /** The signed-in social-insurance code ('' for a route without `session`). */
  code: string;
}
export type Method = 'get' | 'post' | 'delete';

/**
 * One operation. `wrap` parses every request the same way before `run` sees it: the session first (401/403),
 * then the query and the JSON body by core's schemas (400/413/415/422), so a client's mistake can never
 * reach the route's code as a value of the wrong type.
 */
export interface Route<B = unknown, Q = unknown> {
  method: Method;
  path: string;
  /** 'citizen': a live session whose password is set; 'any': any live session (to change the password). */
  session?: 'citizen' | 'any';
  /** Core's schema of the query parameters (text values; empty ones are absent). */
  query?: Schema<Q>;
  /** Core's schema of the JSON body; a route without one reads no JSON. */
  body?: Schema<B>;
  /** Checks beyond the body schema, run on its well-typed fields so one 422 names every wrong field. */
  rules?: (draft: Record<string, unknown>, ctx: Ctx) => Record<string, string>;
  /** Messages for query or body fields that fail their schema, where the generic ones say too little. */
  messages?: FieldMessages;
  run: (ctx: Parsed<B, Q>) => Response | Promise<Response>;
  /** Dev routes are never faulted, so a test can always clean up. */
  dev?: boolean;
}

/** Declares a route with its body and query types inferred from its schemas. */
export const route = <B = undefined, Q = undefined>(r: Route<B, Q>): Route => r as unknown as Route;

/** A POST route whose JSON body is read by core's schema, the contract's commonest shape (as msw's `http.post`). */
export const post = <B>(path: string, body: Schema<B>, run: Route<B, undefined>['run']): Route =>
  route<B>({ method: 'post', path, body, run });
