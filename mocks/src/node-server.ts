/**
 * The same handlers as a real HTTP server on 127.0.0.1 (no express): msw's `getResponse` per request on
 * node:http. CORS only for origins listed in ALLOWED_ORIGINS. Every error answer is JSON `{code, message}`,
 * those node:http makes itself (a request it cannot parse, a header over its size limit) included.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { getResponse, type RequestHandler } from 'msw';
import { maxUploadBytes, type ErrorCode } from '@vssid/core';
import { createBackend, type MockBackend } from './backend.js';
import { allowedMethods, createHandlers, wrongMethod } from './handlers.js';
import { messages } from './http.js';

export interface MockServerOptions {
  backend?: MockBackend;
  handlers?: RequestHandler[];
  /** Origins allowed by CORS; defaults to ALLOWED_ORIGINS (comma-separated). */
  allowedOrigins?: string[];
  /** Largest request body in bytes (an upload plus multipart overhead). */
  maxBodyBytes?: number;
}

const text: Partial<Record<ErrorCode, string>> = {
  bad_request: 'Yêu cầu không đúng định dạng HTTP.',
  request_too_large: 'Địa chỉ hoặc phần đầu của yêu cầu vượt quá dung lượng cho phép.',
  request_timeout: 'Yêu cầu gửi quá chậm nên đã bị ngắt.',
  origin_not_allowed: 'Trang web này không được phép gọi dịch vụ.',
  payload_too_large: messages.tooLarge,
  method_not_allowed: messages.wrongMethod,
  not_found: messages.notFound,
  internal_error: messages.internal,
};
const errorJson = (code: ErrorCode) => JSON.stringify({ code, message: text[code] ?? code });

/**
 * Bodies past the limit are read and thrown away, so that a client still sending (Node's fetch, some
 * browsers) can read the 413 instead of a reset connection; past this many bytes the client is abusive and
 * the connection is closed.
 */
const discardBytes = 64 * 1024 * 1024;

/** Methods a WHATWG `Request` cannot carry; they can only be a wrong method here. */
const unfetchable = new Set(['CONNECT', 'TRACE', 'TRACK']);

type Body = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large'; drained: boolean } | { kind: 'gone' };

/** Reads the whole body, keeping at most `limit` bytes; the rest is drained, up to `discardBytes`. */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (size > discardBytes) {
        req.pause();
        resolve({ kind: 'too-large', drained: false });
      }
    });
    req.on('end', () =>
      resolve(size > limit ? { kind: 'too-large', drained: true } : { kind: 'ok', bytes: Buffer.concat(chunks) }),
    );
    req.on('error', () => resolve({ kind: 'gone' }));
    req.on('aborted', () => resolve({ kind: 'gone' }));
  });
}

function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-expose-headers': 'retry-after, allow',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/** A whole HTTP/1.1 error answer as bytes, for the sockets node:http hands over before any response exists. */
function rawAnswer(status: number, code: ErrorCode, extra: Record<string, string> = {}): string {
  const body = errorJson(code);
  const head = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    connection: 'close',
    ...extra,
  };
  const lines = Object.entries(head).map(([k, v]) => `${k}: ${v}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('')}\r\n${body}`;
}

/** node:http's parse errors and timeouts, answered as JSON (it would send an empty body). */
function onClientError(err: Error & { code?: string }, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const answer =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? rawAnswer(431, 'request_too_large')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? rawAnswer(408, 'request_timeout')
        : rawAnswer(400, 'bad_request');
  socket.end(answer);
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, code: ErrorCode): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(errorJson(code));
}

export function createMockServer(opts: MockServerOptions = {}): Server {
  const backend = opts.backend ?? createBackend({ persist: false });
  const list = opts.handlers ?? createHandlers(backend);
  const allowed =
    opts.allowedOrigins ??
    (process.env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const limit = opts.maxBodyBytes ?? maxUploadBytes + 256 * 1024;
  // The handlers read only the path and query; the Host header is the client's word and is not used.
  const origin = 'http://127.0.0.1';

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req.headers.origin, allowed);
    const method = (req.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(req.url?.startsWith('/') ? origin + req.url : (req.url ?? '/'), origin);
    } catch {
      send(res, 400, cors, 'bad_request');
      return;
    }
    try {
      if (method === 'OPTIONS') {
        if (Object.keys(cors).length) res.writeHead(204, cors).end();
        // a preflight from an unlisted origin gets no CORS headers, so the browser refuses the call
        else if (req.headers.origin) send(res, 403, {}, 'origin_not_allowed');
        else if (allowedMethods(url.pathname).length)
          res.writeHead(204, { allow: [...allowedMethods(url.pathname), 'OPTIONS'].join(', ') }).end();
        else send(res, 404, {}, 'not_found');
        req.resume();
        return;
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const body = hasBody ? await readBody(req, limit) : undefined;
      if (body?.kind === 'gone') return;
      if (body?.kind === 'too-large') {
        send(res, 413, body.drained ? cors : { ...cors, connection: 'close' }, 'payload_too_large');
        if (!body.drained) res.on('finish', () => req.socket.destroy());
        return;
      }
      let response: Response | undefined;
      if (unfetchable.has(method)) response = wrongMethod(url.pathname);
      else {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) {
          if (v === undefined) continue;
          for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
        }
        const request = new Request(url, {
          // HEAD is GET without the body, which node:http leaves out by itself
          method: method === 'HEAD' ? 'GET' : method,
          headers,
          body: body?.kind === 'ok' && body.bytes.length ? new Uint8Array(body.bytes) : hasBody ? null : undefined,
        });
        response = await getResponse(list, request, { baseUrl: origin, quiet: true });
      }
      if (!response) {
        send(res, 404, cors, 'not_found');
        return;
      }
      if (response.type === 'error') {
        // msw's network-error fault: drop the connection as a real outage would.
        req.socket.destroy();
        return;
      }
      const out: Record<string, string> = { ...cors };
      response.headers.forEach((v, k) => {
        out[k] = v;
      });
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      // only a bug of the mock lands here; the answer still has the contract's shape
      console.error('[mock-server]', e);
      if (!res.headersSent) send(res, 500, cors, 'internal_error');
      else res.destroy();
    }
  });
  server.on('clientError', onClientError);
  // CONNECT never reaches the request handler; without this node:http would drop the connection.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.end(rawAnswer(405, 'method_not_allowed', { allow: 'GET, POST, DELETE, OPTIONS' }));
  });
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 9090);
  const server = createMockServer();
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    const actual = addr && typeof addr === 'object' ? addr.port : port;
    console.log(`VssID mock API on http://127.0.0.1:${actual}/api (OpenAPI: /api/openapi.json)`);
  });
}
