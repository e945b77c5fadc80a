import { faker } from '@faker-js/faker/locale/vi';
import type { Arrear, BenefitPayment, ParticipationHistory, ParticipationPeriod } from '@vssid/core';
import { addDays, addMonths, monthsBetween, type Person } from './people.js';
import { Rng } from './random.js';

/** Contribution rates in percent, employee + employer (§7). */
export const rates = { BHXH: 25.5, BHYT: 4.5, BHTN: 2, BHTNLD_BNN: 0.5 } as const;

/** Region I minimum wage by year (VND), the floor of a contribution base; rough before 2009. */
const minWage: [number, number][] = [
  [2026, 5_310_000],
  [2024, 4_960_000],
  [2022, 4_680_000],
  [2020, 4_420_000],
  [2019, 4_180_000],
  [2018, 3_980_000],
  [2017, 3_750_000],
  [2016, 3_500_000],
  [2015, 3_100_000],
  [2014, 2_700_000],
  [2013, 2_350_000],
  [2012, 2_000_000],
  [2011, 1_550_000],
  [2010, 980_000],
  [2009, 800_000],
  [2006, 450_000],
  [2003, 290_000],
  [2000, 180_000],
  [1993, 120_000],
  [0, 50_000],
];
export function regionalMinimum(year: number): number {
  return minWage.find(([y]) => year >= y)![1];
}
const cap = 46_800_000;

const positions = [
  'Nhân viên kinh doanh',
  'Kế toán viên',
  'Kỹ sư phần mềm',
  'Công nhân vận hành máy',
  'Nhân viên hành chính',
  'Trưởng nhóm sản xuất',
  'Kỹ thuật viên',
  'Nhân viên chăm sóc khách hàng',
  'Thủ kho',
  'Chuyên viên nhân sự',
];
const industries = [
  'Thương mại Dịch vụ',
  'Xây dựng',
  'Dệt may',
  'Công nghệ',
  'Vận tải',
  'Thực phẩm',
  'Cơ khí',
  'Điện tử',
];

function employer(rng: Rng, state = false): { code: string; name: string } {
  const owner = faker.person.lastName();
  const name = state
    ? rng.pick([
        `Sở Giao thông Vận tải`,
        `Công ty Cấp nước`,
        `Nhà máy Cơ khí ${owner}`,
        `Trường THPT ${owner} ${faker.person.firstName('male')}`,
      ])
    : `Công ty ${rng.pick(['TNHH', 'Cổ phần'])} ${rng.pick(industries)} ${owner} ${faker.person.firstName('female')}`;
  return {
    code: rng.pick(['TA', 'YN', 'YT', 'HB']) + rng.digits(4) + rng.pick(['A', 'B', 'C', 'D']),
    name: name.normalize('NFC'),
  };
}

const roundK = (n: number) => Math.round(n / 1000) * 1000;

function salaryFor(year: number, factor: number): number {
  return Math.min(cap, Math.max(regionalMinimum(year), roundK(regionalMinimum(year) * factor)));
}

interface Job {
  code: string;
  name: string;
  position: string;
  from: string;
  to: string;
  factor: number;
}

function jobsFor(p: Person, lastMonth: string, rng: Rng): Job[] {
  if (!p.careerStart || p.careerStart > lastMonth) return [];
  const jobs: Job[] = [];
  let from = p.careerStart;
  const state = p.kind === 'pensioner';
  while (from <= lastMonth) {
    const len = state ? rng.int(120, 200) : rng.int(14, 70);
    let to = addMonths(from, len - 1);
    if (to > lastMonth || (!state && monthsBetween(to, lastMonth) < 12)) to = lastMonth;
    const e = employer(rng, state);
    jobs.push({ ...e, position: rng.pick(positions), from, to, factor: 1.1 + rng.float() * 2 });
    if (to === lastMonth) break;
    from = addMonths(to, state ? 1 : rng.int(1, 4)); // short gaps between jobs for workers
  }
  return jobs;
}

export interface History extends ParticipationHistory {}

const historyMemo = new Map<string, History>();

