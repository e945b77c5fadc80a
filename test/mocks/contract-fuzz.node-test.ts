// A fuzz suite from the contract (issue 11, point 5): walks /api/openapi.json as served by the mock server
// and sends every operation, signed in and not, thousands of hostile requests: each body field and query
// parameter replaced by wrong types and hostile strings, broken JSON, broken percent-escapes, oversized
// URLs, garbage bearer tokens, wrong methods and paths. Every answer must be a 2xx or a 4xx, a 4xx with a
// JSON {code, message}; none a 5xx, a dropped connection or a hang, and the server answers afterwards.
// Seeded, bounded in count and time, loopback only; the server runs in its own process, as a stranger's
// client meets it. Run by scripts/test-node.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { mulberry32, pick } from '../security/random.js';
import { startChildServer, type ChildServer } from './child-server.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261206);
const concurrency = 6;
const perRequestMs = 15_000;

type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  json?: Json; // the JSON body's schema
  multipart: boolean;
  params: { name: string; required: boolean; schema: Json }[];
  secured: boolean;
}
interface Case {
  label: string;
  method: string;
  /** Path and query, sent as is (broken escapes included). */
  target: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Raw bytes over a socket, for what fetch refuses to send. */
  raw?: string;
  auth?: 'none' | 'valid' | 'garbage';
}

// ---------------------------------------------------------------- the hostile corpus

const long = 'x'.repeat(20_000);
/** Hostile strings by kind; each field gets a seeded pick of every kind (see `stringsFor`). */
const hostileKinds: Record<string, string[]> = {
  blank: ['', ' ', '\t\n', '\ufeff'],
  huge: [long, '9'.repeat(20_000), ' '.repeat(20_000) + 'a', 'a'.repeat(19_999) + '!', 'a\u0301'.repeat(10_000)],
  control: ['\u0000', 'a\u0000b', '\u0001\u0002\u001f\u007f', '\r\nSet-Cookie: x=1', '\u2028\u2029', '\u202eevil'],
  unicode: [
    '😀',
    '👨‍👩‍👧‍👦'.repeat(50),
    'Nguyễn Văn 😀',
    '\ud800',
    '\udfff\ud800',
    'ĐĂNG KÝ',
    '１２３４５６７８９０',
    '٠١٢٣٤٥٦٧٨٩',
  ],
  traversal: [
    '../../../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/api/../api/me',
    'file:///etc/passwd',
  ],
  injection: ["' OR '1'='1", '1; DROP TABLE users; --', '" OR ""="', '{"$gt": ""}', '$where: 1', '{{7*7}}', '${7*7}'],
  markup: [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
  ],
  prototype: ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'],
  lookalike: [
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '0x1F',
    'null',
    'undefined',
    'true',
    '0987654321',
    '  0987654321  ',
    '7901234567',
  ],
  dates: ['2024-02-30', '9999-99-99', '-000001-01-01', '2026-13-01T25:61:61Z', '1900-01-01'],
  escapes: ['%', '%zz', '%E0%A4%A', '%00'],
};
const hostileStrings = Object.values(hostileKinds).flat();
/** `n` different items, picked by the seeded PRNG. */
function pickSome<T>(rand: () => number, items: readonly T[], n: number): T[] {
  const rest = [...items];
  return Array.from({ length: Math.min(n, rest.length) }, () => rest.splice(Math.floor(rand() * rest.length), 1)[0]!);
}

