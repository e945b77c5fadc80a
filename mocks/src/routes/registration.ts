/**
 * Registration for electronic transactions (tờ khai 01/ĐK-GD): the photo uploads, the phone's OTP, the
 * declaration itself and its dossier's status.
 */
import * as z from 'zod/mini';
import {
  dossierNumberSchema,
  dossierQuerySchema,
  maxUploadBytes,
  otpRequestSchema,
  otpVerifyRequestSchema,
  registrationRequestSchema,
  type DossierStatus,
  type RegistrationRequest,
} from '@vssid/core';
import type { MockBackend } from '../backend.js';
import { officeByCode } from '../data/geo.js';
import type { Declared } from '../data/people.js';
import { secureToken } from '../data/random.js';
import { json, problem, rejectFields, sniffImage, validation } from '../http.js';
import { post, route, type Route } from '../route.js';
import { checkPhone, normalizeCode, normalizePhone, registrationRuleErrors } from '../validate.js';
import { consumeOtp, countOtp, issueOtp, limits } from './shared.js';

// Core's request schema, loosened where the mock answers with field messages instead (sex and ID type
// outside their lists, consent not given): those come back as a 422 naming the field, as a real server would.
const registrationShape = z.extend(registrationRequestSchema, {
  sex: z.string(),
  idType: z.string(),
  consent: z.boolean(),
});
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
  if (!token || token.expiresAt <= b.now())
    set('phoneToken', 'Số điện thoại chưa được xác thực OTP hoặc xác thực đã hết hạn.');
  else if (d.phone === undefined || token.phone !== normalizePhone(d.phone))
    set('phoneToken', 'Mã xác thực không thuộc số điện thoại này.');
  if (d.officeCode !== undefined)
    set('officeCode', officeByCode.has(d.officeCode) ? null : 'Không tìm thấy cơ quan BHXH đã chọn.');
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
  return (
    !!b.state.accounts[code] ||
    Object.values(b.state.dossiers).some((d) => d.socialInsuranceCode === code && d.status === 'received')
  );
}

export const registrationRoutes: Route[] = [
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
  post('/api/registrations/otp', otpRequestSchema, ({ body, b }) => {
    rejectFields({ phone: checkPhone(body.phone) });
    const phone = normalizePhone(body.phone);
    countOtp(b, phone);
    return json(issueOtp(b, `register:${phone}`, phone), 202);
  }),
  post('/api/registrations/otp/verify', otpVerifyRequestSchema, ({ body, b }) => {
    const phone = normalizePhone(body.phone);
    consumeOtp(b, `register:${phone}`, body.otp);
    const phoneToken = `pt_${secureToken(16)}`;
    const expiresAt = b.now() + limits.phoneTokenTtlMs;
    b.state.phoneTokens[phoneToken] = { phone, expiresAt };
    return json({ phoneToken, expiresAt: new Date(expiresAt).toISOString() });
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
      b.state.dossiers[dossierNumber] = {
        dossierNumber,
        socialInsuranceCode: code,
        status: 'received',
        officeCode: d.officeCode,
        submittedAt,
        declared,
      };
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
      if (!dossierNumberSchema.safeParse(n).success)
        throw validation({ dossierNumber: 'Mã hồ sơ không đúng định dạng.' });
      const d = b.state.dossiers[n];
      if (!d) throw problem(404, 'not_found', 'Không tìm thấy hồ sơ.');
      const out: DossierStatus = {
        dossierNumber: d.dossierNumber,
        status: d.status,
        officeCode: d.officeCode,
        submittedAt: d.submittedAt,
      };
      if (d.decidedAt) out.decidedAt = d.decidedAt;
      return json(out);
    },
  }),
];
