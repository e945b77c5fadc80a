import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sendKeys } from '../support/commands.js';
import { VssClient } from '@vssid/core';
import type { PropertyValues } from 'lit';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/login/login.js';
import type { VssLogin } from '../../packages/elements/src/login/login.js';
import { VssElement } from '../../packages/elements/src/base/vss-element.js';
import { renderError } from '../../packages/elements/src/shared/states.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { advanceClock, clearFaults, injectFault, latestOtp, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = { code: '7901234567', password: 'VssID@2026', phone: '0912345678' };
const MUST_CHANGE = { code: '0112345678', password: 'k7Qm29xa' };
const LOCKED = { code: '4801234567', password: 'DaNang2026' };

/** Test-only: shows whose session the page has, as any VssID element would see it. */
@customElement('test-who')
class TestWho extends VssElement {
  protected override render() {
    return html`<p>${this.session?.socialInsuranceCode ?? 'none'}</p>`;
  }
}

/** Test-only data element: reloads /me whenever the session changes, like the real data elements' Tasks. */
@customElement('test-me')
class TestMe extends VssElement {
  private _state: { name?: string; error?: unknown } = {};
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('session')) this.refresh();
  }
  refresh(): void {
    if (!this.session) return;
    this.api.me({ fresh: true }).then(
      (p) => ((this._state = { name: p.fullName }), this.requestUpdate()),
      (e) => ((this._state = { error: e }), this.requestUpdate()),
    );
  }
  protected override render() {
    if (this._state.error) return renderError(this._state.error, () => this.refresh(), this);
    return html`<p class="name">${this._state.name ?? 'none'}</p>`;
  }
}
void TestWho;
void TestMe;

interface Mounted {
  login: VssLogin;
  client: VssClient;
  provider: HTMLElement;
  who: HTMLElement;
}

async function mountLogin(opts: { lang?: string; attrs?: string } = {}): Promise<Mounted> {
  const client = new VssClient({ baseUrl: '/api', retryBaseDelayMs: 1 });
  const provider = await mount(html`<vss-provider memory-only lang=${opts.lang ?? 'vi'} .client=${client}>
    <vss-login code=${opts.attrs === 'prefill' ? WORKER.code : ''} ?hide-forgot=${opts.attrs === 'hide-forgot'}></vss-login>
    <test-who></test-who>
  </vss-provider>`);
  const login = provider.querySelector('vss-login')!;
  await settle(login);
  return { login, client, provider, who: provider.querySelector('test-who')! };
}

const input = (login: VssLogin, name: string) => {
  const el = login.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input ${name}`);
  return el;
};
const errorText = (login: VssLogin, name: string) => {
  const i = input(login, name);
  return login.querySelector(`#${i.id}-error`)?.textContent?.trim() ?? '';
};
const submitButton = (login: VssLogin) => deep<HTMLButtonElement>(login, '[part="submit-button"]');
const heading = (login: VssLogin) => deep(login, '.box > h2').textContent!.trim();

async function fill(login: VssLogin, values: Record<string, string>): Promise<void> {
  for (const [name, v] of Object.entries(values)) typeInto(input(login, name), v);
  await settle(login);
}

/** Clicks the main button and waits until the request is over. */
async function submitAndWait(login: VssLogin): Promise<void> {
  submitButton(login).click();
  await settle(login);
  await waitFor(() => !submitButton(login).disabled);
  await settle(login);
}

async function logIn(m: Mounted, code: string, password: string): Promise<void> {
  await fill(m.login, { code, password });
  submitButton(m.login).click();
  await waitFor(() => m.client.session, 5000, 'session');
  await settle(m.login);
}