/** One of every kind, picked by the seeded PRNG (another seed, other strings: FUZZ_SEED=n). */
function stringsFor(rand: () => number): string[] {
  return Object.values(hostileKinds).flatMap((kind) => pickSome(rand, kind, 1));
}
const hostileValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [1, 2],
  ['x'],
  [null],
  [[[[]]]],
  {},
  { $gt: '' },
  { __proto__: null, admin: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { toString: 'x', valueOf: 1 },
  Array.from({ length: 2000 }, (_, i) => i),
];
const brokenJson: (string | Uint8Array)[] = [
  '',
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  "{'a': 1}",
  '[',
  'undefined',
  'NaN',
  '{"a": NaN}',
  '{"a": 01}',
  '{"a":"\\x"}',
  '"unterminated',
  '\u0000',
  '{"a":1}}',
  '{"a":1} trailing',
  '\ufeff{}',
  '['.repeat(50_000) + ']'.repeat(50_000),
  '{"a":' + '['.repeat(20_000),
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  new Uint8Array([0xc0, 0xaf]),
];
const brokenEscapes = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%u0041',
  '%2',
  'a%',
  '%25%',
  '%%%',
];
const garbageTokens = [
  'Bearer',
  'Bearer ',
  'Bearer x',
  'Bearer ' + 'A'.repeat(8000),
  'Bearer a b',
  'bearer st_nope',
  'Basic dXNlcjpwYXNz',
  'Bearer __proto__',
  'Bearer constructor',
  'Bearer toString',
  "Bearer ' OR 1=1",
  'Bearer <script>',
  'Bearer \u00ff\u00fe',
  'Bearer null',
  'Bearer undefined',
  'Bearer st_' + '0'.repeat(48),
  'Token abc',
  '',
  ' ',
  'Bearer\tx',
];
// (TRACE and CONNECT, which fetch refuses to send, go raw: see globalCases)
const wrongMethods = ['PUT', 'PATCH', 'DELETE', 'POST', 'GET', 'HEAD', 'OPTIONS', 'FOO'];
const hostilePaths = [
  '/api/',
  '/api',
  '/api/%E0%A4%A',
  '/api/%',
  '/api/%zz',
  '/api/me%00',
  '/api/me/',
  '/api//me',
  '/api/me/../provinces',
  '/api/%2e%2e/%2e%2e/etc/passwd',
  '/api/provinces/..%2f..%2f',
  '/api/' + 'a'.repeat(10_000),
  '/api/__proto__',
  '/api/constructor',
  '/api/me/visits/..',
  '/api/uploads/../../',
  '/api/provinces?' + 'q='.repeat(2000),
  '/api/😀',
  '/api/provinces#frag',
  '/%2e%2e/api/me',
  '/api/dev/../me',
  '/api/auth/login;jsessionid=1',
  '/api/ME',
  '/API/provinces',
];

// ---------------------------------------------------------------- the contract

function resolve(schema: Json, doc: Json): Json {
  if (schema.$ref) return resolve(doc.components.schemas[String(schema.$ref).split('/').pop()!], doc);
  return schema;
}

/** A value of the right type for `schema` (the right shape, not necessarily accepted by the rules). */
function sample(schema: Json, doc: Json): unknown {
  const s = resolve(schema, doc);
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf || s.oneOf) return sample((s.anyOf ?? s.oneOf)[0], doc);
  switch (s.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries((s.properties ?? {}) as Record<string, Json>).map(([k, v]) => [k, sample(v, doc)]),
      );
    case 'array':
      return [];
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    default: {
      if (s.format === 'date') return '1990-05-17';
      if (s.format === 'date-time') return new Date().toISOString();
      const digits = /^\^\\d\{(\d+)\}\$$/.exec(s.pattern ?? '');
      return digits ? '1'.repeat(Number(digits[1])) : 'x';
    }
  }
}

/** Every field of an object schema, nested ones as paths. */
function fieldPaths(schema: Json, doc: Json, prefix: string[] = []): string[][] {
  const s = resolve(schema, doc);
  if (s.type !== 'object' || !s.properties) return [];
  return Object.entries(s.properties as Record<string, Json>).flatMap(([k, v]) => [
    [...prefix, k],
    ...fieldPaths(v, doc, [...prefix, k]),
  ]);
}

function setPath(target: Json, path: string[], value: unknown): Json {
  const out = structuredClone(target);
  let at = out;
  for (const k of path.slice(0, -1)) at = at[k];
  Object.defineProperty(at, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function operations(doc: Json): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        json: content['application/json']?.schema,
        multipart: !!content['multipart/form-data'],
        params: (op.parameters ?? []).filter((p: Json) => p.in === 'query'),
        secured: !!op.security?.length,
      });
    }
  }
  return ops;
}

function jpeg(size = 64): Uint8Array {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
}

/** Query text from name/value pairs; values already escaped (or deliberately broken) are passed as is. */
function queryOf(pairs: [string, string][]): string {
  return pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '';
}
function escape(v: string): string {
  return new URLSearchParams({ v }).toString().slice(2); // lone surrogates become U+FFFD instead of throwing
}

// ---------------------------------------------------------------- the cases

