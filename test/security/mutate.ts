// The mutations of the malformed-response fuzzers (client and elements): "almost right" data, as a
// buggy backend or a proxy produces it. Seeded through `rand`, so a failing case can be replayed.
import { pick } from './random.js';

export const weird: unknown[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x'.repeat(5000),
  true,
  [],
  {},
  [[[]]],
  { __proto__: { polluted: 1 } },
  '<img src=x onerror=alert(1)>',
  NaN,
];

export function mutate(value: unknown, rand: () => number, depth = 0): unknown {
  if (depth > 6) return value;
  if (Array.isArray(value)) {
    const r = rand();
    if (r < 0.15) return pick(rand, weird);
    if (r < 0.3) return [];
    if (r < 0.4) return [...value, pick(rand, weird)];
    return value.map((v) => (rand() < 0.5 ? mutate(v, rand, depth + 1) : v));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const r = rand();
    if (r < 0.1) return pick(rand, weird);
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      const q = rand();
      if (q < 0.12) continue; // dropped key
      if (q < 0.3) out[k] = pick(rand, weird);
      else if (q < 0.55) out[k] = mutate(v, rand, depth + 1);
      else out[k] = v;
    }
    if (rand() < 0.1) out[`extra${Math.floor(rand() * 100)}`] = pick(rand, weird);
    return out;
  }
  if (typeof value === 'string') {
    const r = rand();
    if (r < 0.3) return value.slice(0, Math.floor(rand() * value.length));
    if (r < 0.5) return value + pick(rand, ['\u0000', '\uFFFF', '"', '🙂', '\u202e']);
    if (r < 0.7) return Number(value.length);
    return pick(rand, weird);
  }
  if (typeof value === 'number') return rand() < 0.5 ? -value : pick(rand, ['12', null, Infinity, value + 0.5]);
  return pick(rand, weird);
}

export function bodyText(sample: unknown, rand: () => number): { status: number; text: string; type: string } {
  const r = rand();
  const json = JSON.stringify(mutate(sample, rand)) ?? 'null';
  if (r < 0.55) return { status: 200, text: json, type: 'application/json' };
  if (r < 0.65)
    return {
      status: 200,
      text: json.slice(0, Math.max(1, Math.floor(rand() * json.length))),
      type: 'application/json',
    };
  if (r < 0.7) return { status: 200, text: '<html><body>Bad gateway</body></html>', type: 'text/html' };
  if (r < 0.75) return { status: 200, text: '', type: 'application/json' };
  if (r < 0.8) {
    const bytes = Array.from({ length: 64 }, () => String.fromCharCode(Math.floor(rand() * 256)));
    return { status: 200, text: bytes.join(''), type: 'application/octet-stream' };
  }
  const status = pick(
    rand,
    [400, 401, 403, 404, 409, 410, 413, 415, 422, 423, 429, 500, 501, 502, 503, 504, 302, 204, 201],
  );
  const errBody = mutate(
    { code: 'x', message: 'Lỗi', fields: { a: 'b' }, attemptsLeft: 2, lockedUntil: '2026-01-01T00:00:00Z' },
    rand,
  );
  return { status, text: rand() < 0.8 ? (JSON.stringify(errBody) ?? '') : 'oops', type: 'application/json' };
}
