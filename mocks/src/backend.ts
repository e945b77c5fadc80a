/**
 * The mock backend's state: everything a request can change, as one JSON-serialisable object, so the
 * browser can keep it in sessionStorage across a reload. Generated people are not state: they are derived
 * from their code on demand.
 */
import type { ProofClaims, ProofJwk, Sms } from '@vssid/core';
import { demoAccounts, pendingDemoDossier } from './data/demo.js';
import { generatePerson, type Declared } from './data/people.js';

export interface AccountState {
  password: string;
  mustChangePassword: boolean;
}
export interface LoginFailures {
  count: number;
  lockedUntil: number | null;
}
export interface SessionState {
  code: string;
  expiresAt: number;
}
export interface OtpState {
  code: string;
  phone: string;
  expiresAt: number;
  attemptsLeft: number;
}
export interface PhoneTokenState {
  phone: string;
  expiresAt: number;
}
export interface DossierState {
  dossierNumber: string;
  socialInsuranceCode: string;
  status: 'received' | 'approved' | 'rejected';
  officeCode: string;
  submittedAt: string;
  decidedAt?: string;
  declared: Declared;
}
export interface UploadState {
  id: string;
  mediaType: 'image/jpeg' | 'image/png' | 'image/heic';
  size: number;
  uploadedAt: number;
}
export type FaultKind = 'latency' | 'network' | 'status' | 'malformed-json' | 'schema-break';
export interface FaultState {
  path: string;
  kind: FaultKind;
  status?: number;
  delayMs?: number;
  /** Requests still affected; null = unlimited. */
  remaining: number | null;
}

/** A proof-signing key (ES256). Its private half is kept as a JWK so the state stays JSON. */
export interface ProofKeyState {
  kid: string;
  /** Dropped when the key is retired: a retired key only verifies. */
  privateJwk: JsonWebKey | null;
  publicJwk: ProofJwk;
  createdAt: number;
  /** When a rotation replaced it; null for the key that signs now. */
  retiredAt: number | null;
}
export interface ProofState {
  id: string;
  /** The holder's social-insurance code; never in the token. */
  code: string;
  token: string;
  claims: ProofClaims;
  kid: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export interface MockState {
  version: 1;
  /** Added to Date.now(): POST /api/dev/clock moves time forward without waiting. */
  clockOffsetMs: number;
  /** The data's "today" (YYYY-MM-DD), fixed at reset so generated dates stay put across a reload. */
  dataDate: string;
  accounts: Record<string, AccountState>;
  loginFailures: Record<string, LoginFailures>;
  sessions: Record<string, SessionState>;
  /** Keyed `register:<phone>` or `reset:<code>`. */
  otps: Record<string, OtpState>;
  phoneTokens: Record<string, PhoneTokenState>;
  dossiers: Record<string, DossierState>;
  /** Next sequence per `<office>/<year>`. */
  dossierSeq: Record<string, number>;
  /** Identity declared at registration, shown once the account exists. */
  declared: Record<string, Declared>;
  uploads: Record<string, UploadState>;
  /** Oldest first; the dev endpoint reverses it. */
  sms: Sms[];
  faults: FaultState[];
  /** Timestamps of recent hits per rate-limit key. */
  rate: Record<string, number[]>;
  /** Signing keys of proofs: the current one last, retired ones until their proofs have expired. */
  proofKeys: ProofKeyState[];
  /** Proofs by id, kept past expiry for a while so that the status check can say "expired". */
  proofs: Record<string, ProofState>;
}

export const storageKey = 'vssid-mock-backend';

/** The state's records, keyed by what clients send: tokens, upload ids, codes, dossier numbers. */
const recordKeys = [
  'accounts',
  'loginFailures',
  'sessions',
  'otps',
  'phoneTokens',
  'dossiers',
  'dossierSeq',
  'declared',
  'uploads',
  'rate',
  'proofs',
] as const;

/**
 * A record without a prototype, so that a client's "__proto__", "constructor" or "toString" is never found
 * in it (an upload id "constructor" would otherwise be "uploaded") nor replaces its prototype when stored.
 */
function dict<T>(from: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, from);
}

function withDicts(s: MockState): MockState {
  for (const k of recordKeys)
    (s as unknown as Record<string, unknown>)[k] = dict((s[k] ?? {}) as Record<string, unknown>);
  return s;
}

