// The React 19 and Vue 3 pages (demo/react, demo/vue, built by scripts/build-frameworks.mjs against the
// built packages): properties go in, `vss-*` events come out into the framework's state, language switches.
import { expect } from '@esm-bundle/chai';
import { demoAccounts } from '@vssid/mocks';
import { openPage, signIn, textIn, until } from './frame.js';

const worker = demoAccounts.find((a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked && !a.visitCount)!;

for (const framework of ['react', 'vue'] as const) {
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
  });
}
