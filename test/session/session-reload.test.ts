/**
 * Issue 11.1: every element that shows signed-in data leaves its session-dependent state (password change
 * required, session expired, signed out) by itself when the session changes: a login, the first-login
 * password change, a re-login after expiry. No page reload, no click on the element. Driven as a citizen
 * does it: the real elements under one provider with a `<vss-login>`, against the MSW mock backend.
 */
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { VssApi } from '@vssid/core';
import { pendingDemoDossier } from '@vssid/mocks';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/login/login.js';
import '../../packages/elements/src/profile/profile.js';
import '../../packages/elements/src/bhyt-card/bhyt-card.js';
import '../../packages/elements/src/participation-history/participation-history.js';
import '../../packages/elements/src/benefits/benefits.js';
import '../../packages/elements/src/medical-records/medical-records.js';
import '../../packages/elements/src/pension-estimate/pension-estimate.js';
import '../../packages/elements/src/withdrawal-estimate/withdrawal-estimate.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import type { VssLogin } from '../../packages/elements/src/login/login.js';
import { VssElement } from '../../packages/elements/src/base/vss-element.js';
import { SessionTask } from '../../packages/elements/src/base/session-task.js';
import { renderError } from '../../packages/elements/src/shared/states.js';
import { advanceClock, approveDossier, clearFaults, outbox, resetBackend, startBackend } from '../support/backend.js';
import { ignoreResizeObserverLoop } from '../support/resize-observer.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';

const WORKER = { code: '7901234567', password: 'VssID@2026' };
const MUST_CHANGE = { code: '0112345678', password: 'k7Qm29xa' };
const NEW_PASSWORD = 'Matkhau2026x';

/**
 * Every element that loads the signed-in citizen's data, and what it shows once it has it. A new record
 * element belongs in this list.
 */
const RECORDS = {
  'vss-profile': '[part="profile"]',
  'vss-bhyt-card': '[part="card"]',
  'vss-participation-history': '[part="milestones"]',
  'vss-benefits': '[part="year"]',
  'vss-medical-records': '[part="totals"]',
  'vss-pension-estimate': '[part~="overview"]',
  'vss-withdrawal-estimate': '[part~="eligibility"]',
} as const;
type RecordTag = keyof typeof RECORDS;
const TAGS = Object.keys(RECORDS) as RecordTag[];

const PASSWORD_TEXT = 'Bạn cần đổi mật khẩu trước khi xem thông tin.';
/** The states that end with the session: none of them may remain once the citizen can see the data. */
const SESSION_STATES =
  '[part~="state-password"], [part~="state-session-expired"], [part~="state-error"], [part~="state-loading"]';

/** Test-only: the smallest element on the shared SessionTask, standing for any future record element. */
@customElement('test-session-record')
class TestSessionRecord extends VssElement {
  private readonly _data = new SessionTask(this, this.sessionWatch, (api, options) => api.me(options));
  protected override render() {
    return this._data.task.render({
      pending: () => html`<p class="loading">…</p>`,
      error: (e) => renderError(e, this._data.retry, this),
      complete: (p) => html`<p class="name">${p.socialInsuranceCode}</p>`,
    });
  }
}
void TestSessionRecord;

interface Page {
  provider: VssProvider;
  login: VssLogin;
  api: VssApi;
  records: HTMLElement[];
}

/** The demo portal's arrangement: one provider, the login box, and the given record elements. */
async function mountPage(tags: readonly string[] = TAGS): Promise<Page> {
  const provider = await mount<VssProvider>(
    html`<vss-provider memory-only lang="vi"><vss-login></vss-login></vss-provider>`,
  );
  const records = tags.map((tag) => document.createElement(tag));
  provider.append(...records);
  const login = provider.querySelector('vss-login')!;
  await settle(login);
  for (const r of records) await settle(r);
  return { provider, login, api: provider.apiClient, records };
}

