import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { currentMonth } from '@vssid/core/analysis';
import { estimateOneOffWithdrawal, type WithdrawalEstimate, type WithdrawalOptions } from '@vssid/core/estimates';
import { formatVnd } from '@vssid/core/format';
import type { VssApi } from '@vssid/core';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/withdrawal-estimate/withdrawal-estimate.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import {
  withdrawalParts,
  type VssWithdrawalEstimate,
  type WithdrawalEstimateDetail,
} from '../../packages/elements/src/withdrawal-estimate/withdrawal-estimate.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = ['7901234567', 'VssID@2026'] as const;
const CHILD = ['7925000001', 'TreEm2021a'] as const;
const UNDER_15 = ['2401234567', 'TamDung2026'] as const;

const norm = (s: string) => s.replace(/\s+/g, ' ');
const vnd = (n: number) => norm(formatVnd(n));
const digits = (s: string) => Number(s.replace(/\D/g, ''));
const mm = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
const root = (el: Element) => el.shadowRoot!;
const realView = withdrawalParts.view;

async function setup(account?: readonly [string, string], lang = 'vi') {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${lang}></vss-provider>`);
  if (account) await provider.apiClient.login(account[0], account[1]);
  const el = document.createElement('vss-withdrawal-estimate') as VssWithdrawalEstimate;
  const events: WithdrawalEstimateDetail[] = [];
  el.addEventListener('vss-withdrawal-estimate', (e) => events.push(e.detail));
  provider.append(el);
  await settle(el);
  return { provider, el, api: provider.apiClient, events };
}

const shown = (el: Element) =>
  waitFor(
    () => root(el).querySelector('[part~="eligibility"], .state:not(.loading)'),
    8000,
    'withdrawal estimate shown',
  );

async function expected(api: VssApi, options: WithdrawalOptions = {}): Promise<WithdrawalEstimate> {
  const [history, me] = await Promise.all([api.participation(), api.me()]);
  const r = estimateOneOffWithdrawal(
    history,
    { sex: me.sex, dateOfBirth: me.dateOfBirth },
    { asOfMonth: currentMonth(), ...options },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('vss-withdrawal-estimate', () => {
  before(startBackend);
  beforeEach(resetBackend);
  afterEach(async () => {
    withdrawalParts.view = realView;
    cleanup();
    await clearFaults();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
  });

  it('asks to sign in when nobody is signed in', async () => {
    const { el } = await setup();
    const box = await waitFor(() => root(el).querySelector('.state.expired'));
    expect(textOf(box)).to.contain('Vui lòng đăng nhập');
    expect(textOf(deep(el, '[part="heading"]'))).to.equal('Rút BHXH một lần hay bảo lưu?');
    await expectNoAxeViolations(el);
  });

  it('shows a loading state while the record is on its way', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'latency', delayMs: 1500, times: 1 });
    const { el } = await setup(UNDER_15);
    const box = await waitFor(() => root(el).querySelector('.state.loading'));
    expect(textOf(box)).to.contain('Đang tải dữ liệu để ước tính BHXH một lần');
    await expectNoAxeViolations(el);
    await shown(el);
  });

  it('under 15 years: from when, on which grounds, the amount to check by hand, and what keeping gives', async () => {
    const { el, api, events } = await setup(UNDER_15);
    await shown(el);
    const w = await expected(api);
    expect(w.waitingUntilMonth).to.be.a('string');
    const eligibility = textOf(deep(el, '[part~="eligibility"]'));
    expect(eligibility).to.contain(`Bạn có thể đề nghị hưởng BHXH một lần từ tháng ${mm(w.waitingUntilMonth!)}.`);
    expect(textOf(deep(el, '[data-route="transitional_12_months_out"]'))).to.contain(
      'Đã đóng BHXH trước 01/7/2025, chưa đủ 20 năm',
    );
    expect(textOf(deep(el, '[data-route="retirement_age_under_15_years"]'))).to.contain(
      `Khi đủ tuổi nghỉ hưu (${mm(w.forgonePension.retirementAge.reachedMonth)})`,
    );

    const withdraw = deep(el, '[part~="option-withdraw"]');
    const amount = digits(textOf(deep(withdraw, '[data-figure="amount"]')));
    expect(amount).to.equal(w.amount);
    const average = digits(textOf(deep(withdraw, '[data-check="average"]')));
    const before = Number(
      textOf(deep(withdraw, '[data-check="before-2014"]'))
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    );
    const from = Number(
      textOf(deep(withdraw, '[data-check="from-2014"]'))
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    );
    // by hand: 1.5 months of the average per year before 2014, 2 per year from 2014
    const months = 1.5 * before + 2 * from;
    expect(textOf(deep(withdraw, '[data-formula="months"]'))).to.contain(`= ${String(months).replace('.', ',')}`);
    expect(Math.abs(Math.round(months * average) - amount)).to.be.at.most(months);
    expect(textOf(withdraw)).to.contain('chấm dứt toàn bộ thời gian đã đóng');
    expect(textOf(withdraw)).to.contain('Tạm tính'); // decided in a year without published coefficients

    const keep = deep(el, '[part~="option-keep"]');
    expect(textOf(deep(keep, '[data-figure="none"]'))).to.equal('Chưa đủ 15 năm để hưởng lương hưu');
    expect(textOf(keep)).to.contain(`(${w.forgonePension.monthsStillNeeded} tháng)`);
    expect(textOf(deep(keep, '[data-check="kept"]'))).to.contain('2 năm');

    const advice = deep(el, '[part~="advice"]');
    expect(deep<HTMLAnchorElement>(advice, 'a').getAttribute('href')).to.equal('tel:19009068');
    expect(textOf(advice)).to.contain('1900 9068');
    expect(textOf(deep(el, '.provisional-list'))).to.contain('Chưa có bảng hệ số điều chỉnh tiền lương năm');
    await waitFor(() => events.length > 0);
    expect(events.at(-1)!.estimate.amount).to.equal(w.amount);
    await expectNoAxeViolations(el);
  });

  it('the ordinary worker (25 years): no withdrawal, why, and the pension the record keeps; emigrating opens it at once', async () => {
    const { el, api, events } = await setup(WORKER);
    await shown(el);
    const w = await expected(api);
    expect(w.eligibleRoutes).to.deep.equal([]);
    const eligibility = deep(el, '[part~="eligibility"]');
    expect(textOf(eligibility)).to.contain('bạn không thuộc trường hợp được rút BHXH một lần');
    expect(maybeDeep(eligibility, '[data-reason="twenty_years_or_more"]')).to.exist;
    expect(maybeDeep(eligibility, '[data-reason="fifteen_years_or_more"]')).to.exist;
    expect(textOf(deep(el, '[part~="option-withdraw"]'))).to.contain('Chưa được rút');
    const keep = deep(el, '[part~="option-keep"]');
    expect(digits(textOf(deep(keep, '[data-figure="pension"]')))).to.equal(w.forgonePension.monthlyPension);
    expect(textOf(deep(keep, '[data-formula="pension"]'))).to.contain(
      `${w.forgonePension.ratePercent}% × ${vnd(w.forgonePension.averageSalary!)} = ${vnd(w.forgonePension.monthlyPension!)}`,
    );

    deep<HTMLInputElement>(el, 'input[value="emigrating"]').click();
    await settle(el);
    expect(el.circumstances).to.equal('emigrating');
    expect(el.getAttribute('circumstances')).to.equal('emigrating');
    const now = await expected(api, { circumstances: ['emigrating'] });
    expect(textOf(deep(el, '[part~="eligibility"]'))).to.contain('ngay bây giờ');
    expect(digits(textOf(deep(el, '[data-figure="amount"]')))).to.equal(now.amount);
    await waitFor(() => events.some((e) => e.circumstances.includes('emigrating')));
    await waitFor(() => textOf(deep(el, '.stack > [role="status"]')).includes(vnd(now.amount)), 2000, 'announced');
    await expectNoAxeViolations(el);
  });

  it('the child: nothing to estimate, said plainly', async () => {
    const { el, events } = await setup(CHILD);
    await shown(el);
    expect(textOf(deep(el, '.state.empty'))).to.contain('không có khoản BHXH một lần nào để ước tính');
    expect(events).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('a part that fails to download and a server error (500) each offer a retry; the last one recovers', async () => {
    withdrawalParts.view = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { el } = await setup(UNDER_15);
    const errorSaying = (words: string) =>
      waitFor(
        () => {
          const b = root(el).querySelector<HTMLElement>('.state.error');
          return b && textOf(b).includes(words) ? b : null;
        },
        10000,
        words,
      );
    let box = await errorSaying('Không kết nối được với máy chủ');
    expect(textOf(box)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    withdrawalParts.view = realView;
    await injectFault({ path: '/api/me/participation', kind: 'status', status: 500, times: 1 });
    deep<HTMLButtonElement>(box, 'button').click();
    box = await errorSaying('Hệ thống đang gặp sự cố');
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('[part~="eligibility"]'), 8000, 'recovered');
  });

  it('speaks English and fits 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await setup(UNDER_15, 'en');
    await shown(el);
    const text = textOf(el);
    expect(text).to.contain('Withdraw in one payment, or keep your record?');
    expect(text).to.contain('If you keep your record');
    expect(text).to.contain('Want advice before you decide? Call 1900 9068');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(el);
  });
});
