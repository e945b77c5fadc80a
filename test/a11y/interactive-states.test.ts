// axe on the states a citizen reaches by acting (errors after submit, server refusals, open lists and
// dialogs), in Vietnamese and English, light and dark. Complements axe-sweep.test.ts (load states).
import { expect } from '@esm-bundle/chai';
import { VssClient } from '@vssid/core';
import { clearFaults, resetBackend, startBackend } from '../support/backend.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { deep, maybeDeep, textOf, typeInto, waitFor } from '../support/dom.js';
import { ACCOUNTS, frames, mountTag, unmountAll, watchUncaught, whenSettled } from './harness.js';

type Ctx = { lang: 'vi' | 'en'; theme: 'light' | 'dark' };
interface Scenario {
  name: string;
  tag: string;
  /** Drives the element into the state; returns the element to check (default: the mounted one). */
  reach(el: HTMLElement, ctx: Ctx): Promise<void>;
}

const loginWith = async (el: HTMLElement, code: string, password: string) => {
  if (code) typeInto(el.querySelector<HTMLInputElement>('input[name="code"]')!, code);
  if (password) typeInto(el.querySelector<HTMLInputElement>('input[name="password"]')!, password);
  deep<HTMLButtonElement>(el, '[part="submit-button"]').click();
};