describe('vss-login', () => {
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
  });

  it('puts labelled credential inputs in the light DOM for password managers', async () => {
    const { login } = await mountLogin();
    const code = input(login, 'code');
    const pw = input(login, 'password');
    expect(code.getRootNode()).to.equal(document);
    expect(code.labels?.[0]?.textContent?.trim()).to.equal('Mã số BHXH');
    expect(pw.labels?.[0]?.textContent?.trim()).to.equal('Mật khẩu');
    expect(code.autocomplete).to.equal('username');
    expect(pw.autocomplete).to.equal('current-password');
    expect(pw.type).to.equal('password');
    // Both belong to a real <form>, which password managers watch.
    expect(code.form).to.be.instanceOf(HTMLFormElement);
    expect(pw.form).to.equal(code.form);
    expect(submitButton(login).textContent!.trim()).to.equal('Đăng nhập');
    expect(maybeDeep(login, '[part="forgot-button"]')?.textContent?.trim()).to.equal('Quên mật khẩu');
    // Unique ids per instance.
    const second = await mountLogin();
    expect(input(second.login, 'code').id).not.to.equal(code.id);
    await expectNoAxeViolations(login);
  });

  it('reveals the password with an aria-pressed toggle', async () => {
    const { login } = await mountLogin();
    const toggle = deep<HTMLButtonElement>(login, '[part="reveal-button"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(login);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(input(login, 'password').type).to.equal('text');
    toggle.click();
    await settle(login);
    expect(input(login, 'password').type).to.equal('password');
  });

  it('checks the code when the user leaves it and suggests the last 10 digits of a card code', async () => {
    const { login } = await mountLogin();
    typeInto(input(login, 'code'), 'DN4797901234567', { blur: true });
    await settle(login);
    expect(errorText(login, 'code')).to.equal('Đây là mã thẻ BHYT (15 ký tự). Mã số BHXH là 10 số cuối: 7901234567');
    expect(input(login, 'code').getAttribute('aria-invalid')).to.equal('true');
    expect(input(login, 'code').getAttribute('aria-describedby')).to.contain(`${input(login, 'code').id}-error`);
    await expectNoAxeViolations(login);
    deep<HTMLButtonElement>(login, '.suggest').click();
    await settle(login);
    expect(input(login, 'code').value).to.equal('7901234567');
    expect(errorText(login, 'code')).to.equal('');
    expect(document.activeElement).to.equal(input(login, 'code'));
  });

  it('shows an error summary linking to each wrong field on submit, and sends nothing', async () => {
    const m = await mountLogin();
    let calls = 0;
    const orig = m.client.login.bind(m.client);
    m.client.login = (...a) => (calls++, orig(...a));
    await fill(m.login, { code: '12345' });
    submitButton(m.login).click();
    await settle(m.login);
    const summary = deep(m.login, '[part="error-summary"]');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(textOf(summary)).to.contain('Có lỗi cần sửa');
    const links = summary.querySelectorAll('a');
    expect([...links].map((a) => a.textContent!.trim())).to.deep.equal([
      'Mã số BHXH gồm đúng 10 chữ số',
      'Vui lòng nhập thông tin này',
    ]);
    expect(m.login.shadowRoot!.activeElement).to.equal(summary);
    expect(calls).to.equal(0);
    await expectNoAxeViolations(m.login);
    links[1]!.click();
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    // Typed text is kept.
    expect(input(m.login, 'code').value).to.equal('12345');
  });

  it('logs in, fires vss-login without the token and leaves localStorage alone', async () => {
    const m = await mountLogin();
    const events: CustomEvent[] = [];
    document.addEventListener('vss-login', (e) => events.push(e as CustomEvent), { once: true });
    localStorage.clear();
    await logIn(m, WORKER.code, WORKER.password);
    await waitFor(() => events.length);
    expect(Object.keys(events[0]!.detail).sort()).to.deep.equal([
      'expiresAt',
      'mustChangePassword',
      'socialInsuranceCode',
    ]);
    expect(events[0]!.detail.socialInsuranceCode).to.equal(WORKER.code);
    expect(events[0]!.detail.mustChangePassword).to.equal(false);
    expect(JSON.stringify(events[0]!.detail)).not.to.match(/st_/);
    expect(localStorage.length).to.equal(0);
    await waitFor(() => heading(m.login) === 'Đã đăng nhập');
    expect(textOf(m.login)).to.contain(WORKER.code);
    expect(textOf(m.login)).to.match(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    // Focus moved to the new state's heading, not lost with the vanished button.
    expect(m.login.shadowRoot!.activeElement?.tagName).to.equal('H2');
    // Another element under the same provider sees the citizen without a reload.
    await settle(m.who);
    expect(textOf(m.who)).to.equal(WORKER.code);
    expect(m.login.querySelector('input[type="password"]')).to.equal(null);
    await expectNoAxeViolations(m.login);
  });

  it('tells how many attempts are left after a wrong password and keeps the code', async () => {
    const m = await mountLogin();
    await fill(m.login, { code: WORKER.code, password: 'wrong-one1' });
    submitButton(m.login).click();
    const alert = await waitFor(() => maybeDeep(m.login, '[part="alert"]'));
    expect(textOf(alert)).to.contain('Còn 4 lần thử');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
    await settle(m.login);
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    await expectNoAxeViolations(m.login);
  });

  it('locks after 5 wrong passwords, shows until when with the hotline, and unlocks when the time has passed', async () => {
    const m = await mountLogin();
    for (let i = 0; i < 5; i++) {
      await fill(m.login, { code: WORKER.code, password: `wrong${i}abc` });
      await submitAndWait(m.login);
    }
    const alert = deep(m.login, '[part="alert"]');
    const text = textOf(alert);
    expect(text).to.match(/Tài khoản tạm khóa đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(text).to.contain('1900 9068');
    expect(alert.querySelector('[part="forgot-button"]')?.textContent?.trim()).to.equal('Quên mật khẩu');
    await expectNoAxeViolations(m.login);
    // The right password is still refused while locked.
    await fill(m.login, { password: WORKER.password });
    await submitAndWait(m.login);
    expect(textOf(deep(m.login, '[part="alert"]'))).to.contain('tạm khóa');
    expect(m.client.session).to.equal(null);
    await advanceClock(31 * 60_000);
    submitButton(m.login).click();
    await waitFor(() => m.client.session);
  });

  it('shows a locked demo account and offers the forgot-password path', async () => {
    const m = await mountLogin();
    await fill(m.login, { code: LOCKED.code, password: LOCKED.password });
    submitButton(m.login).click();
    const alert = await waitFor(() => maybeDeep(m.login, '[part="alert"]'));
    expect(textOf(alert)).to.contain('tạm khóa');
    (alert.querySelector('[part="forgot-button"]') as HTMLButtonElement).click();
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await settle(m.login);
    expect(input(m.login, 'code').value).to.equal(LOCKED.code);
    expect(document.activeElement).to.equal(input(m.login, 'phone'));
  });

  it('keeps typed values after a network failure and logs in on retry', async () => {
    const m = await mountLogin();
    await injectFault({ path: '/api/auth/login', kind: 'network', times: 1 });
    await fill(m.login, { code: WORKER.code, password: WORKER.password });
    submitButton(m.login).click();
    const alert = await waitFor(() => maybeDeep(m.login, '[part="alert"]'));
    expect(textOf(alert)).to.contain('Không kết nối được');
    expect(textOf(alert)).to.contain('1900 9068');
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
    expect(input(m.login, 'password').value).to.equal(WORKER.password);
    await expectNoAxeViolations(m.login);
    deep<HTMLButtonElement>(m.login, '[part="retry-button"]').click();
    await waitFor(() => m.client.session);
    await waitFor(() => heading(m.login) === 'Đã đăng nhập');
  });

  it('shows a server error and malformed data as retryable errors, never a blank box', async () => {
    const m = await mountLogin();
    await injectFault({ path: '/api/auth/login', kind: 'status', status: 500, times: 1 });
    await fill(m.login, { code: WORKER.code, password: WORKER.password });
    submitButton(m.login).click();
    let alert = await waitFor(() => maybeDeep(m.login, '[part="alert"]'));
    expect(textOf(alert)).to.contain('Hệ thống đang gặp sự cố');
    await injectFault({ path: '/api/auth/login', kind: 'malformed-json', times: 1 });
    deep<HTMLButtonElement>(m.login, '[part="retry-button"]').click();
    await waitFor(() => textOf(deep(m.login, '[part="alert"]')).includes('không hợp lệ'));
    alert = deep(m.login, '[part="alert"]');
    expect(alert.querySelector('[part="retry-button"]')).not.to.equal(null);
    deep<HTMLButtonElement>(m.login, '[part="retry-button"]').click();
    await waitFor(() => m.client.session);
  });

  it('sends one request for a double click and marks the button busy', async () => {
    const m = await mountLogin();
    let calls = 0;
    const orig = m.client.login.bind(m.client);
    m.client.login = (...a) => (calls++, orig(...a));
    await injectFault({ path: '/api/auth/login', kind: 'latency', delayMs: 600, times: 1 });
    await fill(m.login, { code: WORKER.code, password: WORKER.password });
    const button = submitButton(m.login);
    button.click();
    button.click();
    await settle(m.login);
    expect(button.disabled).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    input(m.login, 'password').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await waitFor(() => m.client.session);
    expect(calls).to.equal(1);
  });

  it('works with the keyboard only: Tab, type, Enter', async () => {
    const m = await mountLogin();
    const before = document.createElement('button');
    before.textContent = 'start';
    m.provider.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(m.login, 'code'));
    await sendKeys({ type: WORKER.code });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    await sendKeys({ type: WORKER.password });
    await sendKeys({ press: 'Tab' });
    expect(m.login.shadowRoot!.activeElement?.getAttribute('part')).to.equal('reveal-button');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => m.client.session);
    before.remove();
  });

  it('resets a forgotten password end to end with the OTP from the SMS, then logs in with it', async () => {
    const m = await mountLogin();
    const resets: CustomEvent[] = [];
    m.login.addEventListener('vss-password-reset', (e) => resets.push(e));
    deep<HTMLButtonElement>(m.login, '[part="forgot-button"]').click();
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await settle(m.login);
    expect(input(m.login, 'phone').labels?.[0]?.textContent?.trim()).to.equal('Điện thoại di động');
    await expectNoAxeViolations(m.login);
    await fill(m.login, { code: WORKER.code, phone: '0212345678' });
    submitButton(m.login).click();
    await settle(m.login);
    expect(errorText(m.login, 'phone')).to.contain('số điện thoại cố định');
    await fill(m.login, { phone: WORKER.phone });
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Nhập mã OTP');
    const otp = m.login.querySelector('vss-otp-input')!;
    await settle(otp);
    expect(document.activeElement).to.equal(otp.querySelector('input'));
    expect(textOf(m.login)).to.contain('091****678');
    expect(textOf(otp)).to.match(/Gửi lại mã sau [01]:\d{2}/);
    await expectNoAxeViolations(m.login);
    const code = await latestOtp(WORKER.phone);
    typeInto(otp.querySelector('input')!, code);
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Đặt mật khẩu mới');
    expect(input(m.login, 'newPassword').autocomplete).to.equal('new-password');
    expect(m.login.querySelector<HTMLInputElement>('input[autocomplete="username"][hidden]')?.value).to.equal(
      WORKER.code,
    );
    await fill(m.login, { newPassword: 'MoiNhe2027', confirmation: 'MoiNhe2027' });
    await expectNoAxeViolations(m.login);
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Đăng nhập');
    expect(textOf(m.login)).to.contain('Đã đặt lại mật khẩu');
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    expect(resets[0]?.detail).to.deep.equal({ socialInsuranceCode: WORKER.code });
    await fill(m.login, { password: 'MoiNhe2027' });
    submitButton(m.login).click();
    await waitFor(() => m.client.session);
  });

  it('sends the user back to the OTP step when the code is wrong, and resends on request', async () => {
    const m = await mountLogin();
    deep<HTMLButtonElement>(m.login, '[part="forgot-button"]').click();
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await fill(m.login, { code: WORKER.code, phone: WORKER.phone });
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Nhập mã OTP');
    let otp = m.login.querySelector('vss-otp-input')!;
    const real = await latestOtp(WORKER.phone);
    typeInto(otp.querySelector('input')!, real === '000000' ? '111111' : '000000');
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Đặt mật khẩu mới');
    await fill(m.login, { newPassword: 'MoiNhe2027', confirmation: 'MoiNhe2027' });
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Nhập mã OTP');
    otp = m.login.querySelector('vss-otp-input')!;
    await settle(otp);
    expect(document.activeElement).to.equal(otp.querySelector('input'));
    expect(otp.querySelector('[slot="error"]')!.textContent).to.contain('Mã OTP không đúng');
    expect(otp.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    // Resend once the countdown allows it: a new SMS arrives and the countdown restarts.
    otp.startCountdown(0);
    await settle(otp);
    deep<HTMLButtonElement>(otp, '[part="resend-button"]').click();
    await waitFor(async () => (await latestOtp(WORKER.phone)) !== real);
    await waitFor(() => /Gửi lại mã sau/.test(textOf(otp)));
  });

  it('forces a password change at first login with a live checklist and maps 422 onto the field', async () => {
    const m = await mountLogin();
    await logIn(m, MUST_CHANGE.code, MUST_CHANGE.password);
    await waitFor(() => heading(m.login) === 'Đổi mật khẩu');
    expect(input(m.login, 'oldPassword').labels?.[0]?.textContent?.trim()).to.equal('Mật khẩu cũ');
    expect(input(m.login, 'newPassword').labels?.[0]?.textContent?.trim()).to.equal('Mật khẩu mới');
    expect(input(m.login, 'confirmation').labels?.[0]?.textContent?.trim()).to.equal('Nhập lại mật khẩu mới');
    expect(input(m.login, 'oldPassword').autocomplete).to.equal('current-password');
    expect(input(m.login, 'confirmation').autocomplete).to.equal('new-password');
    expect(submitButton(m.login).textContent!.trim()).to.equal('Hoàn tất');
    await expectNoAxeViolations(m.login);
    const met = () => m.login.shadowRoot!.querySelectorAll('[part="checklist"] li.met').length;
    expect(met()).to.equal(1); // only "not the mã số BHXH" holds for an empty password
    await fill(m.login, { newPassword: 'abc' });
    expect(met()).to.equal(2);
    await fill(m.login, { newPassword: 'abcdefg1' });
    expect(met()).to.equal(4);
    const status = deep(m.login, '[role="status"][aria-live="polite"]');
    await waitFor(() => status.textContent!.includes('đáp ứng mọi yêu cầu'), 3000, 'checklist announcement');
    // A wrong old password is only known by the server: its 422 lands on "Mật khẩu cũ".
    await fill(m.login, { oldPassword: 'not-the-old1', confirmation: 'abcdefg1' });
    submitButton(m.login).click();
    await waitFor(() => errorText(m.login, 'oldPassword') === 'Mật khẩu cũ không đúng.');
    expect(input(m.login, 'oldPassword').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(deep(m.login, '[part="error-summary"]'))).to.contain('Mật khẩu cũ không đúng.');
    await expectNoAxeViolations(m.login);
    await fill(m.login, { oldPassword: MUST_CHANGE.password });
    submitButton(m.login).click();
    await waitFor(() => heading(m.login) === 'Đã đăng nhập');
    expect(textOf(m.login)).to.contain('Đã đổi mật khẩu');
    // Log out, then in with the new password.
    const outs: Event[] = [];
    m.login.addEventListener('vss-logout', (e) => outs.push(e));
    deep<HTMLButtonElement>(m.login, '[part="logout-button"]').click();
    await waitFor(() => heading(m.login) === 'Đăng nhập');
    expect(outs.length).to.equal(1);
    await settle(m.who);
    expect(textOf(m.who)).to.equal('none');
    expect(input(m.login, 'code').value).to.equal(MUST_CHANGE.code);
    await logIn(m, MUST_CHANGE.code, 'abcdefg1');
    await waitFor(() => heading(m.login) === 'Đã đăng nhập');
  });

  it('checks the new password and its repetition on the client before sending', async () => {
    const m = await mountLogin();
    await logIn(m, MUST_CHANGE.code, MUST_CHANGE.password);
    await waitFor(() => heading(m.login) === 'Đổi mật khẩu');
    await fill(m.login, { oldPassword: MUST_CHANGE.password, newPassword: MUST_CHANGE.code, confirmation: 'other' });
    submitButton(m.login).click();
    await settle(m.login);
    const links = [...deep(m.login, '[part="error-summary"]').querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal(['Mật khẩu phải có ít nhất một chữ cái', 'Mật khẩu nhập lại không khớp']);
  });

  it('opens a dialog when the session expires, re-logs in there and lets data elements reload', async () => {
    const m = await mountLogin();
    const me = document.createElement('test-me') as TestMe;
    m.provider.append(me);
    await logIn(m, WORKER.code, WORKER.password);
    await waitFor(
      () => me.shadowRoot!.querySelector('.name')?.textContent !== 'none' && me.shadowRoot!.querySelector('.name'),
    );
    const name = me.shadowRoot!.querySelector('.name')!.textContent!;
    const opener = document.createElement('button');
    opener.textContent = 'xem';
    m.provider.append(opener);
    opener.focus();
    await advanceClock(31 * 60_000);
    me.refresh();
    const dialog = await waitFor(() => {
      const d = m.login.shadowRoot!.querySelector('dialog');
      return d?.open ? d : null;
    });
    await settle(m.login);
    expect(dialog.getAttribute('aria-labelledby')).to.be.a('string');
    expect(textOf(dialog)).to.contain('Phiên đăng nhập đã hết hạn');
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    await expectNoAxeViolations(m.login);
    await sendKeys({ type: WORKER.password });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !dialog.open);
    await waitFor(() => me.shadowRoot!.querySelector('.name')?.textContent === name);
    expect(document.activeElement).to.equal(opener);
    expect(heading(m.login)).to.equal('Đã đăng nhập');
  });

  it('opens the dialog on vss-login-request when signed out; Escape closes it and focus returns', async () => {
    const m = await mountLogin({ attrs: 'prefill' });
    const asker = document.createElement('button');
    asker.textContent = 'login';
    document.body.append(asker);
    asker.focus();
    asker.dispatchEvent(new CustomEvent('vss-login-request', { bubbles: true, composed: true, detail: {} }));
    const dialog = m.login.shadowRoot!.querySelector('dialog')!;
    // Its content comes with the steps loaded on demand.
    await waitFor(() => dialog.open);
    await settle(m.login);
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open);
    await settle(m.login);
    expect(document.activeElement).to.equal(asker);
    expect(heading(m.login)).to.equal('Đăng nhập');
    asker.remove();
  });

  it('in the re-login dialog, a locked account can take the forgot-password path: the dialog gives way to it', async () => {
    const m = await mountLogin();
    m.login.dispatchEvent(new CustomEvent('vss-login-request', { bubbles: true, composed: true, detail: {} }));
    const dialog = m.login.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open);
    await settle(m.login);
    await fill(m.login, { code: LOCKED.code, password: LOCKED.password });
    submitButton(m.login).click();
    const alert = await waitFor(() => maybeDeep(m.login, 'dialog [part="alert"]'));
    expect(textOf(alert)).to.contain('tạm khóa');
    (alert.querySelector('[part="forgot-button"]') as HTMLButtonElement).click();
    await waitFor(() => !dialog.open);
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await settle(m.login);
    expect(input(m.login, 'code').value).to.equal(LOCKED.code);
    expect(document.activeElement).to.equal(input(m.login, 'phone'));
    await expectNoAxeViolations(m.login);
  });

  it('loads the forgot-password steps only on the way there, shows a loading state, then focuses the first field', async () => {
    const m = await mountLogin({ attrs: 'prefill' });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    m.login._importSteps = () => (calls++, gate.then(() => import('../../packages/elements/src/login/steps.js')));
    expect(calls).to.equal(0);
    const forgot = deep<HTMLButtonElement>(m.login, '[part="forgot-button"]');
    // Pointing at the link starts the download; clicking it does not start a second one.
    forgot.dispatchEvent(new PointerEvent('pointerenter'));
    expect(calls).to.equal(1);
    forgot.click();
    await settle(m.login);
    expect(calls).to.equal(1);
    const status = deep(m.login, '.box [role="status"]');
    expect(textOf(status)).to.contain('Đang tải');
    expect(m.login.querySelector('input[name="phone"]')).to.equal(null);
    await expectNoAxeViolations(m.login);
    release();
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await settle(m.login);
    // The code was prefilled, so focus lands on the phone number, as it does without the wait.
    expect(document.activeElement).to.equal(input(m.login, 'phone'));
    expect(input(m.login, 'code').value).to.equal(WORKER.code);
  });

  it('shows an error with retry when the steps cannot be loaded, and goes on after the retry', async () => {
    const m = await mountLogin();
    const real = m.login._importSteps;
    m.login._importSteps = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    deep<HTMLButtonElement>(m.login, '[part="forgot-button"]').click();
    const alert = await waitFor(() => maybeDeep(m.login, '[part="alert"]'));
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(textOf(alert)).to.contain('Không kết nối được');
    expect(textOf(alert)).to.contain('1900 9068');
    await settle(m.login);
    expect(m.login.shadowRoot!.activeElement).to.equal(alert.querySelector('.alert-focus'));
    await expectNoAxeViolations(m.login);
    m.login._importSteps = real;
    deep<HTMLButtonElement>(alert, '[part="retry-button"]').click();
    await waitFor(() => heading(m.login) === 'Quên mật khẩu');
    await settle(m.login);
    expect(m.login.shadowRoot!.activeElement?.tagName).to.equal('H2');
    expect(input(m.login, 'phone').labels?.[0]?.textContent?.trim()).to.equal('Điện thoại di động');
  });

  it('opens the re-login dialog once its code has arrived, with focus on the password', async () => {
    const m = await mountLogin({ attrs: 'prefill' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    m.login._importSteps = () => gate.then(() => import('../../packages/elements/src/login/steps.js'));
    document.dispatchEvent(new CustomEvent('vss-login-request', { bubbles: true, composed: true, detail: {} }));
    await settle(m.login);
    const dialog = m.login.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(textOf(deep(m.login, '.box [role="status"]'))).to.contain('Đang tải');
    release();
    await waitFor(() => dialog.open);
    await settle(m.login);
    expect(textOf(dialog)).to.contain('Phiên đăng nhập đã hết hạn');
    expect(document.activeElement).to.equal(input(m.login, 'password'));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open);
  });

  it('prefills the code attribute and hides the forgot path with hide-forgot', async () => {
    const a = await mountLogin({ attrs: 'prefill' });
    expect(input(a.login, 'code').value).to.equal(WORKER.code);
    const b = await mountLogin({ attrs: 'hide-forgot' });
    expect(maybeDeep(b.login, '[part="forgot-button"]')).to.equal(null);
  });

  it('speaks English with lang=en', async () => {
    const m = await mountLogin({ lang: 'en' });
    await settle(m.login);
    expect(input(m.login, 'code').labels?.[0]?.textContent?.trim()).to.equal('Social insurance code');
    expect(input(m.login, 'password').labels?.[0]?.textContent?.trim()).to.equal('Password');
    expect(submitButton(m.login).textContent!.trim()).to.equal('Log in');
    expect(deep(m.login, '[part="forgot-button"]').textContent!.trim()).to.equal('Forgot password');
    submitButton(m.login).click();
    await settle(m.login);
    expect(textOf(deep(m.login, '[part="error-summary"]'))).to.contain('There is a problem');
    expect(errorText(m.login, 'password')).to.equal('Please fill in this field');
    await logIn(m, MUST_CHANGE.code, MUST_CHANGE.password);
    await waitFor(() => heading(m.login) === 'Change your password');
    expect(input(m.login, 'oldPassword').labels?.[0]?.textContent?.trim()).to.equal('Current password');
    expect(input(m.login, 'newPassword').labels?.[0]?.textContent?.trim()).to.equal('New password');
    expect(input(m.login, 'confirmation').labels?.[0]?.textContent?.trim()).to.equal('Repeat the new password');
    expect(submitButton(m.login).textContent!.trim()).to.equal('Finish');
    await expectNoAxeViolations(m.login);
  });
});
