import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '../support/commands.js';
import type { Profile } from '@vssid/core';
import { maskIdNumber, maskPhone } from '@vssid/core/format';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/profile/profile.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import type { VssProfile } from '../../packages/elements/src/profile/profile.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = { code: '7901234567', password: 'VssID@2026' };
const PENSIONER = { code: '3101234567', password: 'Huutri1962' };
const MUST_CHANGE = { code: '0112345678', password: 'k7Qm29xa' };

async function mountProfile(lang = 'vi') {
  const provider = await mount<VssProvider>(
    html`<vss-provider memory-only lang=${lang}><vss-profile></vss-profile></vss-provider>`,
  );
  await settle(provider);
  return { el: provider.querySelector('vss-profile') as VssProfile, api: provider.apiClient };
}

async function signedIn(account = WORKER, lang = 'vi') {
  const m = await mountProfile(lang);
  await m.api.login(account.code, account.password);
  await waitFor(() => maybeDeep(m.el, '[part="profile"]'), 5000, 'profile');
  const me: Profile = await m.api.me();
  return { ...m, me };
}

/** Everything in the element's shadow tree as markup, to prove a number is absent, not merely hidden. */
const markup = (el: Element) => el.shadowRoot!.innerHTML;

describe('vss-profile', () => {
  before(() => startBackend());
  beforeEach(() => resetBackend());
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
  });

  it('shows a loading state first', async () => {
    await injectFault({ path: '/api/me', kind: 'latency', delayMs: 1500, times: 1 });
    const { el, api } = await mountProfile();
    await api.login(WORKER.code, WORKER.password);
    const loading = await waitFor(() => maybeDeep(el, '.state.loading'));
    expect(loading.getAttribute('role')).to.equal('status');
    await expectNoAxeViolations(el);
    await waitFor(() => maybeDeep(el, '[part="profile"]'), 5000);
  });

  it('shows the record with dd/mm/yyyy dates and the office', async () => {
    const { el, me } = await signedIn();
    const text = textOf(el);
    expect(text).to.contain('Quản lý cá nhân');
    expect(text).to.contain(`Mã số BHXH ${me.socialInsuranceCode}`);
    expect(text).to.contain(me.fullName);
    const [y, m, d] = me.dateOfBirth.split('-');
    expect(text).to.contain(`Ngày sinh ${d}/${m}/${y}`);
    expect(text).to.contain(me.email);
    expect(text).to.contain(me.address);
    expect(text).to.contain(`(${me.office.code}) ${me.office.parentName} - ${me.office.name}`);
    expect(text).to.contain('DN 4 79 7901234567');
    expect(text).to.contain('1900 9068');
    await expectNoAxeViolations(el);
  });

  it('masks the ID number and phone; the full numbers are not in the DOM', async () => {
    const { el, me } = await signedIn();
    expect(textOf(deep(el, '#id-number'))).to.equal(maskIdNumber(me.idNumber));
    expect(textOf(el)).to.contain(maskPhone(me.phone));
    expect(markup(el)).to.not.contain(me.idNumber);
    expect(markup(el)).to.not.contain(me.phone);
    expect(textOf(el)).to.not.contain(me.idNumber);
  });

  it('reveals the ID number on request with a pressed toggle, and hides it again', async () => {
    const { el, me } = await signedIn();
    const button = deep<HTMLButtonElement>(el, '[part="reveal-button"]');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('id-number');
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(deep(el, '#id-number'))).to.equal(me.idNumber);
    await expectNoAxeViolations(el);
    button.click();
    await settle(el);
    expect(markup(el)).to.not.contain(me.idNumber);
  });

  it('toggles the reveal from the keyboard', async () => {
    const { el, me } = await signedIn();
    deep<HTMLButtonElement>(el, '[part="reveal-button"]').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(textOf(deep(el, '#id-number'))).to.equal(me.idNumber);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(textOf(deep(el, '#id-number'))).to.equal(maskIdNumber(me.idNumber));
  });

  it('forgets a revealed number when another citizen signs in', async () => {
    const { el, api, me } = await signedIn();
    deep<HTMLButtonElement>(el, '[part="reveal-button"]').click();
    await settle(el);
    await api.logout();
    await api.login(PENSIONER.code, PENSIONER.password);
    await waitFor(() => maybeDeep(el, '[part="profile"]') && textOf(el).includes(PENSIONER.code), 5000);
    expect(deep(el, '[part="reveal-button"]').getAttribute('aria-pressed')).to.equal('false');
    expect(markup(el)).to.not.contain(me.idNumber);
  });

  it('fires vss-change-password-request from "Đổi mật khẩu"', async () => {
    const { el } = await signedIn();
    const seen: unknown[] = [];
    document.addEventListener('vss-change-password-request', (e) => seen.push((e as CustomEvent).detail), {
      once: true,
    });
    deep<HTMLButtonElement>(el, '.actions [part="change-password"]').click();
    expect(seen).to.deep.equal([{}]);
  });

  it('explains a required password change and offers it', async () => {
    const { el, api } = await mountProfile();
    await api.login(MUST_CHANGE.code, MUST_CHANGE.password);
    const box = await waitFor(() => maybeDeep(el, '[part~="state-password"]'));
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('Bạn cần đổi mật khẩu');
    expect(textOf(box)).to.contain('lần đăng nhập đầu tiên');
    let asked = false;
    el.addEventListener('vss-change-password-request', () => (asked = true));
    box.querySelector('button')!.click();
    expect(asked).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('asks to sign in when logged out', async () => {
    const { el } = await mountProfile();
    const box = await waitFor(() => maybeDeep(el, '.state.expired'));
    expect(textOf(box)).to.contain('Vui lòng đăng nhập để xem thông tin này');
    let asked = false;
    el.addEventListener('vss-login-request', () => (asked = true));
    box.querySelector('button')!.click();
    expect(asked).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('shows a network error with retry that recovers', async () => {
    await injectFault({ path: '/api/me', kind: 'status', status: 500, times: 1 });
    const { el, api } = await mountProfile();
    await api.login(WORKER.code, WORKER.password);
    const err = await waitFor(() => maybeDeep(el, '.state.error'));
    expect(textOf(err)).to.contain('Hệ thống đang gặp sự cố');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(el, '.state.error button').click();
    await waitFor(() => maybeDeep(el, '[part="profile"]'), 5000);
  });

  it('shows an error, not a blank record, for malformed data', async () => {
    await injectFault({ path: '/api/me', kind: 'schema-break', times: 1 });
    const { el, api } = await mountProfile();
    await api.login(WORKER.code, WORKER.password);
    const err = await waitFor(() => maybeDeep(el, '.state.error'));
    expect(textOf(err)).to.contain('Dữ liệu nhận được không hợp lệ');
    deep<HTMLButtonElement>(el, '.state.error button').click();
    await waitFor(() => maybeDeep(el, '[part="profile"]'), 5000);
  });

  it('reads in English', async () => {
    const { el, me } = await signedIn(WORKER, 'en');
    const text = textOf(el);
    expect(text).to.contain('Personal details');
    expect(text).to.contain('Social insurance code');
    expect(text).to.contain('Citizen identity card');
    expect(text).to.contain('Show full number');
    expect(text).to.contain('Change your password');
    const [y, m, d] = me.dateOfBirth.split('-');
    expect(text).to.contain(`Date of birth ${d}/${m}/${y}`);
    await expectNoAxeViolations(el);
  });
});