export function initialState(now = Date.now()): MockState {
  const dataDate = new Date(now).toISOString().slice(0, 10);
  const s: MockState = {
    version: 1,
    clockOffsetMs: 0,
    dataDate,
    accounts: dict(),
    loginFailures: dict(),
    sessions: dict(),
    otps: dict(),
    phoneTokens: dict(),
    dossiers: dict(),
    dossierSeq: dict(),
    declared: dict(),
    uploads: dict(),
    sms: [],
    faults: [],
    rate: dict(),
    proofKeys: [],
    proofs: dict(),
  };
  for (const a of demoAccounts) {
    s.accounts[a.code] = { password: a.password, mustChangePassword: !!a.mustChangePassword };
    if (a.locked) s.loginFailures[a.code] = { count: 5, lockedUntil: now + 30 * 60_000 };
    if (a.mustChangePassword) {
      const phone = generatePerson(a.code, dataDate).phone;
      s.sms.push({
        to: phone,
        text: `BHXHVN: Da hoan tat thu tuc thanh cong. Tai khoan: ${a.code}/Mat khau: ${a.password}`,
        sentAt: new Date(now - 3_600_000).toISOString(),
      });
    }
  }
  const { code, officeCode, sequence } = pendingDemoDossier;
  const year = dataDate.slice(0, 4);
  const p = generatePerson(code, dataDate);
  const dossierNumber = `${officeCode}.GD/${year}/${String(sequence).padStart(5, '0')}`;
  s.dossiers[dossierNumber] = {
    dossierNumber,
    socialInsuranceCode: code,
    status: 'received',
    officeCode,
    submittedAt: new Date(now - 86_400_000).toISOString(),
    declared: {
      fullName: p.fullName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      idType: p.idType,
      idNumber: p.idNumber,
      idIssueDate: p.idIssueDate,
      idIssuePlace: p.idIssuePlace,
      address: p.address,
      email: p.email,
      phone: p.phone,
      officeCode,
    },
  };
  s.dossierSeq[`${officeCode}/${year}`] = sequence + 1;
  return s;
}

export interface BackendOptions {
  /**
   * Where to keep the state: `true` = sessionStorage (the browser default), a Storage object, or false for
   * memory only (the node default).
   */
  persist?: boolean | Storage;
  storageKey?: string;
}

export class MockBackend {
  state: MockState;
  private storage: Storage | null;
  private key: string;

  constructor(opts: BackendOptions = {}) {
    const hasSession = typeof sessionStorage !== 'undefined';
    const persist = opts.persist ?? hasSession;
    this.storage = persist === true ? (hasSession ? sessionStorage : null) : persist || null;
    this.key = opts.storageKey ?? storageKey;
    this.state = this.load() ?? initialState();
  }

  private load(): MockState | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return null;
      const s = JSON.parse(raw) as MockState;
      if (s.version !== 1) return null;
      s.proofKeys ??= []; // a state saved before proofs existed
      return withDicts(s);
    } catch {
      return null; // corrupt storage: start over rather than crash the app
    }
  }

  /** Writes the state through; called after every request that may have changed it. */
  save(): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(this.key, JSON.stringify(this.state));
    } catch {
      // quota exceeded: the mock keeps working in memory
    }
  }

  reset(): void {
    this.state = initialState();
    this.save();
  }

  /** The mock clock, in ms. */
  now(): number {
    return Date.now() + this.state.clockOffsetMs;
  }
  nowIso(): string {
    return new Date(this.now()).toISOString();
  }
  today(): string {
    return this.nowIso().slice(0, 10);
  }

  sendSms(to: string, text: string): void {
    this.state.sms.push({ to, text, sentAt: this.nowIso() });
    if (this.state.sms.length > 500) this.state.sms.splice(0, this.state.sms.length - 500);
  }

  /**
   * Sliding-window limiter: records a hit unless `max` hits already fall within `windowMs`; returns the
   * seconds to wait when refused.
   */
  hit(key: string, max: number, windowMs: number): number | null {
    const now = this.now();
    const list = (this.state.rate[key] ?? []).filter((t) => t > now - windowMs);
    if (list.length >= max) {
      this.state.rate[key] = list;
      return Math.max(1, Math.ceil((list[0]! + windowMs - now) / 1000));
    }
    list.push(now);
    this.state.rate[key] = list;
    return null;
  }
}

export function createBackend(opts: BackendOptions = {}): MockBackend {
  return new MockBackend(opts);
}