/**
 * The participation history. Workers get one row per type, employer and calendar year (salary changes in
 * January); the pensioner's record is monthly, as old paper books were transcribed (≈1,500 rows).
 */
export function participationOf(p: Person, today: string): History {
  const key = p.socialInsuranceCode + '|' + today;
  const hit = historyMemo.get(key);
  if (hit) return hit;
  faker.seed(Number(p.socialInsuranceCode) + 1);
  const rng = new Rng('history:' + p.socialInsuranceCode);
  const lastMonth =
    p.kind === 'pensioner'
      ? '2022-12'
      : p.kind === 'expired'
        ? addMonths(today.slice(0, 7), -8)
        : addMonths(today.slice(0, 7), -1);
  const jobs = jobsFor(p, lastMonth, rng);
  const periods: ParticipationPeriod[] = [];
  const arrears: Arrear[] = [];
  // The demo worker always owes 3 months; other workers sometimes do.
  const unpaid =
    p.kind === 'worker' && jobs.length
      ? p.socialInsuranceCode === '7901234567'
        ? 3
        : rng.chance(0.25)
          ? rng.int(1, 4)
          : 0
      : 0;
  const unpaidFrom = unpaid ? addMonths(lastMonth, -unpaid + 1) : null;

  const types = ['BHXH', 'BHYT', 'BHTN', 'BHTNLD_BNN'] as const;
  const active = (t: (typeof types)[number], month: string) => (t === 'BHTN' ? month >= '2009-01' : true);
  const push = (
    t: (typeof types)[number],
    job: Job,
    from: string,
    to: string,
    salary: number,
    unpaidMonths: number,
  ) => {
    periods.push({
      id: `${t}-${from}-${periods.length}`,
      insuranceType: t,
      fromMonth: from,
      toMonth: to,
      employerCode: job.code,
      employerName: job.name,
      position: job.position,
      salaryBase: salary,
      months: monthsBetween(from, to),
      rate: rates[t],
      unpaidMonths,
      voluntary: false,
    });
  };

  for (const job of jobs) {
    if (p.kind === 'pensioner') {
      for (let m = job.from; m <= job.to; m = addMonths(m, 1)) {
        const salary = salaryFor(Number(m.slice(0, 4)), job.factor * 1.4);
        for (const t of types) if (active(t, m)) push(t, job, m, m, salary, 0);
      }
      continue;
    }
    // Split the job into calendar years, and at the unpaid boundary.
    let from = job.from;
    while (from <= job.to) {
      let to = `${from.slice(0, 4)}-12` < job.to ? `${from.slice(0, 4)}-12` : job.to;
      if (unpaidFrom && from < unpaidFrom && to >= unpaidFrom) to = addMonths(unpaidFrom, -1);
      const salary = salaryFor(Number(from.slice(0, 4)), job.factor);
      const owed = unpaidFrom && from >= unpaidFrom ? monthsBetween(from, to) : 0;
      for (const t of types) {
        if (!active(t, to)) continue;
        push(t, job, active(t, from) ? from : '2009-01', to, salary, owed);
      }
      from = addMonths(to, 1);
    }
  }
  if (unpaidFrom) {
    const job = jobs[jobs.length - 1]!;
    const salary = salaryFor(Number(lastMonth.slice(0, 4)), job.factor);
    arrears.push({
      employerCode: job.code,
      employerName: job.name,
      fromMonth: unpaidFrom,
      toMonth: lastMonth,
      amounts: {
        bhxh: Math.round((salary * rates.BHXH * unpaid) / 100),
        bhyt: Math.round((salary * rates.BHYT * unpaid) / 100),
        bhtn: Math.round((salary * rates.BHTN * unpaid) / 100),
      },
    });
  }
  // Newest first, as the app lists them.
  periods.sort((a, b) => (a.fromMonth < b.fromMonth ? 1 : a.fromMonth > b.fromMonth ? -1 : 0));
  const history: History = { socialInsuranceCode: p.socialInsuranceCode, periods, arrears };
  historyMemo.set(key, history);
  return history;
}

