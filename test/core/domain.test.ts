import { expect } from '@esm-bundle/chai';
import {
  BASE_SALARY,
  BENEFIT_LEVELS,
  BHYT_GROUPS,
  NEW_PROVINCES,
  OLD_PROVINCES,
  baseSalaryOn,
  buildCardQr,
  convertOldMobile,
  estimateCoPayment,
  fromHexUtf8,
  getBhytGroup,
  householdBhytPremium,
  isKnownGroupCode,
  isProvinceCode,
  mobileCarrier,
  parseCardCode,
  parseCardQr,
  parseDateInput,
  resolveOldProvince,
  toHexUtf8,
  todayIso,
  totalContributionRates,
} from '@vssid/core/domain';
import { provinceLabel } from '@vssid/core/i18n';

describe('provinces', () => {
  it('has 63 old and 34 new provinces with unique codes', () => {
    expect(OLD_PROVINCES).to.have.length(63);
    expect(new Set(OLD_PROVINCES.map((p) => p.code)).size).to.equal(63);
    expect(NEW_PROVINCES).to.have.length(34);
  });

  it('maps every old code into exactly one new province, each new code being an old code', () => {
    const merged = NEW_PROVINCES.flatMap((p) => p.oldCodes).sort();
    expect(merged).to.deep.equal(OLD_PROVINCES.map((p) => p.code).sort());
    for (const p of NEW_PROVINCES) expect(isProvinceCode(p.code), p.code).to.equal(true);
  });

  const rows: [string, string, string, string][] = [
    ['15', 'Yên Bái', 'merged', 'Yên Bái (nay thuộc Lào Cai)'],
    ['10', 'Lào Cai', 'unchanged', 'Lào Cai'],
    ['74', 'Bình Dương', 'merged', 'Bình Dương (nay thuộc TP. Hồ Chí Minh)'],
    ['02', 'Hà Giang', 'merged', 'Hà Giang (nay thuộc Tuyên Quang)'],
    ['46', 'Thừa Thiên Huế', 'renamed', 'Thừa Thiên Huế (nay là TP. Huế)'],
    ['01', 'Hà Nội', 'unchanged', 'Hà Nội'],
  ];
  for (const [code, oldName, change, label] of rows) {
    it(`resolves ${code} → ${label}`, () => {
      const r = resolveOldProvince(code)!;
      expect([r.oldName, r.change]).to.deep.equal([oldName, change]);
      expect(provinceLabel(r)).to.equal(label);
    });
  }

  it('rejects codes outside the 63', () => {
    for (const c of ['00', '03', '99', '1']) expect(resolveOldProvince(c), c).to.equal(undefined);
  });

  it('labels in English', () =>
    expect(provinceLabel(resolveOldProvince('15')!, 'en')).to.equal('Yên Bái (now part of Lào Cai)'));
});

describe('BHYT groups and card codes', () => {
  it('has unique group codes with groups in legal order', () => {
    expect(new Set(BHYT_GROUPS.map((g) => g.code)).size).to.equal(BHYT_GROUPS.length);
    const groups = BHYT_GROUPS.map((g) => g.group).filter((x) => x !== null) as number[];
    expect(groups).to.deep.equal([...groups].sort());
    expect(getBhytGroup('TE')).to.include({ group: 3, digit: 1 });
    expect(isKnownGroupCode('MN')).to.equal(true);
    expect(isKnownGroupCode('ZZ')).to.equal(false);
  });

  it('explains a card code', () => {
    const p = parseCardCode('dn4797901234567')!;
    expect(p).to.include({
      groupCode: 'DN',
      group: 1,
      groupKnown: true,
      benefitDigit: 4,
      expectedDigit: 4,
      digitCheck: 'expected',
      provinceCode: '79',
      socialInsuranceCode: '7901234567',
    });
    expect(p.province?.oldName).to.equal('TP. Hồ Chí Minh');
  });

  it('explains an unlabelled group and a defence card', () => {
    expect(parseCardCode('AK2797901234567')).to.include({
      groupKnown: true,
      groupMeaning: null,
      expectedDigit: 2,
      group: null,
    });
    expect(parseCardCode('QN5010112345678')).to.include({ mayBeDefenceOrPolice: true, digitCheck: 'expected' });
    expect(parseCardCode('HT4150112345678')).to.include({ digitCheck: 'unexpected', expectedDigit: 3 });
    expect(parseCardCode('HT3150112345678')?.province?.current.name).to.equal('Lào Cai');
    expect(parseCardCode('DN479790123456')).to.equal(undefined);
  });
});