function casesFor(op: Operation, doc: Json, rand: () => number): Case[] {
  const out: Case[] = [];
  const authFor = (): Case['auth'] => {
    const r = rand();
    return op.secured
      ? r < 0.6
        ? 'valid'
        : r < 0.8
          ? 'garbage'
          : 'none'
      : r < 0.2
        ? 'valid'
        : r < 0.3
          ? 'garbage'
          : 'none';
  };
  const baseQuery: [string, string][] = op.params
    .filter((p) => p.required)
    .map((p) => [p.name, escape(String(sample(p.schema, doc)))]);
  const target = op.path + queryOf(baseQuery);
  const json = (label: string, body: string | Uint8Array, type = 'application/json'): Case => ({
    label: `${op.method} ${op.path} ${label}`,
    method: op.method,
    target,
    headers: { 'content-type': type },
    body,
    auth: authFor(),
  });

  // who is asking: nobody, a citizen, and six garbage tokens (seeded; the other cases add more at random)
  out.push({
    label: `${op.method} ${op.path} signed out`,
    method: op.method,
    target,
    auth: 'none',
    ...(op.json ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(sample(op.json, doc)) } : {}),
  });
  out.push({
    label: `${op.method} ${op.path} signed in`,
    method: op.method,
    target,
    auth: 'valid',
    ...(op.json ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(sample(op.json, doc)) } : {}),
  });
  for (const token of pickSome(rand, garbageTokens, 6))
    out.push({
      label: `${op.method} ${op.path} authorization ${JSON.stringify(token.slice(0, 40))}`,
      method: op.method,
      target,
      headers: { authorization: token },
    });

  // the JSON body: each field replaced, removed, the whole body replaced, broken, mislabelled, oversized
  if (op.json) {
    const base = sample(op.json, doc) as Json;
    for (const path of fieldPaths(op.json, doc)) {
      for (const v of [...hostileValues, ...stringsFor(rand)])
        out.push(
          json(`${path.join('.')} = ${JSON.stringify(v)?.slice(0, 40)}`, JSON.stringify(setPath(base, path, v))),
        );
      const without = structuredClone(base);
      let at = without;
      for (const k of path.slice(0, -1)) at = at[k];
      delete at[path.at(-1)!];
      out.push(json(`without ${path.join('.')}`, JSON.stringify(without)));
    }
    for (const key of ['__proto__', 'constructor', 'prototype', '$where', ''])
      out.push(
        json(`extra key ${key}`, JSON.stringify(base).replace(/^\{/, `{${JSON.stringify(key)}: {"polluted": true}, `)),
      );
    for (const v of [...hostileValues.slice(0, 16), 'text', long])
      out.push(json(`body = ${JSON.stringify(v)?.slice(0, 40)}`, JSON.stringify(v)));
    for (const text of brokenJson) out.push(json(`broken JSON ${JSON.stringify(String(text)).slice(0, 30)}`, text));
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/json; charset=latin1',
      'application/jsonx',
      '',
    ])
      out.push(json(`content-type ${JSON.stringify(type)}`, JSON.stringify(base), type));
    out.push(json('100 kB body', JSON.stringify({ ...base, pad: 'x'.repeat(100_000) })));
  }

  // a multipart upload: the file replaced by text, nothing, the wrong bytes, hostile names, broken forms
  if (op.multipart) {
    const form = (fill: (f: FormData) => void): FormData => {
      const f = new FormData();
      fill(f);
      return f;
    };
    const forms: [string, FormData][] = [
      ['a JPEG', form((f) => f.append('file', new Blob([jpeg() as BlobPart], { type: 'image/jpeg' }), 'a.jpg'))],
      ['no file', form((f) => f.append('other', 'x'))],
      ['file as text', form((f) => f.append('file', long))],
      ['empty file', form((f) => f.append('file', new Blob([]), 'a.jpg'))],
      [
        'text file',
        form((f) => f.append('file', new Blob(['<script>alert(1)</script>'], { type: 'image/jpeg' }), 'a.jpg')),
      ],
      [
        'two files',
        form((f) => {
          f.append('file', new Blob([jpeg() as BlobPart]), 'a.jpg');
          f.append('file', new Blob(['x']), 'b.jpg');
        }),
      ],
    ];
    for (const name of hostileStrings.filter((s) => s.length < 100))
      forms.push([
        `file named ${JSON.stringify(name)}`,
        form((f) => f.append('file', new Blob([jpeg() as BlobPart], { type: 'image/jpeg' }), name)),
      ]);
    for (const [label, body] of forms)
      out.push({ label: `${op.method} ${op.path} ${label}`, method: op.method, target, body, auth: authFor() });
    for (const [label, type, body] of [
      ['no boundary', 'multipart/form-data', '--x\r\n\r\n'],
      [
        'broken form',
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
      ],
      ['garbage', 'multipart/form-data; boundary=x', '\u0000\u0001garbage'],
      ['JSON instead', 'application/json', '{"file": "x"}'],
    ] as const)
      out.push({
        label: `${op.method} ${op.path} ${label}`,
        method: op.method,
        target,
        headers: { 'content-type': type },
        body,
        auth: authFor(),
      });
  }

  // the query: each parameter hostile, broken percent-escapes in values and names, repeated, oversized
  for (const p of op.params) {
    const others = baseQuery.filter(([k]) => k !== p.name);
    const q = (label: string, pairs: [string, string][]): Case => ({
      label: `${op.method} ${op.path} ?${p.name} ${label}`,
      method: op.method,
      target: op.path + queryOf(pairs),
      auth: authFor(),
    });
    for (const v of stringsFor(rand))
      out.push(q(`= ${JSON.stringify(v).slice(0, 40)}`, [...others, [p.name, escape(v)]]));
    for (const broken of brokenEscapes) out.push(q(`= raw ${broken}`, [...others, [p.name, broken]]));
    out.push(q('twice', [...others, [p.name, escape(String(sample(p.schema, doc)))], [p.name, 'x']]));
    out.push(q('name broken', [...others, [`${p.name}%`, 'x'], ['%zz', '1']]));
    out.push(q('12 kB', [...others, [p.name, 'x'.repeat(12_000)]]));
    out.push(q('over the header limit', [...others, [p.name, 'x'.repeat(40_000)]]));
  }
  out.push({
    label: `${op.method} ${op.path} broken query`,
    method: op.method,
    target: op.path + '?%&&==%zz&a=%E0%A4%A&' + '&'.repeat(100),
    auth: authFor(),
  });

  // the other methods on this path
  for (const m of wrongMethods.filter((m) => m !== op.method))
    out.push({
      label: `${m} ${op.path}`,
      method: m,
      target,
      auth: authFor(),
      ...(m === 'POST' || m === 'PUT' || m === 'PATCH'
        ? { body: '{}', headers: { 'content-type': 'application/json' } }
        : {}),
    });
  return out;
}

