import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '../support/commands.js';
import { baseSalaryOn, buildCardQr, todayIso } from '@vssid/core/domain';
import { formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/bhyt-card/card-explain.js';
import type { VssCardExplain } from '../../packages/elements/src/bhyt-card/card-explain.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const codeInput = (el: Element) => deep<HTMLInputElement>(el, '#code');
const amountInput = (el: Element) => deep<HTMLInputElement>(el, '#amount');

async function estimate(el: VssCardExplain, amount: string) {
  typeInto(amountInput(el), amount);
  await settle(el);
  return {
    fund: textOf(deep(el, '.money .fund dd')),
    patient: textOf(deep(el, '.money .patient dd')),
    rule: textOf(deep(el, '.rule')),
  };
}

describe('vss-card-explain (explain my card)', () => {
  afterEach(async () => {
    cleanup();
    await switchLocale('vi');
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
  });

  it('decodes a typed code in plain words', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    const seen: string[] = [];
    el.addEventListener('vss-card-explain', (e) => seen.push(e.detail.cardCode));
    typeInto(codeInput(el), 'DN4797901234567');
    await settle(el);
    const text = textOf(deep(el, '[part="result"]'));
    expect(text).to.contain('Đối tượng DN');
    expect(text).to.contain('Người lao động trong doanh nghiệp');
    expect(text).to.contain('Nhóm 1: người lao động và người sử dụng lao động cùng đóng');
    expect(text).to.contain('Mức hưởng 4');
    expect(text).to.contain('quỹ BHYT trả 80%');
    expect(text).to.contain('TP. Hồ Chí Minh');
    expect(text).to.contain('7901234567');
    expect(seen).to.deep.equal(['DN4797901234567']);
    await expectNoAxeViolations(el);
  });

  it('accepts a pasted code with spaces and lower case, and names a merged province old and new', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    typeInto(codeInput(el), 'ht 3 15 1501234567');
    await settle(el);
    const text = textOf(deep(el, '[part="result"]'));
    expect(text).to.contain('Người hưởng lương hưu');
    expect(text).to.contain('Nhóm 2');
    expect(text).to.contain('quỹ BHYT trả 95%');
    expect(text).to.contain('Yên Bái (nay thuộc Lào Cai)');
    expect(codeInput(el).value).to.equal('ht 3 15 1501234567');
  });

  it('estimates the co-payment: digit 4, 500,000 đ → fund 400,000 / patient 100,000', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="DN4797901234567"></vss-card-explain>`);
    const r = await estimate(el, '500.000');
    expect(r.fund).to.equal('400.000 ₫');
    expect(r.patient).to.equal('100.000 ₫');
    expect(r.rule).to.contain('quỹ BHYT trả 80%, bạn cùng chi trả 20%');
    await expectNoAxeViolations(el);
  });

  it('pays in full under 15% of the base salary: 300,000 đ → 300,000 / 0', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="DN4797901234567"></vss-card-explain>`);
    const r = await estimate(el, '300000');
    expect(r.fund).to.equal('300.000 ₫');
    expect(r.patient).to.equal('0 ₫');
    // 15% of the lương cơ sở in force today, from the dated table (379.500 ₫ since 1 July 2026)
    expect(r.rule).to.contain(
      `thấp hơn 15% lương cơ sở (${formatVnd(baseSalaryOn(todayIso()) * 0.15).replace(/\s+/g, ' ')})`,
    );
  });

  it('applies the commune-level and five-year rules', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="DN4797901234567"></vss-card-explain>`);
    typeInto(amountInput(el), '1000000');
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.check input');
    boxes[0]!.click();
    await settle(el);
    expect(textOf(deep(el, '.money .patient dd'))).to.equal('0 ₫');
    expect(textOf(deep(el, '.rule'))).to.contain('tuyến xã');
    boxes[0]!.click();
    boxes[1]!.click();
    await settle(el);
    expect(textOf(deep(el, '.money .patient dd'))).to.equal('0 ₫');
    expect(textOf(deep(el, '.rule'))).to.contain('05 năm liên tục');
    boxes[1]!.click();
    await settle(el);
    expect(textOf(deep(el, '.money .patient dd'))).to.equal('200.000 ₫');
  });

  it('says digit 1 cards pay in full', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="TE1797925000001"></vss-card-explain>`);
    const r = await estimate(el, '2000000');
    expect(r.patient).to.equal('0 ₫');
    expect(r.rule).to.contain('Mức hưởng 1');
    expect(textOf(deep(el, '[part="result"]'))).to.contain('Trẻ em dưới 6 tuổi');
  });

  it('gives a specific message for a bad amount and keeps what was typed', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="DN4797901234567"></vss-card-explain>`);
    typeInto(amountInput(el), '5 trăm nghìn');
    await settle(el);
    expect(textOf(deep(el, '#amount-error'))).to.contain('Nhập số tiền bằng chữ số');
    expect(amountInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(amountInput(el).value).to.equal('5 trăm nghìn');
    expect(maybeDeep(el, '.money')).to.equal(null);
  });

  it('shows an error summary on submit that links to the field, and keeps the input', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    typeInto(codeInput(el), 'DN47979');
    deep<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await settle(el);
    const summary = deep(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(textOf(summary)).to.contain('Có lỗi cần sửa');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const input = codeInput(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('code-error');
    expect(textOf(deep(el, '#code-error')).length).to.be.greaterThan(5);
    expect(input.value).to.equal('DN47979');
    await expectNoAxeViolations(el);
    deep<HTMLAnchorElement>(summary, 'a').click();
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('rejects an unknown group code with the validator message', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    typeInto(codeInput(el), 'ZZ4797901234567');
    await settle(el);
    expect(textOf(deep(el, '#code-error'))).to.contain('ZZ');
    expect(maybeDeep(el, '.parts')).to.equal(null);
  });

  it('submits with Enter from the keyboard', async () => {
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    codeInput(el).focus();
    await sendKeys({ type: 'xx' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitFor(() => maybeDeep(el, '.error-summary'));
  });

  it('hides the photo option without BarcodeDetector and reads a QR photo with it', async () => {
    const plain = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    expect(maybeDeep(plain, '#photo')).to.equal(null);
    cleanup();
    const payload = buildCardQr({
      cardCode: 'GD4929201234567',
      fullName: 'Lê Văn An',
      dateOfBirth: '1990-02-03',
      sex: 'male',
      address: '',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      facility: { code: '92001' },
    });
    (window as { BarcodeDetector?: unknown }).BarcodeDetector = class {
      async detect() {
        return [{ rawValue: payload }];
      }
    };
    const el = await mount<VssCardExplain>(html`<vss-card-explain></vss-card-explain>`);
    const file = deep<HTMLInputElement>(el, '#photo');
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 8;
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
    const dt = new DataTransfer();
    dt.items.add(new File([blob], 'the.png', { type: 'image/png' }));
    file.files = dt.files;
    file.dispatchEvent(new Event('change'));
    await waitFor(() => codeInput(el).value === 'GD4929201234567');
    await settle(el);
    expect(textOf(deep(el, '.photo-status'))).to.contain('Đã đọc mã thẻ từ ảnh');
    expect(textOf(deep(el, '[part="result"]'))).to.contain('Người tham gia theo hộ gia đình');
  });

  it('explains in English', async () => {
    await switchLocale('en');
    const el = await mount<VssCardExplain>(html`<vss-card-explain code="DN4797901234567"></vss-card-explain>`);
    const text = textOf(el);
    expect(text).to.contain('Group 1: the employee and the employer pay');
    expect(text).to.contain('Employee of an enterprise');
    expect(text).not.to.contain('Người lao động trong doanh nghiệp');
    expect(text).to.contain('Benefit level 4');
    expect(text).to.contain('Estimate your co-payment');
    const r = await estimate(el, '500000');
    expect(r.rule).to.contain('the fund pays 80%, you co-pay 20%');
    await expectNoAxeViolations(el);
  });
});
