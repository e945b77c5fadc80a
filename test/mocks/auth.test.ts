import { expect } from '@esm-bundle/chai';
import { sessionSchema } from '@vssid/core';
import { backend, demoAccounts, generatePerson } from '@vssid/mocks';
import { advance, api, assertSchema, lastOtp, login, outbox, reset, startWorker } from './helpers.js';

const worker = { code: '7901234567', password: 'VssID@2026' };
const phoneOf = (code: string) => generatePerson(code, backend.state.dataDate).phone;

describe('mocks: login and sessions', () => {
  before(startWorker);
  beforeEach(reset);

  it('logs in with the code and password', async () => {
    const r = await api('POST', '/api/auth/login', { socialInsuranceCode: worker.code, password: worker.password });
    expect(r.status).to.equal(200);
    assertSchema(sessionSchema, r.body);
    expect(r.body.mustChangePassword).to.equal(false);
    expect(Date.parse(r.body.expiresAt) - Date.now()).to.be.within(29 * 60_000, 31 * 60_000);
  });

  it('counts failures down, then locks for 30 minutes even against the right password', async () => {
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await api('POST', '/api/auth/login', { socialInsuranceCode: worker.code, password: 'Wrong1234' });
      expect(r.status).to.equal(401);
      left.push(r.body.attemptsLeft);
    }
    expect(left).to.deep.equal([4, 3, 2, 1]);
    const fifth = await api('POST', '/api/auth/login', { socialInsuranceCode: worker.code, password: 'Wrong1234' });
    expect(fifth.status).to.equal(423);
    expect(fifth.body.code).to.equal('locked');
    expect(Date.parse(fifth.body.lockedUntil) - Date.now()).to.be.within(29 * 60_000, 31 * 60_000);
    expect(
      (await api('POST', '/api/auth/login', { socialInsuranceCode: worker.code, password: worker.password })).status,
    ).to.equal(423);
  });

  it('ends the demo lockout when the mock clock passes lockedUntil', async () => {
    const locked = demoAccounts.find((a) => a.locked)!;
    const r = await api('POST', '/api/auth/login', { socialInsuranceCode: locked.code, password: locked.password });
    expect(r.status).to.equal(423);
    await advance(31 * 60_000);
    expect(await login(locked.code, locked.password)).to.be.a('string');
    // and the counter starts again from 5
    const again = await api('POST', '/api/auth/login', { socialInsuranceCode: locked.code, password: 'nope' });
    expect(again.body.attemptsLeft).to.equal(4);
  });

  it('answers 401 session_expired without a token, with a bad one, and after 30 minutes', async () => {
    expect((await api('GET', '/api/me')).body.code).to.equal('session_expired');
    expect((await api('GET', '/api/me', undefined, 'forged')).status).to.equal(401);
    const token = await login(worker.code, worker.password);
    expect((await api('GET', '/api/me', undefined, token)).status).to.equal(200);
    await advance(30 * 60_000 + 1000);
    const r = await api('GET', '/api/me/card', undefined, token);
    expect(r.status).to.equal(401);
    expect(r.body.code).to.equal('session_expired');
  });

  it('logs out: 204 and the token stops working', async () => {
    const token = await login(worker.code, worker.password);
    expect((await api('POST', '/api/auth/logout', undefined, token)).status).to.equal(204);
    expect((await api('GET', '/api/me', undefined, token)).status).to.equal(401);
  });
});

describe('mocks: password change', () => {
  before(startWorker);
  beforeEach(reset);
  const mc = demoAccounts.find((a) => a.mustChangePassword)!;

  it('the must-change account got its password by SMS and is held at 403 until it changes it', async () => {
    const sms = (await outbox(phoneOf(mc.code)))[0]!.text;
    expect(sms).to.equal(`BHXHVN: Da hoan tat thu tuc thanh cong. Tai khoan: ${mc.code}/Mat khau: ${mc.password}`);
    const l = await api('POST', '/api/auth/login', { socialInsuranceCode: mc.code, password: mc.password });
    expect(l.body.mustChangePassword).to.equal(true);
    for (const path of ['/api/me', '/api/me/card', '/api/me/participation', '/api/me/benefits', '/api/me/visits']) {
      const r = await api('GET', path, undefined, l.body.token);
      expect(r.status, path).to.equal(403);
      expect(r.body.code).to.equal('password_change_required');
    }
    expect(
      (
        await api(
          'POST',
          '/api/auth/password',
          { currentPassword: mc.password, newPassword: 'DoiMoi2026' },
          l.body.token,
        )
      ).status,
    ).to.equal(204);
    expect((await api('GET', '/api/me', undefined, l.body.token)).status).to.equal(200);
    const again = await api('POST', '/api/auth/login', { socialInsuranceCode: mc.code, password: 'DoiMoi2026' });
    expect(again.body.mustChangePassword).to.equal(false);
  });

  it('applies the policy to the new password and checks the current one', async () => {
    const token = await login(worker.code, worker.password);
    const change = (currentPassword: string, newPassword: string) =>
      api('POST', '/api/auth/password', { currentPassword, newPassword }, token);
    const wrong = await change('not-it-1', 'GoodPass2026');
    expect(wrong.status).to.equal(422);
    expect(wrong.body.fields).to.have.keys('currentPassword');
    for (const bad of ['Ab1', 'onlyletters', '12345678', `a${worker.code}`, worker.password, 'x'.repeat(64) + '1']) {
      const r = await change(worker.password, bad);
      expect(r.status, bad).to.equal(422);
      expect(r.body.fields, bad).to.have.property('newPassword');
    }
    expect((await change(worker.password, 'GoodPass2026')).status).to.equal(204);
  });
});

