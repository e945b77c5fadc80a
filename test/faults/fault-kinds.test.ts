// Every fault kind the mock can inject, on every endpoint each element reads: the element shows its
// error state with a retry (or, for latency, its loading state and then the data), the retry recovers
// once the fault is gone, and nothing is thrown that nobody caught.
import { expect } from '@esm-bundle/chai';
import { clearFaults, injectFault, resetBackend, startBackend, type Fault } from '../support/backend.js';
import { deep, maybeDeep, textOf, typeInto, waitFor } from '../support/dom.js';
import { ACCOUNTS, clearCardCopies, mountTag, recordElements, unmountAll, waitForState, watchUncaught, whenSettled } from '../a11y/harness.js';

type FaultSpec = Omit<Fault, 'path'> & { label: string };
const failing: FaultSpec[] = [
  { label: 'network error', kind: 'network' },
  { label: 'HTTP 500', kind: 'status', status: 500 },
  { label: 'HTTP 503', kind: 'status', status: 503 },
  { label: 'malformed JSON', kind: 'malformed-json' },
  { label: 'schema break', kind: 'schema-break' },
];

const retryIn = (box: HTMLElement) => {
  const b = box.querySelector<HTMLButtonElement>('button');
  if (!b) throw new Error(`no retry button in: ${textOf(box)}`);
  return b;
};

describe('faults: every kind on every endpoint, error state, retry, recovery', function () {
  this.timeout(30000);
  const uncaught = watchUncaught();
  before(async () => {
    await startBackend();
    uncaught.start();
  });
  after(() => uncaught.stop());
  beforeEach(async () => {
    await resetBackend();
    clearCardCopies();
  });
  afterEach(async () => {
    unmountAll();
    await clearFaults();
    expect(uncaught.take(), 'uncaught errors').to.deep.equal([]);
  });

  for (const rec of recordElements) {
    describe(`${rec.tag} (${rec.endpoint})`, () => {
      it('latency: shows the loading state, then the data', async () => {
        await injectFault({ path: rec.endpoint, kind: 'latency', delayMs: 1500, times: 1 });
        const { el } = await mountTag(rec.tag, { account: ACCOUNTS.worker });
        const box = await waitForState(el, 'loading');
        expect(box.getAttribute('role')).to.equal('status');
        await whenSettled(el, 10000);
        expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
      });

      for (const f of failing) {
        it(`${f.label}: error state with a retry that recovers`, async () => {
          await injectFault({ path: rec.endpoint, kind: f.kind, status: f.status });
          const { el } = await mountTag(rec.tag, { account: ACCOUNTS.worker });
          const box = await waitForState(el, 'error', 10000);
          expect(box.getAttribute('role')).to.equal('alert');
          expect(textOf(box).length, 'says what went wrong').to.be.greaterThan(10);
          expect(textOf(box)).to.contain('1900 9068');
          await clearFaults();
          retryIn(box).click();
          await whenSettled(el, 10000);
          expect(el.shadowRoot!.querySelector('.state.error'), textOf(el)).to.equal(null);
          expect(el.shadowRoot!.querySelector('.state.expired')).to.equal(null);
        });
      }
    });
  }

  if (customElements.get('vss-bhyt-card')) {
    it('vss-bhyt-card: a network error over a saved copy shows the copy as offline with a retry that recovers', async () => {
      let m = await mountTag('vss-bhyt-card', { account: ACCOUNTS.worker });
      await whenSettled(m.el);
      unmountAll();
      await injectFault({ path: '/api/me/card', kind: 'network' });
      m = await mountTag('vss-bhyt-card', { account: ACCOUNTS.worker });
      const offline = await waitFor(() => maybeDeep(m.el, '[part="offline"]'), 10000, 'offline notice');
      expect(textOf(m.el)).to.contain(ACCOUNTS.worker[0]);
      await clearFaults();
      retryIn(offline).click();
      await waitFor(() => !maybeDeep(m.el, '[part="offline"]'), 8000, 'online again');
    });
  }

  describe('vss-office-picker (/api/provinces, /api/offices)', () => {
    for (const f of failing) {
      it(`provinces, ${f.label}: error with retry that recovers`, async () => {
        await injectFault({ path: '/api/provinces', kind: f.kind, status: f.status });
        const { el } = await mountTag('vss-office-picker');
        const box = await waitForState(el, 'error', 10000);
        await clearFaults();
        retryIn(box).click();
        await waitFor(() => deep<HTMLSelectElement>(el, '#province').options.length > 10, 8000, 'provinces');
        expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
      });

      it(`offices, ${f.label}: error with retry that recovers`, async () => {
        await injectFault({ path: '/api/offices', kind: f.kind, status: f.status });
        const { el } = await mountTag('vss-office-picker');
        await waitFor(() => deep<HTMLSelectElement>(el, '#province').options.length > 10, 8000, 'provinces');
        const live = deep<HTMLSelectElement>(el, '#province');
        live.value = '01';
        live.dispatchEvent(new Event('change', { bubbles: true }));
        const box = await waitForState(el, 'error', 10000);
        await clearFaults();
        retryIn(box).click();
        await waitFor(() => !deep<HTMLInputElement>(el, '#office').disabled, 8000, 'office input enabled');
        expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
      });
    }
  });

  if (customElements.get('vss-login')) {
    describe('vss-login (/api/auth/login)', () => {
      for (const f of failing) {
        it(`${f.label}: alert with retry, typed values kept, retry signs in`, async () => {
          const { el, provider } = await mountTag('vss-login');
          await injectFault({ path: '/api/auth/login', kind: f.kind, status: f.status });
          const code = el.querySelector<HTMLInputElement>('input[name="code"]')!;
          const password = el.querySelector<HTMLInputElement>('input[name="password"]')!;
          typeInto(code, ACCOUNTS.worker[0]);
          typeInto(password, ACCOUNTS.worker[1]);
          deep<HTMLButtonElement>(el, '[part="submit-button"]').click();
          const alert = await waitFor(() => maybeDeep(el, '[part="alert"]'), 10000, 'alert');
          expect(code.value).to.equal(ACCOUNTS.worker[0]);
          expect(password.value).to.equal(ACCOUNTS.worker[1]);
          await clearFaults();
          deep<HTMLButtonElement>(alert, '[part="retry-button"]').click();
          await waitFor(() => provider.apiClient.session, 8000, 'session');
        });
      }
    });
  }
});
