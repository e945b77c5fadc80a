import { expect } from '@esm-bundle/chai';
import {
  dossierStatusSchema,
  officeListSchema,
  otpSentSchema,
  phoneVerifiedSchema,
  profileSchema,
  provinceListSchema,
  registrationReceiptSchema,
  uploadSchema,
} from '@vssid/core';
import {
  advance,
  api,
  assertSchema,
  declaration,
  heic,
  jpeg,
  login,
  outbox,
  lastOtp,
  phoneToken,
  png,
  reset,
  startWorker,
  upload,
  bytes,
} from './helpers.js';

describe('mocks: places and uploads', () => {
  before(startWorker);
  beforeEach(reset);

  it('lists the 34 provinces since 1 July 2025', async () => {
    const r = await api('GET', '/api/provinces');
    assertSchema(provinceListSchema, r.body);
    expect(r.body).to.have.length(34);
    expect(r.body.map((p: { code: string }) => p.code)).to.include.members(['01', '79', '46', '96']);
    expect(r.body.map((p: { code: string }) => p.code)).not.to.include('02'); // Hà Giang merged into Tuyên Quang
  });

  it("lists a province's offices with 5-digit codes, Hai Bà Trưng being 01027", async () => {
    const r = await api('GET', '/api/offices?province=01');
    assertSchema(officeListSchema, r.body);
    const hbt = r.body.find((o: { code: string }) => o.code === '01027');
    expect(hbt).to.deep.equal({
      code: '01027',
      name: 'BHXH cơ sở Hai Bà Trưng',
      provinceCode: '01',
      parentName: 'BHXH TP. Hà Nội',
    });
    for (const p of (await api('GET', '/api/provinces')).body) {
      const list = (await api('GET', `/api/offices?province=${p.code}`)).body;
      expect(list.length, p.code).to.be.greaterThan(1);
      expect(list.every((o: { code: string }) => o.code.startsWith(p.code))).to.equal(true);
    }
    expect((await api('GET', '/api/offices?province=x')).status).to.equal(422);
  });

  it('accepts JPEG, PNG and HEIC recognised by their bytes', async () => {
    for (const [data, type] of [
      [jpeg(), 'image/jpeg'],
      [png(), 'image/png'],
      [heic(), 'image/heic'],
    ] as const) {
      const r = await upload(data, 'application/octet-stream', 'photo.bin');
      expect(r.status).to.equal(201);
      assertSchema(uploadSchema, r.body);
      expect(r.body.mediaType).to.equal(type);
      expect(r.body.size).to.equal(64);
    }
  });

  it('refuses with 415 a file whose bytes are not an image, whatever its declared type', async () => {
    const r = await upload(new TextEncoder().encode('GIF89a not really a jpeg'), 'image/jpeg', 'x.jpg');
    expect(r.status).to.equal(415);
    expect(r.body.code).to.equal('unsupported_media_type');
    expect((await upload(bytes([0x47, 0x49, 0x46, 0x38]), 'image/png', 'x.png')).status).to.equal(415);
  });

  it('refuses with 413 an image over 5 MB', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const r = await upload(big);
    expect(r.status).to.equal(413);
    expect(r.body.code).to.equal('payload_too_large');
    const exact = new Uint8Array(5 * 1024 * 1024);
    exact.set([0xff, 0xd8, 0xff]);
    expect((await upload(exact)).status).to.equal(201);
  });
});

