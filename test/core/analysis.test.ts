import { expect } from '@esm-bundle/chai';
import type { BenefitPayment, InsuranceType, ParticipationPeriod } from '@vssid/core';
import {
  UTF8_BOM,
  addMonthsTo,
  buildParticipationCsv,
  buildTimeline,
  csvCell,
  findGaps,
  findOverlaps,
  groupBenefitsByYear,
  benefitTotalsByRegime,
  monthFromIndex,
  monthIndex,
  participationCsvRows,
  participationMilestones,
  participationTotals,
  regimesPresent,
  summarizeArrears,
  toCsv,
  unpaidStretches,
} from '@vssid/core/analysis';

let seq = 0;
function period(
  type: InsuranceType,
  fromMonth: string,
  toMonth: string,
  extra: Partial<ParticipationPeriod> = {},
): ParticipationPeriod {
  const months = monthIndex(toMonth) - monthIndex(fromMonth) + 1;
  return {
    id: `p${++seq}`,
    insuranceType: type,
    fromMonth,
    toMonth,
    employerCode: 'TA1234A',
    employerName: 'Công ty TNHH An Bình',
    position: 'Kế toán viên',
    salaryBase: 5_000_000,
    months,
    rate: 25.5,
    unpaidMonths: 0,
    voluntary: false,
    ...extra,
  };
}

function payment(
  regime: BenefitPayment['regime'],
  periodMonth: string,
  amount: number,
  status: BenefitPayment['status'] = 'paid',
): BenefitPayment {
  return {
    id: `b${++seq}`,
    regime,
    period: periodMonth,
    fromDate: `${periodMonth}-01`,
    toDate: `${periodMonth}-05`,
    days: 5,
    amount,
    status,
    paymentMethod: 'bank',
    paidAt: null,
    proposingUnit: 'Công ty TNHH An Bình',
  };
}

describe('analysis: months', () => {
  it('converts months to indices and back, across year ends', () => {
    expect(monthFromIndex(monthIndex('2024-03'))).to.equal('2024-03');
    expect(addMonthsTo('2024-11', 3)).to.equal('2025-02');
    expect(addMonthsTo('2025-01', -1)).to.equal('2024-12');
    expect(Number.isNaN(monthIndex('2024-13'))).to.equal(true);
  });
});

describe('analysis: participation totals and gaps', () => {
  const rows = [
    period('BHXH', '2020-01', '2020-12'),
    period('BHXH', '2021-04', '2021-12', { unpaidMonths: 2 }),
    period('BHXH', '2015-01', '2015-06'),
    period('BHYT', '2020-01', '2021-12'),
  ];

  it('adds up months and unpaid months per type, every type present', () => {
    const t = participationTotals(rows);
    expect(t.BHXH.months).to.equal(12 + 9 + 6);
    expect(t.BHXH.unpaidMonths).to.equal(2);
    expect(t.BHYT.months).to.equal(24);
    expect(t.BHTN).to.deep.equal({ type: 'BHTN', months: 0, unpaidMonths: 0, periods: 0 });
  });

  it('finds the gaps between rows, newest first, and none before the first row', () => {
    expect(findGaps(rows, 'BHXH')).to.deep.equal([
      { fromMonth: '2021-01', toMonth: '2021-03', months: 3 },
      { fromMonth: '2015-07', toMonth: '2019-12', months: 54 },
    ]);
    expect(findGaps(rows, 'BHYT')).to.deep.equal([]);
  });

  it('does not see a gap when an older row outlasts a newer one', () => {
    const nested = [
      period('BHXH', '2020-01', '2020-03'),
      period('BHXH', '2018-01', '2020-12'),
      period('BHXH', '2021-01', '2021-02'),
    ];
    expect(findGaps(nested, 'BHXH')).to.deep.equal([]);
  });

  it('builds a timeline grouped by year with gap rows between years', () => {
    const items = buildTimeline(rows, 'BHXH');
    expect(
      items.map((i) => (i.kind === 'year' ? `Y${i.year}` : i.kind === 'gap' ? `G${i.gap.months}` : i.period.fromMonth)),
    ).to.deep.equal(['Y2021', '2021-04', 'G3', 'Y2020', '2020-01', 'G54', 'Y2015', '2015-01']);
    const y2021 = items[0]!;
    expect(y2021.kind === 'year' && y2021.months).to.equal(9);
    expect(new Set(items.map((i) => i.key)).size).to.equal(items.length);
  });
});

