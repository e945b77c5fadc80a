// Test-side control of the mock backend running in this page's service worker (the /api/dev endpoints).
import { worker } from '@vssid/mocks/browser';

let started: Promise<unknown> | undefined;
/** Starts the MSW worker once per test file. */
export function startBackend(): Promise<unknown> {
  if (!started) started = worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return started;
}

async function dev(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(`/api/dev/${path}`, {
    ...init,
    headers: init.body ? { 'content-type': 'application/json' } : undefined,
  });
  if (!res.ok) throw new Error(`dev ${path}: ${res.status}`);
  return res;
}

/** Clean state: accounts, dossiers, outbox, faults and clock as at start. */
export async function resetBackend(): Promise<void> {
  await dev('reset', { method: 'POST' });
  sessionStorage.clear();
}

export interface OutboxSms {
  to: string;
  text: string;
  sentAt: string;
}
/** The SMS outbox, newest first. */
export async function outbox(phone?: string): Promise<OutboxSms[]> {
  const res = await dev(phone ? `sms?phone=${encodeURIComponent(phone)}` : 'sms');
  return (await res.json()) as OutboxSms[];
}
/** The 6-digit code of the newest OTP SMS sent to `phone`. */
export async function latestOtp(phone: string): Promise<string> {
  for (const sms of await outbox(phone)) {
    const m = /\b(\d{6})\b/.exec(sms.text);
    if (m && /OTP/i.test(sms.text)) return m[1]!;
  }
  throw new Error(`no OTP SMS for ${phone}`);
}
/** The password from the newest account SMS sent to `phone` (the password is the last word). */
export async function latestPassword(phone: string): Promise<string> {
  for (const sms of await outbox(phone)) {
    const m = /Mat khau: (\S+)$/.exec(sms.text);
    if (m) return m[1]!;
  }
  throw new Error(`no account SMS for ${phone}`);
}

export type FaultKind = 'latency' | 'network' | 'status' | 'malformed-json' | 'schema-break';
export interface Fault {
  path: string;
  kind: FaultKind;
  status?: number;
  delayMs?: number;
  times?: number;
}
export async function injectFault(fault: Fault): Promise<void> {
  await dev('faults', { method: 'POST', body: JSON.stringify(fault) });
}
export async function clearFaults(): Promise<void> {
  await dev('faults', { method: 'DELETE' });
}
export async function advanceClock(ms: number): Promise<void> {
  await dev('clock', { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
}
export async function approveDossier(dossierNumber: string): Promise<void> {
  await dev('registrations/approve', { method: 'POST', body: JSON.stringify({ dossierNumber }) });
}