describe('co-payment', () => {
  const rows: [Parameters<typeof estimateCoPayment>[0], number, number, string][] = [
    [{ benefitDigit: 4, amount: 500_000 }, 400_000, 100_000, 'standard'],
    [{ benefitDigit: 4, amount: 300_000 }, 300_000, 0, 'low_cost'],
    [{ benefitDigit: 4, amount: 350_999, onDate: '2026-06-30' }, 350_999, 0, 'low_cost'],
    [{ benefitDigit: 4, amount: 351_000, onDate: '2026-06-30' }, 280_800, 70_200, 'standard'],
    // lương cơ sở 2,530,000 from 1 July 2026: 15% is 379,500
    [{ benefitDigit: 4, amount: 379_499, onDate: '2026-07-01' }, 379_499, 0, 'low_cost'],
    [{ benefitDigit: 4, amount: 379_500, onDate: '2026-07-01' }, 303_600, 75_900, 'standard'],
    [{ benefitDigit: 3, amount: 1_000_000 }, 950_000, 50_000, 'standard'],
    [{ benefitDigit: 3, amount: 1_000_000, commune: true }, 1_000_000, 0, 'commune'],
    [{ benefitDigit: 4, amount: 1_000_000, fiveYears: true }, 1_000_000, 0, 'five_years'],
    [{ benefitDigit: 1, amount: 9_000_000 }, 9_000_000, 0, 'full_benefit'],
    [{ benefitDigit: 2, amount: 9_000_000 }, 9_000_000, 0, 'full_benefit'],
    [{ benefitDigit: 5, amount: 9_000_000 }, 9_000_000, 0, 'full_benefit'],
    [{ cardCode: 'DN4797901234567', amount: 500_000 }, 400_000, 100_000, 'standard'],
    [{ benefitDigit: 4, amount: 500_000, baseSalary: 1_800_000 }, 400_000, 100_000, 'standard'],
  ];
  for (const [input, fund, patient, rule] of rows) {
    it(`${JSON.stringify(input)} → fund ${fund}, patient ${patient} (${rule})`, () => {
      expect(estimateCoPayment(input)).to.include({ fundPays: fund, patientPays: patient, rule });
    });
  }

  it('takes the lương cơ sở in force today from the dated table when no date is given', () => {
    const threshold = baseSalaryOn(todayIso()) * 0.15;
    expect(estimateCoPayment({ benefitDigit: 4, amount: threshold - 1 })!.rule).to.equal('low_cost');
    expect(estimateCoPayment({ benefitDigit: 4, amount: threshold })!.rule).to.equal('standard');
  });

  it('returns undefined without a valid digit', () => {
    expect(estimateCoPayment({ benefitDigit: 6, amount: 1 })).to.equal(undefined);
    expect(estimateCoPayment({ cardCode: 'bad', amount: 1 })).to.equal(undefined);
  });

  it('knows the statutory figures', () => {
    expect(BASE_SALARY * 0.15).to.equal(351_000);
    expect(baseSalaryOn('2024-06-30')).to.equal(1_800_000);
    expect(baseSalaryOn('2024-07-01')).to.equal(2_340_000);
    expect(baseSalaryOn('2026-06-30')).to.equal(2_340_000);
    expect(baseSalaryOn('2026-07-01')).to.equal(2_530_000);
    expect(totalContributionRates()).to.deep.equal({ employee: 0.105, employer: 0.215 });
    expect(totalContributionRates({ foreignWorker: true })).to.deep.equal({ employee: 0.095, employer: 0.205 });
    expect(householdBhytPremium(1)).to.equal(1_263_600);
    expect(householdBhytPremium(2)).to.equal(884_520);
    expect(BENEFIT_LEVELS[4].fundShare).to.equal(0.8);
  });
});