describe('analysis: overlaps', () => {
  it('flags two employers declaring the same months, with the shared stretch', () => {
    const a = period('BHXH', '2022-01', '2022-12', { employerName: 'Công ty A' });
    const b = period('BHXH', '2022-10', '2023-03', { employerName: 'Công ty B' });
    const c = period('BHXH', '2023-04', '2023-12', { employerName: 'Công ty B' });
    const o = findOverlaps([a, b, c, period('BHYT', '2022-01', '2022-12')]);
    expect(o).to.have.length(1);
    expect(o[0]).to.deep.include({ type: 'BHXH', fromMonth: '2022-10', toMonth: '2022-12', months: 3 });
    expect(o[0]!.ids).to.deep.equal([a.id, b.id]);
    expect(o[0]!.employers).to.deep.equal(['Công ty A', 'Công ty B']);
    const items = buildTimeline([a, b, c], 'BHXH');
    const flagged = items
      .filter((i) => i.kind === 'period' && i.overlapping)
      .map((i) => (i.kind === 'period' ? i.period.id : ''));
    expect(flagged.sort()).to.deep.equal([a.id, b.id].sort());
  });

  it('finds no overlap in 480 consecutive monthly rows', () => {
    const rows = Array.from({ length: 480 }, (_, i) =>
      period('BHXH', monthFromIndex(monthIndex('1983-01') + i), monthFromIndex(monthIndex('1983-01') + i)),
    );
    expect(findOverlaps(rows)).to.deep.equal([]);
    expect(findGaps(rows, 'BHXH')).to.deep.equal([]);
  });
});

describe('analysis: unpaid months and arrears', () => {
  it('places unpaid months at the end of their row', () => {
    const rows = [period('BHXH', '2025-01', '2025-05', { unpaidMonths: 3, employerCode: 'YN0001A' })];
    expect(unpaidStretches(rows)).to.deep.equal([
      {
        type: 'BHXH',
        periodId: rows[0]!.id,
        employerCode: 'YN0001A',
        employerName: 'Công ty TNHH An Bình',
        fromMonth: '2025-03',
        toMonth: '2025-05',
        months: 3,
      },
    ]);
  });

  it('sums each notice and all notices', () => {
    const s = summarizeArrears({
      arrears: [
        {
          employerCode: 'A',
          employerName: 'A',
          fromMonth: '2024-01',
          toMonth: '2024-02',
          amounts: { bhxh: 100, bhyt: 20, bhtn: 5 },
        },
        {
          employerCode: 'B',
          employerName: 'B',
          fromMonth: '2025-03',
          toMonth: '2025-05',
          amounts: { bhxh: 1_000, bhyt: 200, bhtn: 50 },
        },
      ],
    });
    expect(s.items.map((i) => [i.employerCode, i.months, i.total])).to.deep.equal([
      ['B', 3, 1250],
      ['A', 2, 125],
    ]);
    expect(s.total).to.equal(1375);
  });
});

describe('analysis: milestones', () => {
  it('counts distinct paid BHXH months toward 15 years', () => {
    const rows = [
      period('BHXH', '2010-01', '2019-12'), // 120
      period('BHXH', '2019-07', '2019-12', { employerName: 'Overlap' }), // overlapping: counted once
      period('BHXH', '2020-01', '2020-12', { unpaidMonths: 2 }), // 10 paid
    ];
    const pension = participationMilestones(rows).find((m) => m.id === 'pension')!;
    expect(pension.achieved).to.equal(130);
    expect(pension.remaining).to.equal(50);
    expect(pension.reached).to.equal(false);
    expect(pension.fraction).to.be.closeTo(130 / 180, 1e-9);
  });

  it('counts BHTN months in the 24 months up to the latest one', () => {
    const rows = [period('BHTN', '2022-01', '2022-06'), period('BHTN', '2023-07', '2024-02')];
    const u = participationMilestones(rows).find((m) => m.id === 'unemployment')!;
    expect(u).to.deep.include({
      fromMonth: '2022-03',
      toMonth: '2024-02',
      achieved: 4 + 8,
      reached: true,
      remaining: 0,
    });
  });

  it('keeps a BHYT streak across a 3-month interruption but not a 4-month one', () => {
    const short = [period('BHYT', '2019-01', '2021-12'), period('BHYT', '2022-04', '2023-12')];
    const a = participationMilestones(short).find((m) => m.id === 'bhyt_five_years')!;
    expect(a.achieved).to.equal(36 + 21);
    expect(a.remaining).to.equal(3);
    expect(a.fromMonth).to.equal('2019-01');
    const long = [period('BHYT', '2019-01', '2021-12'), period('BHYT', '2022-05', '2023-12')];
    const b = participationMilestones(long).find((m) => m.id === 'bhyt_five_years')!;
    expect(b.achieved).to.equal(20);
    expect(b.fromMonth).to.equal('2022-05');
  });

  it('reports zero progress with no rows', () => {
    expect(participationMilestones([]).map((m) => [m.id, m.achieved, m.fraction])).to.deep.equal([
      ['pension', 0, 0],
      ['unemployment', 0, 0],
      ['bhyt_five_years', 0, 0],
    ]);
  });
});

