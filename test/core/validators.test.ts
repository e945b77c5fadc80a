import { expect } from '@esm-bundle/chai';
import { messagesEn } from '@vssid/core/messages-en';
import type { RegistrationRequest } from '@vssid/core';
import { formatIssue, messagesVi } from '@vssid/core/i18n';
import {
  classifyIdNumber,
  issueCodes,
  passwordChecklist,
  validateCardCode,
  validateCccd,
  validateCmnd,
  validateDateOfBirth,
  validateDossierNumber,
  validateEmail,
  validateFacilityCode,
  validateFullName,
  validateIdNumber,
  validateIssueDate,
  validateOtp,
  validatePassport,
  validatePassword,
  validatePasswordChange,
  validatePasswordConfirmation,
  validatePhone,
  validateRegistration,
  validateSocialInsuranceCode,
  cardCodeWarnings,
  type ValidationResult,
} from '@vssid/core/validators';

/** `ok:<value>` or `<issue code>`, so every row states the whole expected outcome. */
function outcome(r: ValidationResult): string {
  return r.ok ? `ok:${r.value}` : r.issue.code;
}

describe('validateSocialInsuranceCode', () => {
  const rows: [string, string][] = [
    ['7901234567', 'ok:7901234567'],
    ['  79 0123 4567 ', 'ok:7901234567'],
    ['79.0123.4567', 'ok:7901234567'],
    ['', 'required'],
    ['790123456', 'sic_format'],
    ['79012345678', 'sic_format'],
    ['79O1234567', 'sic_format'],
    ['dn4797901234567', 'sic_from_card'],
  ];
  for (const [input, want] of rows)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(outcome(validateSocialInsuranceCode(input))).to.equal(want));

  it('suggests the last 10 characters of a pasted card code', () => {
    const r = validateSocialInsuranceCode('DN4797901234567');
    expect(r).to.deep.equal({ ok: false, issue: { code: 'sic_from_card', params: { suggestion: '7901234567' } } });
  });
});

describe('validateCardCode', () => {
  const rows: [string, string][] = [
    ['DN4797901234567', 'ok:DN4797901234567'],
    ['dn 4 79 7901234567', 'ok:DN4797901234567'],
    ['TE1010112345678', 'ok:TE1010112345678'],
    ['AK2797901234567', 'ok:AK2797901234567'], // accepted, unlabelled
    ['DN6797901234567', 'card_format'], // digit outside 1-5
    ['DN479790123456', 'card_format'],
    ['ZZ4797901234567', 'card_group_unknown'],
    ['DN4037901234567', 'card_province_unknown'], // 03 is not a province
    ['DN4007901234567', 'card_province_unknown'],
    ['', 'required'],
  ];
  for (const [input, want] of rows)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(outcome(validateCardCode(input))).to.equal(want));

  it('checks the last 10 against the user’s mã số BHXH', () => {
    expect(outcome(validateCardCode('DN4797901234567', { socialInsuranceCode: '7901234568' }))).to.equal(
      'card_sic_mismatch',
    );
    expect(outcome(validateCardCode('DN4797901234567', { socialInsuranceCode: '79 0123 4567' }))).to.equal(
      'ok:DN4797901234567',
    );
  });

  it('only warns about a benefit digit the group does not carry', () => {
    expect(validateCardCode('DN1797901234567').ok).to.equal(true);
    expect(cardCodeWarnings('DN1797901234567')).to.deep.equal([
      { code: 'card_digit_unexpected', params: { group: 'DN', digit: 1, expected: 4 } },
    ]);
    expect(cardCodeWarnings('DN4797901234567')).to.deep.equal([]);
    expect(cardCodeWarnings('CT4797901234567'), 'pre-2018 CT digit is historic, not unexpected').to.deep.equal([]);
  });
});