const input = (login: VssLogin, name: string) => {
  const el = login.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input ${name}`);
  return el;
};

/** Types into the login box's fields and presses its main button, as a citizen does. */
async function submitLogin(login: VssLogin, values: Record<string, string>): Promise<void> {
  for (const [name, v] of Object.entries(values)) typeInto(input(login, name), v);
  await settle(login);
  deep<HTMLButtonElement>(login, '[part="submit-button"]').click();
}

async function logIn(p: Page, code: string, password: string): Promise<void> {
  await submitLogin(p.login, { code, password });
  await waitFor(() => p.api.session, 5000, 'session');
}

/** The forced change at first login, in `<vss-login>`. */
async function changePassword(p: Page, oldPassword: string): Promise<void> {
  await waitFor(() => maybeDeep(p.login, 'input[name="oldPassword"]'), 5000, 'the change-password form');
  await submitLogin(p.login, { oldPassword, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD });
  await waitFor(() => p.api.session?.mustChangePassword === false, 5000, 'password changed');
}

function tagOf(el: Element): string {
  return el.localName;
}

/** The element shows the citizen's data (with `emptyOk`, or its empty state), and no session state. */
function showsData(el: Element, emptyOk = false): boolean {
  if (maybeDeep(el, SESSION_STATES)) return false;
  const marker = RECORDS[tagOf(el) as RecordTag] ?? '.name';
  return !!maybeDeep(el, marker) || (emptyOk && !!maybeDeep(el, '[part~="state-empty"]'));
}

/** Waits until every element shows its data; the failure names the elements still stuck and what they say. */
async function expectAllShowData(els: Element[], what: string, emptyOk = false): Promise<void> {
  try {
    await waitFor(() => els.every((el) => showsData(el, emptyOk)), 6000, what);
  } catch {
    const stuck = els.filter((el) => !showsData(el, emptyOk)).map((el) => `${tagOf(el)}: "${textOf(el).slice(0, 90)}"`);
    expect.fail(`${what}: still not showing the citizen after 6 s without a click:\n  ${stuck.join('\n  ')}`);
  }
}

async function expectAll(els: Element[], check: (el: Element) => boolean, what: string): Promise<void> {
  try {
    await waitFor(() => els.every(check), 6000, what);
  } catch {
    const stuck = els.filter((el) => !check(el)).map((el) => `${tagOf(el)}: "${textOf(el).slice(0, 90)}"`);
    expect.fail(`${what}:\n  ${stuck.join('\n  ')}`);
  }
}

const asksForPasswordChange = (el: Element) => textOf(el).includes(PASSWORD_TEXT);
const asksToSignIn = (el: Element) => !!maybeDeep(el, '[part~="state-session-expired"]');

/** The dossier waiting at reset is approved; the citizen gets an account and its password by SMS. */
async function approvedCitizen(): Promise<{ code: string; password: string }> {
  await approveDossier(`${pendingDemoDossier.officeCode}.GD/${new Date().getFullYear()}/00107`);
  for (const sms of await outbox()) {
    const m = /Tai khoan: (\d{10})\/Mat khau: (\S+)$/.exec(sms.text);
    if (m) return { code: m[1]!, password: m[2]! };
  }
  throw new Error('no account SMS after the approval');
}

/** The server forgets the session (30 minutes pass); the next signed-in call gets 401 and the client signs out. */
async function expireSession(p: Page): Promise<void> {
  await advanceClock(31 * 60_000);
  // another part of the page asks for data, as any element would
  await p.api.me({ fresh: true }).catch(() => undefined);
  expect(p.api.session).to.equal(null);
}

/** Signs in again in the dialog `<vss-login>` opens when the session expires. */
async function reLogInInDialog(p: Page, password: string): Promise<void> {
  const dialog = await waitFor(
    () => {
      const d = p.login.shadowRoot!.querySelector('dialog');
      return d?.open ? d : null;
    },
    5000,
    'the re-login dialog',
  );
  await settle(p.login);
  await submitLogin(p.login, { password });
  await waitFor(() => !dialog.open && p.api.session, 5000, 're-login');
}

describe('session changes reload every record element (issue 11.1)', () => {
  ignoreResizeObserverLoop();
  before(() => startBackend());
  beforeEach(() => resetBackend());
  afterEach(async () => {
    cleanup();
    await clearFaults();
  });

  describe('first login, forced password change', () => {
    for (const tag of TAGS) {
      it(`${tag} shows the citizen once the password is changed in <vss-login>`, async () => {
        const p = await mountPage([tag]);
        await logIn(p, MUST_CHANGE.code, MUST_CHANGE.password);
        await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
        await changePassword(p, MUST_CHANGE.password);
        await expectAllShowData(p.records, 'after the password change');
        expect(textOf(p.records[0]!)).not.to.contain(PASSWORD_TEXT);
      });
    }

    it('the demo page: all record elements together show the citizen after the change', async () => {
      const p = await mountPage();
      await logIn(p, MUST_CHANGE.code, MUST_CHANGE.password);
      await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
      await changePassword(p, MUST_CHANGE.password);
      await expectAllShowData(p.records, 'after the password change');
      expect(textOf(p.records[0]!)).to.contain(MUST_CHANGE.code);
    });

    it('a registered-then-approved citizen: every record element shows them after the first change', async () => {
      const citizen = await approvedCitizen();
      const p = await mountPage();
      await logIn(p, citizen.code, citizen.password);
      await waitFor(() => p.api.session?.mustChangePassword === true, 5000, 'forced change');
      await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
      await changePassword(p, citizen.password);
      await expectAllShowData(p.records, 'after the password change', true);
      expect(textOf(p.records[0]!)).to.contain(citizen.code);
    });

    it('an element that was off the page during the change shows the citizen when it comes back', async () => {
      const p = await mountPage();
      await logIn(p, MUST_CHANGE.code, MUST_CHANGE.password);
      await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
      // a tabbed portal takes the records out of the page while the citizen changes the password
      const shelf = document.createElement('div');
      shelf.append(...p.records);
      await changePassword(p, MUST_CHANGE.password);
      p.provider.append(...p.records);
      await expectAllShowData(p.records, 'after coming back');
    });

    it('any element on the shared SessionTask gets it for free', async () => {
      const p = await mountPage(['test-session-record']);
      await logIn(p, MUST_CHANGE.code, MUST_CHANGE.password);
      await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
      await changePassword(p, MUST_CHANGE.password);
      await waitFor(() => maybeDeep(p.records[0]!, '.name')?.textContent === MUST_CHANGE.code, 6000, 'reloaded');
    });
  });

  describe('session expired, re-login', () => {
    for (const tag of TAGS) {
      it(`${tag} asks to sign in when the session expires and shows the citizen after the re-login`, async () => {
        const p = await mountPage([tag]);
        await logIn(p, WORKER.code, WORKER.password);
        await expectAllShowData(p.records, 'signed in');
        await expireSession(p);
        await expectAll(p.records, asksToSignIn, 'asks to sign in once the session expired');
        await reLogInInDialog(p, WORKER.password);
        await expectAllShowData(p.records, 'after the re-login');
      });
    }

    it('a first-login citizen whose session expires before the change: re-login, change, and every element shows them', async () => {
      const p = await mountPage();
      await logIn(p, MUST_CHANGE.code, MUST_CHANGE.password);
      await expectAll(p.records, asksForPasswordChange, 'asks for the password change first');
      await expireSession(p);
      await expectAll(p.records, asksToSignIn, 'asks to sign in once the session expired');
      await reLogInInDialog(p, MUST_CHANGE.password);
      await expectAll(p.records, asksForPasswordChange, 'still asks for the change after the re-login');
      await changePassword(p, MUST_CHANGE.password);
      await expectAllShowData(p.records, 'after the password change');
    });

    it('an element that was off the page during expiry and re-login shows the citizen when it comes back', async () => {
      const p = await mountPage();
      await logIn(p, WORKER.code, WORKER.password);
      await expectAllShowData(p.records, 'signed in');
      await expireSession(p);
      await expectAll(p.records, asksToSignIn, 'asks to sign in once the session expired');
      const shelf = document.createElement('div');
      shelf.append(...p.records);
      await reLogInInDialog(p, WORKER.password);
      p.provider.append(...p.records);
      await expectAllShowData(p.records, 'after coming back');
    });
  });
});
