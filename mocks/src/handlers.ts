/**
 * The VssID contract as msw handlers over one MockBackend. Each route is a plain function of the request
 * and the state; `createHandlers` wraps them with fault injection, error mapping and persistence.
 * Paths start with `*` so they match whatever origin serves them (worker, node server, Storybook).
 */
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import {
  registrationRequestSchema,
  cardLookupRequestSchema,
  dossierNumberSchema,
  dossierQuerySchema,
  officesQuerySchema,
  visitQueryParamsSchema,
  type VisitQueryParams,
  codeLookupRequestSchema,
  forgotPasswordRequestSchema,
  loginRequestSchema,
  maxUploadBytes,
  otpRequestSchema,
  otpVerifyRequestSchema,
  passwordChangeRequestSchema,
  proofCreateRequestSchema,
  resetPasswordRequestSchema,
  type BhytCard,
  type CardLookupResult,
  type DossierStatus,
  type ErrorCode,
  type OtpSent,
  type Profile,
  type RegistrationRequest,
  type VisitPage,
} from '@vssid/core';
import { buildOpenApiDocument } from '@vssid/core/openapi';
import { createBackend, type FaultState, type MockBackend } from './backend.js';
import { officeByCode, offices, provinces } from './data/geo.js';
import { cardCodeOf, generatePerson, knownPersons, type Declared, type Person } from './data/people.js';
import { benefitsOf, participationOf } from './data/history.js';
import { filterVisits, visitAt } from './data/visits.js';
import { demoAccounts } from './data/demo.js';
import { fold, secureDigits, securePassword, secureToken } from './data/random.js';
import {
  ApiProblem, json, messages, noContent, problem, readBody, readQuery, sniffImage, validation, type FieldMessages, type Schema,
} from './http.js';
import { checkNewPassword, checkPhone, checkSocialInsuranceCode, normalizeCode, normalizePhone, registrationRuleErrors } from './validate.js';
import { issueProof, liveProofs, proofClaimsOf, proofKeySet, proofStatusOf, revokeProof, rotateProofKey } from './proofs.js';

const MIN = 60_000;
export const limits = {
  otpTtlMs: 5 * MIN,
  otpResendSeconds: 60,
  otpMaxTries: 5,
  otpPerPhone: 5,
  otpWindowMs: 10 * MIN,
  phoneTokenTtlMs: 30 * MIN,
  sessionTtlMs: 30 * MIN,
  loginMaxFailures: 5,
  lockMs: 30 * MIN,
  lookupPerWindow: 10,
  lookupWindowMs: 10 * MIN,
} as const;

interface Ctx {
  request: Request;
  url: URL;
  b: MockBackend;
}
/** What a route runs with: its request already parsed by the route's schemas, and the signed-in code. */
interface Parsed<B, Q> extends Ctx {
  body: B;
  query: Q;
  /** The signed-in social-insurance code ('' for a route without `session`). */
  code: string;
}
type Method = 'get' | 'post' | 'delete';

/**
 * One operation. `wrap` parses every request the same way before `run` sees it: the session first (401/403),
 * then the query and the JSON body by core's schemas (400/413/415/422), so a client's mistake can never
 * reach the route's code as a value of the wrong type.
 */
interface Route<B = unknown, Q = unknown> {
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
const route = <B = undefined, Q = undefined>(r: Route<B, Q>): Route => r as unknown as Route;

// ---------------------------------------------------------------- people and sessions

/** The generated person with what the citizen declared at registration laid over it. */
export function personOf(b: MockBackend, code: string): Person {
  const p = generatePerson(code, b.state.dataDate);
  const d = b.state.declared[code];
  return d ? { ...p, ...d } : p;
}

function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return m ? m[1]! : null;
}

/** The signed-in code, or 401/403. `allowMustChange` lets the password change through. */
function requireSession(ctx: Ctx, allowMustChange = false): string {
  const token = bearer(ctx.request);
  const s = token ? ctx.b.state.sessions[token] : undefined;
  if (!token || !s || s.expiresAt <= ctx.b.now()) {
    if (token && s) delete ctx.b.state.sessions[token];
    throw problem(401, 'session_expired', messages.sessionExpired);
  }
  const account = ctx.b.state.accounts[s.code];
  if (!account) throw problem(401, 'session_expired', messages.sessionExpired);
  if (account.mustChangePassword && !allowMustChange) throw problem(403, 'password_change_required', messages.mustChange);
  return s.code;
}