function globalCases(rand: () => number): Case[] {
  const out: Case[] = hostilePaths.map((p) => ({
    label: `GET ${p.slice(0, 60)}`,
    method: 'GET',
    target: p,
    auth: pick(rand, ['none', 'valid'] as const),
  }));
  // what fetch will not send: a raw request line, NUL and spaces in the target, bad versions, broken headers
  for (const raw of [
    'GET /api/me\u0000 HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /api/provinces HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
    'GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET http://[::/api/provinces HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET http://evil.example/api/provinces HTTP/1.1\r\nHost: evil.example\r\n\r\n',
    'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /api/provinces HTTP/1.1\r\nHost: [::\r\n\r\n',
    'GET /api/provinces HTTP/1.1\r\nHost: a b c\r\n\r\n',
    'GET /api/provinces HTTP/1.1\r\nHost: x\r\nX-Bad\u00ff: 1\r\n\r\n',
    'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n',
    'TRACE /api/me HTTP/1.1\r\nHost: x\r\n\r\n',
    'TRACK /api/auth/login HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /api/provinces HTTP/1.0\r\n\r\n',
    `GET /api/provinces HTTP/1.1\r\nHost: x\r\nCookie: ${'c'.repeat(40_000)}\r\n\r\n`,
    'HELLO\r\n\r\n',
  ])
    out.push({ label: `raw ${JSON.stringify(raw.slice(0, 50))}`, method: '', target: '', raw });
  return out;
}

// ---------------------------------------------------------------- sending and judging

interface Answer {
  status: number;
  type: string;
  text: string;
}

function sendRaw(port: number, bytes: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const type = /^content-type:\s*(.*)$/im.exec(head)?.[1] ?? '';
      let body = rest.join('\r\n\r\n');
      if (/^transfer-encoding:\s*chunked/im.test(head)) {
        let whole = '';
        for (let at = 0; ;) {
          const eol = body.indexOf('\r\n', at);
          const size = parseInt(body.slice(at, eol), 16);
          if (!(size > 0)) break;
          whole += body.slice(eol + 2, eol + 2 + size);
          at = eol + 2 + size + 2;
        }
        body = whole;
      }
      resolve({ status: Number(head.split(' ')[1]), type, text: Buffer.from(body, 'latin1').toString('utf8') });
    });
    socket.setTimeout(perRequestMs, () => socket.destroy(new Error('no answer in time')));
    socket.end(bytes.replace('\r\n', '\r\nConnection: close\r\n'));
  });
}