describe('analysis: CSV', () => {
  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell(25.5)).to.equal('25.5');
    expect(csvCell(null)).to.equal('');
  });

  it('defuses formula cells (= + - @ tab) but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+84912')).to.equal("'+84912");
    expect(csvCell('-1+1')).to.equal("'-1+1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
    expect(csvCell(-5)).to.equal('-5');
  });

  it('starts with the BOM and ends lines with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(text.startsWith(UTF8_BOM)).to.equal(true);
    expect(text.slice(1)).to.equal('a,b\r\n1,2\r\n');
    expect(toCsv([['x']], { bom: false })).to.equal('x\r\n');
  });

  it('writes the participation history with the Vietnamese header, one line per row, in tab order', () => {
    const rows = [
      period('BHYT', '2020-01', '2020-12'),
      period('BHXH', '2020-01', '2020-12', { employerName: '=cmd|" /C calc"!A0', unpaidMonths: 1 }),
      period('BHTNLD_BNN', '2020-01', '2020-12', { rate: 0.5 }),
    ];
    const text = buildParticipationCsv(rows);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).to.equal(
      'Loại,Từ tháng,Đến tháng,Số tháng,Mã đơn vị,Đơn vị,Chức vụ,Mức lương đóng,Tỷ lệ (%),Số tháng chưa đóng',
    );
    expect(lines).to.have.length(4);
    expect(lines[1]).to.equal(`BHXH,01/2020,12/2020,12,TA1234A,"'=cmd|"" /C calc""!A0",Kế toán viên,5000000,25.5,1`);
    expect(lines[2]!.startsWith('BHYT,')).to.equal(true);
    expect(lines[3]!.startsWith('BHTNLĐ-BNN,01/2020,12/2020,12,')).to.equal(true);
    expect(participationCsvRows(rows, 'en')[0]![0]).to.equal('Type');
  });
});

describe('analysis: benefits', () => {
  const list = [
    payment('sickness', '2024-03', 1_000_000),
    payment('maternity', '2025-01', 30_000_000),
    payment('sickness', '2025-06', 500_000),
    payment('sickness', '2025-07', 700_000, 'rejected'),
    payment('convalescence', '2025-07', 3_510_000, 'pending'),
  ];

  it('groups by year, newest first, totals leaving out rejected claims', () => {
    const years = groupBenefitsByYear(list);
    expect(years.map((y) => y.year)).to.deep.equal([2025, 2024]);
    expect(years[0]!.payments.map((p) => p.period)).to.deep.equal(['2025-07', '2025-07', '2025-06', '2025-01']);
    expect(years[0]!.total).to.equal(30_000_000 + 500_000 + 3_510_000);
    expect(years[0]!.byRegime.map((r) => [r.regime, r.count, r.total])).to.deep.equal([
      ['sickness', 1, 500_000],
      ['maternity', 1, 30_000_000],
      ['convalescence', 1, 3_510_000],
    ]);
    expect(years[1]!.total).to.equal(1_000_000);
  });

  it('filters one regime and lists the regimes present in legal order', () => {
    const years = groupBenefitsByYear(list, { regime: 'sickness' });
    expect(years.flatMap((y) => y.payments).every((p) => p.regime === 'sickness')).to.equal(true);
    expect(regimesPresent(list)).to.deep.equal(['sickness', 'maternity', 'convalescence']);
    expect(benefitTotalsByRegime(list).find((r) => r.regime === 'sickness')!.total).to.equal(1_500_000);
  });
});