/** The `index`-th segment of the path (`/api/me/proofs/:id` → 4 is the id), decoded. */
function pathSegment(url: URL, index: number): string {
  try {
    return decodeURIComponent(url.pathname.split('/')[index] ?? '');
  } catch {
    return ''; // a broken escape names nothing, so it is not found
  }
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}

// ---------------------------------------------------------------- OTPs

function otpText(code: string): string {
  return `BHXHVN: Ma OTP cua ban la ${code}, hieu luc 5 phut`;
}

function rateLimited(seconds: number): ApiProblem {
  return problem(429, 'rate_limited', `Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`, {
    retryAfterSeconds: seconds,
  });
}

/** Counts a code sent to `phone` against the 5-per-10-minutes limit. */
function countOtp(b: MockBackend, phone: string): void {
  const wait = b.hit(`otp:${phone}`, limits.otpPerPhone, limits.otpWindowMs);
  if (wait !== null) throw rateLimited(wait);
}

function issueOtp(b: MockBackend, key: string, phone: string): OtpSent {
  const code = secureDigits(6);
  b.state.otps[key] = { code, phone, expiresAt: b.now() + limits.otpTtlMs, attemptsLeft: limits.otpMaxTries };
  b.sendSms(phone, otpText(code));
  return { expiresInSeconds: limits.otpTtlMs / 1000, resendAfterSeconds: limits.otpResendSeconds };
}

const otpGone = () => problem(410, 'otp_expired', 'Mã OTP đã hết hạn hoặc đã được sử dụng. Vui lòng lấy mã mới.');

/** Checks and uses up an OTP: wrong → 422 with attempts left (dropped at 0); missing/expired/used → 410. */
function consumeOtp(b: MockBackend, key: string, given: string): void {
  const otp = b.state.otps[key];
  if (!otp || otp.expiresAt <= b.now()) {
    delete b.state.otps[key];
    throw otpGone();
  }
  if (otp.code !== given) {
    otp.attemptsLeft -= 1;
    if (otp.attemptsLeft <= 0) delete b.state.otps[key];
    throw problem(422, 'otp_invalid', `Mã OTP không đúng. Bạn còn ${Math.max(0, otp.attemptsLeft)} lần thử.`, {
      attemptsLeft: Math.max(0, otp.attemptsLeft),
      fields: { otp: 'Mã OTP không đúng.' },
    });
  }
  delete b.state.otps[key];
}

// ---------------------------------------------------------------- registration

// Core's request schema, loosened where the mock answers with field messages instead (sex and ID type
// outside their lists, consent not given): those come back as a 422 naming the field, as a real server would.
const registrationShape = z.extend(registrationRequestSchema, { sex: z.string(), idType: z.string(), consent: z.boolean() });
type RegistrationDraft = Partial<Omit<z.infer<typeof registrationShape>, 'photos'>> & {
  photos?: Partial<RegistrationRequest['photos']>;
};

/**
 * The declaration's rules, on its well-typed fields: the same checks the form runs, then what only the
 * backend knows (the phone token, the office, the uploads).
 */
function registrationErrors(b: MockBackend, d: RegistrationDraft): Record<string, string> {
  const f = registrationRuleErrors(d as Partial<RegistrationRequest>, b.today());
  const set = (k: string, msg: string | null) => {
    if (msg && !f[k]) f[k] = msg;
  };
  const token = d.phoneToken === undefined ? undefined : b.state.phoneTokens[d.phoneToken];
  if (!token || token.expiresAt <= b.now()) set('phoneToken', 'Số điện thoại chưa được xác thực OTP hoặc xác thực đã hết hạn.');
  else if (d.phone === undefined || token.phone !== normalizePhone(d.phone)) set('phoneToken', 'Mã xác thực không thuộc số điện thoại này.');
  if (d.officeCode !== undefined) set('officeCode', officeByCode.has(d.officeCode) ? null : 'Không tìm thấy cơ quan BHXH đã chọn.');
  for (const k of ['portrait', 'idFront', 'idBack'] as const) {
    const id = d.photos?.[k];
    set(`photos.${k}`, id !== undefined && b.state.uploads[id] ? null : 'Ảnh chưa được tải lên.');
  }
  set('consent', d.consent === true ? null : 'Bạn cần xác nhận cam kết trước khi gửi tờ khai.');
  return f;
}