describe('validateCccd', () => {
  const rows: [string, { dateOfBirth?: string; sex?: 'male' | 'female' }, string][] = [
    ['079203000123', { dateOfBirth: '2003-05-01', sex: 'male' }, 'ok:079203000123'],
    ['0792 0300 0123', {}, 'ok:079203000123'],
    ['001185000123', { dateOfBirth: '1985-02-10', sex: 'female' }, 'ok:001185000123'],
    ['001099000123', { dateOfBirth: '1999-12-31', sex: 'male' }, 'ok:001099000123'],
    ['001200000123', { dateOfBirth: '2000-01-01', sex: 'male' }, 'ok:001200000123'], // 1999/2000 flip
    ['001000000123', { dateOfBirth: '2000-01-01', sex: 'male' }, 'cccd_century_mismatch'],
    ['001299000123', { dateOfBirth: '1999-12-31', sex: 'male' }, 'cccd_century_mismatch'],
    ['001305000123', { dateOfBirth: '2005-07-07', sex: 'female' }, 'ok:001305000123'], // female 2000s = 3
    ['001305000123', { dateOfBirth: '2005-07-07', sex: 'male' }, 'cccd_sex_mismatch'],
    ['001305000123', { dateOfBirth: '2005-07-07' }, 'ok:001305000123'], // sex "chưa xác định" → skip
    ['001206000123', { dateOfBirth: '2005-07-07', sex: 'male' }, 'cccd_year_mismatch'],
    ['000203000123', {}, 'cccd_province_unknown'],
    ['003203000123', {}, 'cccd_province_unknown'],
    ['179203000123', {}, 'cccd_province_unknown'],
    ['07920300012', {}, 'cccd_format'],
    ['07920300012A', {}, 'cccd_format'],
    ['', {}, 'required'],
  ];
  for (const [input, ctx, want] of rows) {
    it(`${input} ${JSON.stringify(ctx)} → ${want}`, () => expect(outcome(validateCccd(input, ctx))).to.equal(want));
  }

  it('explains a century mismatch with digit, sex, range and birth year', () => {
    const r = validateCccd('079203000123', { dateOfBirth: '1985-03-01', sex: 'male' });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issue.params).to.deep.equal({ digit: 2, sex: 'male', from: 2000, to: 2099, birthYear: 1985 });
    expect(formatIssue(r.issue)).to.equal('Số CCCD có chữ số thứ 4 là 2 (nam, sinh 2000–2099) nhưng ngày sinh là 1985');
  });
});

describe('CMND, passport and classification', () => {
  const rows: [string, string | null][] = [
    ['079203000123', 'cccd'],
    ['025 123 456', 'cmnd'],
    ['c1234567', 'passport'],
    ['C123456', null],
    ['12345678', null],
  ];
  for (const [input, want] of rows)
    it(`classifyIdNumber(${JSON.stringify(input)}) → ${want}`, () => expect(classifyIdNumber(input)).to.equal(want));

  it('validates each type by its own shape', () => {
    expect(outcome(validateCmnd('025123456'))).to.equal('ok:025123456');
    expect(outcome(validateCmnd('0251234567'))).to.equal('cmnd_format');
    expect(outcome(validatePassport(' b 1234567 '))).to.equal('ok:B1234567');
    expect(outcome(validatePassport('BB123456'))).to.equal('passport_format');
    expect(outcome(validateIdNumber('cmnd', '079203000123', {}))).to.equal('cmnd_format');
    expect(outcome(validateIdNumber(undefined, 'hello', {}))).to.equal('id_number_format');
    expect(outcome(validateIdNumber(undefined, '079203000123', { dateOfBirth: '1985-01-01' }))).to.equal(
      'cccd_century_mismatch',
    );
  });
});

