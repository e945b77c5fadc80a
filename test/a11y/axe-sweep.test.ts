// axe-core on every element in every state it can reach from the outside (demo accounts and injected
// faults), in Vietnamese and English, light and dark: zero violations.
import { expect } from '@esm-bundle/chai';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { textOf } from '../support/dom.js';
import {
  ACCOUNTS,
  mountTag,
  publicTags,
  recordElements,
  unmountAll,
  waitForState,
  watchUncaught,
  whenSettled,
} from './harness.js';

const langs = ['vi', 'en'] as const;
const themes = ['light', 'dark'] as const;

describe('a11y sweep: axe on every element, state, language and theme', function () {
  this.timeout(30000);
  const uncaught = watchUncaught();
  before(async () => {
    await startBackend();
    uncaught.start();
  });
  after(() => uncaught.stop());
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(async () => {
    unmountAll();
    await clearFaults();
    expect(uncaught.take(), 'uncaught errors').to.deep.equal([]);
  });

  it('covers the record elements and the public elements that have landed', () => {
    expect(recordElements.length, 'record elements defined').to.be.greaterThan(2);
    expect(publicTags.length, 'public elements defined').to.be.greaterThan(2);
  });

  for (const lang of langs) {
    for (const theme of themes) {
      describe(`${lang}, ${theme}`, () => {
        for (const rec of recordElements) {
          describe(rec.tag, () => {
            it('session expired (nobody signed in)', async () => {
              const { el } = await mountTag(rec.tag, { lang, theme });
              await waitForState(el, 'expired');
              await expectNoAxeViolations(el);
            });

            it('loading', async () => {
              await injectFault({ path: rec.endpoint, kind: 'latency', delayMs: 4000, times: 1 });
              const { el } = await mountTag(rec.tag, { lang, theme, account: ACCOUNTS.worker });
              await waitForState(el, 'loading');
              await expectNoAxeViolations(el);
            });

            it('server error (500) with retry', async () => {
              await injectFault({ path: rec.endpoint, kind: 'status', status: 500 });
              const { el } = await mountTag(rec.tag, { lang, theme, account: ACCOUNTS.worker });
              const box = await waitForState(el, 'error');
              expect(box.querySelector('button'), 'retry button').to.exist;
              await expectNoAxeViolations(el);
            });

            it('invalid response (schema break)', async () => {
              await injectFault({ path: rec.endpoint, kind: 'schema-break' });
              const { el } = await mountTag(rec.tag, { lang, theme, account: ACCOUNTS.worker });
              await waitForState(el, 'error');
              await expectNoAxeViolations(el);
            });

            for (const who of rec.accounts) {
              it(`data: ${who}`, async () => {
                const { el } = await mountTag(rec.tag, { lang, theme, account: ACCOUNTS[who] });
                await whenSettled(el);
                expect(el.shadowRoot!.querySelector('.state.error'), textOf(el)).to.equal(null);
                await expectNoAxeViolations(el);
              });
            }

            if (rec.empty) {
              it(`empty: ${rec.empty}`, async () => {
                const { el } = await mountTag(rec.tag, { lang, theme, account: ACCOUNTS[rec.empty!] });
                await waitForState(el, 'empty');
                await expectNoAxeViolations(el);
              });
            }
          });
        }

        for (const tag of publicTags) {
          it(`${tag}: first render`, async () => {
            const { el } = await mountTag(tag, { lang, theme });
            await whenSettled(el);
            await expectNoAxeViolations(el);
          });
        }
      });
    }
  }
});