async function send(
  base: string,
  port: number,
  c: Case,
  token: () => Promise<string>,
  rand: () => number,
): Promise<Answer> {
  if (c.raw) return sendRaw(port, c.raw);
  const headers: Record<string, string> = { ...c.headers };
  if (c.auth === 'valid') headers.authorization = `Bearer ${await token()}`;
  if (c.auth === 'garbage') headers.authorization = pick(rand, garbageTokens);
  const res = await fetch(base + c.target, {
    method: c.method,
    headers,
    body: c.method === 'GET' || c.method === 'HEAD' ? undefined : (c.body as BodyInit | undefined),
    signal: AbortSignal.timeout(perRequestMs),
    redirect: 'manual',
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Why an answer breaks the rule, or null when it keeps it. */
function judge(c: Case, a: Answer): string | null {
  if (!(a.status >= 200 && a.status < 300) && !(a.status >= 400 && a.status < 500)) return `status ${a.status}`;
  const bodiless = c.method === 'HEAD' || a.status === 204;
  if (bodiless) return a.text === '' ? null : 'a body where none belongs';
  if (!/application\/json/.test(a.type)) return `content-type ${JSON.stringify(a.type)}`;
  let body: unknown;
  try {
    body = JSON.parse(a.text);
  } catch {
    return `not JSON: ${a.text.slice(0, 80)}`;
  }
  if (a.status >= 400) {
    const e = body as { code?: unknown; message?: unknown };
    if (typeof e?.code !== 'string' || typeof e.message !== 'string' || !e.message)
      return `error without {code, message}: ${a.text.slice(0, 120)}`;
  }
  return null;
}

/** CPU seconds a process has used (Linux /proc; NaN elsewhere), to tell the suite's cost from a busy machine's. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function pool<T>(items: T[], n: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

describe('contract fuzz: the mock server from /api/openapi.json', () => {
  let server: ChildServer;
  before(async () => {
    server = await startChildServer();
  });
  after(() => server.stop());

  it(
    'answers every hostile request with a 2xx or a 4xx carrying a JSON code, and keeps answering',
    { timeout: 180_000 },
    async () => {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const serverCpuStarted = cpuSeconds(server.child.pid);
      const rand = mulberry32(seed);
      const { base, port } = server;
      const doc = (await (await fetch(base + '/api/openapi.json')).json()) as Json;
      const ops = operations(doc);
      assert.ok(ops.length >= 19, `the contract lists ${ops.length} operations`);

      // a fresh citizen session per operation, so that logging out (or anything else) spoils only its own
      const tokens = new Map<string, Promise<string>>();
      const login = async (): Promise<string> => {
        const r = await fetch(base + '/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ socialInsuranceCode: '7901234567', password: 'VssID@2026' }),
        });
        assert.equal(r.status, 200, 'the demo citizen can sign in');
        return ((await r.json()) as { token: string }).token;
      };

      const cases = [
        ...ops.flatMap((op) => casesFor(op, doc, rand).map((c) => ({ c, op: `${op.method} ${op.path}` }))),
        ...globalCases(rand).map((c) => ({ c, op: 'global' })),
      ];
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      await pool(cases, concurrency, async ({ c, op }, i) => {
        const token = () => {
          if (!tokens.has(op)) tokens.set(op, login());
          return tokens.get(op)!;
        };
        let why: string | null;
        try {
          const a = await send(base, port, c, token, mulberry32(seed + i));
          statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
          why = judge(c, a);
        } catch (e) {
          const err = e as Error & { cause?: { code?: string; message?: string } };
          why = `no answer: ${err.cause?.code ?? err.cause?.message ?? err.message}`;
        }
        if (why) failures.push(`#${i} ${c.label}: ${why}`);
      });

      const after = await fetch(base + '/api/provinces');
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const used = process.cpuUsage(cpuStarted);
      const cpu = ((used.user + used.system) / 1e6 + cpuSeconds(server.child.pid) - serverCpuStarted).toFixed(1);
      const spread = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      console.log(
        `contract fuzz: ${cases.length} requests over ${ops.length} operations in ${seconds} s (${cpu} s of CPU, client and server; seed ${seed}): ${spread}`,
      );
      assert.ok(cases.length >= 2000, `only ${cases.length} requests`);
      assert.deepEqual(
        failures.slice(0, 25),
        [],
        `${failures.length} of ${cases.length} answers broke the rule (seed ${seed})`,
      );
      assert.equal(after.status, 200, 'the server still answers');
      assert.equal(server.child.exitCode, null, 'the server process is still running');
      assert.doesNotMatch(server.stderr(), /\[mock-server\]|\[vssid mocks\]/, 'the server logged a bug of its own');
    },
  );
});