/** Benefits by regime: pension rows for the pensioner, sickness/maternity for workers, BHTN for the jobless. */
export function benefitsOf(p: Person, today: string): BenefitPayment[] {
  const rng = new Rng('benefits:' + p.socialInsuranceCode);
  const out: BenefitPayment[] = [];
  const thisMonth = today.slice(0, 7);
  const periods = participationOf(p, today).periods;
  const unit = periods[0]?.employerName ?? 'BHXH cơ sở';
  const salary = periods[0]?.salaryBase ?? 5_000_000;
  const add = (b: Omit<BenefitPayment, 'id'>) => out.push({ id: `${b.regime}-${b.period}-${out.length}`, ...b });
  // a monthly benefit: paid for the whole calendar month, by bank transfer
  const addMonth = (
    m: string,
    {
      regime,
      amount,
      status,
      paidAt,
      proposingUnit,
    }: Pick<BenefitPayment, 'regime' | 'amount' | 'status' | 'paidAt' | 'proposingUnit'>,
  ) =>
    add({
      regime,
      period: m,
      fromDate: `${m}-01`,
      toDate: addDays(`${addMonths(m, 1)}-01`, -1),
      days: null,
      amount,
      status,
      paymentMethod: 'bank',
      paidAt,
      proposingUnit,
    });
  if (p.kind === 'pensioner') {
    for (let m = '2023-01'; m <= thisMonth; m = addMonths(m, 1)) {
      const amount = m >= '2024-07' ? 9_718_000 : 8_450_000; // 15% adjustment from 1/7/2024
      addMonth(m, {
        regime: 'pension',
        amount,
        status: m === thisMonth ? 'approved' : 'paid',
        paidAt: m === thisMonth ? null : `${m}-05`,
        proposingUnit: 'BHXH TP. Hải Phòng',
      });
    }
  } else if (p.kind === 'expired') {
    for (let i = 3; i >= 1; i--) {
      const m = addMonths(thisMonth, -4 - i);
      addMonth(m, {
        regime: 'unemployment',
        amount: roundK(salary * 0.6),
        status: 'paid',
        paidAt: `${m}-15`,
        proposingUnit: 'Trung tâm Dịch vụ việc làm',
      });
    }
  } else if (p.kind === 'worker' && periods.length) {
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) {
      const m = addMonths(thisMonth, -rng.int(2, 40));
      const days = rng.int(1, 7);
      const from = `${m}-${String(rng.int(1, 20)).padStart(2, '0')}`;
      add({
        regime: 'sickness',
        period: m,
        fromDate: from,
        toDate: addDays(from, days - 1),
        days,
        amount: roundK(((salary / 24) * days * 75) / 100),
        status: 'paid',
        paymentMethod: rng.chance(0.8) ? 'bank' : 'cash',
        paidAt: `${addMonths(m, 1)}-10`,
        proposingUnit: unit,
      });
    }
    if (p.sex === 'female' && rng.chance(0.6)) {
      const m = addMonths(thisMonth, -rng.int(6, 60));
      add({
        regime: 'maternity',
        period: m,
        fromDate: `${m}-01`,
        toDate: addDays(`${m}-01`, 179),
        days: 180,
        amount: salary * 6 + 4_680_000,
        status: 'paid',
        paymentMethod: 'bank',
        paidAt: `${addMonths(m, 1)}-12`,
        proposingUnit: unit,
      });
      add({
        regime: 'convalescence',
        period: addMonths(m, 6),
        fromDate: addDays(`${m}-01`, 180),
        toDate: addDays(`${m}-01`, 184),
        days: 5,
        amount: 5 * 702_000,
        status: 'paid',
        paymentMethod: 'bank',
        paidAt: `${addMonths(m, 7)}-12`,
        proposingUnit: unit,
      });
    }
    if (rng.chance(0.3)) {
      const m = addMonths(thisMonth, -1);
      add({
        regime: 'sickness',
        period: m,
        fromDate: `${m}-03`,
        toDate: `${m}-05`,
        days: 3,
        amount: roundK(((salary / 24) * 3 * 75) / 100),
        status: 'pending',
        paymentMethod: 'bank',
        paidAt: null,
        proposingUnit: unit,
      });
    }
  }
  out.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  return out;
}
