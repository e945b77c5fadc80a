// Plain-fetch helpers for the mock backend tests (the core client is tested on its own).
import { expect } from '@esm-bundle/chai';
import { worker } from '@vssid/mocks/browser';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';

let started: Promise<unknown> | undefined;

/**
 * Starts the mock backend in the page, as a suite's `before` hook. Outside Chromium it skips the suite, with the
 * reason printed: these suites test the mock's own HTTP contract, which does not depend on the engine (every
 * element test still runs against the mock in all three, and the Node suites run the same handlers as a server),
 * and in WebKit they took about a minute a file, over the 30-minute budget of the whole run.
 */
export async function startWorker(this: Mocha.Context): Promise<unknown> {
  if (engine !== 'chromium') {
    const suite = this.test?.parent?.fullTitle() ?? 'mock backend suite';
    await executeServerCommand('vss-engine-skip', { test: suite, reason: MOCK_CONTRACT_IN_CHROMIUM });
    this.skip();
  }
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return started;
}

const MOCK_CONTRACT_IN_CHROMIUM =
  "the mock backend's own contract, independent of the engine: run in Chromium (and as a server in Node)";

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = any>(method: string, path: string, body?: unknown, token?: string): Promise<Res<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export const reset = async () => expect((await api('POST', '/api/dev/reset')).status).to.equal(204);
export const advance = async (ms: number) =>
  expect((await api('POST', '/api/dev/clock', { advanceMs: ms })).status).to.equal(200);
export async function outbox(phone: string): Promise<{ to: string; text: string; sentAt: string }[]> {
  return (await api('GET', `/api/dev/sms?phone=${encodeURIComponent(phone)}`)).body;
}
export async function lastOtp(phone: string): Promise<string> {
  const m = /Ma OTP cua ban la (\d{6}),/.exec((await outbox(phone))[0]?.text ?? '');
  if (!m) throw new Error('no OTP SMS');
  return m[1]!;
}
export async function login(code: string, password: string): Promise<string> {
  const r = await api('POST', '/api/auth/login', { socialInsuranceCode: code, password });
  expect(r.status, JSON.stringify(r.body)).to.equal(200);
  return r.body.token;
}

export function bytes(head: number[], size = 64): Uint8Array {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
}
export const jpeg = () => bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
export const png = () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const heic = () => bytes([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]);

export async function upload(data: Uint8Array, type = 'image/jpeg', name = 'a.jpg'): Promise<Res> {
  const form = new FormData();
  form.append('file', new File([data as BlobPart], name, { type }));
  const res = await fetch('/api/uploads', { method: 'POST', body: form });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** A verified phone: OTP requested, read from the outbox, confirmed. */
export async function phoneToken(phone: string): Promise<string> {
  expect((await api('POST', '/api/registrations/otp', { phone })).status).to.equal(202);
  const r = await api('POST', '/api/registrations/otp/verify', { phone, otp: await lastOtp(phone) });
  expect(r.status).to.equal(200);
  return r.body.phoneToken;
}

/** A complete, valid declaration (CCCD consistent with a man born 1995, Hà Nội birth registration). */
export async function declaration(over: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const phone = (over.phone as string) ?? '0987654321';
  const [p, f, b] = await Promise.all([upload(jpeg()), upload(png(), 'image/png', 'f.png'), upload(jpeg())]);
  return {
    fullName: 'Nguyễn Văn Bình',
    dateOfBirth: '1995-04-12',
    sex: 'male',
    socialInsuranceCode: '0101234567',
    idType: 'cccd',
    idNumber: '001095123456',
    idIssueDate: '2021-06-01',
    idIssuePlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    address: 'Số 5 phố Huế, phường Hai Bà Trưng, Hà Nội',
    email: 'binh.nguyen@example.vn',
    phone,
    phoneToken: over.phoneToken ?? (await phoneToken(phone)),
    officeCode: '01027',
    photos: { portrait: p.body.id, idFront: f.body.id, idBack: b.body.id },
    consent: true,
    ...over,
  };
}

/** Zod-mini parse that reports the issues in the assertion message. */
export function assertSchema(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
): void {
  const r = schema.safeParse(value);
  expect(r.success, JSON.stringify((r.error as { issues?: unknown })?.issues ?? '').slice(0, 500)).to.equal(true);
}
