/**
 * The same handlers as a real HTTP server on 127.0.0.1 (no express): msw's `getResponse` per request on
 * node:http. CORS only for origins listed in ALLOWED_ORIGINS; bodies over the limit get 413 before parsing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getResponse, type RequestHandler } from 'msw';
import { maxUploadBytes } from '@vssid/core';
import { createBackend, type MockBackend } from './backend.js';
import { createHandlers } from './handlers.js';

export interface MockServerOptions {
  backend?: MockBackend;
  handlers?: RequestHandler[];
  /** Origins allowed by CORS; defaults to ALLOWED_ORIGINS (comma-separated). */
  allowedOrigins?: string[];
  /** Largest request body in bytes (an upload plus multipart overhead). */
  maxBodyBytes?: number;
}

const tooLarge = JSON.stringify({ code: 'payload_too_large', message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' });

/** Reads the whole body, or null once it exceeds `limit` (the rest is drained, not stored). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-expose-headers': 'retry-after',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

export function createMockServer(opts: MockServerOptions = {}): Server {
  const backend = opts.backend ?? createBackend({ persist: false });
  const list = opts.handlers ?? createHandlers(backend);
  const allowed =
    opts.allowedOrigins ?? (process.env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const limit = opts.maxBodyBytes ?? maxUploadBytes + 256 * 1024;

  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req.headers.origin, allowed);
    try {
      if (req.method === 'OPTIONS') {
        // A preflight from an unlisted origin gets no CORS headers, so the browser refuses the call.
        res.writeHead(Object.keys(cors).length ? 204 : 403, cors).end();
        return;
      }
      if (Number(req.headers['content-length'] ?? 0) > limit) {
        res.writeHead(413, { ...cors, 'content-type': 'application/json', connection: 'close' }).end(tooLarge);
        req.resume();
        return;
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const body = hasBody ? await readBody(req, limit) : undefined;
      if (body === null) {
        res.writeHead(413, { ...cors, 'content-type': 'application/json' }).end(tooLarge);
        return;
      }
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v === undefined) continue;
        for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
      }
      const request = new Request(new URL(req.url ?? '/', origin), {
        method: req.method,
        headers,
        body: body && body.length ? new Uint8Array(body) : hasBody ? null : undefined,
      });
      const response = await getResponse(list, request, { baseUrl: origin, quiet: true });
      if (!response) {
        res.writeHead(404, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'not_found', message: 'Không tìm thấy.' }));
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
      if (!res.headersSent) res.writeHead(500, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal_error', message: 'Hệ thống đang bận, vui lòng thử lại sau.' }));
      console.error('[mock-server]', e);
    }
  });
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
