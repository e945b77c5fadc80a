import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '../support/commands.js';
import { checkIn } from '../support/engine.js';
import type { VisitPage } from '@vssid/core';
import { formatDate, formatNumber, formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/medical-records/medical-records.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import { VssMedicalRecords, visitParts } from '../../packages/elements/src/medical-records/medical-records.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { ignoreResizeObserverLoop } from '../support/resize-observer.js';
import { listCode } from '../support/virtualizer-chunk.js';
import { cleanup, deep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

/** The list's part (its virtualizer, rows and markup), stood in by some tests. */
const virtualizerChunk = listCode(visitParts, 'visits');
const WORKER = ['7901234567', 'VssID@2026'] as const;
const MANY = ['0198765432', 'KhamBenh10k'] as const;

const norm = (s: string) => s.replace(/\s+/g, ' ');
const root = (el: VssMedicalRecords) => el.shadowRoot!;
const rows = (el: VssMedicalRecords) => [...root(el).querySelectorAll<HTMLButtonElement>('button.row')];
const listed = (el: VssMedicalRecords) =>
  waitFor(() => rows(el).length > 0 && !root(el).querySelector('.state.loading') && rows(el), 10000, 'rows');
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));

async function setup(account?: readonly [string, string], lang = 'vi') {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${lang}>
    <vss-medical-records></vss-medical-records>
  </vss-provider>`);
  if (account) await provider.apiClient.login(account[0], account[1]);
  const el = provider.querySelector('vss-medical-records')!;
  await settle(el);
  return { provider, el, api: provider.apiClient };
}

async function choose(el: VssMedicalRecords, id: string, value: string) {
  const field = deep<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

describe('vss-medical-records', () => {
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
    virtualizerChunk.reset();
  });

  it('asks to sign in when nobody is signed in', async () => {
    const { el } = await setup();
    expect(textOf(deep(el, '.state.expired'))).to.contain('Vui lòng đăng nhập để xem thông tin này');
    await expectNoAxeViolations(el);
  });

  it('lists visits newest first with dates, facility, type, diagnosis and money', async () => {
    const { el, api } = await setup(WORKER);
    await listed(el);
    const page: VisitPage = await api.visits({ limit: 50 });
    const v = page.items[0]!;
    const text = textOf(rows(el)[0]!);
    expect(text).to.contain(formatDate(v.admittedAt.slice(0, 10)));
    expect(text).to.contain(`${v.facilityName} (${v.facilityCode})`);
    expect(text).to.contain(v.kind === 'inpatient' ? 'Nội trú' : 'Ngoại trú');
    expect(text).to.contain(`${v.diagnosisCode} – ${v.diagnosisName}`);
    expect(text).to.contain(norm(`Tổng chi ${formatVnd(v.total)}`));
    expect(text).to.contain(norm(`BHYT trả ${formatVnd(v.insurancePaid)}`));
    expect(text).to.contain(norm(`Người bệnh trả ${formatVnd(v.coPayment + v.selfPaid)}`));
    const dates = page.items.map((i) => i.admittedAt);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    await expectNoAxeViolations(el);
  });

  it('shows the server totals for the filtered set', async () => {
    const { el, api } = await setup(WORKER);
    await listed(el);
    const page = await api.visits({ limit: 50 });
    const totals = textOf(deep(el, '[part=totals]'));
    expect(totals).to.contain(`Số lượt khám ${formatNumber(page.totals.count)}`);
    expect(totals).to.contain(norm(`Tổng chi phí ${formatVnd(page.totals.total)}`));
    expect(totals).to.contain(norm(`Quỹ BHYT trả ${formatVnd(page.totals.insurancePaid)}`));
    expect(totals).to.contain(norm(`Người bệnh trả ${formatVnd(page.totals.patientPaid)}`));
    expect(textOf(deep(el, '[role=status]'))).to.equal(
      `Đã tải ${Math.min(50, page.totals.count)}/${page.totals.count} lượt khám`,
    );
  });

  it('filters by type and facility, resetting the list and the totals', async () => {
    const { el, api } = await setup(MANY);
    await listed(el);
    await choose(el, 'kind', 'inpatient');
    await waitFor(
      () => rows(el).length && rows(el).every((r) => textOf(r).includes('Nội trú')),
      10000,
      'inpatient only',
    );
    const inpatient = await api.visits({ type: 'inpatient', limit: 50 });
    expect(textOf(deep(el, '.totals .count'))).to.equal(formatNumber(inpatient.totals.count));
    const facility = inpatient.facilities[0]!;
    await choose(el, 'facility', facility.code);
    await waitFor(
      () => rows(el).length && rows(el).every((r) => textOf(r).includes(`(${facility.code})`)),
      10000,
      'one facility',
    );
    const both = await api.visits({ type: 'inpatient', facility: facility.code, limit: 50 });
    await waitFor(() => textOf(deep(el, '.totals .count')) === formatNumber(both.totals.count), 5000, 'totals');
  });

  it('takes its filters from attributes (a portal restoring them from its URL) and tells the portal when the citizen changes one', async () => {
    const provider = await mount<VssProvider>(html`<vss-provider memory-only>
      <vss-medical-records visit-type="inpatient" from="2020-01-01" to="not a date"></vss-medical-records>
    </vss-provider>`);
    const api = provider.apiClient;
    await api.login(...MANY);
    const el = provider.querySelector('vss-medical-records')!;
    await listed(el);
    await waitFor(() => rows(el).every((r) => textOf(r).includes('Nội trú')), 10000, 'inpatient only');
    expect(deep<HTMLSelectElement>(el, '#kind').value).to.equal('inpatient');
    expect(deep<HTMLInputElement>(el, '#from').value).to.equal('2020-01-01');
    // a value that is not a date is no filter, and no error
    expect(deep<HTMLInputElement>(el, '#to').value).to.equal('');
    const expected = await api.visits({ type: 'inpatient', from: '2020-01-01', limit: 50 });
    await waitFor(() => textOf(deep(el, '.totals .count')) === formatNumber(expected.totals.count), 5000, 'totals');
    const heard: unknown[] = [];
    provider.addEventListener('vss-visits-filter', (e) => heard.push(e.detail));
    await choose(el, 'kind', '');
    expect(heard).to.deep.equal([{ from: '2020-01-01', to: '', facility: '', visitType: '' }]);
    expect(el.visitType).to.equal('');
    await waitFor(() => rows(el).some((r) => textOf(r).includes('Ngoại trú')), 10000, 'both kinds');
    // and the portal can change them again
    el.visitType = 'outpatient';
    await waitFor(
      () => rows(el).length && rows(el).every((r) => textOf(r).includes('Ngoại trú')),
      10000,
      'outpatient only',
    );
    expect(deep<HTMLSelectElement>(el, '#kind').value).to.equal('outpatient');
  });

  it('filters by date range and flags a reversed range on the field', async () => {
    const { el, api } = await setup(WORKER);
    await listed(el);
    const all = await api.visits({ limit: 50 });
    const day = all.items[3]!.admittedAt.slice(0, 10);
    await choose(el, 'from', day);
    await choose(el, 'to', day);
    await waitFor(
      () => rows(el).length && rows(el).every((r) => textOf(r).startsWith(formatDate(day))),
      8000,
      'one day',
    );
    await choose(el, 'from', '2099-01-01');
    const to = deep<HTMLInputElement>(el, '#to');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(deep(el, `#${to.getAttribute('aria-describedby')}`))).to.equal(
      '"Đến ngày" phải bằng hoặc sau "Từ ngày".',
    );
    expect(to.value).to.equal(day); // nothing typed is lost
    await expectNoAxeViolations(el);
  });

  it('shows an empty state with a clear-filters action when nothing matches', async () => {
    const { el } = await setup(WORKER);
    await listed(el);
    await choose(el, 'from', '2099-01-01');
    const box = await waitFor(() => root(el).querySelector('.state.empty'), 8000, 'empty');
    expect(textOf(box)).to.contain('Không có lượt khám nào khớp với bộ lọc.');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(box, 'button').click();
    await listed(el);
    expect(deep<HTMLInputElement>(el, '#from').value).to.equal('');
    expect(root(el).activeElement?.id).to.equal('from');
  });

  it('aborts the in-flight request when a filter changes', async function () {
    this.timeout(30000);
    // a delay long enough that the filtered page arrives well before it even in a slow engine on a busy machine
    await injectFault({ path: '/api/me/visits', kind: 'latency', delayMs: 9000, times: 1 });
    const { el } = await setup(WORKER);
    expect(root(el).querySelector('.state.loading')).to.exist;
    const t0 = performance.now();
    await choose(el, 'kind', 'outpatient');
    await listed(el);
    // The slow unfiltered page never lands: every row is outpatient, and it came well before the delay.
    expect(rows(el).every((r) => textOf(r).includes('Ngoại trú'))).to.equal(true);
    const took = performance.now() - t0;
    const why =
      "WebKit's service worker (the mock backend) answers the filtered request only after the delayed one, so the time says nothing about the element (the rows still do)";
    if (await checkIn(this, ['webkit'], why)) expect(took).to.be.lessThan(7000);
    await new Promise((r) => setTimeout(r, 9000 - took + 100));
    expect(rows(el).every((r) => textOf(r).includes('Ngoại trú'))).to.equal(true);
  });

  it('loads further pages while scrolling and keeps the DOM bounded for 10,000 visits', async () => {
    const t0 = performance.now();
    const { el } = await setup(MANY);
    await listed(el);
    const firstMs = performance.now() - t0;
    const list = deep<HTMLElement>(el, '[part=list]');
    for (let i = 0; i < 60 && textOf(deep(el, '[role=status]')).startsWith('Đã tải 50/'); i++) {
      list.scrollTop = list.scrollHeight;
      await frame();
    }
    await waitFor(() => /^Đã tải (\d+)\//.exec(textOf(deep(el, '[role=status]')))?.[1] !== '50', 8000, 'second page');
    for (let i = 0; i < 80; i++) {
      list.scrollTop = list.scrollHeight;
      await frame();
    }
    const status = textOf(deep(el, '[role=status]'));
    const loadedCount = Number(/^Đã tải ([\d.]+)\//.exec(status)![1]!.replace(/\./g, ''));
    const inDom = rows(el).length;
    console.log(
      `[measure] visits: 10,000 total, first page ${firstMs.toFixed(0)} ms (login + fetch + render), ${loadedCount} loaded after scrolling, ${inDom} rows in DOM`,
    );
    expect(status).to.match(/\/10\.000 lượt khám$/);
    expect(loadedCount).to.be.greaterThan(100);
    expect(inDom).to.be.lessThan(100);
  });

  it('makes the visits list a Tab stop of its own, so the keyboard scrolls it in every engine', async () => {
    // Chromium makes a scroller focusable only when nothing inside it is, Firefox always, WebKit never; axe's
    // scrollable-region-focusable asked for it in Firefox. With its own tab stop the list behaves the same
    // everywhere, and its rows come after it.
    const { el } = await setup(MANY);
    await listed(el);
    const list = deep<HTMLElement>(el, 'lit-virtualizer.list');
    deep<HTMLSelectElement>(el, '#kind').focus();
    await sendKeys({ press: 'Tab' });
    // compared by identity: chai would print the whole list of 10,000 visits on a failure
    const focused = () => root(el).activeElement;
    expect(focused() === list, `focus on the list, not ${focused()?.localName}.${focused()?.className}`).to.equal(true);
    expect(list.getAttribute('aria-label')).to.equal('Danh sách lượt khám');
    await sendKeys({ press: 'PageDown' });
    await waitFor(() => list.scrollTop > 0, 3000, 'the list scrolled by the keyboard');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.matches('button.row'), 'then its rows').to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('offers a "Tải thêm" button that loads the next page for keyboard users', async () => {
    const { el } = await setup(MANY);
    await listed(el);
    const more = deep<HTMLButtonElement>(el, '[part=more-button]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => /^Đã tải 1[05]0\//.test(textOf(deep(el, '[role=status]'))), 8000, 'page 2');
  });

  it('opens the detail with Enter, closes it with Escape and returns focus to the row', async () => {
    const { el } = await setup(WORKER);
    await listed(el);
    let opened = '';
    el.addEventListener('vss-visit-open', (e) => (opened = e.detail.id));
    const row = rows(el)[1]!;
    const id = row.dataset['id']!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = deep<HTMLDialogElement>(el, 'dialog');
    await waitFor(() => dialog.open, 2000, 'dialog open');
    expect(opened).to.equal(id);
    const text = textOf(dialog);
    for (const label of [
      'Xét nghiệm',
      'Chẩn đoán hình ảnh',
      'Thuốc',
      'Máu',
      'Thủ thuật, phẫu thuật',
      'Vật tư y tế',
      'Khám bệnh, ngày giường',
      'Vận chuyển',
      'Tuyến',
      'Kết quả điều trị',
      'Số ngày điều trị',
      'Bệnh kèm theo',
    ]) {
      expect(text).to.contain(label);
    }
    expect(text).to.match(/Kết quả điều trị (Khỏi|Đỡ|Không thay đổi|Nặng hơn|Tử vong)/);
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 2000, 'dialog closed');
    await waitFor(() => root(el).activeElement?.getAttribute('data-id') === id, 2000, 'focus back on row');
  });

  it('keeps loaded rows and filters when a later page fails, and retry continues', async () => {
    const { el } = await setup(MANY);
    await listed(el);
    await choose(el, 'kind', 'outpatient');
    await listed(el);
    await injectFault({ path: '/api/me/visits', kind: 'status', status: 500, times: 1 });
    deep<HTMLButtonElement>(el, '[part=more-button]').click();
    const alert = await waitFor(() => root(el).querySelector('.more [role=alert]'), 8000, 'inline error');
    expect(textOf(alert)).to.contain('Hệ thống đang gặp sự cố');
    expect(rows(el).length).to.be.greaterThan(0);
    expect(deep<HTMLSelectElement>(el, '#kind').value).to.equal('outpatient');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(alert, 'button').click();
    await waitFor(() => /^Đã tải 100\//.test(textOf(deep(el, '[role=status]'))), 8000, 'page 2 after retry');
  });

  it('shows an error state with retry when the first page fails, and a malformed page too', async () => {
    await injectFault({ path: '/api/me/visits', kind: 'schema-break', times: 1 });
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 8000, 'error');
    expect(textOf(box)).to.contain('Dữ liệu nhận được không hợp lệ');
    expect(root(el).querySelector('[part=filters]')).to.exist;
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(box, 'button').click();
    await listed(el);
  });

  it('keeps the loading state until the list code has arrived, with the filters usable meanwhile', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    let asked = 0;
    virtualizerChunk.load = (real) => {
      asked++;
      return arrived.then(real);
    };
    const { el, api } = await setup(WORKER);
    await api.visits({ limit: 50 }); // shares the element's request: its first page is here now
    await settle(el);
    expect(asked).to.equal(1);
    expect(textOf(deep(el, '.state.loading'))).to.contain('Đang tải sổ khám chữa bệnh…');
    expect(rows(el).length).to.equal(0);
    deep<HTMLInputElement>(el, '#from').focus();
    expect(root(el).activeElement?.id).to.equal('from');
    release();
    await listed(el);
    expect(rows(el).length).to.be.lessThan(50);
    expect(root(el).activeElement?.id).to.equal('from');
  });

  it('shows the error state with retry when the list code fails to load, and retrying recovers', async () => {
    let failures = 1;
    virtualizerChunk.load = (real) =>
      failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
    const { el } = await setup(WORKER);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 5000, 'error state');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    expect(root(el).querySelector('[part=filters]')).to.exist;
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(box, 'button').click();
    await listed(el);
    expect(root(el).querySelector('.state.error')).to.equal(null);
  });

  it('speaks English', async () => {
    const { el } = await setup(WORKER, 'en');
    await listed(el);
    expect(textOf(deep(el, '[part=filters]'))).to.contain('From date');
    expect(textOf(deep(el, '[part=totals]'))).to.contain('Insurance paid');
    expect(textOf(deep(el, '[role=status]'))).to.match(/^Loaded \d+\/\d+ visits$/);
    expect(textOf(rows(el)[0]!)).to.match(/Outpatient|Inpatient/);
    await expectNoAxeViolations(el);
  });
});
