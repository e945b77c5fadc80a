// The parts elements load on demand, failing for real: the web-test-runner config answers the next request
// for an armed path with 503, so these tests go through the browser's own import(),
// with no stand-in loader. The element must show its error state with a retry, and the retry must load the
// part (Chromium fetches a failed module again rather than remembering the failure).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/bhyt-card/bhyt-card.js';
import '../../packages/elements/src/login/login.js';
import '../../packages/elements/src/participation-history/participation-history.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import { resetBackend, startBackend } from '../support/backend.js';
import { ignoreResizeObserverLoop } from '../support/resize-observer.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = ['7901234567', 'VssID@2026'] as const;

/** The next request whose path ends with `path` fails with 503. */
async function failNext(path: string): Promise<void> {
  const res = await fetch(`/__test/fail-next-chunk?path=${encodeURIComponent(path)}`);
  expect(res.status).to.equal(204);
}

/** Requests made so far for a path ending with `path` (Resource Timing). */
const requestsFor = (path: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith(path)).length;

describe('parts loaded on demand, when their download fails', () => {
  ignoreResizeObserverLoop();
  before(async () => {
    performance.setResourceTimingBufferSize(100_000);
    // earlier test files loaded these parts, and the runner lets the browser keep them
    expect(await executeServerCommand('clear-browser-cache')).to.equal(true);
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(() => cleanup());

  it('the card explanation: error state with retry inside the box, then the explainer', async () => {
    const provider = await mount<VssProvider>(
      html`<vss-provider memory-only><vss-bhyt-card></vss-bhyt-card></vss-provider>`,
    );
    await provider.apiClient.login(...WORKER);
    const card = provider.querySelector('vss-bhyt-card')!;
    await waitFor(() => maybeDeep(card, 'article.card'), 8000, 'the card');
    await failNext('/bhyt-card/card-explain.ts');
    deep<HTMLElement>(card, '[part="explain"] summary').click();
    const failed = await waitFor(() => maybeDeep(card, '[part="explain"] [role="alert"]'), 8000, 'the error state');
    expect(textOf(failed)).to.contain('Thử lại');
    expect(maybeDeep(card, 'article.card'), 'the card stays').to.not.equal(null);
    await expectNoAxeViolations(card);
    deep<HTMLButtonElement>(card, '[part="explain"] [role="alert"] button').click();
    const explainer = await waitFor(() => maybeDeep(card, 'vss-card-explain'), 8000, 'the explainer');
    await waitFor(() => textOf(explainer).includes('DN'), 8000, 'the explained code');
    expect(requestsFor('/bhyt-card/card-explain.ts')).to.equal(2);
  });

  it('the forgot-password steps: an alert with retry and the hotline, then the first step', async () => {
    const provider = await mount<VssProvider>(html`<vss-provider memory-only><vss-login></vss-login></vss-provider>`);
    const login = provider.querySelector('vss-login')!;
    await settle(login);
    await failNext('/login/steps.ts');
    deep<HTMLButtonElement>(login, '[part="forgot-button"]').click();
    const alert = await waitFor(() => maybeDeep(login, '[part="alert"]'), 8000, 'the alert');
    expect(textOf(alert)).to.contain('1900 9068');
    await expectNoAxeViolations(login);
    deep<HTMLButtonElement>(login, '[part="alert"] [part="retry-button"]').click();
    await waitFor(
      () => deep(login, '.box > h2').textContent!.trim() === 'Quên mật khẩu',
      8000,
      'the forgot-password step',
    );
    expect(requestsFor('/login/steps.ts')).to.equal(2);
  });

  it('the history list code: the error state with retry, then the timeline', async () => {
    const provider = await mount<VssProvider>(
      html`<vss-provider memory-only><vss-participation-history></vss-participation-history></vss-provider>`,
    );
    const history = provider.querySelector('vss-participation-history')!;
    await failNext('/@lit-labs/virtualizer/lit-virtualizer.js');
    await provider.apiClient.login(...WORKER);
    const failed = await waitFor(() => maybeDeep(history, '.state.error'), 8000, 'the error state');
    expect(textOf(failed)).to.contain('Thử lại');
    failed.querySelector('button')!.click();
    await waitFor(
      () => maybeDeep(history, 'lit-virtualizer') && customElements.get('lit-virtualizer'),
      8000,
      'the timeline',
    );
    expect(requestsFor('/@lit-labs/virtualizer/lit-virtualizer.js')).to.equal(2);
  });
});