describe('validatePhone', () => {
  const rows: [string, string][] = [
    ['0912345678', 'ok:0912345678'],
    ['+84 912 345 678', 'ok:0912345678'],
    ['84912345678', 'ok:0912345678'],
    ['+84 0912-345-678', 'ok:0912345678'],
    ['0862.123.456', 'ok:0862123456'],
    ['0591234567', 'ok:0591234567'], // Gmobile
    ['0951234567', 'phone_format'], // 095 is no carrier's
    ['0312345678', 'phone_format'],
    ['02437899999', 'phone_landline'],
    ['0283 822 1234', 'phone_landline'],
    ['01689123456', 'phone_old_11_digits'],
    ['091234567', 'phone_format'],
    ['09123456789', 'phone_format'],
    ['phone', 'phone_format'],
    ['', 'required'],
  ];
  for (const [input, want] of rows)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(outcome(validatePhone(input))).to.equal(want));

  it('suggests the 10-digit number for an old 11-digit one', () => {
    const r = validatePhone('01689123456');
    expect(!r.ok && r.issue.params).to.deep.equal({ suggestion: '0389123456' });
  });
});

describe('OTP, email, dossier, facility', () => {
  const rows: [string, (s: string) => ValidationResult, string, string][] = [
    ['otp', validateOtp, ' 615 204 ', 'ok:615204'],
    ['otp', validateOtp, '61520', 'otp_format'],
    ['otp', validateOtp, '61520a', 'otp_format'],
    ['email', validateEmail, ' An.Le@Example.COM ', 'ok:An.Le@example.com'],
    ['email', validateEmail, 'an@example', 'email_format'],
    ['email', validateEmail, 'an le@example.com', 'email_format'],
    ['email', validateEmail, 'an..le@example.com', 'email_format'],
    ['dossier', validateDossierNumber, '01027.gd/2026/00107', 'ok:01027.GD/2026/00107'],
    ['dossier', validateDossierNumber, '01027.G/2026/00107', 'ok:01027.G/2026/00107'],
    ['dossier', validateDossierNumber, '1027.GD/2026/00107', 'dossier_format'],
    ['dossier', validateDossierNumber, '01027.GDX/2026/00107', 'dossier_format'],
    ['facility', validateFacilityCode, '79 - 123', 'ok:79123'],
    ['facility', validateFacilityCode, '79123', 'ok:79123'],
    ['facility', validateFacilityCode, '03123', 'facility_province_unknown'],
    ['facility', validateFacilityCode, '7912', 'facility_format'],
  ];
  for (const [name, fn, input, want] of rows)
    it(`${name} ${JSON.stringify(input)} → ${want}`, () => expect(outcome(fn(input))).to.equal(want));
});

describe('validatePassword', () => {
  const ctx = { socialInsuranceCode: '7901234567', oldPassword: 'k7Qm29xa' };
  const rows: [string, string][] = [
    ['abc12345', 'ok:abc12345'],
    ['mậtkhẩu9', 'ok:mậtkhẩu9'],
    ['abc1234', 'password_length'],
    ['a1'.repeat(33), 'password_length'],
    ['abcdefgh', 'password_digit'],
    ['12345678', 'password_letter'],
    ['k7Qm29xa', 'password_same_as_old'],
    ['an7901234567', 'password_is_code'],
    ['', 'required'],
  ];
  for (const [pw, want] of rows)
    it(`${JSON.stringify(pw)} → ${want}`, () => expect(outcome(validatePassword(pw, ctx))).to.equal(want));

  it('rejects a password equal to the mã số BHXH once it has a letter', () => {
    // A bare code fails the letter rule first; the code rule is checked on its own in the checklist.
    expect(outcome(validatePassword('7901234567', ctx))).to.equal('password_letter');
    const checks = passwordChecklist('7901234567', ctx);
    expect(checks.find((c) => c.rule === 'not_code')?.met).to.equal(false);
  });

  it('lists every rule with met flags for a live checklist', () => {
    expect(passwordChecklist('abc', ctx).map((c) => [c.rule, c.met])).to.deep.equal([
      ['length', false],
      ['letter', true],
      ['digit', false],
      ['not_code', true],
      ['not_old', true],
    ]);
    expect(passwordChecklist('abc').map((c) => c.rule)).to.deep.equal(['length', 'letter', 'digit']);
  });

  it('checks confirmation and the change form', () => {
    expect(outcome(validatePasswordConfirmation('abc12345', 'abc12346'))).to.equal('password_mismatch');
    expect(outcome(validatePasswordConfirmation('abc12345', 'abc12345'))).to.equal('ok:abc12345');
    expect(
      validatePasswordChange({ oldPassword: 'k7Qm29xa', newPassword: 'k7Qm29xa', confirmation: 'x' }),
    ).to.deep.equal({
      newPassword: { code: 'password_same_as_old' },
      confirmation: { code: 'password_mismatch' },
    });
  });
});

