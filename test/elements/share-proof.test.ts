import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys, setViewport } from '../support/commands.js';
import { http, HttpResponse } from 'msw';
import { worker } from '@vssid/mocks/browser';
import { proofClaimNames } from '@vssid/core';
import { describeProofClaims } from '@vssid/core/i18n';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/share-proof/share-proof.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import type {
  ProofCreatedDetail,
  ProofRevokedDetail,
  VssShareProof,
} from '../../packages/elements/src/share-proof/share-proof.js';
import { parseClaimList } from '../../packages/elements/src/share-proof/share-proof.js';
import { announceStep, clockText } from '../../packages/elements/src/share-proof/countdown.js';
import { shareParts } from '../../packages/elements/src/share-proof/parts.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { readWithJsQr } from '../support/qr-raster.js';

const WORKER = { code: '7901234567', password: 'VssID@2026' };
const PENSIONER = { code: '3101234567', password: 'Huutri1962' };

async function mountShare(attrs = html`<vss-share-proof></vss-share-proof>`, lang = 'vi') {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${lang}>${attrs}</vss-provider>`);
  await settle(provider);
  const el = provider.querySelector('vss-share-proof') as VssShareProof;
  return { provider, el, api: provider.apiClient };
}

async function signedIn(attrs?: ReturnType<typeof html>, lang = 'vi', account = WORKER) {
  const m = await mountShare(attrs, lang);
  await m.api.login(account.code, account.password);
  await formOf(m.el);
  return m;
}

const formOf = (el: Element) => waitFor(() => maybeDeep<HTMLFormElement>(el, 'form[part="form"]'), 8000, 'form');
const box = (el: Element, name: string) => deep<HTMLInputElement>(el, `#c-${name}`);
const said = (el: Element) => deep(el, '[role="status"][aria-live="polite"]').textContent!.trim();
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

function tick(el: VssShareProof, ...names: string[]): void {
  for (const n of names) if (!box(el, n).checked) box(el, n).click();
}

async function create(el: VssShareProof, ttl?: number): Promise<void> {
  if (ttl) {
    const s = deep<HTMLSelectElement>(el, '#f-ttl');
    s.value = String(ttl);
    s.dispatchEvent(new Event('change'));
  }
  deep<HTMLButtonElement>(el, '[part="create-button"]').click();
}

const qrOf = (el: Element) => waitFor(() => maybeDeep<SVGSVGElement>(el, '[part="qr"] svg'), 8000, 'QR code');

/** The payload of a compact JWS, decoded (only to look inside; verification is another test's business). */
function payloadOf(token: string): Record<string, unknown> {
  const p = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(p), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** Moves the page's clock (Date.now, which the countdown reads) forward by `ms`; undone in afterEach. */
const realNow = Date.now;
function shiftClock(ms: number): void {
  const base = Date.now;
  Date.now = () => base() + ms;
}

describe('vss-share-proof', function () {
  this.timeout(20000);
  before(() => startBackend());
  beforeEach(async () => {
    await resetBackend();
    await setViewport({ width: 1000, height: 800 });
  });
  afterEach(async () => {
    Date.now = realNow;
    cleanup();
    worker.resetHandlers();
    await clearFaults();
    await switchLocale('vi');
  });

  it('asks to sign in when nobody is, and shows the form and an empty list after login', async () => {
    const { el, api } = await mountShare();
    const expired = await waitFor(() => maybeDeep(el, '.state.expired'));
    expect(textOf(expired)).to.contain('Vui lòng đăng nhập');
    let asked = false;
    el.addEventListener('vss-login-request', () => (asked = true));
    deep<HTMLButtonElement>(el, '.state.expired button').click();
    expect(asked).to.equal(true);
    await api.login(WORKER.code, WORKER.password);
    await formOf(el);
    expect(textOf(deep(el, '[part="list"]'))).to.contain('Bạn chưa có mã nào còn hiệu lực.');
    expect(textOf(el)).to.contain('Mã số BHXH, số CCCD, số điện thoại và địa chỉ không bao giờ có trong mã.');
    // every claim of the contract can be chosen, none is ticked unless the page says so
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => [c.value, c.checked]),
    ).to.deep.equal([
      ['card_valid', false],
      ['card_benefit_level', false],
      ['card_group', false],
      ['bhxh_years', false],
      ['bhyt_continuous_years', false],
      ['full_name', false],
      ['birth_year', false],
    ]);
    await expectNoAxeViolations(el);
  });

  it('shows a loading state while the list is on its way', async () => {
    await injectFault({ path: '/api/me/proofs', kind: 'latency', delayMs: 1500, times: 1 });
    const { el, api } = await mountShare();
    await api.login(WORKER.code, WORKER.password);
    const loading = await waitFor(() => maybeDeep(el, '.state.loading'));
    expect(loading.getAttribute('role')).to.equal('status');
    expect(textOf(loading)).to.contain('Đang tải các mã chia sẻ');
    await expectNoAxeViolations(el);
    await formOf(el);
  });

  it('a list that fails to load shows the error with a retry that loads it', async () => {
    await injectFault({ path: '/api/me/proofs', kind: 'status', status: 500 });
    const { el, api } = await mountShare();
    await api.login(WORKER.code, WORKER.password);
    const error = await waitFor(() => maybeDeep(el, '.state.error'), 8000, 'error state');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Hệ thống đang gặp sự cố');
    await expectNoAxeViolations(el);
    await clearFaults();
    deep<HTMLButtonElement>(error, 'button').click();
    await formOf(el);
  });

  it('an answer of the wrong shape is an error, not a broken list', async () => {
    await injectFault({ path: '/api/me/proofs', kind: 'schema-break' });
    const { el, api } = await mountShare();
    await api.login(WORKER.code, WORKER.password);
    const error = await waitFor(() => maybeDeep(el, '.state.error'), 8000, 'error state');
    expect(textOf(error)).to.contain('Dữ liệu nhận được không hợp lệ');
  });

  it('refuses to make a proof of nothing: error summary, the fieldset marked, focus on the summary; nothing is sent', async () => {
    const { el, api } = await signedIn();
    let posted = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/api/me/proofs')) posted++;
    };
    worker.events.on('request:start', count);
    await create(el);
    const summary = await waitFor(() => maybeDeep(el, '#error-summary'));
    await waitFor(() => active(el) === summary, 2000, 'focus on the summary');
    expect(textOf(summary)).to.contain('Chọn ít nhất một thông tin để cho xem.');
    const fieldset = deep(el, 'fieldset');
    expect(fieldset.classList.contains('invalid')).to.equal(true);
    expect(fieldset.getAttribute('aria-describedby')).to.contain('claims-error');
    await expectNoAxeViolations(el);
    // the summary's link leads to the first choice
    deep<HTMLAnchorElement>(summary, 'a').click();
    expect(active(el)).to.equal(box(el, 'card_valid'));
    // ticking one fixes it: the summary and the mark go
    tick(el, 'birth_year');
    await settle(el);
    expect(!!maybeDeep(el, '#error-summary')).to.equal(false);
    expect(deep(el, 'fieldset').classList.contains('invalid')).to.equal(false);
    worker.events.removeListener('request:start', count);
    expect(posted).to.equal(0);
    expect(await api.proofs({ fresh: true })).to.deep.equal([]);
  });

  it('makes a proof of only the chosen claims: the QR holds the token itself, readable by another reader', async () => {
    const { el, api } = await signedIn();
    const created: ProofCreatedDetail[] = [];
    el.addEventListener('vss-proof-created', (e) => created.push(e.detail));
    tick(el, 'card_valid', 'birth_year');
    await create(el, 60);
    const svg = await qrOf(el);
    const [proof] = await api.proofs({ fresh: true });
    expect(proof, 'the server holds the proof').to.exist;
    // the event names the proof, never carries the token
    expect(created).to.deep.equal([
      { id: proof!.id, claims: ['card_valid', 'birth_year'], expiresAt: proof!.expiresAt },
    ]);
    expect(JSON.stringify(created)).not.to.contain(proof!.token);
    // another QR reader gets exactly the token, whose payload has only what was chosen
    expect(await readWithJsQr(svg)).to.equal(proof!.token);
    expect(Object.keys(payloadOf(proof!.token)).sort()).to.deep.equal([
      'birth_year',
      'card_valid',
      'exp',
      'iat',
      'iss',
      'jti',
    ]);
    const life = Date.parse(proof!.expiresAt) - Date.parse(proof!.createdAt);
    expect(life).to.equal(60 * 60_000);
    // what the other side will see, in the same words a verifier uses
    const lines = describeProofClaims(proof!.claims, 'vi');
    expect([...el.shadowRoot!.querySelectorAll('[part="claims"] .claim')].map((c) => textOf(c))).to.deep.equal(
      lines.map((l) => `${l.label} ${l.text}`),
    );
    expect(textOf(deep(el, '[part="countdown"]'))).to.match(/^(1:00:00|59:5\d)$/);
    expect(deep(el, '[part="countdown"]').getAttribute('role')).to.equal('timer');
    expect(said(el)).to.match(/^Đã tạo mã QR\. Mã có hiệu lực đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\.$/);
    // focus moves to the code, and the list counts it
    await waitFor(() => active(el)?.id === 'shown-title', 2000, 'focus on the code');
    expect(textOf(deep(el, '#list-title'))).to.equal('Mã còn hiệu lực (1)');
    await expectNoAxeViolations(el);
  });

  it('the largest claim set fits a QR a phone camera reads (token size and version)', async () => {
    const { el, api } = await signedIn();
    tick(el, ...proofClaimNames);
    await create(el);
    const svg = await qrOf(el);
    const [proof] = await api.proofs({ fresh: true });
    const version = Number(svg.dataset['version']);
    // about 630 characters: version 17 (85 × 85 modules) at level L
    expect(proof!.token.length).to.be.within(500, 800);
    expect(version).to.be.within(14, 19);
    expect(Number(svg.dataset['modules'])).to.equal(17 + 4 * version);
    expect(await readWithJsQr(svg)).to.equal(proof!.token);
  });

  /** Makes a 5-minute code; once its clock has moved, the live region still says only that it was made. */
  async function createFiveMinutesAndWatchTheClock(el: VssShareProof): Promise<void> {
    tick(el, 'card_valid');
    await create(el, 5);
    await qrOf(el);
    const first = said(el);
    expect(first).to.contain('Đã tạo mã QR');
    const clock1 = textOf(deep(el, '[part="countdown"]'));
    await waitFor(() => textOf(deep(el, '[part="countdown"]')) !== clock1, 3000, 'the clock to move');
    expect(said(el), 'the live region does not speak every second').to.equal(first);
  }

  it('after a slow answer to "create", the time left does not speak over "Đã tạo mã" a second later', async () => {
    const { el } = await signedIn();
    // the proof is made 1.5 s after the last render before it (a resolver that returns nothing passes the request on)
    worker.use(http.post('/api/me/proofs', () => new Promise<undefined>((r) => setTimeout(r, 1500))));
    await createFiveMinutesAndWatchTheClock(el);
  });

  it('announces the time left at its steps, not every second, and on expiry takes the code away', async () => {
    const { el } = await signedIn();
    await createFiveMinutesAndWatchTheClock(el);
    // 4 minutes later: "about 1 minute left"
    shiftClock(4 * 60_000 + 2_000);
    await waitFor(() => said(el).includes('khoảng 1 phút'), 3000, 'the 1-minute step');
    expect(said(el)).to.equal('Mã QR còn hiệu lực khoảng 1 phút.');
    // past the end: the QR goes, the live region says so, the list no longer has it
    shiftClock(60_000);
    await waitFor(() => said(el).startsWith('Mã QR đã hết hạn'), 3000, 'the expiry');
    expect(!!maybeDeep(el, '[part="qr"]')).to.equal(false);
    expect(textOf(deep(el, '[part="proof"]'))).to.contain('Mã QR đã hết hạn');
    expect(textOf(deep(el, '#list-title'))).to.equal('Mã còn hiệu lực (0)');
  });

  it('revokes after a confirmation: Escape keeps it (focus back), "Thu hồi mã" revokes it (focus to the list)', async () => {
    const { el, api } = await signedIn();
    const revoked: ProofRevokedDetail[] = [];
    el.addEventListener('vss-proof-revoked', (e) => revoked.push(e.detail));
    tick(el, 'full_name');
    await create(el);
    await qrOf(el);
    const [proof] = await api.proofs({ fresh: true });
    const id = proof!.id;
    deep<HTMLButtonElement>(el, '[part="revoke-button"]').click();
    const confirm = await waitFor(() => maybeDeep(el, '[part="confirm"]'));
    expect(confirm.getAttribute('role')).to.equal('alertdialog');
    expect(textOf(confirm)).to.contain('Thu hồi mã này?');
    // focus on the safe choice
    await waitFor(() => active(el)?.id === `keep-${id}`, 2000, 'focus on "Không thu hồi"');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !maybeDeep(el, '[part="confirm"]'), 2000, 'confirmation closed');
    await waitFor(() => active(el)?.id === `revoke-${id}`, 2000, 'focus back on "Thu hồi"');
    expect((await api.proofStatus(id)).status).to.equal('active');
    // again, and this time revoke
    deep<HTMLButtonElement>(el, '[part="revoke-button"]').click();
    await waitFor(() => maybeDeep(el, `#yes-${id}`));
    deep<HTMLButtonElement>(el, `#yes-${id}`).click();
    await waitFor(() => revoked.length === 1, 5000, 'vss-proof-revoked');
    expect(revoked[0]).to.deep.equal({ id });
    expect((await api.proofStatus(id)).status).to.equal('revoked');
    // the revoked code leaves the screen and the list; focus lands on the list's heading
    expect(!!maybeDeep(el, '[part="proof"]')).to.equal(false);
    expect(textOf(deep(el, '#list-title'))).to.equal('Mã còn hiệu lực (0)');
    await waitFor(() => active(el)?.id === 'list-title', 2000, 'focus on the list');
    expect(said(el)).to.contain('Đã thu hồi mã.');
  });

  it('a revoke that fails says so in the confirmation and keeps the proof; trying again revokes it', async () => {
    const { el, api } = await signedIn();
    tick(el, 'birth_year');
    await create(el);
    await qrOf(el);
    const [proof] = await api.proofs({ fresh: true });
    await injectFault({ path: `/api/me/proofs/${proof!.id}`, kind: 'status', status: 500 });
    deep<HTMLButtonElement>(el, '[part="revoke-button"]').click();
    await waitFor(() => maybeDeep(el, `#yes-${proof!.id}`));
    deep<HTMLButtonElement>(el, `#yes-${proof!.id}`).click();
    const alert = await waitFor(() => maybeDeep(el, '[part="confirm"] [role="alert"]'), 8000, 'revoke error');
    expect(textOf(alert)).to.contain('Chưa thu hồi được.');
    expect(textOf(deep(el, '#list-title'))).to.equal('Mã còn hiệu lực (1)');
    expect(maybeDeep(el, '[part="qr"] svg')).to.exist;
    await clearFaults();
    deep<HTMLButtonElement>(el, `#yes-${proof!.id}`).click();
    await waitFor(() => textOf(deep(el, '#list-title')) === 'Mã còn hiệu lực (0)', 8000, 'revoked');
    expect((await api.proofStatus(proof!.id)).status).to.equal('revoked');
  });

  it('a create that fails keeps the choice and offers a retry; a full set of 20 live proofs is explained', async () => {
    const { el, api } = await signedIn();
    tick(el, 'card_valid', 'card_group');
    await injectFault({ path: '/api/me/proofs', kind: 'network', times: 1 });
    await create(el);
    const error = await waitFor(() => maybeDeep(el, 'form .state.error'), 8000, 'create error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Chưa tạo được mã. Không kết nối được với máy chủ');
    expect(box(el, 'card_valid').checked && box(el, 'card_group').checked).to.equal(true);
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(error, 'button').click();
    await qrOf(el);
    expect(!!maybeDeep(el, 'form .state.error')).to.equal(false);
    // up to 20 live proofs: the 21st is refused with a sentence that says what to do
    for (let i = 0; i < 19; i++) await api.createProof({ claims: ['birth_year'], ttlMinutes: 5 });
    await create(el);
    const full = await waitFor(() => maybeDeep(el, 'form .state.error'), 8000, 'rate limit');
    expect(textOf(full)).to.contain('Bạn đang có 20 mã còn hiệu lực');
  });

  it('a refusal naming the lifetime marks the lifetime field', async () => {
    const { el } = await signedIn();
    worker.use(
      http.post('*/api/me/proofs', () =>
        HttpResponse.json(
          {
            code: 'validation_failed',
            message: 'Dữ liệu không hợp lệ.',
            fields: { ttlMinutes: 'Thời hạn từ 5 đến 1440 phút.' },
          },
          { status: 422 },
        ),
      ),
    );
    tick(el, 'card_valid');
    await create(el);
    const summary = await waitFor(() => maybeDeep(el, '#error-summary'), 8000, 'summary');
    expect(textOf(summary)).to.contain('Thời hạn của mã phải từ 5 phút đến 24 giờ.');
    expect(deep(el, '#f-ttl').getAttribute('aria-invalid')).to.equal('true');
    expect(deep(el, '#f-ttl').getAttribute('aria-describedby')).to.equal('ttl-error');
    await expectNoAxeViolations(el);
  });

  it('copies the link (with verify-url) or the token, and offers sharing only where the platform has it', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    const copied: string[] = [];
    navigator.clipboard.writeText = async (t: string) => void copied.push(t);
    try {
      const { el, api } = await signedIn(
        html`<vss-share-proof verify-url="https://phongkham.example/kiem-tra#top"></vss-share-proof>`,
      );
      tick(el, 'card_valid');
      await create(el);
      await qrOf(el);
      const [proof] = await api.proofs({ fresh: true });
      expect(!!maybeDeep(el, '[part="share-button"]'), 'no Web Share in this browser').to.equal(false);
      deep<HTMLButtonElement>(el, '[part="copy-button"]').click();
      await waitFor(() => copied.length === 1);
      expect(copied[0]).to.equal(`https://phongkham.example/kiem-tra#proof=${proof!.token}`);
      await waitFor(() => said(el) === 'Đã sao chép liên kết.');
      // without a verify page, the token itself
      el.verifyUrl = '';
      await settle(el);
      deep<HTMLButtonElement>(el, '[part="copy-button"]').click();
      await waitFor(() => copied.length === 2);
      expect(copied[1]).to.equal(proof!.token);
      // a platform with Web Share gets a share button
      const shared: ShareData[] = [];
      Object.assign(navigator, { share: async (d: ShareData) => void shared.push(d), canShare: () => true });
      el.requestUpdate();
      await settle(el);
      deep<HTMLButtonElement>(el, '[part="share-button"]').click();
      await waitFor(() => shared.length === 1);
      expect(shared[0]!.text).to.equal(proof!.token);
    } finally {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as { writeText?: unknown }).writeText;
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { canShare?: unknown }).canShare;
    }
  });

  it('takes its first choice from attributes: claims ticked, a lifetime in range offered', async () => {
    const { el } = await signedIn(
      html`<vss-share-proof claims="card_valid, birth_year bogus" ttl="45"></vss-share-proof>`,
    );
    expect(box(el, 'card_valid').checked).to.equal(true);
    expect(box(el, 'birth_year').checked).to.equal(true);
    expect(box(el, 'full_name').checked).to.equal(false);
    const select = deep<HTMLSelectElement>(el, '#f-ttl');
    expect(select.value).to.equal('45');
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('45 phút');
    expect(parseClaimList('full_name,full_name nope')).to.deep.equal(['full_name']);
    // out of range: the default
    el.ttl = 5000;
    el.claims = '';
    await settle(el);
    expect(deep<HTMLSelectElement>(el, '#f-ttl').value).to.equal('15');
  });

  it("another citizen never sees the previous one's code or list", async () => {
    const { el, api } = await signedIn();
    tick(el, 'full_name');
    await create(el);
    await qrOf(el);
    await api.logout();
    await waitFor(() => maybeDeep(el, '.state.expired'), 5000, 'signed out');
    expect(!!maybeDeep(el, '[part="qr"]')).to.equal(false);
    await api.login(PENSIONER.code, PENSIONER.password);
    await formOf(el);
    expect(!!maybeDeep(el, '[part="proof"]')).to.equal(false);
    expect(textOf(deep(el, '#list-title'))).to.equal('Mã còn hiệu lực (0)');
  });

  it('shows the citizen\'s existing live proofs with "Hiện mã" to show one again', async () => {
    const { el, api } = await signedIn();
    await api.createProof({ claims: ['card_valid', 'card_benefit_level'], ttlMinutes: 30 });
    el.reload();
    await waitFor(() => textOf(deep(el, '#list-title')) === 'Mã còn hiệu lực (1)', 5000, 'the list');
    const item = deep(el, '.proof');
    expect(textOf(item)).to.contain('Giá trị sử dụng thẻ BHYT, Mức hưởng BHYT');
    expect(textOf(item)).to.match(/còn (30|29) phút/);
    const showBtn = [...item.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Hiện mã')!;
    showBtn.click();
    await qrOf(el);
    await waitFor(() => active(el)?.id === 'shown-title', 2000, 'focus on the code');
    await expectNoAxeViolations(el);
  });

  it('speaks English with lang="en", claims included', async () => {
    await switchLocale('en');
    const { el } = await signedIn(html`<vss-share-proof></vss-share-proof>`, 'en');
    expect(textOf(el)).to.contain('Show your information with a QR code');
    expect(textOf(el)).to.contain('Year of birth');
    tick(el, 'birth_year', 'card_group');
    await create(el, 120);
    await qrOf(el);
    expect(textOf(deep(el, '[part="claims"]'))).to.contain(
      'Health insurance participant group DN: Employee of an enterprise',
    );
    expect(said(el)).to.match(/^QR code made\. It is valid until /);
    expect(deep<HTMLSelectElement>(el, '#f-ttl').selectedOptions[0]!.textContent!.trim()).to.equal('2 h');
    await expectNoAxeViolations(el);
  });

  it('fits 320 px with a code on screen', async () => {
    await setViewport({ width: 320, height: 700 });
    const { el } = await signedIn();
    tick(el, ...proofClaimNames);
    await create(el);
    const svg = await qrOf(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(svg.getBoundingClientRect().width).to.be.at.least(200);
  });

  it('a QR part that fails to load shows its error with a retry in place of the code', async () => {
    const real = shareParts.shown;
    shareParts.shown = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { el } = await signedIn();
      tick(el, 'card_valid');
      await create(el);
      const error = await waitFor(() => maybeDeep(el, '[part="proof"] .state.error'), 8000, 'part error');
      shareParts.shown = real;
      deep<HTMLButtonElement>(error, 'button').click();
      await qrOf(el);
    } finally {
      shareParts.shown = real;
    }
  });
});

describe('share-proof countdown steps', () => {
  it('announces at 60, 30, 15, 10, 5, 2 and 1 minutes left and at the end', () => {
    const steps = [120, 61, 60, 45, 30, 20, 15, 12, 10, 7, 5, 3, 2, 1.5, 1, 0.5].map((m) => announceStep(m * 60_000));
    expect(steps).to.deep.equal([Infinity, Infinity, 60, 60, 30, 30, 15, 15, 10, 10, 5, 5, 2, 2, 1, 1]);
    expect(announceStep(0)).to.equal(0);
    expect(announceStep(-5)).to.equal(0);
  });
  it('shows MM:SS under an hour and H:MM:SS above', () => {
    expect(clockText(59_001)).to.equal('01:00');
    expect(clockText(5 * 60_000)).to.equal('05:00');
    expect(clockText(3_600_000 + 61_000)).to.equal('1:01:01');
    expect(clockText(-1)).to.equal('00:00');
  });
});
