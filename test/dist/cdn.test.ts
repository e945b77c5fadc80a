// The built CDN file (dist/cdn/vssid-elements.js, from `npm run build`) as a portal uses it: one module script
// defines every tag; loading it twice, or with a per-element entry, does not throw; the tags work on the API;
// English comes from the pack next to it (vssid-elements.en.js), fetched only when a page shows English.
import { expect } from '@esm-bundle/chai';
import { demoAccounts } from '@vssid/mocks';
import { resetBackend, startBackend } from '../support/backend.js';
import { openPage, signIn, textIn, until } from './frame.js';

// Variables, not literals: these are run-time URLs of built files, not modules for the type checker.
const cdnUrl = '/dist/cdn/vssid-elements.js';
const loginEntryUrl = '/dist/cdn/elements/login.js';
const worker = demoAccounts.find((a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked && !a.visitCount)!;

/** How many times this page fetched the CDN file's English pack (dist/cdn/vssid-elements.en.js). */
function englishPackRequests(): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/cdn/vssid-elements.en.js')).length;
}

async function manifestTags(): Promise<string[]> {
  // the elements package's manifest (dist/cem/custom-elements.json also has the mock's demo inbox)
  const res = await fetch('/dist/cem/package/custom-elements.json');
  expect(res.ok, 'dist/cem/package/custom-elements.json (run npm run build)').to.equal(true);
  const manifest = (await res.json()) as { modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
}

describe('CDN file (dist/cdn/vssid-elements.js)', () => {
  before(async () => {
    // the test page has loaded hundreds of modules: make room for the entries englishPackRequests() reads
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(100_000);
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(() => document.querySelectorAll('.cdn-fixture, iframe').forEach((n) => n.remove()));

  it('defines every tag of the manifest with one import, and downloads no English for a Vietnamese page', async () => {
    await import(/* @vite-ignore */ cdnUrl);
    const tags = await manifestTags();
    expect(tags.length).to.be.greaterThan(5);
    const missing = tags.filter((t) => !customElements.get(t));
    expect(missing, 'tags not defined by the CDN file').to.deep.equal([]);
    expect(englishPackRequests(), 'the English pack was requested').to.equal(0);
  });

  it('can be loaded twice, and next to a per-element entry, without throwing', async () => {
    await import(/* @vite-ignore */ cdnUrl);
    const first = customElements.get('vss-login');
    // another URL is another module instance: a second copy of every class and every define call
    await import(/* @vite-ignore */ `${cdnUrl}?second-copy`);
    await import(/* @vite-ignore */ loginEntryUrl);
    expect(customElements.get('vss-login'), 'the first definition stays').to.equal(first);
  });

  it('works in a page: a signed-in <vss-login> over the API', async () => {
    await import(/* @vite-ignore */ cdnUrl);
    const host = document.createElement('div');
    host.className = 'cdn-fixture';
    host.innerHTML = '<vss-provider memory-only><vss-login></vss-login></vss-provider>';
    document.body.append(host);
    const login = host.querySelector('vss-login')!;
    const signedIn = new Promise<CustomEvent>((r) => login.addEventListener('vss-login', (e) => r(e as CustomEvent)));
    await signIn(login, worker.code, worker.password);
    const event = await signedIn;
    expect(event.detail.socialInsuranceCode).to.equal(worker.code);
    expect(event.detail).not.to.have.property('token');
    await until(() => textIn(login).includes('Đăng xuất'), 'the signed-in summary');
  });

  it('speaks English once a provider asks for it, loading the English pack next to the file (elements and core messages)', async () => {
    await import(/* @vite-ignore */ cdnUrl);
    const host = document.createElement('div');
    host.className = 'cdn-fixture';
    host.innerHTML = '<vss-provider memory-only lang="en"><vss-login></vss-login></vss-provider>';
    document.body.append(host);
    const provider = host.querySelector('vss-provider')!;
    const login = host.querySelector('vss-login')!;
    try {
      await until(() => textIn(login).includes('Social insurance code'), 'the English login form');
      expect(englishPackRequests()).to.equal(1);
      // a core validation message: registered by the CDN file's own core, not by the pack's private copy
      const code = await until(() => login.querySelector<HTMLInputElement>('input[name="code"]'), 'the code input');
      code.value = '123';
      code.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      login.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await until(() => textIn(login).includes('The social insurance number has exactly 10 digits'), 'the English validation message');
    } finally {
      // the locale belongs to the page's copy of the CDN file: leave it Vietnamese for the other tests
      provider.setAttribute('lang', 'vi');
      await until(() => textIn(login).includes('Mã số BHXH'), 'Vietnamese again');
    }
  });

  it('the production demo page loads only the CDN file and the mock bundle, with no inline script', async () => {
    const { doc, frame } = await openPage('/dist/demo-static/index.html');
    // (the test server injects its own web-socket script into every page it serves)
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal(['./mock.js']);
    expect(doc.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).to.equal('./vssid-elements.js');
    expect(doc.querySelectorAll('style, [style]').length, 'inline styles').to.equal(0);
    const login = await until(() => doc.querySelector('vss-login')?.shadowRoot && doc.querySelector('vss-login'), '<vss-login>', 15000);
    await until(() => textIn(login).includes('Mã số BHXH'), 'the login form');
    expect(frame.contentWindow!.customElements.get('vss-bhyt-card')).to.not.equal(undefined);
    // the language switch turns the portal's own words and the elements to English, and back
    const lang = doc.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await until(() => textIn(login).includes('Social insurance code'), 'the English login form');
    expect(doc.querySelector('#h-account')!.textContent).to.equal('VssID account');
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).to.equal('Navigation');
    expect(doc.querySelector('#demo-accounts th')!.textContent).to.equal('Social insurance code');
    expect(doc.title).to.contain('Electronic transactions portal');
    lang.value = 'vi';
    lang.dispatchEvent(new Event('change'));
    await until(() => textIn(login).includes('Mã số BHXH'), 'Vietnamese again');
    expect(doc.querySelector('#h-account')!.textContent).to.equal('Tài khoản VssID');
  });
});