describe('validateFullName', () => {
  const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
  const rows: [string, string][] = [
    ['  Lê   Văn  An ', 'ok:Lê Văn An'],
    [nfd, `ok:${'Nguyễn Thị Ánh'.normalize('NFC')}`],
    ['ĐẶNG THỊ HỒNG NHUNG', 'ok:ĐẶNG THỊ HỒNG NHUNG'],
    ['H’Hen Niê', "ok:H'Hen Niê"],
    ['Lê Văn An2', 'name_chars'],
    ['Lê-Văn An', 'name_chars'],
    ['Łukasz Nowak', 'name_chars'],
    ['A', 'name_length'],
    ['A'.repeat(101), 'name_length'],
    ['   ', 'required'],
  ];
  for (const [input, want] of rows)
    it(`${JSON.stringify(input)} → ${want}`, () => expect(outcome(validateFullName(input))).to.equal(want));

  it('returns NFC for NFD input (same bytes as the composed form)', () => {
    const r = validateFullName(nfd);
    expect(r.ok && r.value.length).to.equal('Nguyễn Thị Ánh'.normalize('NFC').length);
  });
});

describe('dates', () => {
  const today = '2026-03-15';
  const rows: [string, string][] = [
    ['2000-02-29', 'ok:2000-02-29'],
    ['29/02/2024', 'ok:2024-02-29'],
    ['1/3/1990', 'ok:1990-03-01'],
    ['29/02/2023', 'dob_format'], // not a leap year
    ['1900-02-29', 'dob_format'], // centuries are leap only when divisible by 400
    ['31/04/1990', 'dob_format'],
    ['2026-03-16', 'dob_future'],
    ['2026-03-15', 'ok:2026-03-15'],
    ['1905-03-14', 'dob_too_old'],
    ['1906-03-15', 'ok:1906-03-15'],
    ['', 'required'],
  ];
  for (const [input, want] of rows)
    it(`dob ${JSON.stringify(input)} → ${want}`, () =>
      expect(outcome(validateDateOfBirth(input, { today }))).to.equal(want));

  it('checks the issue date against today and the date of birth', () => {
    expect(outcome(validateIssueDate('2021-06-01', { dateOfBirth: '2003-05-01', today }))).to.equal('ok:2021-06-01');
    expect(outcome(validateIssueDate('2002-06-01', { dateOfBirth: '2003-05-01', today }))).to.equal(
      'date_before_birth',
    );
    expect(outcome(validateIssueDate('2027-01-01', { dateOfBirth: '2003-05-01', today }))).to.equal('date_future');
    expect(outcome(validateIssueDate('32/01/2021', { today }))).to.equal('date_format');
  });
});

