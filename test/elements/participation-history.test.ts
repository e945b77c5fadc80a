import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys, setViewport } from '../support/commands.js';
import type { ParticipationHistory, VssApi } from '@vssid/core';
import { UTF8_BOM, participationTotals } from '@vssid/core/analysis';
import { formatDuration, formatMonth, formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/participation-history/participation-history.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import {
  historyParts,
  VssParticipationHistory,
  type VssExportDetail,
} from '../../packages/elements/src/participation-history/participation-history.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { ignoreResizeObserverLoop } from '../support/resize-observer.js';
import { listCode } from '../support/virtualizer-chunk.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

/** The list's part (its virtualizer, rows and markup), stood in by some tests. */
const virtualizerChunk = listCode(historyParts, 'timeline');
const WORKER = ['7901234567', 'VssID@2026'] as const;
const PENSIONER = ['3101234567', 'Huutri1962'] as const;
const CHILD = ['7925000001', 'TreEm2021a'] as const;

async function setup(account?: readonly [string, string], lang = 'vi') {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${lang}>
    <vss-participation-history></vss-participation-history>
  </vss-provider>`);
  if (account) await provider.apiClient.login(account[0], account[1]);
  const el = provider.querySelector('vss-participation-history')!;
  await settle(el);
  return { provider, el, api: provider.apiClient };
}

/** textOf collapses no-break spaces (Intl puts one before ₫); compare expected text the same way. */
const norm = (s: string) => s.replace(/\s+/g, ' ');
const root = (el: VssParticipationHistory) => el.shadowRoot!;
const loaded = (el: VssParticipationHistory) =>
  waitFor(
    () =>
      !root(el).querySelector('.state.loading') &&
      (root(el).querySelector('[role=tablist], .state') as HTMLElement | null),
    8000,
    'loaded',
  );

describe('vss-participation-history', () => {
  ignoreResizeObserverLoop();
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
    virtualizerChunk.reset();
  });

  it('asks to sign in when nobody is signed in, and the button fires vss-login-request', async () => {
    const { el } = await setup();
    const box = await waitFor(() => root(el).querySelector('.state.expired'));
    expect(textOf(box)).to.contain('Vui lòng đăng nhập để xem thông tin này.');
    let asked = 0;
    el.addEventListener('vss-login-request', () => asked++);
    deep<HTMLButtonElement>(el, '.state.expired button').click();
    expect(asked).to.equal(1);
    await expectNoAxeViolations(el);
  });

  it('shows a loading state while the server is slow', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'latency', delayMs: 1500, times: 1 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.loading'));
    expect(box.getAttribute('role')).to.equal('status');
    expect(textOf(box)).to.contain('Đang tải quá trình tham gia…');
    await expectNoAxeViolations(el);
    await loaded(el);
    expect(root(el).querySelector('[role=tablist]')).to.exist;
  });

  it('shows totals that equal the sum of the rows, per tab, in years and months', async () => {
    const { el, api } = await setup(WORKER);
    await loaded(el);
    const history = await api.participation();
    const totals = participationTotals(history.periods);
    for (const t of ['BHXH', 'BHYT', 'BHTN'] as const) {
      el.type = t;
      await settle(el);
      const sum = history.periods.filter((p) => p.insuranceType === t).reduce((s, p) => s + p.months, 0);
      expect(totals[t].months).to.equal(sum);
      const summary = textOf(deep(el, '[part=summary]'));
      expect(summary).to.contain(`Tổng thời gian tham gia: ${formatDuration(sum)}`);
      expect(summary).to.match(/Tổng thời gian tham gia: (\d+ năm )?\d+ tháng/);
    }
    await expectNoAxeViolations(el);
  });

  it('lists rows newest first with employer, months MM/YYYY, length and salary in VND', async () => {
    const { el, api } = await setup(WORKER);
    await loaded(el);
    const history = await api.participation();
    const newest = history.periods
      .filter((p) => p.insuranceType === 'BHXH')
      .sort((a, b) => (a.fromMonth < b.fromMonth ? 1 : -1))[0]!;
    const row = await waitFor(() => root(el).querySelector('[part=row]'));
    const text = textOf(row);
    expect(text).to.contain(`${formatMonth(newest.fromMonth)}–${formatMonth(newest.toMonth)}`);
    expect(text).to.contain(newest.employerName);
    expect(text).to.contain(newest.employerCode);
    expect(text).to.contain(newest.position);
    expect(text).to.contain(norm(formatVnd(newest.salaryBase)));
    expect(text).to.contain(formatDuration(newest.months));
    expect(textOf(deep(el, '.year'))).to.contain(`Năm ${newest.fromMonth.slice(0, 4)}`);
  });

  it('shows gap rows between jobs with their length', async () => {
    const { el } = await setup(WORKER);
    await loaded(el);
    const gap = await waitFor(() => root(el).querySelector('.gap'), 3000, 'gap row');
    expect(textOf(gap)).to.match(/^Gián đoạn (\d+ năm )?\d+ tháng \(\d{2}\/\d{4}–\d{2}\/\d{4}\)$/);
  });

  it('shows the arrears notice and the unpaid months with their detail', async () => {
    const { el, api } = await setup(WORKER);
    await loaded(el);
    const history = await api.participation();
    const a = history.arrears[0]!;
    const notice = textOf(deep(el, '[part=arrears]'));
    expect(notice).to.contain(
      norm(
        `Đơn vị ${a.employerCode} – ${a.employerName} chưa đóng từ ${formatMonth(a.fromMonth)} đến ${formatMonth(a.toMonth)}: BHXH ${formatVnd(a.amounts.bhxh)}, BHYT ${formatVnd(a.amounts.bhyt)}, BHTN ${formatVnd(a.amounts.bhtn)}`,
      ),
    );
    expect(textOf(deep(el, '[part=summary]'))).to.contain('Tổng thời gian chưa đóng: 3 tháng');
    const details = deep<HTMLDetailsElement>(el, 'details.unpaid');
    deep<HTMLElement>(details, 'summary').click();
    expect(details.open).to.equal(true);
    expect(textOf(details)).to.contain(`${formatMonth(a.fromMonth)}–${formatMonth(a.toMonth)} (3 tháng)`);
  });

  it('shows the three milestones with progress and what is left', async () => {
    const { el } = await setup(WORKER);
    await loaded(el);
    const ms = deep(el, '[part=milestones]');
    const pension = deep(ms, '[data-milestone=pension]');
    const bar = deep<HTMLProgressElement>(pension, 'progress');
    const now = bar.value;
    expect(bar.max).to.equal(180);
    const text = textOf(pension);
    if (now < 180) expect(text).to.contain(`còn ${formatDuration(180 - now)}`);
    else expect(text).to.contain('Đã đủ');
    expect(textOf(ms)).to.contain('12 tháng đóng BHTN trong 24 tháng');
    expect(textOf(ms)).to.contain('5 năm tham gia BHYT liên tục');
  });

  it('operates the tabs with arrow keys, Home and End', async () => {
    const { el } = await setup(WORKER);
    await loaded(el);
    const tab = (t: string) => deep<HTMLButtonElement>(el, `#tab-${t}`);
    tab('BHXH').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.type).to.equal('BHYT');
    expect(tab('BHYT').getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(tab('BHYT'));
    expect(deep(el, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal('tab-BHYT');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.type).to.equal('BHTNLD_BNN');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('BHTNLĐ-BNN');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.type).to.equal('BHXH');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.type).to.equal('BHXH');
    expect(tab('BHYT').tabIndex).to.equal(-1);
    await expectNoAxeViolations(el);
  });

  it('exports the CSV through vss-export with BOM, header and one line per row', async () => {
    const { el, api } = await setup(WORKER);
    await loaded(el);
    const history = await api.participation();
    let detail: VssExportDetail | undefined;
    el.addEventListener('vss-export', (e) => {
      detail = e.detail;
      e.preventDefault(); // no real download in the test browser
    });
    deep<HTMLButtonElement>(el, '[part=export-button]').click();
    expect(detail).to.exist;
    expect(detail!.format).to.equal('csv');
    expect(detail!.rows).to.equal(history.periods.length);
    expect(detail!.filename).to.equal('qua-trinh-tham-gia-7901234567.csv');
    expect(detail!.csv.startsWith(UTF8_BOM)).to.equal(true);
    const lines = detail!.csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).to.equal(
      'Loại,Từ tháng,Đến tháng,Số tháng,Mã đơn vị,Đơn vị,Chức vụ,Mức lương đóng,Tỷ lệ (%),Số tháng chưa đóng',
    );
    expect(lines.length).to.equal(history.periods.length + 1);
    expect(lines.filter((l) => l.startsWith('BHXH,')).length).to.equal(
      history.periods.filter((p) => p.insuranceType === 'BHXH').length,
    );
  });

  it('shows the friendly empty state for the child account', async () => {
    const { el } = await setup(CHILD);
    const box = await waitFor(() => root(el).querySelector('.state.empty'));
    expect(textOf(box)).to.contain('Chưa có quá trình đóng bảo hiểm nào được ghi nhận');
    expect(root(el).querySelector('[role=tablist]')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows an error with retry and the hotline, and retrying recovers', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'status', status: 500, times: 1 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'));
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('Hệ thống đang gặp sự cố');
    expect(textOf(box)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('[role=tablist]'), 5000, 'recovered');
  });

  it('turns malformed data (schema-break) into an error state, not a blank element', async () => {
    await injectFault({ path: '/api/me/participation', kind: 'schema-break', times: 1 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'));
    expect(textOf(box)).to.contain('Dữ liệu nhận được không hợp lệ');
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('[role=tablist]'), 5000, 'recovered');
  });

  it('speaks English when the provider says so', async () => {
    const { el } = await setup(WORKER, 'en');
    await loaded(el);
    const summary = textOf(deep(el, '[part=summary]'));
    expect(summary).to.match(/Total participation: (\d+ years? )?\d+ months?/);
    expect(summary).to.contain('Download CSV');
    expect(textOf(deep(el, '[part=arrears]'))).to.contain('has not paid from');
    expect(deep(el, '[role=tablist]').getAttribute('aria-label')).to.equal('Insurance type');
    await expectNoAxeViolations(el);
  });

  it('keeps 40 years of monthly rows smooth: few rows in the DOM, scrolling renders later years', async () => {
    const t0 = performance.now();
    const { el, api } = await setup(PENSIONER);
    await loaded(el);
    await waitFor(() => root(el).querySelector('[part=row]'));
    const ms = performance.now() - t0;
    const history: ParticipationHistory = await (api as VssApi).participation();
    const bhxh = history.periods.filter((p) => p.insuranceType === 'BHXH').length;
    const inDom = root(el).querySelectorAll('[part=row]').length;
    console.log(
      `[measure] participation: ${history.periods.length} periods (${bhxh} BHXH rows), login + fetch + first render ${ms.toFixed(0)} ms, ${inDom} rows in DOM`,
    );
    expect(history.periods.length).to.be.greaterThan(1400);
    expect(inDom).to.be.lessThan(100);
    expect(textOf(deep(el, '[part=summary]'))).to.contain(`Tổng thời gian tham gia: ${formatDuration(bhxh)}`);
    // Scroll the timeline (its own scroll area) to the end: the oldest year appears, still bounded.
    const oldest = history.periods.reduce((m, p) => (p.fromMonth < m ? p.fromMonth : m), '9999-12').slice(0, 4);
    const timeline = deep(el, '[part=timeline]');
    for (let i = 0; i < 40 && !textOf(el).includes(`Năm ${oldest}`); i++) {
      timeline.scrollTop = timeline.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    expect(textOf(el)).to.contain(`Năm ${oldest}`);
    expect(root(el).querySelectorAll('[part=row]').length).to.be.lessThan(100);
  });

  it('keeps the loading state until the timeline code has arrived, then shows the history', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    let asked = 0;
    virtualizerChunk.load = (real) => {
      asked++;
      return arrived.then(real);
    };
    const { el, api } = await setup(WORKER);
    await api.participation(); // shares the element's request: its data is here now
    await settle(el);
    expect(asked).to.equal(1);
    const box = deep(el, '.state.loading');
    expect(textOf(box)).to.contain('Đang tải quá trình tham gia…');
    expect(root(el).querySelector('[role=tablist]')).to.equal(null);
    release();
    await loaded(el);
    await waitFor(() => root(el).querySelector('[part=row]'), 3000, 'rows');
    expect(root(el).querySelector('.state')).to.equal(null);
  });

  it('shows the error state with retry when the timeline code fails to load, and retrying recovers', async () => {
    let failures = 1;
    virtualizerChunk.load = (real) =>
      failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 5000, 'error state');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    expect(textOf(box)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('[part=row]'), 5000, 'recovered');
    expect(root(el).querySelector('.state.error')).to.equal(null);
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 700 });
    const { el } = await setup(WORKER);
    await loaded(el);
    deep(el, '[part=timeline]').scrollIntoView();
    await waitFor(() => root(el).querySelector('[part=row]'));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(maybeDeep(el, '[part=row]')!.getBoundingClientRect().width).to.be.at.most(320);
  });
});
