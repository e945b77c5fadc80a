import { expect } from '@esm-bundle/chai';
import {
  formatCardCode,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFacilityCode,
  formatMonth,
  formatNumber,
  formatPercent,
  formatVnd,
  maskIdNumber,
  maskPhone,
  monthsBetween,
  normalizeDigits,
  splitCardCode,
} from '@vssid/core/format';

// Intl separates amount and symbol with a no-break space; tests compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDate / formatDateTime / formatMonth', () => {
  const rows: [string, 'vi' | 'en', string][] = [
    ['2024-03-05', 'vi', '05/03/2024'],
    ['2024-03-05', 'en', '05/03/2024'],
    ['2000-02-29', 'vi', '29/02/2000'],
    ['2024-12-31', 'vi', '31/12/2024'], // must not shift with the viewer's time zone
    ['not a date', 'vi', 'not a date'],
  ];
  for (const [iso, locale, want] of rows)
    it(`formatDate(${iso}, ${locale}) → ${want}`, () => expect(formatDate(iso, locale)).to.equal(want));

  it('shows instants in Vietnam time', () => {
    expect(formatDateTime('2024-03-05T07:30:00Z')).to.equal('14:30 05/03/2024');
    expect(formatDateTime('2024-03-05T20:15:00+07:00', 'en')).to.equal('20:15 05/03/2024');
    expect(formatDateTime('2024-12-31T18:00:00Z')).to.equal('01:00 01/01/2025');
  });

  it('formats months MM/YYYY', () => {
    expect(formatMonth('2024-03')).to.equal('03/2024');
    expect(formatMonth('2024-3')).to.equal('2024-3');
  });
});

describe('numbers and money', () => {
  it('formats đồng the Vietnamese way', () => expect(plain(formatVnd(1_234_000))).to.equal('1.234.000 ₫'));
  it('keeps the Vietnamese money format in the English UI', () =>
    expect(plain(formatVnd(1_234_000, 'en'))).to.equal('1.234.000 ₫'));
  it('rounds đồng to whole units', () => expect(plain(formatVnd(350_999.5))).to.equal('351.000 ₫'));
  it('groups numbers by locale', () => {
    expect(formatNumber(1234567.5)).to.equal('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).to.equal('1.234.567,5');
  });
  it('formats rates', () => expect(formatPercent(0.175)).to.match(/^17,5\s?%$/));
  it('normalises fullwidth and Arabic-Indic digits', () => {
    expect(normalizeDigits('０９１２ ٣٤٥ ۶۷۸')).to.equal('0912 345 678');
    expect(normalizeDigits('abc')).to.equal('abc');
  });
});

describe('durations', () => {
  const rows: [number, string, string][] = [
    [27, '2 năm 3 tháng', '2 years 3 months'],
    [12, '1 năm', '1 year'],
    [13, '1 năm 1 tháng', '1 year 1 month'],
    [5, '5 tháng', '5 months'],
    [0, '0 tháng', '0 months'],
    [180, '15 năm', '15 years'],
  ];
  for (const [m, vi, en] of rows) {
    it(`${m} months → "${vi}" / "${en}"`, () => {
      expect(formatDuration(m)).to.equal(vi);
      expect(formatDuration(m, 'en')).to.equal(en);
    });
  }

  const between: [string, string, number][] = [
    ['2024-01', '2024-12', 12],
    ['2024-03', '2024-03', 1],
    ['2019-11', '2020-02', 4],
    ['2024-05', '2024-04', 0],
    ['2024-5', '2024-06', 0],
  ];
  for (const [a, b, n] of between)
    it(`monthsBetween(${a}, ${b}) = ${n}`, () => expect(monthsBetween(a, b)).to.equal(n));
});

describe('codes and masks', () => {
  it('masks ID numbers to the last 4', () => {
    expect(maskIdNumber('079203000123')).to.equal('********0123');
    expect(maskIdNumber('025123456')).to.equal('*****3456');
  });
  it('masks phones to the first and last 3', () => {
    expect(maskPhone('0912345678')).to.equal('091****678');
    expect(maskPhone('0912 345 678')).to.equal('091****678');
  });
  it('splits and formats card codes', () => {
    expect(formatCardCode('dn4797901234567')).to.equal('DN 4 79 7901234567');
    expect(splitCardCode('DN4797901234567')).to.deep.equal({
      group: 'DN',
      benefit: '4',
      province: '79',
      socialInsuranceCode: '7901234567',
    });
    expect(formatCardCode('bad')).to.equal('bad');
  });
  it('formats facility codes PP - NNN', () => {
    expect(formatFacilityCode('79123')).to.equal('79 - 123');
    expect(formatFacilityCode('79-123')).to.equal('79 - 123');
    expect(formatFacilityCode('7912')).to.equal('7912');
  });
});
