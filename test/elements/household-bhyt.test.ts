import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { householdBhytPremium } from '@vssid/core/estimates';
import { formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/household-bhyt/household-bhyt.js';
import {
  householdParts,
  type HouseholdBhytDetail,
  type VssHouseholdBhyt,
} from '../../packages/elements/src/household-bhyt/household-bhyt.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const vnd = (n: number) => formatVnd(n).replace(/\s+/g, ' ');
const root = (el: Element) => el.shadowRoot!;
const realView = householdParts.view;

async function setup(template = html`<vss-household-bhyt></vss-household-bhyt>`) {
  const events: HouseholdBhytDetail[] = [];
  const host = await mount<HTMLDivElement>(
    html`<div @vss-household-bhyt=${(e: CustomEvent<HouseholdBhytDetail>) => events.push(e.detail)}>${template}</div>`,
  );
  const el = host.querySelector('vss-household-bhyt') as VssHouseholdBhyt;
  await waitFor(() => root(el).querySelector('form'), 5000, 'calculator');
  await settle(el);
  return { el, events };
}

const submit = async (el: VssHouseholdBhyt) => {
  deep<HTMLButtonElement>(el, '[part~="submit"]').click();
  await settle(el);
};

describe('vss-household-bhyt (public calculator)', () => {
  afterEach(async () => {
    householdParts.view = realView;
    cleanup();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
  });

  it('calculates one member for 12 months at once, from today’s lương cơ sở', async () => {
    const { el, events } = await setup();
    const r = householdBhytPremium(1, { periodMonths: 12 });
    if (!r.ok) throw new Error('core');
    expect(textOf(deep(el, '[data-figure="total"]'))).to.equal(vnd(r.value.total));
    expect(textOf(deep(el, '.summary-line'))).to.equal(
      `Hộ 1 người, đóng 12 tháng: ${vnd(r.value.total)} (${vnd(r.value.monthlyTotal)} mỗi tháng).`,
    );
    await waitFor(() => events.length === 1);
    expect(events[0]!.total).to.equal(r.value.total);
    await expectNoAxeViolations(el);
  });

  it('four members from 1 July 2026: 113.850 + 79.695 + 68.310 + 56.925 đ a month, each shown', async () => {
    const { el, events } = await setup(
      html`<vss-household-bhyt members="4" period="12" on-date="2026-07-01"></vss-household-bhyt>`,
    );
    const rows = [...root(el).querySelectorAll('tbody tr')].map((r) => textOf(r));
    expect(rows).to.deep.equal([
      'Người thứ 1 4,5% lương cơ sở 113.850 ₫ 1.366.200 ₫',
      'Người thứ 2 70% người thứ nhất 79.695 ₫ 956.340 ₫',
      'Người thứ 3 60% người thứ nhất 68.310 ₫ 819.720 ₫',
      'Người thứ 4 50% người thứ nhất 56.925 ₫ 683.100 ₫',
    ]);
    expect(textOf(deep(el, 'tfoot'))).to.equal('Cả hộ 318.780 ₫ 3.825.360 ₫');
    expect(textOf(deep(el, '.basis'))).to.contain('Lương cơ sở 2.530.000 ₫ (áp dụng từ 01/07/2026)');
    expect(textOf(deep(el, '[part~="articles"]'))).to.contain('Nghị định 161/2026/NĐ-CP');
    await waitFor(() => events.length > 0);
    expect(events.at(-1)).to.include({ memberCount: 4, total: 3_825_360, monthlyTotal: 318_780, onDate: '2026-07-01' });
  });

  it('the day picks the lương cơ sở: 105.300 đ for the first member on 30 June 2026', async () => {
    const { el } = await setup(html`<vss-household-bhyt on-date="2026-06-30"></vss-household-bhyt>`);
    expect(textOf(deep(el, 'tbody tr'))).to.contain('105.300 ₫');
    el.onDate = '2026-07-01';
    await settle(el);
    expect(textOf(deep(el, 'tbody tr'))).to.contain('113.850 ₫');
  });

  it('the period chosen: 5 members every 3 months, the fifth at 40%', async () => {
    const { el } = await setup(html`<vss-household-bhyt on-date="2026-07-01"></vss-household-bhyt>`);
    typeInto(deep<HTMLInputElement>(el, '#members'), '5');
    deep<HTMLInputElement>(el, 'input[name="period"][value="3"]').click();
    await submit(el);
    const rows = [...root(el).querySelectorAll('tbody tr')].map((r) => textOf(r));
    expect(rows[4]).to.equal('Người thứ 5 40% người thứ nhất 45.540 ₫ 136.620 ₫');
    expect(textOf(deep(el, '.summary-line'))).to.equal('Hộ 5 người, đóng 3 tháng: 1.092.960 ₫ (364.320 ₫ mỗi tháng).');
  });

  it('wrong input: the error summary links to the field, what was typed stays, the result goes until it is right', async () => {
    const { el } = await setup();
    const input = deep<HTMLInputElement>(el, '#members');
    typeInto(input, 'bốn');
    await submit(el);
    const summary = await waitFor(() => maybeDeep(el, '[part~="error-summary"]'));
    expect(textOf(summary)).to.contain('Có lỗi cần sửa');
    await waitFor(() => root(el).activeElement === summary, 2000, 'summary focused');
    const link = deep<HTMLAnchorElement>(summary, 'a');
    expect(textOf(link)).to.equal('Số người phải là số nguyên, ví dụ 4.');
    expect(link.getAttribute('href')).to.equal('#members');
    link.click();
    expect(root(el).activeElement).to.equal(input);
    expect(input.value).to.equal('bốn');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(maybeDeep(el, '[part~="result"]')).to.equal(null);
    expect(textOf(deep(el, '.summary-line'))).to.equal('');
    await expectNoAxeViolations(el);

    typeInto(input, '31');
    await submit(el);
    expect(textOf(deep(el, '#members-error'))).to.equal('Số người từ 1 đến 30.');
    typeInto(input, '');
    await submit(el);
    expect(textOf(deep(el, '#members-error'))).to.equal('Nhập số người trong hộ tham gia BHYT.');

    typeInto(input, '２'); // fullwidth digits from a phone keyboard
    await settle(el);
    expect(maybeDeep(el, '#members-error'), 'the message goes once the field is right').to.equal(null);
    await submit(el);
    expect(maybeDeep(el, '[part~="error-summary"]')).to.equal(null);
    expect(textOf(deep(el, '.summary-line'))).to.match(/^Hộ 2 người, đóng 12 tháng/);
  });

  it('while its code downloads it shows a loading state; a failed download offers a retry', async () => {
    let fail = true;
    let release!: () => void;
    householdParts.view = () =>
      fail
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : new Promise((resolve) => (release = () => resolve(realView())));
    const el = await mount<VssHouseholdBhyt>(html`<vss-household-bhyt></vss-household-bhyt>`);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 5000, 'error');
    expect(textOf(box)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    fail = false;
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('.state.loading'), 5000, 'loading');
    await expectNoAxeViolations(el);
    release();
    await waitFor(() => root(el).querySelector('form'), 5000, 'calculator');
  });

  it('speaks English and fits 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    await switchLocale('en');
    const { el } = await setup(html`<vss-household-bhyt members="4" on-date="2026-07-01"></vss-household-bhyt>`);
    const text = textOf(el);
    expect(text).to.contain('Household health insurance: what you pay');
    expect(text).to.contain('Household of 4, paying for 12 months: 3.825.360 ₫');
    expect(text).to.contain('Member 2 70% of the first member');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    // the table of members (three columns of words and amounts) inside the element's box in every engine
    const table = root(el).querySelector('table')!.getBoundingClientRect();
    expect(table.right, 'table right edge').to.be.at.most(el.getBoundingClientRect().right + 1);
    await expectNoAxeViolations(el);
  });
});