describe('card QR', () => {
  it('encodes names as hex of UTF-8', () => {
    expect(toHexUtf8('Lê Văn An')).to.equal('4cc3aa2056c4836e20416e');
    expect(toHexUtf8('Lê Văn An'.normalize('NFD'))).to.equal('4cc3aa2056c4836e20416e');
    expect(fromHexUtf8('4cc3aa2056c4836e20416e')).to.equal('Lê Văn An');
    expect(fromHexUtf8('4cc3')).to.equal(undefined); // truncated UTF-8
    expect(fromHexUtf8('zz')).to.equal(undefined);
  });

  const card = {
    cardCode: 'DN4797901234567',
    fullName: 'Lê Văn An',
    dateOfBirth: '2003-05-01',
    sex: 'male' as const,
    address: '12 Nguyễn Huệ, TP. Hồ Chí Minh',
    facility: { code: '79123' },
    validFrom: '2025-01-01',
    validTo: null,
  };

  it('builds the payload field by field', () => {
    const f = buildCardQr(card).split('|');
    expect(f.slice(0, 4)).to.deep.equal(['DN4797901234567', '4cc3aa2056c4836e20416e', '01/05/2003', '1']);
    expect(f.slice(5, 8)).to.deep.equal(['79 - 123', '01/01/2025', '']);
  });

  it('round-trips through parseCardQr', () => {
    const parsed = parseCardQr(buildCardQr({ ...card, validTo: '2025-12-31', contact: 'Lê Văn Bình' }))!;
    expect(parsed).to.deep.include({
      cardCode: 'DN4797901234567',
      fullName: 'Lê Văn An',
      dateOfBirth: '2003-05-01',
      sex: 'male',
      facilityCode: '79123',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      contact: 'Lê Văn Bình',
      address: card.address,
    });
  });

  it('rejects malformed payloads', () => {
    expect(parseCardQr('DN4797901234567|zz|01/05/2003|1||79 - 123|01/01/2025|')).to.equal(undefined);
    expect(parseCardQr('hello')).to.equal(undefined);
    expect(parseCardQr('DN4797901234567|4cc3aa2056c4836e20416e|30/02/2003|1||79 - 123|01/01/2025|')).to.equal(
      undefined,
    );
  });
});

describe('phones, dates, ICD-10', () => {
  const carriers: [string, string | undefined][] = [
    ['0961234567', 'viettel'],
    ['0881234567', 'vinaphone'],
    ['0701234567', 'mobifone'],
    ['0921234567', 'vietnamobile'],
    ['0991234567', 'gmobile'],
    ['0871234567', 'itelecom'],
    ['0551234567', 'reddi'],
    ['0951234567', undefined],
  ];
  for (const [p, c] of carriers) it(`${p} → ${c}`, () => expect(mobileCarrier(p)).to.equal(c));

  it('converts old 11-digit mobile numbers', () => {
    expect(convertOldMobile('01201234567')).to.equal('0701234567');
    expect(convertOldMobile('01991234567')).to.equal('0591234567');
    expect(convertOldMobile('01301234567')).to.equal(undefined);
  });

  it('reads dates in the shapes users and files use', () => {
    expect(parseDateInput('20240305')).to.equal('2024-03-05');
    expect(parseDateInput('05032024')).to.equal('2024-03-05');
    expect(parseDateInput('05.03.2024')).to.equal('2024-03-05');
    expect(parseDateInput('2023-02-29')).to.equal(undefined);
  });
});