describe('mocks: registration OTP', () => {
  before(startWorker);
  beforeEach(reset);
  const phone = '0912000111';

  it('sends the OTP SMS at once and answers 202 with the timings', async () => {
    const r = await api('POST', '/api/registrations/otp', { phone: '+84 912 000 111' });
    expect(r.status).to.equal(202);
    assertSchema(otpSentSchema, r.body);
    expect(r.body).to.deep.equal({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const [sms] = await outbox(phone);
    expect(sms!.text).to.match(/^BHXHVN: Ma OTP cua ban la \d{6}, hieu luc 5 phut$/);
  });

  it('rejects a wrong OTP with attempts left, accepts the right one once', async () => {
    await api('POST', '/api/registrations/otp', { phone });
    const otp = await lastOtp(phone);
    const wrong = await api('POST', '/api/registrations/otp/verify', {
      phone,
      otp: otp === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).to.equal(422);
    expect(wrong.body).to.include({ code: 'otp_invalid', attemptsLeft: 4 });
    const ok = await api('POST', '/api/registrations/otp/verify', { phone, otp });
    expect(ok.status).to.equal(200);
    assertSchema(phoneVerifiedSchema, ok.body);
    expect(Date.parse(ok.body.expiresAt) - Date.now()).to.be.within(29 * 60_000, 31 * 60_000);
    const again = await api('POST', '/api/registrations/otp/verify', { phone, otp });
    expect(again.status).to.equal(410);
    expect(again.body.code).to.equal('otp_expired');
  });

  it('expires the OTP after 5 minutes of the mock clock', async () => {
    await api('POST', '/api/registrations/otp', { phone });
    const otp = await lastOtp(phone);
    await advance(5 * 60_000 + 1000);
    const r = await api('POST', '/api/registrations/otp/verify', { phone, otp });
    expect(r.status).to.equal(410);
    expect(r.body.code).to.equal('otp_expired');
  });

  it('drops the OTP after 5 wrong tries', async () => {
    await api('POST', '/api/registrations/otp', { phone });
    const otp = await lastOtp(phone);
    const bad = otp === '999999' ? '888888' : '999999';
    const left: number[] = [];
    for (let i = 0; i < 5; i++)
      left.push((await api('POST', '/api/registrations/otp/verify', { phone, otp: bad })).body.attemptsLeft);
    expect(left).to.deep.equal([4, 3, 2, 1, 0]);
    expect((await api('POST', '/api/registrations/otp/verify', { phone, otp })).status).to.equal(410);
  });

  it('sends at most 5 codes per phone in 10 minutes, then 429 with retryAfterSeconds', async () => {
    for (let i = 0; i < 5; i++) expect((await api('POST', '/api/registrations/otp', { phone })).status).to.equal(202);
    const r = await api('POST', '/api/registrations/otp', { phone });
    expect(r.status).to.equal(429);
    expect(r.body.code).to.equal('rate_limited');
    expect(r.body.retryAfterSeconds).to.be.within(1, 600);
    expect(r.headers.get('retry-after')).to.equal(String(r.body.retryAfterSeconds));
    expect((await api('POST', '/api/registrations/otp', { phone: '0912000222' })).status).to.equal(202);
    await advance(10 * 60_000 + 1000);
    expect((await api('POST', '/api/registrations/otp', { phone })).status).to.equal(202);
  });

  it('rejects an invalid phone with 422 naming the field', async () => {
    const r = await api('POST', '/api/registrations/otp', { phone: '0241234567' });
    expect(r.status).to.equal(422);
    expect(r.body.fields).to.have.property('phone');
  });
});

describe('mocks: registration', () => {
  before(startWorker);
  beforeEach(reset);

  it('registers, approves, sends the password and shows the declared data after the forced change', async () => {
    const body = await declaration();
    const r = await api('POST', '/api/registrations', body);
    expect(r.status, JSON.stringify(r.body)).to.equal(201);
    assertSchema(registrationReceiptSchema, r.body);
    const year = new Date().getUTCFullYear();
    expect(r.body.dossierNumber).to.match(new RegExp(`^01027\\.GD/${year}/\\d{5}$`));
    expect(r.body.status).to.equal('received');
    const [receipt] = await outbox('0987654321');
    expect(receipt!.text).to.equal(
      `BHXHVN da nhan duoc to khai cua ma so 0101234567 voi so ho so la ${r.body.dossierNumber}. Vui long den BHXH gan nhat de hoan tat thu tuc. Lien he 19009068 de duoc ho tro`,
    );
    const status = await api('GET', `/api/registrations?dossierNumber=${encodeURIComponent(r.body.dossierNumber)}`);
    assertSchema(dossierStatusSchema, status.body);
    expect(status.body).to.include({ status: 'received', officeCode: '01027' });

    expect(
      (await api('POST', '/api/dev/registrations/approve', { dossierNumber: r.body.dossierNumber })).status,
    ).to.equal(200);
    const sms = (await outbox('0987654321'))[0]!.text;
    const m = /^BHXHVN: Da hoan tat thu tuc thanh cong\. Tai khoan: 0101234567\/Mat khau: ([A-Za-z0-9]{8})$/.exec(sms);
    expect(m, sms).to.not.equal(null);
    const password = m![1]!;
    expect(password)
      .to.match(/[A-Za-z]/)
      .and.to.match(/\d/);
    expect(
      (await api('GET', `/api/registrations?dossierNumber=${encodeURIComponent(r.body.dossierNumber)}`)).body.status,
    ).to.equal('approved');

    const l = await api('POST', '/api/auth/login', { socialInsuranceCode: '0101234567', password });
    expect(l.body.mustChangePassword).to.equal(true);
    const token = l.body.token;
    const before = await api('GET', '/api/me', undefined, token);
    expect(before.status).to.equal(403);
    expect(before.body.code).to.equal('password_change_required');
    expect(
      (await api('POST', '/api/auth/password', { currentPassword: password, newPassword: 'BinhMoi2026' }, token))
        .status,
    ).to.equal(204);
    const me = await api('GET', '/api/me', undefined, token);
    expect(me.status).to.equal(200);
    assertSchema(profileSchema, me.body);
    expect(me.body).to.include({
      fullName: 'Nguyễn Văn Bình',
      dateOfBirth: '1995-04-12',
      phone: '0987654321',
      idNumber: '001095123456',
    });
    expect(me.body.office.code).to.equal('01027');
    expect((await api('GET', '/api/me/card', undefined, token)).body.fullName).to.equal('Nguyễn Văn Bình');
  });

  it('names every wrong field in one 422', async () => {
    const r = await api('POST', '/api/registrations', {
      fullName: '',
      dateOfBirth: '2999-01-01',
      sex: 'x',
      socialInsuranceCode: '12',
      idType: 'cccd',
      idNumber: '123',
      idIssueDate: 'hôm qua',
      idIssuePlace: '',
      address: '',
      email: 'no-at',
      phone: '0241234567',
      phoneToken: 'nope',
      officeCode: '99999',
      photos: { portrait: 'a', idFront: 'b', idBack: 'c' },
      consent: false,
    });
    expect(r.status).to.equal(422);
    expect(r.body.code).to.equal('validation_failed');
    expect(r.body.message).to.be.a('string').and.not.equal('');
    expect(Object.keys(r.body.fields)).to.include.members([
      'fullName',
      'dateOfBirth',
      'sex',
      'socialInsuranceCode',
      'idNumber',
      'idIssueDate',
      'idIssuePlace',
      'address',
      'email',
      'phone',
      'phoneToken',
      'officeCode',
      'photos.portrait',
      'photos.idFront',
      'photos.idBack',
      'consent',
    ]);
  });

  it('checks the CCCD against date of birth and sex, and photo ids against real uploads', async () => {
    const body = await declaration({
      idNumber: '001195123456',
      photos: { portrait: 'upl_nope', idFront: 'upl_x', idBack: 'upl_y' },
    });
    const r = await api('POST', '/api/registrations', body);
    expect(r.status).to.equal(422);
    expect(Object.keys(r.body.fields).sort()).to.deep.equal([
      'idNumber',
      'photos.idBack',
      'photos.idFront',
      'photos.portrait',
    ]);
  });

  it('uses a phone token for one registration only, and only for its phone', async () => {
    const body = await declaration();
    expect((await api('POST', '/api/registrations', body)).status).to.equal(201);
    const second = await api('POST', '/api/registrations', { ...body, socialInsuranceCode: '0101234568' });
    expect(second.status).to.equal(422);
    expect(second.body.fields).to.have.keys('phoneToken');
    const other = await phoneToken('0912000333');
    const mismatch = await api('POST', '/api/registrations', {
      ...body,
      socialInsuranceCode: '0101234568',
      phoneToken: other,
    });
    expect(mismatch.status).to.equal(422);
    expect(mismatch.body.fields).to.have.keys('phoneToken');
  });

  it('answers 409 already_registered for a code with an account or a pending dossier', async () => {
    const withAccount = await api(
      'POST',
      '/api/registrations',
      await declaration({ socialInsuranceCode: '7901234567' }),
    );
    expect(withAccount.status).to.equal(409);
    expect(withAccount.body.code).to.equal('already_registered');
    const pending = await api('POST', '/api/registrations', await declaration({ socialInsuranceCode: '7912345678' }));
    expect(pending.status).to.equal(409);
  });

  it('numbers dossiers per office and year, after the demo dossier 00107', async () => {
    const year = new Date().getUTCFullYear();
    const demo = await api('GET', `/api/registrations?dossierNumber=01027.GD/${year}/00107`);
    expect(demo.status).to.equal(200);
    expect(demo.body.status).to.equal('received');
    const a = await api('POST', '/api/registrations', await declaration());
    const b = await api(
      'POST',
      '/api/registrations',
      await declaration({ socialInsuranceCode: '0101234569', phone: '0912000444' }),
    );
    const c = await api(
      'POST',
      '/api/registrations',
      await declaration({ socialInsuranceCode: '0101234570', phone: '0912000555', officeCode: '79001' }),
    );
    expect(a.body.dossierNumber).to.equal(`01027.GD/${year}/00108`);
    expect(b.body.dossierNumber).to.equal(`01027.GD/${year}/00109`);
    expect(c.body.dossierNumber).to.equal(`79001.GD/${year}/00001`);
  });

  it('answers 404 for an unknown dossier and 422 for a malformed number', async () => {
    expect((await api('GET', '/api/registrations?dossierNumber=01027.GD/2020/99999')).status).to.equal(404);
    expect((await api('GET', '/api/registrations?dossierNumber=abc')).status).to.equal(422);
  });

  it('answers a field of the wrong JSON type with 422 naming it, other wrong fields with it', async () => {
    const valid = await declaration();
    for (const key of [
      'fullName',
      'dateOfBirth',
      'socialInsuranceCode',
      'idNumber',
      'phone',
      'phoneToken',
      'sex',
      'consent',
    ]) {
      for (const value of [{}, true, [], { $gt: '' }, 7, null]) {
        if (key === 'consent' && value === true) continue;
        const r = await api('POST', '/api/registrations', { ...valid, [key]: value, email: 'no-at' });
        const what = `${key} = ${JSON.stringify(value)}`;
        expect(r.status, what).to.equal(422);
        expect(r.body.code, what).to.equal('validation_failed');
        expect(r.body.fields, what).to.have.property(key);
        expect(r.body.fields, what).to.have.property('email'); // a rule still checked beside the wrong type
      }
    }
    const photos = await api('POST', '/api/registrations', {
      ...valid,
      photos: { ...(valid.photos as object), idBack: ['x'] },
    });
    expect(Object.keys(photos.body.fields)).to.deep.equal(['photos.idBack']);
    // ids that only exist on Object.prototype are not uploads, and a token named so is no token
    const proto = await api('POST', '/api/registrations', {
      ...valid,
      phoneToken: 'constructor',
      photos: { portrait: '__proto__', idFront: 'constructor', idBack: 'toString' },
    });
    expect(Object.keys(proto.body.fields).sort()).to.deep.equal([
      'phoneToken',
      'photos.idBack',
      'photos.idFront',
      'photos.portrait',
    ]);
  });

  it('answers a wrong method with 405 method_not_allowed and an Allow header', async () => {
    const r = await fetch('/api/auth/login', { method: 'PUT' });
    expect(r.status).to.equal(405);
    expect(r.headers.get('allow')).to.equal('POST');
    expect((await r.json()).code).to.equal('method_not_allowed');
    expect((await fetch('/api/registrations', { method: 'DELETE' })).headers.get('allow')).to.equal('GET, POST');
  });

  it('answers an API path with broken percent-escapes with 400 bad_request', async () => {
    for (const path of ['/api/%zz', '/api/me/%E0%A4%A']) {
      const r = await fetch(path);
      expect(r.status, path).to.equal(400);
      expect((await r.json()).code).to.equal('bad_request');
    }
  });

  it('answers bad requests with a code, never a crash', async () => {
    const raw = (body: string, type = 'application/json') =>
      fetch('/api/registrations/otp', { method: 'POST', headers: { 'content-type': type }, body });
    const malformed = await raw('{"phone": ');
    expect(malformed.status).to.equal(400);
    expect((await malformed.json()).code).to.equal('invalid_json');
    expect((await raw('{"phone":"0912000111"}', 'text/plain')).status).to.equal(415);
    const huge = await raw(JSON.stringify({ phone: '0912000111', pad: 'x'.repeat(100_000) }));
    expect(huge.status).to.equal(413);
    expect((await huge.json()).code).to.equal('payload_too_large');
    const wrongType = await api('POST', '/api/registrations/otp', { phone: 912000111 });
    expect(wrongType.status).to.equal(422);
    expect(wrongType.body.fields).to.have.property('phone');
    expect((await api('POST', '/api/registrations', [1, 2])).status).to.equal(422);
    expect((await api('GET', '/api/nowhere')).status).to.equal(404);
  });

  it('login checks only the password: a wrong one is 401 invalid_credentials, the right one passes', async () => {
    // The login form sends anything; only a wrong password fails, never a "weak" one.
    const r = await api('POST', '/api/auth/login', { socialInsuranceCode: '7901234567', password: 'x' });
    expect(r.status).to.equal(401);
    expect(r.body.code).to.equal('invalid_credentials');
    expect(await login('7901234567', 'VssID@2026')).to.be.a('string');
  });
});
