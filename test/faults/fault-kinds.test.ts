// Every fault kind the mock can inject, on every endpoint each element reads: the element shows its
// error state with a retry (or, for latency, its loading state and then the data), the retry recovers
// once the fault is gone, and nothing is thrown that nobody caught.
import { expect } from '@esm-bundle/chai';
import { clearFaults, injectFault, resetBackend, startBackend, type Fault } from '../support/backend.js';
import { deep, maybeDeep, textOf, typeInto, waitFor } from '../support/dom.js';
import { drawImage } from '../elements/photo-input.fixtures.js';
import {
  ACCOUNTS,
  clearCardCopies,
  frames,
  mountTag,
  recordElements,
  unmountAll,
  waitForState,
  watchUncaught,
  whenSettled,
} from '../a11y/harness.js';

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

  if (customElements.get('vss-bhyt-card')) {
    describe('vss-bhyt-card lookup mode (/api/cards/lookup)', () => {
      for (const f of failing) {
        it(`${f.label}: error state with a retry that recovers`, async () => {
          const { provider } = await mountTag('span', { account: ACCOUNTS.worker });
          const me = await provider.apiClient.me();
          unmountAll();
          await injectFault({ path: '/api/cards/lookup', kind: f.kind, status: f.status });
          const { el } = await mountTag('vss-bhyt-card', {
            attrs: { 'card-number': me.cardCode!, 'full-name': me.fullName, 'birth-date': me.dateOfBirth },
          });
          const box = await waitForState(el, 'error', 10000);
          await clearFaults();
          retryIn(box).click();
          await waitFor(() => maybeDeep(el, '[part="card"]'), 8000, 'card');
          expect(textOf(el)).to.contain(me.fullName);
        });
      }
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

  if (customElements.get('vss-photo-input')) {
    describe('vss-photo-input (/api/uploads)', () => {
      for (const f of failing) {
        it(`${f.label}: the upload fails visibly, the photo is kept, "Thử lại" uploads it`, async () => {
          await injectFault({ path: '/api/uploads', kind: f.kind, status: f.status });
          const { el } = await mountTag<HTMLElement & { file: Blob | null; value: string }>('vss-photo-input', {
            attrs: { label: 'Ảnh chân dung', name: 'portrait' },
          });
          el.file = new File([await drawImage(900, 1200)], 'portrait.jpg');
          const retry = await waitFor(
            () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry'),
            10000,
            'retry button',
          );
          expect(el.value, 'no upload id yet').to.equal('');
          expect(textOf(el).length).to.be.greaterThan(0);
          await clearFaults();
          retry.click();
          await waitFor(() => el.value, 10000, 'uploaded');
        });
      }
    });
  }

  if (customElements.get('vss-registration-form')) {
    describe('vss-registration-form (/api/registrations/otp)', () => {
      /** Steps 1 and 2 filled the way a citizen does (typed values, three photos), on step 3. */
      async function toPhoneStep() {
        const { el } = await mountTag('vss-registration-form');
        const type = (id: string, v: string) => typeInto(deep<HTMLInputElement>(el, `#${id}`), v, { blur: true });
        type('f-fullName', 'Nguyễn Văn An');
        type('f-dateOfBirth', '15/03/2003');
        deep<HTMLInputElement>(el, '#f-sex-male').click();
        type('f-socialInsuranceCode', '7909876543');
        type('f-idNumber', '079203000123');
        type('f-idIssueDate', '10/05/2021');
        type('f-idIssuePlace', 'Cục Cảnh sát QLHC về TTXH');
        type('f-address', '12 Lê Lợi, TP. Hồ Chí Minh');
        type('f-email', 'an@example.com');
        await frames(2);
        deep<HTMLButtonElement>(el, '#next').click();
        await waitFor(() => deep(el, '#step-heading').textContent!.includes('2/5'), 5000, 'step 2');
        const photos = [...el.shadowRoot!.querySelectorAll('vss-photo-input')] as (HTMLElement & {
          file: Blob | null;
          value: string;
        })[];
        for (const [i, p] of photos.entries()) p.file = new File([await drawImage(900 + i, 1200)], `p${i}.jpg`);
        await waitFor(() => photos.every((p) => p.value), 15000, 'uploads');
        deep<HTMLButtonElement>(el, '#next').click();
        await waitFor(() => deep(el, '#step-heading').textContent!.includes('3/5'), 5000, 'step 3');
        type('f-phone', '0987654321');
        return el;
      }

      for (const f of failing) {
        it(`${f.label}: sending the OTP fails visibly, the phone is kept, the next try sends it`, async () => {
          const el = await toPhoneStep();
          await injectFault({ path: '/api/registrations/otp', kind: f.kind, status: f.status });
          deep<HTMLButtonElement>(el, '#send-otp').click();
          const problem = await waitFor(() => maybeDeep(el, '#otp-problem'), 10000, 'OTP problem');
          expect(textOf(problem).length).to.be.greaterThan(10);
          expect(deep<HTMLInputElement>(el, '#f-phone').value).to.equal('0987654321');
          await clearFaults();
          await waitFor(() => !deep<HTMLButtonElement>(el, '#send-otp').disabled, 5000, 'send button enabled');
          deep<HTMLButtonElement>(el, '#send-otp').click();
          await waitFor(() => maybeDeep(el, '#f-otp'), 8000, 'OTP box');
        });
      }
    });
  }

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