function nextDossierNumber(b: MockBackend, officeCode: string): string {
  const year = b.today().slice(0, 4);
  const key = `${officeCode}/${year}`;
  const seq = b.state.dossierSeq[key] ?? 1;
  b.state.dossierSeq[key] = seq + 1;
  return `${officeCode}.GD/${year}/${String(seq).padStart(5, '0')}`;
}

function hasAccountOrPending(b: MockBackend, code: string): boolean {
  return !!b.state.accounts[code] || Object.values(b.state.dossiers).some((d) => d.socialInsuranceCode === code && d.status === 'received');
}

// ---------------------------------------------------------------- responses built from a person

function profileOf(p: Person): Profile {
  const office = officeByCode.get(p.officeCode)!;
  return {
    socialInsuranceCode: p.socialInsuranceCode,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    idType: p.idType,
    idNumber: p.idNumber,
    phone: p.phone,
    email: p.email,
    address: p.address,
    office: { code: office.code, name: office.name, parentName: office.parentName },
    cardCode: cardCodeOf(p),
  };
}

/** The card as of the mock clock: a card whose validTo has passed is expired (010) whatever it was. */
function cardOf(b: MockBackend, p: Person): BhytCard {
  const c = p.card;
  const lapsed = c.validTo !== null && c.validTo < b.today();
  return {
    cardCode: cardCodeOf(p),
    socialInsuranceCode: p.socialInsuranceCode,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    address: p.address,
    facility: c.facility,
    validFrom: c.validFrom,
    validTo: c.validTo,
    fiveYearsFrom: c.fiveYearsFrom,
    status: lapsed ? 'expired' : c.status,
    checkCode: lapsed ? '010' : c.checkCode,
    issuedAt: c.validFrom,
  };
}

// ---------------------------------------------------------------- visits paging

function encodeCursor(offset: number, key: string): string {
  return btoa(JSON.stringify({ o: offset, k: key })).replace(/=+$/, '');
}
function decodeCursor(cursor: string, key: string): number | null {
  try {
    const v = JSON.parse(atob(cursor)) as { o?: unknown; k?: unknown };
    return typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.k === key ? v.o : null;
  } catch {
    return null;
  }
}

const visitMessages: FieldMessages = {
  from: 'Ngày không hợp lệ (YYYY-MM-DD).',
  to: 'Ngày không hợp lệ (YYYY-MM-DD).',
  facility: 'Mã cơ sở KCB gồm 5 chữ số.',
  type: 'Loại KCB không hợp lệ.',
  limit: 'Số dòng mỗi trang phải là số nguyên dương.',
  cursor: 'Con trỏ trang không hợp lệ.',
};

function visitsPage(b: MockBackend, code: string, q: VisitQueryParams): VisitPage {
  const { from, to, facility, type, cursor } = q;
  if (from && to && from > to) throw validation({ to: 'Đến ngày phải sau từ ngày.' });
  const limit = q.limit === undefined ? 50 : Math.min(Number(q.limit), 200);
  const p = personOf(b, code);
  const key = [from, to, facility, type].join('|');
  let offset = 0;
  if (cursor) {
    const o = decodeCursor(cursor, key);
    if (o === null) throw validation({ cursor: 'Con trỏ trang không hợp lệ.' });
    offset = o;
  }
  const anchor = b.state.dataDate;
  const set = filterVisits(p, anchor, { from, to, facility, type });
  const slice = set.indices.slice(offset, offset + limit);
  return {
    items: slice.map((i) => visitAt(p, i, anchor)),
    nextCursor: offset + limit < set.indices.length ? encodeCursor(offset + limit, key) : null,
    totals: set.totals,
    facilities: set.facilities,
  };
}