describe('mocks: forgot and reset', () => {
  before(startWorker);
  beforeEach(reset);

  it('sends a reset OTP to the registered phone and resets the password with it', async () => {
    const phone = phoneOf(worker.code);
    const f = await api('POST', '/api/auth/forgot', { socialInsuranceCode: worker.code, phone });
    expect(f.status).to.equal(202);
    expect(f.body).to.deep.equal({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const otp = await lastOtp(phone);
    const weak = await api('POST', '/api/auth/reset', { socialInsuranceCode: worker.code, otp, newPassword: 'short' });
    expect(weak.status).to.equal(422);
    expect(weak.body.fields).to.have.property('newPassword');
    const bad = await api('POST', '/api/auth/reset', {
      socialInsuranceCode: worker.code,
      otp: otp === '123456' ? '654321' : '123456',
      newPassword: 'MoiHon2026',
    });
    expect(bad.status).to.equal(422);
    expect(bad.body.code).to.equal('otp_invalid');
    expect(
      (await api('POST', '/api/auth/reset', { socialInsuranceCode: worker.code, otp, newPassword: 'MoiHon2026' }))
        .status,
    ).to.equal(204);
    expect(
      (await api('POST', '/api/auth/login', { socialInsuranceCode: worker.code, password: worker.password })).status,
    ).to.equal(401);
    expect(await login(worker.code, 'MoiHon2026')).to.be.a('string');
    expect(
      (await api('POST', '/api/auth/reset', { socialInsuranceCode: worker.code, otp, newPassword: 'MoiNua2026' }))
        .status,
    ).to.equal(410);
  });

  it('answers 202 on a mismatch too, telling only that phone by SMS', async () => {
    const f = await api('POST', '/api/auth/forgot', { socialInsuranceCode: worker.code, phone: '0911111111' });
    expect(f.status).to.equal(202);
    const [sms] = await outbox('0911111111');
    expect(sms!.text).to.equal(
      'So dien thoai va ma so BHXH khong khop hoac chua dang ky giao dich dien tu voi co quan BHXH',
    );
    expect((await outbox(phoneOf(worker.code))).length).to.equal(0);
  });

  it('a reset ends a lockout and signs out existing sessions', async () => {
    const locked = demoAccounts.find((a) => a.locked)!;
    const phone = phoneOf(locked.code);
    const token = await login(worker.code, worker.password); // unrelated session survives
    await api('POST', '/api/auth/forgot', { socialInsuranceCode: locked.code, phone });
    const otp = await lastOtp(phone);
    expect(
      (await api('POST', '/api/auth/reset', { socialInsuranceCode: locked.code, otp, newPassword: 'MoKhoa2026' }))
        .status,
    ).to.equal(204);
    const l = await api('POST', '/api/auth/login', { socialInsuranceCode: locked.code, password: 'MoKhoa2026' });
    expect(l.status).to.equal(200);
    expect((await api('GET', '/api/me', undefined, token)).status).to.equal(200);
    // a second reset ends the session opened above
    await advance(61_000);
    await api('POST', '/api/auth/forgot', { socialInsuranceCode: locked.code, phone });
    await api('POST', '/api/auth/reset', {
      socialInsuranceCode: locked.code,
      otp: await lastOtp(phone),
      newPassword: 'MoKhoa2027',
    });
    expect((await api('GET', '/api/me', undefined, l.body.token)).status).to.equal(401);
  });
});
