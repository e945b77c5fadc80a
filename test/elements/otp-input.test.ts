import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/otp-input/otp-input.js';
import type { VssOtpInput } from '../../packages/elements/src/otp-input/otp-input.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { cleanup, deep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const inputOf = (el: VssOtpInput) => el.querySelector('input')!;
const errorOf = (el: VssOtpInput) => el.querySelector('[slot="error"]')!.textContent!.trim();

function paste(input: HTMLInputElement, text: string): void {
  input.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Firefox ignores `clipboardData` in a constructed event and takes its own `dataType`/`data` instead
  const init = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  input.dispatchEvent(new ClipboardEvent('paste', init));
}

/** A form that records what it submitted instead of navigating. */
async function mountForm(inner = html`<vss-otp-input name="otp" required></vss-otp-input>`) {
  const form = await mount<HTMLFormElement>(html`<form>
    <fieldset>${inner}</fieldset>
    <button type="submit">Gửi</button>
  </form>`);
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form));
  });
  const el = form.querySelector('vss-otp-input')!;
  await settle(el);
  return { form, el, submitted };
}

describe('vss-otp-input', () => {
  afterEach(async () => {
    cleanup();
    await switchLocale('vi');
  });

  it('renders one labelled numeric input that SMS autofill recognises', async () => {
    const el = await mount<VssOtpInput>(html`<vss-otp-input></vss-otp-input>`);
    const inputs = el.querySelectorAll('input');
    expect(inputs.length).to.equal(1);
    const input = inputs[0]!;
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('maxlength')).to.equal('6');
    expect(input.getAttribute('pattern')).to.equal('\\d{6}');
    // The label text is the accessible name: the <label for> points at the input.
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Mã OTP');
    expect(textOf(el)).to.contain('Gồm 6 chữ số');
    await expectNoAxeViolations(el);
  });

  it('submits its value in a plain form', async () => {
    const { form, el, submitted } = await mountForm();
    typeInto6(el, '615204');
    form.requestSubmit();
    expect(submitted.length).to.equal(1);
    expect(submitted[0]!.get('otp')).to.equal('615204');
  });

  it('blocks submission while required and empty, with the message on the field', async () => {
    const { form, el, submitted } = await mountForm();
    form.requestSubmit();
    expect(submitted.length).to.equal(0);
    expect(el.validity.valueMissing).to.equal(true);
    await settle(el);
    expect(errorOf(el)).to.equal('Vui lòng nhập thông tin này');
    const input = inputOf(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain(el.querySelector('[slot="error"]')!.id);
    // Interactive validation focuses the anchor: the input itself.
    expect(document.activeElement).to.equal(input);
    await expectNoAxeViolations(el);
  });

  it('blocks an incomplete code with the format message (patternMismatch)', async () => {
    const { form, el, submitted } = await mountForm();
    typeInto6(el, '6152');
    form.requestSubmit();
    expect(submitted.length).to.equal(0);
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('Mã OTP gồm 6 chữ số');
    await settle(el);
    expect(errorOf(el)).to.equal('Mã OTP gồm 6 chữ số');
  });

  it('normalises pasted text to the code and fires vss-otp-complete once', async () => {
    const el = await mount<VssOtpInput>(html`<vss-otp-input></vss-otp-input>`);
    const seen: string[] = [];
    el.addEventListener('vss-otp-complete', (e) => seen.push(e.detail.value));
    paste(inputOf(el), 'Mã OTP: 615204');
    await settle(el);
    expect(el.value).to.equal('615204');
    expect(inputOf(el).value).to.equal('615204');
    expect(seen).to.deep.equal(['615204']);
    paste(inputOf(el), 'BHXHVN: Ma OTP cua ban la 615 204, hieu luc 5 phut');
    await settle(el);
    expect(el.value).to.equal('615204');
    expect(seen.length).to.equal(1);
  });

  it('normalises a spaced code set as a property and drops letters typed into the box', async () => {
    const el = await mount<VssOtpInput>(html`<vss-otp-input></vss-otp-input>`);
    el.value = '615 204';
    await settle(el);
    expect(inputOf(el).value).to.equal('615204');
    typeInto6(el, '12a3');
    await settle(el);
    expect(el.value).to.equal('123');
    expect(inputOf(el).value).to.equal('123');
  });

  it('is typed with the keyboard and completes at the sixth digit', async () => {
    const el = await mount<VssOtpInput>(html`<vss-otp-input></vss-otp-input>`);
    const seen: string[] = [];
    el.addEventListener('vss-otp-complete', (e) => seen.push(e.detail.value));
    el.focus();
    expect(document.activeElement).to.equal(inputOf(el));
    await sendKeys({ type: '48392' });
    expect(seen).to.deep.equal([]);
    await sendKeys({ type: '0' });
    expect(seen).to.deep.equal(['483920']);
  });

  it('counts down before allowing a resend, then fires vss-otp-resend', async () => {
    const el = await mount<VssOtpInput>(html`<vss-otp-input resend-after="2"></vss-otp-input>`);
    const button = deep<HTMLButtonElement>(el, '[part="resend-button"]');
    expect(button.textContent!.trim()).to.equal('Gửi lại mã sau 0:02');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    let resends = 0;
    el.addEventListener('vss-otp-resend', () => resends++);
    button.click();
    expect(resends).to.equal(0);
    await waitFor(() => button.textContent!.trim() === 'Gửi lại mã', 4000, 'countdown end');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    button.click();
    expect(resends).to.equal(1);
    // The parent restarts the countdown after sending a new code: even the same number restarts it.
    el.resendAfter = 2;
    await settle(el);
    expect(button.textContent!.trim()).to.equal('Gửi lại mã sau 0:02');
    el.startCountdown(75);
    await settle(el);
    expect(button.textContent!.trim()).to.equal('Gửi lại mã sau 1:15');
    await expectNoAxeViolations(el);
  });

  it('resets with form.reset()', async () => {
    const { form, el } = await mountForm();
    typeInto6(el, '615204');
    el.error = 'Mã OTP không đúng';
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('');
    expect(inputOf(el).value).to.equal('');
    expect(errorOf(el)).to.equal('');
    expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('is disabled by a disabled fieldset and then skipped by validation', async () => {
    const { form, el, submitted } = await mountForm();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(inputOf(el).disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    form.requestSubmit();
    expect(submitted.length).to.equal(1);
    expect(submitted[0]!.has('otp')).to.equal(false);
  });

  it('shows a server error with aria-invalid and clears it when the code is edited', async () => {
    const el = await mount<VssOtpInput>(
      html`<vss-otp-input error="Mã OTP không đúng. Còn 2 lần thử."></vss-otp-input>`,
    );
    const input = inputOf(el);
    expect(errorOf(el)).to.equal('Mã OTP không đúng. Còn 2 lần thử.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(el);
    typeInto6(el, '1');
    await settle(el);
    expect(errorOf(el)).to.equal('');
    expect(el.error).to.equal('');
  });

  it('speaks English with lang=en, custom label and another length', async () => {
    await switchLocale('en');
    const el = await mount<VssOtpInput>(
      html`<vss-otp-input required length="4" label="Email code" resend-after="59"></vss-otp-input>`,
    );
    expect(inputOf(el).labels?.[0]?.textContent?.trim()).to.equal('Email code');
    expect(textOf(el)).to.contain('4 digits');
    expect(deep(el, '[part="resend-button"]').textContent!.trim()).to.equal('Resend the code in 0:59');
    expect(el.reportValidity()).to.equal(false);
    await settle(el);
    expect(errorOf(el)).to.equal('Please fill in this field');
    typeInto6(el, '12');
    await settle(el);
    expect(el.validationMessage).to.equal('The OTP code has 4 digits');
    el.label = '';
    await settle(el);
    expect(inputOf(el).labels?.[0]?.textContent?.trim()).to.equal('One-time code');
  });
});

/** Types into the light-DOM input as a user would (value + input event). */
function typeInto6(el: VssOtpInput, text: string): void {
  const input = inputOf(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}