describe('validateRegistration', () => {
  const today = '2026-03-15';
  const good: RegistrationRequest = {
    fullName: 'Lê Văn An',
    dateOfBirth: '2003-05-01',
    sex: 'male',
    socialInsuranceCode: '7901234567',
    idType: 'cccd',
    idNumber: '079203000123',
    idIssueDate: '2021-06-01',
    idIssuePlace: 'Cục Cảnh sát QLHC về TTXH',
    address: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
    email: 'an.le@example.com',
    phone: '0912345678',
    phoneToken: 'tok',
    officeCode: '79001',
    photos: { portrait: 'u1', idFront: 'u2', idBack: 'u3' },
    consent: true,
  };

  it('accepts a complete, consistent draft', () => expect(validateRegistration(good, { today })).to.deep.equal({}));

  it('reports every missing field of an empty draft', () => {
    const issues = validateRegistration({}, { today });
    expect(Object.keys(issues).sort()).to.deep.equal(
      [
        'address',
        'consent',
        'dateOfBirth',
        'email',
        'fullName',
        'idIssueDate',
        'idIssuePlace',
        'idNumber',
        'officeCode',
        'phone',
        'phoneToken',
        'photos.idBack',
        'photos.idFront',
        'photos.portrait',
        'sex',
        'socialInsuranceCode',
      ].sort(),
    );
    expect(issues.consent).to.deep.equal({ code: 'consent_required' });
    expect(issues.phoneToken).to.deep.equal({ code: 'phone_not_verified' });
  });

  it('runs the cross-field CCCD rules', () => {
    expect(validateRegistration({ ...good, dateOfBirth: '1985-05-01' }, { today }).idNumber?.code).to.equal(
      'cccd_century_mismatch',
    );
    expect(validateRegistration({ ...good, sex: 'female' }, { today }).idNumber?.code).to.equal('cccd_sex_mismatch');
    expect(validateRegistration({ ...good, idIssueDate: '2002-01-01' }, { today }).idIssueDate?.code).to.equal(
      'date_before_birth',
    );
  });

  it('does not repeat one bad date of birth as a CCCD issue', () => {
    const issues = validateRegistration({ ...good, dateOfBirth: '2003-02-30' }, { today });
    expect(issues.dateOfBirth?.code).to.equal('dob_format');
    expect(issues.idNumber).to.equal(undefined);
  });

  it('can waive ID photos but never the portrait', () => {
    const issues = validateRegistration(
      { ...good, photos: { portrait: '', idFront: '', idBack: '' } },
      { today, requireIdPhotos: false },
    );
    expect(Object.keys(issues)).to.deep.equal(['photos.portrait']);
  });
});

describe('message catalogs', () => {
  for (const code of issueCodes) {
    it(`${code} has vi and en messages that differ and fill their params`, () => {
      const params = {
        suggestion: '7901234567',
        group: 'ZZ',
        province: '03',
        code: '003',
        digit: 2,
        sex: 'male',
        declaredSex: 'female',
        from: 2000,
        to: 2099,
        birthYear: 1985,
        digits: '85',
        expected: 4,
        length: 6,
        min: 8,
        max: 64,
        char: '#',
        maxAge: 120,
      };
      const vi = messagesVi[code](params);
      const en = messagesEn[code](params);
      expect(vi).to.be.a('string').and.not.equal('');
      expect(en).to.be.a('string').and.not.equal('');
      expect(vi).not.to.equal(en);
      expect(vi + en).not.to.match(/undefined/);
    });
  }

  it('renders specific Vietnamese and English texts', () => {
    expect(formatIssue({ code: 'sic_format' })).to.equal('Mã số BHXH gồm đúng 10 chữ số');
    expect(formatIssue({ code: 'sic_format' }, 'en')).to.equal('The social insurance number has exactly 10 digits');
    expect(
      formatIssue({ code: 'cccd_sex_mismatch', params: { digit: 3, sex: 'female', declaredSex: 'male' } }),
    ).to.equal('Số CCCD có chữ số thứ 4 là 3 (giới tính nữ) nhưng giới tính đã chọn là nam');
  });
});

describe('BHYT group meanings by language', () => {
  it('gives the regulation wording in Vietnamese and an English gloss once English is loaded', async () => {
    const { bhytGroupMeaning } = await import('@vssid/core/i18n');
    const { BHYT_GROUPS } = await import('@vssid/core/domain');
    expect(bhytGroupMeaning('DN', 'vi')).to.equal('Người lao động trong doanh nghiệp');
    expect(bhytGroupMeaning('DN', 'en')).to.equal('Employee of an enterprise');
    expect(bhytGroupMeaning('TE', 'en')).to.equal('Child under 6');
    expect(bhytGroupMeaning('ZZ', 'en')).to.equal(undefined);
    // every group in the table has an English gloss
    const missing = BHYT_GROUPS.filter((g) => bhytGroupMeaning(g.code, 'en') === g.meaning).map((g) => g.code);
    expect(missing).to.deep.equal([]);
  });
});
