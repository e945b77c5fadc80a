import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { formatDate, formatMonth, formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/benefits/benefits.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import type { VssBenefits } from '../../packages/elements/src/benefits/benefits.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = ['7901234567', 'VssID@2026'] as const;
const PENSIONER = ['3101234567', 'Huutri1962'] as const;
const CHILD = ['7925000001', 'TreEm2021a'] as const;
const EXPIRED = ['9201234567', 'HetHan2025'] as const;

const norm = (s: string) => s.replace(/\s+/g, ' ');
const root = (el: VssBenefits) => el.shadowRoot!;
const shown = (el: VssBenefits) =>
  waitFor(() => root(el).querySelector('[part=year], .state:not(.loading)'), 8000, 'benefits shown');

async function setup(account?: readonly [string, string], lang = 'vi') {
  const provider = await mount<VssProvider>(
    html`<vss-provider memory-only lang=${lang}><vss-benefits></vss-benefits></vss-provider>`,
  );
  if (account) await provider.apiClient.login(account[0], account[1]);
  const el = provider.querySelector('vss-benefits')!;
  await settle(el);
  return { provider, el, api: provider.apiClient };
}

describe('vss-benefits', () => {
  before(startBackend);
  beforeEach(resetBackend);
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
  });

  it('asks to sign in when nobody is signed in', async () => {
    const { el } = await setup();
    await shown(el);
    expect(textOf(deep(el, '.state.expired'))).to.contain('Vui lòng đăng nhập để xem thông tin này');
    await expectNoAxeViolations(el);
  });

  it('shows a loading state while the server is slow', async () => {
    await injectFault({ path: '/api/me/benefits', kind: 'latency', delayMs: 1200, times: 1 });
    const { el } = await setup(PENSIONER);
    const box = await waitFor(() => root(el).querySelector('.state.loading'));
    expect(textOf(box)).to.contain('Đang tải thông tin hưởng…');
    await expectNoAxeViolations(el);
    await waitFor(() => root(el).querySelector('[part=year]'), 5000, 'data');
  });

  it('groups the pension by year, newest first, each year total equal to the sum of its rows', async () => {
    const { el, api } = await setup(PENSIONER);
    await shown(el);
    const list = await api.benefits();
    const sections = [...root(el).querySelectorAll<HTMLElement>('[part=year]')];
    const years = sections.map((s) => Number(/\d{4}/.exec(textOf(s.querySelector('h3')!))![0]));
    expect(years).to.deep.equal([...years].sort((a, b) => b - a));
    expect(years.length).to.be.greaterThan(1);
    for (const s of sections) {
      const year = /\d{4}/.exec(textOf(s.querySelector('h3')!))![0];
      const rows = list.filter((p) => p.period.startsWith(year));
      expect(s.querySelectorAll('[part=row]').length).to.equal(rows.length);
      const sum = rows.filter((p) => p.status !== 'rejected').reduce((t, p) => t + p.amount, 0);
      expect(textOf(s.querySelector('[part=total]')!)).to.equal(norm(`Tổng: ${formatVnd(sum)}`));
    }
    await expectNoAxeViolations(el);
  });

  it('shows each payment: regime, period, dates, amount, status word and method', async () => {
    const { el, api } = await setup(PENSIONER);
    await shown(el);
    const list = await api.benefits();
    const paid = list.find((p) => p.status === 'paid')!;
    const row = deep(el, `[part=row][data-id="${paid.id}"]`);
    const text = textOf(row);
    expect(text).to.contain('Hưu trí');
    expect(text).to.contain(`Kỳ giải quyết ${formatMonth(paid.period)}`); // the colon is CSS ::after
    expect(text).to.contain(`${formatDate(paid.fromDate)} – ${formatDate(paid.toDate)}`);
    expect(text).to.contain(norm(formatVnd(paid.amount)));
    expect(text).to.contain('Đã chi trả');
    expect(text).to.contain('Chuyển khoản');
    expect(row.querySelector('.status svg')!.getAttribute('aria-hidden')).to.equal('true');
    const approved = list.find((p) => p.status === 'approved');
    if (approved) expect(textOf(deep(el, `[part=row][data-id="${approved.id}"]`))).to.contain('Đã duyệt, chờ chi trả');
  });

  it('filters one regime with the select', async () => {
    const { el, api } = await setup(WORKER);
    await shown(el);
    const list = await api.benefits();
    const select = deep<HTMLSelectElement>(el, '#regime');
    expect(select.labels![0]!.textContent!.trim()).to.equal('Chế độ');
    select.value = 'sickness';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.regime).to.equal('sickness');
    const rows = [...root(el).querySelectorAll('[part=row]')];
    expect(rows.length).to.equal(list.filter((p) => p.regime === 'sickness').length);
    expect(rows.every((r) => textOf(r).startsWith('Ốm đau'))).to.equal(true);
  });

  it('lists the unemployment benefit of the expired-card account', async () => {
    const { el } = await setup(EXPIRED);
    await shown(el);
    const text = textOf(el);
    expect(text).to.contain('Trợ cấp thất nghiệp');
    expect(text).to.match(/Trợ cấp thất nghiệp: [\d.]+ ₫ \(3 lần\)/);
  });

  it('shows a friendly empty state for the child account', async () => {
    const { el } = await setup(CHILD);
    await shown(el);
    expect(textOf(deep(el, '.state.empty'))).to.contain('Bạn chưa có khoản hưởng chế độ BHXH, BHTN nào được ghi nhận.');
    await expectNoAxeViolations(el);
  });

  it('shows an error with retry that recovers, and malformed data as an error', async () => {
    await injectFault({ path: '/api/me/benefits', kind: 'network', times: 3 });
    const { el } = await setup(PENSIONER);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 10000, 'error');
    expect(textOf(box)).to.contain('Không kết nối được với máy chủ');
    await expectNoAxeViolations(el);
    await injectFault({ path: '/api/me/benefits', kind: 'schema-break', times: 1 });
    deep<HTMLButtonElement>(box, 'button').click();
    const bad = await waitFor(
      () => {
        const b = root(el).querySelector<HTMLElement>('.state.error');
        return b && textOf(b).includes('không hợp lệ') ? b : null;
      },
      10000,
      'malformed',
    );
    deep<HTMLButtonElement>(bad, 'button').click();
    await waitFor(() => root(el).querySelector('[part=year]'), 8000, 'recovered');
  });

  it('speaks English, and fits 320 px', async () => {
    await setViewport({ width: 320, height: 700 });
    const { el } = await setup(PENSIONER, 'en');
    await shown(el);
    const text = textOf(el);
    expect(text).to.contain('Pension');
    expect(text).to.contain('Paid');
    expect(text).to.match(/Year \d{4}/);
    expect(deep<HTMLSelectElement>(el, '#regime').labels![0]!.textContent!.trim()).to.equal('Regime');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(el);
  });
});
