// The React 19, Vue 3 and Angular 22 pages (demo/react, demo/vue, demo/angular, built by
// scripts/build-frameworks.mjs against the built packages): properties go in, `vss-*` events come out into the
// framework's state, the language switches, and a form control's value makes the round trip through the
// framework's own binding (React's controlled input, v-model, ngModel and a reactive FormControl with
// ngDefaultControl) with no glue code.
import { expect } from '@esm-bundle/chai';
import { demoAccounts } from '@vssid/mocks';
import { openPage, signIn, textIn, until } from './frame.js';

const worker = demoAccounts.find((a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked && !a.visitCount)!;

for (const framework of ['react', 'vue', 'angular'] as const) {
  describe(`${framework} page (dist/demo-${framework})`, () => {
    let frame: HTMLIFrameElement | undefined;
    // Same-origin frames share this page's sessionStorage, where the pages keep the session and the mock
    // keeps its state: each page starts signed out on a fresh backend.
    beforeEach(() => sessionStorage.clear());
    afterEach(() => frame?.remove());

    it('passes properties, receives typed events, and switches the language', async () => {
      const page = await openPage(`/dist/demo-${framework}/index.html`);
      frame = page.frame;
      const { doc } = page;
      const status = await until(() => doc.querySelector('#status'), 'the status line', 15000);
      expect(textIn(status)).to.equal('Chưa đăng nhập.');

      const login = await until(() => doc.querySelector('vss-login'), '<vss-login>');
      // `compact` was passed as a property by the framework
      expect((login as HTMLElement & { compact: boolean }).compact).to.equal(true);
      await until(() => textIn(login).includes('Mã số BHXH'), 'the login form');

      await signIn(login, worker.code, worker.password);
      // the element's `vss-login` event reached the framework's state
      await until(() => textIn(status).includes(`Đã đăng nhập: ${worker.code}`), 'the signed-in status');

      // the card appears, with `showQr` set as a property, and its `vss-card-load` event is received
      const card = await until(() => doc.querySelector('vss-bhyt-card'), '<vss-bhyt-card>');
      expect((card as HTMLElement & { showQr: boolean }).showQr).to.equal(true);
      await until(() => /Thẻ BHYT đã tải: [A-Z]{2}\d{13}/.test(textIn(status)), 'the card-load status');

      // the framework sets the provider's `lang`: the elements re-render in English, the typed value stays
      const button = doc.querySelector<HTMLButtonElement>('.bar button')!;
      button.click();
      await until(() => textIn(status).startsWith('Signed in:'), 'the English status');
      await until(() => textIn(login).includes('Log out'), 'the English login box');
      expect(doc.querySelector('vss-provider')!.getAttribute('lang')).to.equal('en');
    });

    it('binds a form control both ways through the framework', async () => {
      const page = await openPage(`/dist/demo-${framework}/index.html`);
      frame = page.frame;
      const { doc } = page;
      const otp = await until(() => doc.querySelector<HTMLElement & { value: string }>('vss-otp-input'), '<vss-otp-input>', 15000);
      const shown = await until(() => doc.querySelector('#bound-value'), 'the bound value');
      const box = await until(() => otp.querySelector('input'), 'the code box');
      expect(textIn(shown)).to.equal('Mã OTP trong trạng thái của trang: (trống)');

      // the user types (a pasted "135 790"): the element's `input` event reaches the framework's state
      box.focus();
      box.value = '135 790';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: '135 790' }));
      await until(() => textIn(shown).endsWith(': 135790'), 'the state to hold the typed code');

      // the framework writes its state back: the element shows the new value
      doc.querySelector<HTMLButtonElement>('#bound-fill')!.click();
      await until(() => otp.value === '246810', 'the element to take the value from the state');
      expect(box.value).to.equal('246810');
      expect(textIn(shown)).to.equal('Mã OTP trong trạng thái của trang: 246810');

      if (framework !== 'angular') return;
      // Angular's reactive form control on <vss-office-picker>: choosing an office updates the FormControl
      const picker = await until(() => doc.querySelector('vss-office-picker'), '<vss-office-picker>');
      const office = await until(() => doc.querySelector('#bound-office'), 'the bound office');
      const select = await until(() => {
        const s = picker.shadowRoot?.querySelector<HTMLSelectElement>('#province');
        return s && s.options.length > 30 ? s : null;
      }, 'the provinces', 10000);
      select.value = '01';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const option = await until(() => picker.shadowRoot!.querySelector<HTMLElement>('[role="option"][data-code="01006"]'), 'the offices', 10000);
      option.click();
      await until(() => textIn(office).endsWith(': 01006'), 'the FormControl to hold the office code');
    });
  });
}