const scenarios: Scenario[] = [
  {
    name: 'error summary after an empty submit',
    tag: 'vss-login',
    async reach(el) {
      await loginWith(el, '', '');
      await waitFor(() => maybeDeep(el, '[part="error-summary"]'), 5000, 'error summary');
    },
  },
  {
    name: 'wrong password (attempts left)',
    tag: 'vss-login',
    async reach(el) {
      await loginWith(el, ACCOUNTS.worker[0], 'SaiMatKhau99');
      await waitFor(() => maybeDeep(el, '[part="alert"]'), 8000, 'alert');
    },
  },
  {
    name: 'locked account',
    tag: 'vss-login',
    async reach(el) {
      await loginWith(el, ...ACCOUNTS.locked);
      await waitFor(() => maybeDeep(el, '[part="alert"]'), 8000, 'alert');
    },
  },
  {
    name: 'forced password change',
    tag: 'vss-login',
    async reach(el) {
      await loginWith(el, ...ACCOUNTS.mustChange);
      await waitFor(() => el.querySelector('input[autocomplete="new-password"]'), 8000, 'new password field');
    },
  },
  {
    name: 'forgot password step',
    tag: 'vss-login',
    async reach(el) {
      deep<HTMLButtonElement>(el, '[part="forgot-button"]').click();
      await waitFor(() => el.querySelector('input[name="phone"]'), 5000, 'phone field');
    },
  },
  {
    name: 'signed in',
    tag: 'vss-login',
    async reach(el) {
      await loginWith(el, ...ACCOUNTS.worker);
      await waitFor(() => maybeDeep(el, '[part="logout-button"]'), 8000, 'signed in');
    },
  },
  {
    name: 'error summary on step 1',
    tag: 'vss-registration-form',
    async reach(el) {
      deep<HTMLButtonElement>(el, '#next').click();
      await waitFor(() => maybeDeep(el, '#error-summary'), 5000, 'error summary');
    },
  },
  {
    name: 'open office list',
    tag: 'vss-office-picker',
    async reach(el) {
      await waitFor(() => deep<HTMLSelectElement>(el, '#province').options.length > 10, 8000, 'provinces');
      const s = deep<HTMLSelectElement>(el, '#province');
      s.value = '01';
      s.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => !deep<HTMLInputElement>(el, '#office').disabled, 8000, 'offices');
      const input = deep<HTMLInputElement>(el, '#office');
      typeInto(input, 'ba');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await waitFor(() => el.shadowRoot!.querySelector('[role="option"]'), 5000, 'options');
    },
  },
  {
    name: 'search without results',
    tag: 'vss-support',
    async reach(el) {
      const input = deep<HTMLInputElement>(el, 'input');
      typeInto(input, 'zzzzqqqq');
      await waitFor(() => el.shadowRoot!.querySelector('.state.empty'), 5000, 'no results');
    },
  },
  {
    name: 'visit detail dialog',
    tag: 'vss-medical-records',
    async reach(el) {
      await whenSettled(el);
      const row = await waitFor(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.row'));
      row.click();
      await waitFor(() => deep<HTMLDialogElement>(el, 'dialog').open, 5000, 'dialog open');
    },
  },
  {
    name: 'with messages',
    tag: 'vss-sms-inbox',
    async reach(el) {
      await fetch('/api/registrations/otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone: '0912345678' }),
      });
      await waitFor(() => /OTP/.test(textOf(el)), 8000, 'an SMS');
    },
  },
  {
    name: 'explained card',
    tag: 'vss-bhyt-card',
    async reach(el) {
      await whenSettled(el);
      const d = await waitFor(() => el.shadowRoot!.querySelector<HTMLDetailsElement>('details'));
      d.open = true;
      await frames(3);
    },
  },
  {
    name: 'error summary after a wrong member count',
    tag: 'vss-household-bhyt',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '#members'), 5000, 'form');
      typeInto(deep<HTMLInputElement>(el, '#members'), '0');
      deep<HTMLButtonElement>(el, '[part~="submit"]').click();
      await waitFor(() => maybeDeep(el, '[part~="error-summary"]'), 5000, 'error summary');
    },
  },
  {
    name: 'income above the ceiling',
    tag: 'vss-voluntary-bhxh',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '#income'), 5000, 'form');
      typeInto(deep<HTMLInputElement>(el, '#income'), '99.000.000');
      deep<HTMLButtonElement>(el, '[part~="submit"]').click();
      await waitFor(() => maybeDeep(el, '[part~="error-summary"]'), 5000, 'error summary');
    },
  },
  {
    name: 'error summary of the salary and months control, State pay scale chosen',
    tag: 'vss-pension-estimate',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '#salary'), 8000, 'control');
      deep<HTMLInputElement>(el, 'input[value="state"]').click();
      typeInto(deep<HTMLInputElement>(el, '#salary'), 'x');
      typeInto(deep<HTMLInputElement>(el, '#months'), '9999');
      deep<HTMLButtonElement>(el, '[part~="scenario-form"] button[type="submit"]').click();
      await waitFor(() => maybeDeep(el, '[part~="error-summary"]'), 5000, 'error summary');
      deep<HTMLDetailsElement>(el, '[part~="chart-table"]').open = true;
    },
  },
  {
    name: 'a circumstance ticked: withdrawal possible now',
    tag: 'vss-withdrawal-estimate',
    async reach(el) {
      await waitFor(() => maybeDeep(el, 'input[value="grave_illness"]'), 8000, 'checkboxes');
      deep<HTMLInputElement>(el, 'input[value="grave_illness"]').click();
      await waitFor(() => maybeDeep(el, '[data-figure="amount"]'), 5000, 'amount');
    },
  },
  {
    name: 'error summary after an empty submit',
    tag: 'vss-share-proof',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '[part="create-button"]'), 8000, 'form');
      deep<HTMLButtonElement>(el, '[part="create-button"]').click();
      await waitFor(() => maybeDeep(el, '#error-summary'), 5000, 'error summary');
    },
  },
  {
    name: 'a proof on screen, then its revoke confirmation',
    tag: 'vss-share-proof',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '#c-card_valid'), 8000, 'form');
      for (const c of ['card_valid', 'card_group', 'full_name']) deep<HTMLInputElement>(el, `#c-${c}`).click();
      deep<HTMLButtonElement>(el, '[part="create-button"]').click();
      await waitFor(() => maybeDeep(el, '[part="qr"] svg'), 8000, 'QR');
      await expectNoAxeViolations(el);
      deep<HTMLButtonElement>(el, '[part="revoke-button"]').click();
      await waitFor(() => maybeDeep(el, '[part="confirm"]'), 5000, 'confirmation');
    },
  },
  {
    name: 'valid verdict with claims',
    tag: 'vss-verify-proof',
    async reach(el) {
      const token = await proofToken();
      await waitFor(() => maybeDeep(el, '#paste'), 8000, 'paste field');
      typeInto(deep<HTMLTextAreaElement>(el, '#paste'), token);
      deep<HTMLButtonElement>(el, '[part="check-button"]').click();
      await waitFor(() => maybeDeep(el, '[part="claims"]'), 8000, 'verdict');
    },
  },
  {
    name: 'not genuine verdict',
    tag: 'vss-verify-proof',
    async reach(el) {
      const [h, p, s] = (await proofToken()).split('.');
      await waitFor(() => maybeDeep(el, '#paste'), 8000, 'paste field');
      typeInto(deep<HTMLTextAreaElement>(el, '#paste'), `${h}.${p}.${s!.slice(1)}A`);
      deep<HTMLButtonElement>(el, '[part="check-button"]').click();
      await waitFor(() => maybeDeep(el, '.result.not-genuine'), 8000, 'verdict');
    },
  },
  {
    name: 'empty paste',
    tag: 'vss-verify-proof',
    async reach(el) {
      await waitFor(() => maybeDeep(el, '[part="check-button"]'), 8000, 'paste field');
      deep<HTMLButtonElement>(el, '[part="check-button"]').click();
      await waitFor(() => maybeDeep(el, '#paste-error'), 5000, 'error');
    },
  },
];

/** A proof of the ordinary worker's card and name, made by a client of its own. */
async function proofToken(): Promise<string> {
  const c = new VssClient({ baseUrl: '/api' });
  await c.login(...ACCOUNTS.worker);
  return (await c.createProof({ claims: ['card_valid', 'card_group', 'full_name'], ttlMinutes: 15 })).token;
}

const needsLogin = new Set([
  'vss-medical-records',
  'vss-bhyt-card',
  'vss-pension-estimate',
  'vss-withdrawal-estimate',
  'vss-share-proof',
]);

describe('a11y: axe on states reached by acting', function () {
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
    expect(uncaught.take()).to.deep.equal([]);
  });

  for (const lang of ['vi', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const s of scenarios) {
        if (!customElements.get(s.tag)) continue;
        it(`${lang}, ${theme}: ${s.tag}, ${s.name}`, async () => {
          const { el } = await mountTag(s.tag, {
            lang,
            theme,
            account: needsLogin.has(s.tag) ? ACCOUNTS.worker : undefined,
          });
          await whenSettled(el).catch(() => undefined);
          await s.reach(el, { lang, theme });
          await frames(2);
          await expectNoAxeViolations(el);
        });
      }
    }
  }
});
