// Keyboard-only completion of the two forms a citizen must finish: signing in and registering. Real key
// presses (sendKeys), focus followed through shadow roots. The one step no keyboard test can drive is the
// operating system's file dialog behind the photo buttons; the files are handed to the photo fields
// directly, everything else is Tab, typing, Space, arrows and Enter.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '../support/commands.js';
import { latestOtp, resetBackend, startBackend } from '../support/backend.js';
import { deep, textOf, waitFor } from '../support/dom.js';
import { drawImage, fakeHeic } from '../elements/photo-input.fixtures.js';
import { ACCOUNTS, frames, mountTag, unmountAll, watchUncaught } from './harness.js';

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(selector: string, max = 20): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const a = deepActive();
    if (a?.matches(selector)) return a;
    await sendKeys({ press: 'Tab' });
    await frames(1);
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

describe('keyboard-only completion of login and registration', function () {
  this.timeout(60000);
  const uncaught = watchUncaught();
  before(async () => {
    await startBackend();
    uncaught.start();
  });
  after(() => uncaught.stop());
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(() => {
    unmountAll();
    expect(uncaught.take()).to.deep.equal([]);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`signs in with the keyboard alone (${lang})`, async () => {
      const { el, provider } = await mountTag('vss-login', { lang });
      const start = document.createElement('button');
      start.textContent = 'start';
      provider.before(start);
      start.focus();
      await tabTo('input[name="code"]');
      await sendKeys({ type: ACCOUNTS.worker[0] });
      await tabTo('input[name="password"]');
      await sendKeys({ type: ACCOUNTS.worker[1] });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => provider.apiClient.session, 8000, 'session');
      await waitFor(() => textOf(el).includes(lang === 'vi' ? 'Đã đăng nhập' : 'Logged in'), 5000, 'signed-in view');
      // focus moved to the result, not lost to <body>
      expect(deepActive(), 'focus kept inside the element').not.to.equal(document.body);
      start.remove();
    });
  }

  it('retypes the password after a wrong one and signs in, keyboard only', async () => {
    const { el, provider } = await mountTag('vss-login');
    (el.querySelector('input[name="code"]') as HTMLInputElement).focus();
    await sendKeys({ type: ACCOUNTS.worker[0] });
    await tabTo('input[name="password"]');
    await sendKeys({ type: 'SaiMatKhau99' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('[part="alert"]'), 8000, 'wrong-password alert');
    await tabTo('input[name="password"]', 30);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: ACCOUNTS.worker[1] });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => provider.apiClient.session, 8000, 'session');
  });

  it('registers with the keyboard alone, from the first field to the dossier number', async () => {
    const { el } = await mountTag('vss-registration-form');
    (deep(el, '#f-fullName') as HTMLInputElement).focus();
    const fields: [string, string][] = [
      ['#f-fullName', 'Nguyễn Văn An'],
      ['#f-dateOfBirth', '15/03/2003'],
    ];
    for (const [sel, text] of fields) {
      await tabTo(sel);
      await sendKeys({ type: text });
    }
    await tabTo('#f-sex-male');
    await sendKeys({ press: 'Space' });
    for (const [sel, text] of [
      ['#f-socialInsuranceCode', '7909876543'],
      ['#f-idNumber', '079203000123'],
      ['#f-idIssueDate', '10/05/2021'],
      ['#f-idIssuePlace', 'Cuc Canh sat QLHC'],
      ['#f-address', '12 Le Loi, TP. Ho Chi Minh'],
      ['#f-email', 'an@example.com'],
    ] as const) {
      await tabTo(sel);
      await sendKeys({ type: text });
    }
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '#step-heading').textContent!.includes('2/5'), 5000, 'step 2');

    // Step 2: the OS file dialog is out of reach, the files are given to the fields (see header).
    const [portrait, front, back] = [...el.shadowRoot!.querySelectorAll('vss-photo-input')] as (HTMLElement & {
      file: File | null;
      value: string;
    })[];
    portrait!.file = new File([await drawImage(900, 1200)], 'portrait.jpg');
    front!.file = new File([await drawImage(1200, 800, 'image/png')], 'front.png');
    back!.file = fakeHeic();
    await waitFor(() => portrait!.value && front!.value && back!.value, 15000, 'three uploads');
    await tabTo('#next', 40);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '#step-heading').textContent!.includes('3/5'), 5000, 'step 3');

    // Step 3: phone, OTP from the SMS outbox typed into the code box.
    await tabTo('#f-phone');
    await sendKeys({ type: '0987654321' });
    await tabTo('#send-otp');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('#f-otp input, #f-otp'), 5000, 'OTP box');
    await tabTo('#f-otp input, input[autocomplete="one-time-code"]');
    await sendKeys({ type: await latestOtp('0987654321') });
    await waitFor(() => el.shadowRoot!.querySelector('#phone-verified'), 8000, 'phone verified');
    await tabTo('#next', 30);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '#step-heading').textContent!.includes('4/5'), 5000, 'step 4');

    // Step 4: province select with arrows, office combobox typed, chosen with ArrowDown and Enter.
    await tabTo('#province');
    await waitFor(() => (deepActive() as HTMLSelectElement).options.length > 30, 8000, 'provinces');
    await sendKeys({ press: 'ArrowDown' }); // 01 Hà Nội, the first province
    await frames(2);
    await waitFor(() => !(deep(el, 'vss-office-picker', '#office') as HTMLInputElement).disabled, 8000, 'offices');
    await tabTo('#office');
    await sendKeys({ type: 'hai ba' });
    await frames(2);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await frames(2);
    await tabTo('#next', 30);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '#step-heading').textContent!.includes('5/5'), 5000, 'step 5');

    // Step 5: consent with Space, submit with Enter.
    await tabTo('#f-consent', 40);
    await sendKeys({ press: 'Space' });
    await tabTo('#submit', 20);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('#dossier-number'), 10000, 'dossier number');
    expect(deep(el, '#dossier-number').textContent!.trim()).to.match(/^\d{5}\.GD\/\d{4}\/\d{5}$/);
    expect(deepActive(), 'focus on the result heading').to.equal(deep(el, '#success-heading'));
  });
});