// ---------------------------------------------------------------- routes

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

const routes: Route[] = [
  { method: 'get', path: '/api/provinces', run: () => json(provinces) },
  route({
    method: 'get',
    path: '/api/offices',
    query: officesQuerySchema,
    messages: { province: 'Mã tỉnh gồm 2 chữ số.' },
    run: ({ query }) => json(offices.filter((o) => o.provinceCode === query.province)),
  }),
  {
    method: 'post',
    path: '/api/uploads',
    run: async ({ request, b }) => {
      if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? ''))
        throw problem(415, 'unsupported_media_type', 'Ảnh phải được gửi dạng multipart/form-data (trường "file").');
      const tooBig = () => problem(413, 'payload_too_large', 'Ảnh vượt quá dung lượng cho phép (5 MB).');
      if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + 64 * 1024) throw tooBig();
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        throw validation({ file: 'Không đọc được tệp gửi lên.' });
      }
      const file = form.get('file');
      if (!file || typeof file === 'string') throw validation({ file: 'Vui lòng chọn ảnh.' });
      if (file.size > maxUploadBytes) throw tooBig();
      const mediaType = sniffImage(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
      if (!mediaType) throw problem(415, 'unsupported_media_type', 'Chỉ chấp nhận ảnh JPEG, PNG hoặc HEIC.');
      const id = `upl_${secureToken(12)}`;
      b.state.uploads[id] = { id, mediaType, size: file.size, uploadedAt: b.now() };
      return json({ id, mediaType, size: file.size }, 201);
    },
  },
  route({
    method: 'post',
    path: '/api/registrations/otp',
    body: otpRequestSchema,
    run: ({ body, b }) => {
      const err = checkPhone(body.phone);
      if (err) throw validation({ phone: err });
      const phone = normalizePhone(body.phone);
      countOtp(b, phone);
      return json(issueOtp(b, `register:${phone}`, phone), 202);
    },
  }),
  route({
    method: 'post',
    path: '/api/registrations/otp/verify',
    body: otpVerifyRequestSchema,
    run: ({ body, b }) => {
      const phone = normalizePhone(body.phone);
      consumeOtp(b, `register:${phone}`, body.otp);
      const phoneToken = `pt_${secureToken(16)}`;
      const expiresAt = b.now() + limits.phoneTokenTtlMs;
      b.state.phoneTokens[phoneToken] = { phone, expiresAt };
      return json({ phoneToken, expiresAt: new Date(expiresAt).toISOString() });
    },
  }),
  route({
    method: 'post',
    path: '/api/registrations',
    body: registrationShape,
    rules: (draft, { b }) => registrationErrors(b, draft),
    run: ({ body: d, b }) => {
      const code = normalizeCode(d.socialInsuranceCode);
      if (hasAccountOrPending(b, code))
        throw problem(409, 'already_registered', 'Mã số BHXH này đã có tài khoản hoặc hồ sơ đăng ký đang chờ xử lý.');
      delete b.state.phoneTokens[d.phoneToken]; // a phone token serves one registration
      const declared: Declared = {
        fullName: d.fullName.normalize('NFC').trim().replace(/\s+/g, ' '),
        dateOfBirth: d.dateOfBirth,
        sex: d.sex as Declared['sex'],
        idType: d.idType as Declared['idType'],
        idNumber: d.idNumber.replace(/[\s.\-]/g, '').toUpperCase(),
        idIssueDate: d.idIssueDate,
        idIssuePlace: d.idIssuePlace.trim(),
        address: d.address.trim(),
        email: d.email.trim(),
        phone: normalizePhone(d.phone),
        officeCode: d.officeCode,
      };
      const dossierNumber = nextDossierNumber(b, d.officeCode);
      const submittedAt = b.nowIso();
      b.state.dossiers[dossierNumber] = { dossierNumber, socialInsuranceCode: code, status: 'received', officeCode: d.officeCode, submittedAt, declared };
      b.sendSms(
        declared.phone,
        `BHXHVN da nhan duoc to khai cua ma so ${code} voi so ho so la ${dossierNumber}. Vui long den BHXH gan nhat de hoan tat thu tuc. Lien he 19009068 de duoc ho tro`,
      );
      return json({ dossierNumber, status: 'received', submittedAt }, 201);
    },
  }),
  route({
    method: 'get',
    path: '/api/registrations',
    query: dossierQuerySchema,
    messages: { dossierNumber: 'Mã hồ sơ không đúng định dạng.' },
    run: ({ query, b }) => {
      const n = query.dossierNumber.trim().toUpperCase();
      if (!dossierNumberSchema.safeParse(n).success) throw validation({ dossierNumber: 'Mã hồ sơ không đúng định dạng.' });
      const d = b.state.dossiers[n];
      if (!d) throw problem(404, 'not_found', 'Không tìm thấy hồ sơ.');
      const out: DossierStatus = { dossierNumber: d.dossierNumber, status: d.status, officeCode: d.officeCode, submittedAt: d.submittedAt };
      if (d.decidedAt) out.decidedAt = d.decidedAt;
      return json(out);
    },
  }),
  route({
    method: 'post',
    path: '/api/lookup/social-insurance-code',
    body: codeLookupRequestSchema,
    run: ({ body, b }) => {
      const wait = b.hit('lookup:code', limits.lookupPerWindow, limits.lookupWindowMs);
      if (wait !== null) throw rateLimited(wait);
      const id = body.idNumber.replace(/[\s.\-]/g, '').toUpperCase();
      // Only people the backend has met can be found: a code cannot be derived from an ID number.
      const codes = new Set<string>([
        ...demoAccounts.map((a) => a.code),
        ...Object.keys(b.state.accounts),
        ...Object.keys(b.state.declared),
        ...Object.values(b.state.dossiers).map((d) => d.socialInsuranceCode),
        ...knownPersons().map((p) => p.socialInsuranceCode),
      ]);
      for (const code of codes) {
        const p = personOf(b, code);
        if (p.idNumber === id && p.dateOfBirth === body.dateOfBirth && sameName(p.fullName, body.fullName))
          return json({ socialInsuranceCode: code, fullName: p.fullName });
      }
      throw problem(404, 'not_found', 'Không tìm thấy mã số BHXH khớp với thông tin đã nhập.');
    },
  }),
  route({
    method: 'post',
    path: '/api/cards/lookup',
    body: cardLookupRequestSchema,
    run: ({ body, b }) => {
      const cardCode = body.cardCode.replace(/[\s\-]/g, '').toUpperCase();
      if (!/^[A-Z]{2}[1-5]\d{2}\d{10}$/.test(cardCode)) throw validation({ cardCode: 'Mã thẻ BHYT gồm 15 ký tự.' });
      const p = personOf(b, cardCode.slice(5));
      if (cardCodeOf(p) !== cardCode || p.dateOfBirth !== body.dateOfBirth || !sameName(p.fullName, body.fullName))
        throw problem(404, 'not_found', 'Không tìm thấy thẻ BHYT khớp với thông tin đã nhập.');
      const c = cardOf(b, p);
      const out: CardLookupResult = {
        cardCode: c.cardCode, fullName: c.fullName, dateOfBirth: c.dateOfBirth, sex: c.sex, facility: c.facility,
        validFrom: c.validFrom, validTo: c.validTo, fiveYearsFrom: c.fiveYearsFrom, status: c.status, checkCode: c.checkCode,
      };
      return json(out);
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/login',
    body: loginRequestSchema,
    run: ({ body, b }) => {
      const code = normalizeCode(body.socialInsuranceCode);
      const now = b.now();
      let f = b.state.loginFailures[code];
      if (f?.lockedUntil && f.lockedUntil > now) throw lockedProblem(f.lockedUntil);
      if (f?.lockedUntil) {
        delete b.state.loginFailures[code]; // the lockout is over: start counting again
        f = { count: 0, lockedUntil: null };
      }
      const account = b.state.accounts[code];
      // Login checks only the password; the policy applies when choosing a new one.
      if (account && account.password === body.password) {
        delete b.state.loginFailures[code];
        const token = `st_${secureToken(24)}`;
        const expiresAt = now + limits.sessionTtlMs;
        b.state.sessions[token] = { code, expiresAt };
        return json({ token, expiresAt: new Date(expiresAt).toISOString(), mustChangePassword: account.mustChangePassword });
      }
      const count = (f?.count ?? 0) + 1;
      if (count >= limits.loginMaxFailures) {
        const lockedUntil = now + limits.lockMs;
        b.state.loginFailures[code] = { count, lockedUntil };
        throw lockedProblem(lockedUntil);
      }
      b.state.loginFailures[code] = { count, lockedUntil: null };
      const attemptsLeft = limits.loginMaxFailures - count;
      throw problem(401, 'invalid_credentials', `Mã số BHXH hoặc mật khẩu không đúng. Bạn còn ${attemptsLeft} lần thử.`, { attemptsLeft });
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/password',
    session: 'any',
    body: passwordChangeRequestSchema,
    run: ({ body, code, b }) => {
      const account = b.state.accounts[code]!;
      const fields: Record<string, string> = {};
      if (body.currentPassword !== account.password) fields.currentPassword = 'Mật khẩu hiện tại không đúng.';
      const policy = checkNewPassword(body.newPassword, { socialInsuranceCode: code, currentPassword: account.password });
      if (policy) fields.newPassword = policy;
      if (Object.keys(fields).length) throw validation(fields);
      account.password = body.newPassword;
      account.mustChangePassword = false;
      return noContent();
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/forgot',
    body: forgotPasswordRequestSchema,
    run: ({ body, b }) => {
      const fields: Record<string, string> = {};
      const codeErr = checkSocialInsuranceCode(body.socialInsuranceCode);
      const phoneErr = checkPhone(body.phone);
      if (codeErr) fields.socialInsuranceCode = codeErr;
      if (phoneErr) fields.phone = phoneErr;
      if (Object.keys(fields).length) throw validation(fields);
      const code = normalizeCode(body.socialInsuranceCode);
      const phone = normalizePhone(body.phone);
      countOtp(b, phone);
      // Same 202 either way, so the endpoint cannot be used to learn who is registered with which phone;
      // the mismatch is told only to the phone itself, as the 8079 service does.
      if (b.state.accounts[code] && personOf(b, code).phone === phone) return json(issueOtp(b, `reset:${code}`, phone), 202);
      b.sendSms(phone, 'So dien thoai va ma so BHXH khong khop hoac chua dang ky giao dich dien tu voi co quan BHXH');
      return json({ expiresInSeconds: limits.otpTtlMs / 1000, resendAfterSeconds: limits.otpResendSeconds }, 202);
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/reset',
    body: resetPasswordRequestSchema,
    run: ({ body, b }) => {
      const code = normalizeCode(body.socialInsuranceCode);
      const account = b.state.accounts[code];
      const policy = checkNewPassword(body.newPassword, { socialInsuranceCode: code, currentPassword: account?.password });
      if (policy) throw validation({ newPassword: policy });
      consumeOtp(b, `reset:${code}`, body.otp);
      if (!account) throw otpGone(); // unreachable: reset OTPs are only issued to accounts
      account.password = body.newPassword;
      account.mustChangePassword = false;
      delete b.state.loginFailures[code]; // a reset ends a lockout
      for (const [t, s] of Object.entries(b.state.sessions)) if (s.code === code) delete b.state.sessions[t];
      return noContent();
    },
  }),
  {
    method: 'post',
    path: '/api/auth/logout',
    run: ({ request, b }) => {
      const token = bearer(request);
      if (token) delete b.state.sessions[token];
      return noContent();
    },
  },
  { method: 'get', path: '/api/me', session: 'citizen', run: ({ b, code }) => json(profileOf(personOf(b, code))) },
  { method: 'get', path: '/api/me/card', session: 'citizen', run: ({ b, code }) => json(cardOf(b, personOf(b, code))) },
  {
    method: 'get',
    path: '/api/me/participation',
    session: 'citizen',
    run: ({ b, code }) => json(participationOf(personOf(b, code), b.state.dataDate)),
  },
  {
    method: 'get',
    path: '/api/me/benefits',
    session: 'citizen',
    run: ({ b, code }) => json(benefitsOf(personOf(b, code), b.state.dataDate)),
  },
  route({
    method: 'get',
    path: '/api/me/visits',
    session: 'citizen',
    query: visitQueryParamsSchema,
    messages: visitMessages,
    run: ({ b, code, query }) => json(visitsPage(b, code, query)),
  }),
  { method: 'get', path: '/api/openapi.json', run: () => json(buildOpenApiDocument()) },
  // ---- proofs (issue 17): signed, selective, expiring; the logic is in proofs.ts
  route({
    method: 'post',
    path: '/api/me/proofs',
    session: 'citizen',
    body: proofCreateRequestSchema,
    // a set of claims: the shape allows a list, the rule each name once
    rules: (draft): Record<string, string> =>
      Array.isArray(draft.claims) && new Set(draft.claims).size !== draft.claims.length
        ? { claims: 'Mỗi thông tin chỉ được chọn một lần.' }
        : {},
    run: async ({ b, code, body }) => {
      const p = personOf(b, code);
      const periods = participationOf(p, b.state.dataDate).periods;
      const claims = proofClaimsOf(body.claims, { card: cardOf(b, p), fullName: p.fullName, dateOfBirth: p.dateOfBirth, periods });
      return json(await issueProof(b, code, claims, body.ttlMinutes), 201);
    },
  }),
  { method: 'get', path: '/api/me/proofs', session: 'citizen', run: ({ b, code }) => json(liveProofs(b, code)) },
  {
    method: 'delete',
    path: '/api/me/proofs/:id',
    session: 'citizen',
    run: ({ b, code, url }) => {
      revokeProof(b, code, pathSegment(url, 4));
      return noContent();
    },
  },
  {
    method: 'get',
    path: '/api/proofs/keys',
    run: async ({ b }) => {
      const res = json(await proofKeySet(b));
      // Verifiers keep the set for offline use; five minutes bounds how late they learn of a new key.
      res.headers.set('cache-control', 'public, max-age=300');
      return res;
    },
  },
  {
    method: 'get',
    path: '/api/proofs/:id/status',
    run: ({ url, b }) => {
      const res = json(proofStatusOf(b, pathSegment(url, 3)));
      res.headers.set('cache-control', 'no-store'); // a revocation must show at once
      return res;
    },
  },

  // ---- mock only
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
      b.sendSms(d.declared.phone, `BHXHVN: Da hoan tat thu tuc thanh cong. Tai khoan: ${d.socialInsuranceCode}/Mat khau: ${password}`);
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
  { method: 'post', path: '/api/dev/proofs/rotate-key', dev: true, run: async ({ b }) => json(await rotateProofKey(b)) },
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

function lockedProblem(until: number): ApiProblem {
  return problem(423, 'locked', 'Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Vui lòng thử lại sau 30 phút hoặc lấy lại mật khẩu.', {
    lockedUntil: new Date(until).toISOString(),
  });
}

// ---------------------------------------------------------------- faults

/** Exact path, a prefix ending at a "/", or a glob where `*` is any run of characters. */
export function faultMatches(pattern: string, path: string): boolean {
  if (pattern.includes('*')) {
    const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
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
      typeof x === 'string' ? 12345 : typeof x === 'number' ? String(x) : typeof x === 'boolean' ? 'yes' : Array.isArray(x) ? 'none' : null,
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
      const body: Record<string, unknown> = { code, message: code === 'internal_error' ? messages.internal : 'Lỗi giả lập.' };
      if (code === 'rate_limited') body.retryAfterSeconds = 30;
      return json(body, status);
    }
    if (fault?.kind === 'malformed-json')
      return new HttpResponse('{"code": "ok", "items": [', { status: 200, headers: { 'content-type': 'application/json' } });
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

/** Handlers for one backend. The last one answers unknown `/api/*` paths with a contract 404. */
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
