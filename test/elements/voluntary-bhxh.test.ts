import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import '../../packages/elements/src/voluntary-bhxh/voluntary-bhxh.js';
import {
  voluntaryParts,
  type VoluntaryBhxhDetail,
  type VssVoluntaryBhxh,
} from '../../packages/elements/src/voluntary-bhxh/voluntary-bhxh.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const root = (el: Element) => el.shadowRoot!;
const realView = voluntaryParts.view;

async function setup(template = html`<vss-voluntary-bhxh on-date="2026-08-01"></vss-voluntary-bhxh>`) {
  const events: VoluntaryBhxhDetail[] = [];
  const host = await mount<HTMLDivElement>(
    html`<div @vss-voluntary-bhxh=${(e: CustomEvent<VoluntaryBhxhDetail>) => events.push(e.detail)}>${template}</div>`,
  );
  const el = host.querySelector('vss-voluntary-bhxh') as VssVoluntaryBhxh;
  await waitFor(() => root(el).querySelector('form'), 5000, 'calculator');
  await settle(el);
  return { el, events };
}

const submit = async (el: VssVoluntaryBhxh) => {
  deep<HTMLButtonElement>(el, '[part~="submit"]').click();
  await settle(el);
};
const select = (el: VssVoluntaryBhxh, id: string, value: string) => {
  const s = deep<HTMLSelectElement>(el, `#${id}`);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('vss-voluntary-bhxh (public calculator)', () => {
  afterEach(async () => {
    voluntaryParts.view = realView;
    cleanup();
    await switchLocale('vi');
    await setViewport({ width: 800, height: 600 });
  });

  it('starts at the lowest income, monthly, with the 20% support: 330.000 − 66.000 = 264.000 đ', async () => {
    const { el, events } = await setup();
    expect(deep<HTMLInputElement>(el, '#income').value).to.equal('1.500.000');
    expect(textOf(deep(el, '#income-hint'))).to.contain('Chọn từ 1.500.000 ₫ đến 50.600.000 ₫');
    expect(textOf(deep(el, '[data-check="gross"]'))).to.equal('330.000 ₫');
    expect(textOf(deep(el, '[data-check="support"]'))).to.equal('− 66.000 ₫');
    expect(textOf(deep(el, '[data-check="payable"]'))).to.equal('264.000 ₫');
    expect(textOf(deep(el, '.summary-line'))).to.equal('Mỗi tháng bạn đóng 264.000 ₫ (thu nhập 1.500.000 ₫).');
    await waitFor(() => events.length === 1);
    expect(events[0]).to.include({ payable: 264_000, monthlyIncome: 1_500_000, group: 'other' });
    await expectNoAxeViolations(el);
  });

  it('5.000.000 đ, near-poor, every 3 months: 3.300.000 − 396.000 = 2.904.000 đ, each step shown', async () => {
    const { el, events } = await setup();
    typeInto(deep<HTMLInputElement>(el, '#income'), '5.000.000');
    select(el, 'group', 'near_poor');
    select(el, 'period', '3');
    await submit(el);
    expect(textOf(deep(el, '.check div:first-child dt'))).to.equal('Tiền đóng: 22% × 5.000.000 ₫ × 3 tháng');
    expect(textOf(deep(el, '[data-check="gross"]'))).to.equal('3.300.000 ₫');
    expect(textOf(deep(el, '.check div:nth-child(2) dt'))).to.equal(
      'Nhà nước hỗ trợ: 40% × 22% × 1.500.000 ₫ × 3 tháng (132.000 ₫ mỗi tháng)',
    );
    expect(textOf(deep(el, '[data-check="support"]'))).to.equal('− 396.000 ₫');
    expect(textOf(deep(el, '[data-figure="payable"]'))).to.contain('2.904.000 ₫');
    expect(textOf(deep(el, '.summary-line'))).to.equal('Mỗi lần 3 tháng bạn đóng 2.904.000 ₫ (thu nhập 5.000.000 ₫).');
    expect(events.at(-1)).to.include({
      gross: 3_300_000,
      stateSupport: 396_000,
      payable: 2_904_000,
      periodMonths: 3,
      group: 'near_poor',
    });
  });

  it('an income outside the legal range is refused with the range, in the summary and at the field; the text stays', async () => {
    const { el } = await setup();
    const input = deep<HTMLInputElement>(el, '#income');
    typeInto(input, '1.000.000');
    await submit(el);
    const summary = await waitFor(() => maybeDeep(el, '[part~="error-summary"]'));
    await waitFor(() => root(el).activeElement === summary, 2000, 'summary focused');
    expect(textOf(deep(summary, 'a'))).to.equal(
      'Thu nhập chọn đóng thấp nhất là 1.500.000 ₫ (chuẩn nghèo khu vực nông thôn).',
    );
    expect(input.value).to.equal('1.000.000');
    expect(maybeDeep(el, '[part~="result"]')).to.equal(null);
    await expectNoAxeViolations(el);

    typeInto(input, '60.000.000');
    await submit(el);
    expect(textOf(deep(el, '#income-error'))).to.equal(
      'Thu nhập chọn đóng cao nhất là 50.600.000 ₫ (20 lần mức tham chiếu).',
    );
    typeInto(input, 'năm triệu');
    await submit(el);
    expect(textOf(deep(el, '#income-error'))).to.equal('Thu nhập phải là số tiền bằng chữ số, ví dụ 3.000.000.');
    deep<HTMLAnchorElement>(el, '[part~="error-summary"] a').click();
    expect(root(el).activeElement).to.equal(input);
    typeInto(input, '3000000');
    await submit(el);
    expect(maybeDeep(el, '[part~="error-summary"]')).to.equal(null);
    expect(textOf(deep(el, '[data-check="payable"]'))).to.equal('594.000 ₫');
  });

  it('after 2026 the poverty line is only carried forward: the result says "Tạm tính" and why', async () => {
    const { el } = await setup(
      html`<vss-voluntary-bhxh on-date="2027-01-15" income="2000000" group="poor" period="6"></vss-voluntary-bhxh>`,
    );
    expect(textOf(deep(el, '[part~="badge"]'))).to.equal('Tạm tính');
    expect(textOf(deep(el, '.provisional-list'))).to.contain('chuẩn nghèo mới chưa được công bố');
    expect(textOf(deep(el, '[part~="disclaimer"]'))).to.contain('Đây là số tạm tính');
    // 22% × 2.000.000 × 6 − 50% × 22% × 1.500.000 × 6
    expect(textOf(deep(el, '[data-check="payable"]'))).to.equal('1.650.000 ₫');
  });

  it('a failed download of its code offers a retry', async () => {
    voluntaryParts.view = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount<VssVoluntaryBhxh>(html`<vss-voluntary-bhxh></vss-voluntary-bhxh>`);
    const box = await waitFor(() => root(el).querySelector('.state.error'), 5000, 'error');
    voluntaryParts.view = realView;
    deep<HTMLButtonElement>(box, 'button').click();
    await waitFor(() => root(el).querySelector('form'), 5000, 'calculator');
  });

  it('speaks English and fits 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    await switchLocale('en');
    const { el } = await setup(
      html`<vss-voluntary-bhxh on-date="2026-08-01" income="5000000" group="near_poor" period="3"></vss-voluntary-bhxh>`,
    );
    const text = textOf(el);
    expect(text).to.contain('Voluntary social insurance: what you pay');
    expect(text).to.contain('You pay 2.904.000 ₫ every 3 months');
    expect(deep<HTMLSelectElement>(el, '#group').selectedOptions[0]!.textContent!.trim()).to.equal(
      'Member of a near-poor household',
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectNoAxeViolations(el);
  });
});
