import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { currentMonth } from '@vssid/core/analysis';
import { estimatePension, halfYears, type PensionEstimate, type PensionOptions } from '@vssid/core/estimates';
import { formatVnd } from '@vssid/core/format';
import type { VssApi } from '@vssid/core';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/pension-estimate/pension-estimate.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import {
  pensionParts,
  type PensionEstimateDetail,
  type VssPensionEstimate,
} from '../../packages/elements/src/pension-estimate/pension-estimate.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = ['7901234567', 'VssID@2026'] as const;
const PENSIONER = ['3101234567', 'Huutri1962'] as const;
const CHILD = ['7925000001', 'TreEm2021a'] as const;
const UNDER_15 = ['2401234567', 'TamDung2026'] as const;

const norm = (s: string) => s.replace(/\s+/g, ' ');
const vnd = (n: number) => norm(formatVnd(n));
const digits = (s: string) => Number(s.replace(/\D/g, ''));
const root = (el: Element) => el.shadowRoot!;
const realView = pensionParts.view;

async function setup(account?: readonly [string, string], o: { lang?: string; attrs?: string } = {}) {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${o.lang ?? 'vi'}></vss-provider>`);
  if (account) await provider.apiClient.login(account[0], account[1]);
  const el = document.createElement('vss-pension-estimate') as VssPensionEstimate;
  const events: PensionEstimateDetail[] = [];
  el.addEventListener('vss-pension-estimate', (e) => events.push(e.detail));
  for (const [k, v] of new URLSearchParams(o.attrs ?? '')) el.setAttribute(k, v);
  provider.append(el);
  await settle(el);
  return { provider, el, api: provider.apiClient, events };
}

const shown = (el: Element) =>
  waitFor(() => root(el).querySelector('[part~="overview"], .state:not(.loading)'), 8000, 'pension estimate shown');

/** What core says for the signed-in citizen, from the same data the element loaded. */
async function expected(api: VssApi, options: PensionOptions = {}): Promise<PensionEstimate> {
  const [history, me] = await Promise.all([api.participation(), api.me()]);
  const r = estimatePension(
    history,
    { sex: me.sex, dateOfBirth: me.dateOfBirth },
    { asOfMonth: currentMonth(), ...options },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The figures a reader checks by hand, read from what the scenario shows. */
function figures(scenario: Element) {
  const q = (s: string) => textOf(deep(scenario, s));
  return {
    average: digits(q('[data-check="average"]')),
    years: q('[data-check="years"]'),
    rate: Number(q('[data-check="rate"]').replace('%', '').replace(',', '.')),
    monthly: maybeDeep(scenario, '[data-figure="monthly"]') ? digits(q('[data-figure="monthly"]')) : null,
  };
}

describe('vss-pension-estimate', () => {
  before(startBackend);
  beforeEach(resetBackend);
  afterEach(async () => {
    pensionParts.view = realView;
    cleanup();
    await clearFaults();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
  });

  it('asks to sign in when nobody is signed in, and the button asks the page for a login', async () => {
    const { el } = await setup();
    const box = await waitFor(() => root(el).querySelector('.state.expired'));
    expect(textOf(box)).to.contain('Vui lòng đăng nhập');
    expect(textOf(deep(el, '[part="heading"]'))).to.equal('Ước tính lương hưu');
    let asked = false;
    el.addEventListener('vss-login-request', () => (asked = true));
    deep<HTMLButtonElement>(box, 'button').click();
    expect(asked).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('shows a loading state while the record is on its way', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'latency', delayMs: 1500, times: 1 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.loading'));
    expect(textOf(box)).to.contain('Đang tải dữ liệu để ước tính lương hưu');
    await expectNoAxeViolations(el);
    await waitFor(() => root(el).querySelector('[part~="overview"]'), 8000, 'data');
  });

  it('the ordinary worker: retirement age, years, and both estimates a reader can check by hand', async () => {
    const { el, api, events } = await setup(WORKER);
    await shown(el);
    const now = await expected(api);
    const overview = textOf(deep(el, '[part~="overview"]'));
    expect(overview).to.contain(`${now.retirementAge.years} tuổi ${now.retirementAge.months} tháng`);
    expect(overview).to.contain(
      `Đủ tuổi nghỉ hưu vào ${now.retirementAge.reachedMonth.slice(5)}/${now.retirementAge.reachedMonth.slice(0, 4)}`,
    );
    expect(overview).to.contain(`(${now.recordedMonths} tháng)`);
    expect(overview).to.contain('Đã đủ 15 năm');
    // the 3 unpaid months are said, and the gaps between jobs
    expect(textOf(deep(el, '[data-reason="unpaid_months_excluded"]'))).to.contain(
      `${now.unpaidMonths} tháng đơn vị chưa đóng`,
    );
    expect(maybeDeep(el, '[data-reason="gap"]')).to.exist;

    const scenario = deep(el, '[part~="scenario-now"]');
    const f = figures(scenario);
    expect(f.average).to.equal(now.averageSalary);
    expect(f.monthly).to.equal(now.monthlyPension);
    expect(f.rate).to.equal(now.ratePercent);
    // by hand: years from the months shown, the woman's scale, rate × average
    const months = Number(/\((\d+) tháng\)/.exec(f.years)![1]);
    const years = halfYears(months) / 2;
    expect(f.years).to.contain(`${String(years).replace('.', ',')} năm`);
    expect(f.rate).to.equal(Math.min(75, 45 + 2 * (years - 15)));
    expect(Math.abs(Math.round((f.rate * f.average) / 100) - f.monthly!)).to.be.at.most(1);
    expect(textOf(deep(scenario, '[data-formula="pension"]'))).to.contain(
      `${f.rate}% × ${vnd(f.average)} = ${vnd(f.monthly!)}`,
    );
    expect(textOf(scenario)).to.contain('Ước tính');

    // keeping on until retirement age: the default months and salary, as core computes them
    const kept = deep(el, '[part~="scenario-kept"]');
    const monthsAhead = Number(deep<HTMLInputElement>(el, '#months').value);
    const salary = digits(deep<HTMLInputElement>(el, '#salary').value);
    const keptExpected = await expected(api, { futureMonths: monthsAhead, futureMonthlySalary: salary });
    expect(keptExpected.pensionStartMonth).to.equal(now.pensionStartMonth);
    expect(figures(kept).monthly).to.equal(keptExpected.monthlyPension);
    expect(textOf(kept)).to.contain('Tạm tính'); // future years have no published coefficients
    expect(textOf(deep(el, '[part~="assumptions"]'))).to.contain('chưa có hệ số điều chỉnh được công bố');
    expect(textOf(deep(el, '[part~="articles"]'))).to.contain('Khoản 1 Điều 66, Luật Bảo hiểm xã hội số 41/2024/QH15');
    expect(textOf(deep(el, '[part~="disclaimer"]'))).to.contain('không phải quyết định của cơ quan BHXH');

    await waitFor(() => events.length > 0);
    expect(events.at(-1)!.now.monthlyPension).to.equal(now.monthlyPension);
    expect(events.at(-1)!.kept!.monthlyPension).to.equal(keptExpected.monthlyPension);
    await expectNoAxeViolations(el);
  });

  it('the chart is an image described in words, with the citizen’s points and the scale as a table', async () => {
    const { el, api } = await setup(WORKER);
    await shown(el);
    const now = await expected(api);
    const svg = deep<SVGSVGElement>(el, '[part~="chart"] svg[role="img"]');
    const labelled = svg
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => textOf(deep(el, `#${id}`)));
    expect(labelled[0]).to.contain('Biểu đồ tỷ lệ hưởng');
    expect(labelled[1]).to.contain('đủ 15 năm được 45%');
    expect(labelled[1]).to.contain(`${String(now.countedYears).replace('.', ',')} năm, tỷ lệ ${now.ratePercent}%`);
    expect(svg.querySelectorAll('.mark').length).to.equal(2);
    // no inline style anywhere (strict CSP)
    expect(root(el).querySelector('[style]')).to.equal(null);
    const rows = [...root(el).querySelectorAll('[part~="chart-table"] tbody tr')].map((r) => textOf(r));
    expect(rows[0]).to.equal('Dưới 15 năm Chưa có lương hưu');
    expect(rows).to.include('20 năm 55%');
    expect(rows.at(-1)).to.equal('30 năm trở lên 75%');
  });

  it('the pensioner: already retired, the pension his record implies, the long-career lump sum, and the State pay scale', async () => {
    const { el, api } = await setup(PENSIONER);
    await shown(el);
    const now = await expected(api);
    expect(textOf(deep(el, '[part~="overview"]'))).to.contain('Đã đủ tuổi nghỉ hưu từ 08/2023');
    const scenario = deep(el, '[part~="scenario-now"]');
    expect(textOf(scenario)).to.contain('Lương hưu theo quá trình đóng của bạn');
    const f = figures(scenario);
    expect(f.rate).to.equal(75);
    expect(f.monthly).to.equal(now.monthlyPension);
    expect(Math.abs(Math.round(0.75 * f.average) - f.monthly!)).to.be.at.most(1);
    expect(textOf(deep(scenario, '[data-formula="rate"]'))).to.contain('45% + 2% × (40 − 20) = 85% → tối đa 75%');
    // 40 years: 5 above 35, half an average salary each
    const lump = textOf(deep(scenario, '[data-figure="lump-sum"]'));
    expect(lump).to.contain(vnd(now.longCareerLumpSum));
    expect(lump).to.contain(`0,5 × ${vnd(f.average)} × 5 năm`);
    expect(Math.abs(Math.round(0.5 * f.average * 5) - now.longCareerLumpSum)).to.be.at.most(3);
    // retired and entitled: nothing to contribute any more
    expect(maybeDeep(el, '#salary')).to.equal(null);
    expect(maybeDeep(el, '[part~="scenario-kept"]')).to.equal(null);

    // his employers were State bodies: the last years' average instead, marked provisional
    const state = await expected(api, { salaryScale: 'state' });
    deep<HTMLInputElement>(el, 'input[value="state"]').click();
    await settle(el);
    expect(el.salaryScale).to.equal('state');
    expect(el.getAttribute('salary-scale')).to.equal('state');
    expect(figures(deep(el, '[part~="scenario-now"]')).monthly).to.equal(state.monthlyPension);
    expect(textOf(deep(el, '[part~="scenario-now"]'))).to.contain('Tạm tính');
    expect(textOf(deep(el, '.provisional-list'))).to.contain('bình quân 5 năm cuối');
    await waitFor(() => textOf(deep(el, '[role="status"]')).includes('Đã tính lại'));
    await expectNoAxeViolations(el);
  });

  it('under 15 years: not yet entitled, what is missing, and what keeping on until retirement age gives', async () => {
    const { el, api } = await setup(UNDER_15);
    await shown(el);
    const now = await expected(api);
    expect(now.eligible).to.equal(false);
    const scenario = deep(el, '[part~="scenario-now"]');
    expect(textOf(deep(scenario, '[data-figure="none"]'))).to.equal('Chưa đủ điều kiện hưởng lương hưu');
    expect(textOf(scenario)).to.contain(`(${now.monthsStillNeeded} tháng)`);
    expect(textOf(deep(scenario, '[data-check="rate"]'))).to.equal('Chưa có (dưới 15 năm)');
    expect(textOf(deep(el, '[part~="overview"]'))).to.contain(
      `Còn cần để đủ 15 năm 13 năm (${now.monthsStillNeeded} tháng)`,
    );
    const kept = figures(deep(el, '[part~="scenario-kept"]'));
    expect(kept.monthly).to.be.greaterThan(0);
    await expectNoAxeViolations(el);
  });

  it('the child: nothing to estimate, said plainly', async () => {
    const { el, events } = await setup(CHILD);
    await shown(el);
    expect(textOf(deep(el, '.state.empty'))).to.contain('chưa có gì để ước tính lương hưu');
    expect(events).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('the control: wrong input is listed at the top, linked to its field, kept as typed; right input recalculates', async () => {
    const { el, api } = await setup(WORKER);
    await shown(el);
    const salary = deep<HTMLInputElement>(el, '#salary');
    const months = deep<HTMLInputElement>(el, '#months');
    const before = textOf(deep(el, '[part~="scenario-kept"]'));
    typeInto(salary, 'tám triệu');
    typeInto(months, '');
    deep<HTMLButtonElement>(el, '[part~="scenario-form"] button[type="submit"]').click();
    const summary = await waitFor(() => maybeDeep(el, '[part~="error-summary"]'));
    await waitFor(() => root(el).activeElement === summary, 2000, 'summary focused');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => textOf(a))).to.deep.equal([
      'Mức lương phải là số tiền bằng chữ số, ví dụ 8.000.000.',
      'Nhập số tháng đóng tiếp.',
    ]);
    expect(salary.value).to.equal('tám triệu');
    expect(salary.getAttribute('aria-invalid')).to.equal('true');
    expect(salary.getAttribute('aria-describedby')).to.contain('salary-error');
    links[1]!.click();
    expect(root(el).activeElement).to.equal(months);
    // the old estimate stays, with the figures it was made with
    expect(textOf(deep(el, '[part~="scenario-kept"]'))).to.equal(before);
    await expectNoAxeViolations(el);

    // out of range
    typeInto(salary, '1.000.000');
    typeInto(months, '24');
    deep<HTMLButtonElement>(el, '[part~="scenario-form"] button[type="submit"]').click();
    await settle(el);
    expect(textOf(deep(el, '#salary-error'))).to.equal('Mức lương đóng BHXH thấp nhất là 1.500.000 ₫.');

    // right: 10,000,000 đ for 24 months
    typeInto(salary, '10.000.000');
    await settle(el);
    expect(maybeDeep(el, '#salary-error'), 'the message goes once the field is right').to.equal(null);
    deep<HTMLButtonElement>(el, '[part~="scenario-form"] button[type="submit"]').click();
    await settle(el);
    expect(maybeDeep(el, '[part~="error-summary"]')).to.equal(null);
    const kept = await expected(api, { futureMonths: 24, futureMonthlySalary: 10_000_000 });
    const shownKept = deep(el, '[part~="scenario-kept"]');
    expect(figures(shownKept).monthly).to.equal(kept.monthlyPension);
    expect(textOf(shownKept)).to.contain('Đóng thêm 24 tháng');
    expect(textOf(shownKept)).to.contain(`với mức ${vnd(10_000_000)} mỗi tháng`);
    await waitFor(
      () => textOf(deep(el, '.stack > [role="status"]')).includes(vnd(kept.monthlyPension!)),
      2000,
      'announced',
    );

    // back to the current figures
    deep<HTMLButtonElement>(el, '[part~="scenario-form"] button[type="button"]').click();
    await settle(el);
    expect(textOf(deep(el, '[part~="scenario-kept"]'))).to.equal(before);
  });

  it('future-salary and future-months from the page fill the control', async () => {
    const { el, api } = await setup(WORKER, { attrs: 'future-salary=12000000&future-months=60' });
    await shown(el);
    expect(deep<HTMLInputElement>(el, '#salary').value).to.equal('12.000.000');
    expect(deep<HTMLInputElement>(el, '#months').value).to.equal('60');
    const kept = await expected(api, { futureMonths: 60, futureMonthlySalary: 12_000_000 });
    expect(figures(deep(el, '[part~="scenario-kept"]')).monthly).to.equal(kept.monthlyPension);
    el.futureMonths = 12;
    await settle(el);
    expect(deep<HTMLInputElement>(el, '#months').value).to.equal('12');
  });

  it('a network error offers a retry that recovers; broken data is an error too', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'network', times: 3 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 10000, 'error');
    expect(textOf(box)).to.contain('Không kết nối được với máy chủ');
    expect(textOf(box)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    await injectFault({ path: '/api/me', kind: 'schema-break', times: 1 });
    deep<HTMLButtonElement>(box, 'button').click();
    const bad = await waitFor(
      () => {
        const b = root(el).querySelector<HTMLElement>('.state.error');
        return b && textOf(b).includes('không hợp lệ') ? b : null;
      },
      10000,
      'invalid data',
    );
    deep<HTMLButtonElement>(bad, 'button').click();
    await waitFor(() => root(el).querySelector('[part~="overview"]'), 8000, 'recovered');
  });

  it('a server error (500) and a part that fails to download each offer a retry; the last one recovers', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'status', status: 500, times: 1 });
    const { el } = await setup(WORKER);
    const errorSaying = (words: string) =>
      waitFor(
        () => {
          const b = root(el).querySelector<HTMLElement>('.state.error');
          return b && textOf(b).includes(words) ? b : null;
        },
        10000,
        words,
      );
    let box = await errorSaying('Hệ thống đang gặp sự cố');
    pensionParts.view = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    deep<HTMLButtonElement>(box, 'button').click();
    box = await errorSaying('Không kết nối được với máy chủ');
    pensionParts.view = realView;
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('[part~="overview"]'), 8000, 'recovered');
  });

  it('follows the session: logging out asks to sign in, another citizen gets their own estimate', async () => {
    const { el, api } = await setup(WORKER);
    await shown(el);
    await api.logout();
    await waitFor(() => root(el).querySelector('.state.expired'), 8000, 'signed out');
    await api.login(PENSIONER[0], PENSIONER[1]);
    await waitFor(() => textOf(el).includes('Đã đủ tuổi nghỉ hưu từ'), 8000, 'pensioner');
  });

  it('speaks English and fits 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await setup(WORKER, { lang: 'en' });
    await shown(el);
    const text = textOf(el);
    expect(text).to.contain('Pension estimate');
    expect(text).to.contain('If you stop contributing now');
    expect(text).to.contain('Years counted for the pension');
    expect(text).to.contain('Art. 66(1), Law on Social Insurance No. 41/2024/QH15');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(el);
  });
});
