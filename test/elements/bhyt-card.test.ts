import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { emulateMedia, noPrintEmulation, sendKeys, setViewport } from '../support/commands.js';
import { skipIn } from '../support/engine.js';
import type { BhytCard } from '@vssid/core';
import { baseSalaryOn, buildCardQr, parseCardQr, todayIso } from '@vssid/core/domain';
import { formatVnd } from '@vssid/core/format';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/bhyt-card/bhyt-card.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import {
  cardDisplayStatus,
  type VssBhytCard,
  type CardLoadDetail,
} from '../../packages/elements/src/bhyt-card/bhyt-card.js';
import { cardParts } from '../../packages/elements/src/bhyt-card/parts.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { advanceClock, clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER = { code: '7901234567', password: 'VssID@2026' };
const EXPIRED = { code: '9201234567', password: 'HetHan2025' };
const SUSPENDED = { code: '2401234567', password: 'TamDung2026' };
const CHILD = { code: '7925000001', password: 'TreEm2021a' };
const MUST_CHANGE = { code: '0112345678', password: 'k7Qm29xa' };

async function mountCard(attrs = html`<vss-bhyt-card show-qr></vss-bhyt-card>`, lang = 'vi') {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only lang=${lang}>${attrs}</vss-provider>`);
  await settle(provider);
  const card = provider.querySelector('vss-bhyt-card') as VssBhytCard;
  return { provider, card, api: provider.apiClient };
}

async function signedIn(account = WORKER, attrs?: ReturnType<typeof html>) {
  const m = await mountCard(attrs);
  await m.api.login(account.code, account.password);
  return m;
}

const cardOf = (el: Element) => waitFor(() => maybeDeep(el, 'article.card'), 5000, 'card');
const qrOf = (el: Element) => waitFor(() => maybeDeep<SVGSVGElement>(el, '[part="qr"] svg'), 5000, 'QR code');

/** The real loaders, put back after a test stands in a slow or failing one. */
const realParts = { ...cardParts };
/** A chunk that cannot be fetched, as the browser reports it. */
const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Loads jsQR (a UMD bundle, not ESM) with a script tag: it sets `window.jsQR`. */
let jsqrLoaded: Promise<void> | undefined;
function loadJsQr(): Promise<void> {
  jsqrLoaded ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/jsqr/dist/jsQR.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('jsQR did not load'));
    document.head.append(s);
  });
  return jsqrLoaded;
}
type JsQr = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;

/** Rasterises the rendered SVG like a camera would see it, then decodes it with an independent reader. */
async function decodeQr(svgEl: SVGSVGElement): Promise<string | null> {
  await loadJsQr();
  const xml = new XMLSerializer().serializeToString(svgEl);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 400, 400);
  ctx.drawImage(img, 0, 0, 400, 400);
  URL.revokeObjectURL(url);
  const data = ctx.getImageData(0, 0, 400, 400);
  const jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
  return jsQR(data.data, 400, 400)?.data ?? null;
}

describe('vss-bhyt-card', () => {
  before(() => startBackend());
  beforeEach(async () => {
    await resetBackend();
    localStorage.clear();
  });
  afterEach(async () => {
    cleanup();
    Object.assign(cardParts, realParts);
    await clearFaults();
    await switchLocale('vi');
    await emulateMedia({ media: 'screen' });
  });

  it('shows a loading state while the card is on its way', async () => {
    await injectFault({ path: '/api/me/card', kind: 'latency', delayMs: 1500, times: 1 });
    const { card, api } = await mountCard();
    await api.login(WORKER.code, WORKER.password);
    const loading = await waitFor(() => maybeDeep(card, '.state.loading'));
    expect(loading.getAttribute('role')).to.equal('status');
    expect(textOf(loading)).to.contain('Đang tải thẻ BHYT');
    await expectNoAxeViolations(card);
    await cardOf(card);
  });

  it('asks to sign in when nobody is logged in, and fills in after login without a reload', async () => {
    const { card, api } = await mountCard();
    const expired = await waitFor(() => maybeDeep(card, '.state.expired'));
    expect(textOf(expired)).to.contain('Vui lòng đăng nhập');
    await expectNoAxeViolations(card);
    let asked = false;
    card.addEventListener('vss-login-request', () => (asked = true));
    deep<HTMLButtonElement>(card, '.state.expired button').click();
    expect(asked).to.equal(true);
    await api.login(WORKER.code, WORKER.password);
    await cardOf(card);
    expect(textOf(card)).to.contain('DN · 4 · 79 · 7901234567');
  });

  it('shows the holder, card parts in words, facility, validity and the five-year date', async () => {
    const { card, api } = await signedIn();
    const events: CardLoadDetail[] = [];
    card.addEventListener('vss-card-load', (e) => events.push(e.detail));
    const article = await cardOf(card);
    const data = await api.card();
    // the group's meaning comes with its own small module, fetched alongside the card data
    await waitFor(() => !textOf(article).includes('…'));
    const text = textOf(article);
    expect(text).to.contain(data.fullName);
    const [y, m, d] = data.dateOfBirth.split('-');
    expect(text).to.contain(`Ngày sinh ${d}/${m}/${y}`);
    expect(text).to.contain('Mã thẻ DN · 4 · 79 · 7901234567');
    expect(text).to.contain('Đối tượng DN : Người lao động trong doanh nghiệp');
    expect(text).to.contain('Mức hưởng 4 : quỹ BHYT trả 80%');
    // 15% of the lương cơ sở in force today (the dated table, not the 2024 figure)
    expect(text).to.contain(formatVnd(baseSalaryOn(todayIso()) * 0.15).replace(/\s+/g, ' '));
    expect(text).to.contain(`${data.facility.code.slice(0, 2)} - ${data.facility.code.slice(2)} ${data.facility.name}`);
    expect(text).to.match(/Từ ngày \d{2}\/\d{2}\/\d{4}/);
    expect(text).to.match(/Thời điểm đủ 05 năm liên tục \d{2}\/\d{2}\/\d{4}/);
    expect(textOf(deep(card, '[part="status"]'))).to.contain('Còn giá trị sử dụng');
    expect(deep(card, '[part="header"]').textContent).to.contain('Thẻ bảo hiểm y tế');
    await waitFor(() => events.length > 0);
    expect(events[0]).to.deep.equal({ cardCode: 'DN4797901234567', status: 'valid', offline: false });
    await expectNoAxeViolations(card);
  });

  it('draws a QR code that an independent reader decodes back to the card data', async () => {
    const { card, api } = await signedIn();
    await cardOf(card);
    const data = await api.card();
    const svgEl = await qrOf(card);
    expect(svgEl.getAttribute('role')).to.equal('img');
    const decoded = await decodeQr(svgEl);
    expect(decoded, 'jsQR read the code').to.be.a('string');
    expect(decoded).to.equal(buildCardQr(data));
    const back = parseCardQr(decoded!)!;
    expect(back.cardCode).to.equal(data.cardCode);
    expect(back.fullName).to.equal(data.fullName);
    expect(back.dateOfBirth).to.equal(data.dateOfBirth);
    expect(back.facilityCode).to.equal(data.facility.code);
  });

  it('leaves the QR out without show-qr', async () => {
    const { card } = await signedIn(WORKER, html`<vss-bhyt-card></vss-bhyt-card>`);
    await cardOf(card);
    expect(maybeDeep(card, '[part="qr"]')).to.equal(null);
  });

  it('marks an expired card with icon, words and a double border', async () => {
    const { card } = await signedIn(EXPIRED);
    const events: CardLoadDetail[] = [];
    card.addEventListener('vss-card-load', (e) => events.push(e.detail));
    const article = await cardOf(card);
    expect(article.classList.contains('status-expired')).to.equal(true);
    expect(getComputedStyle(article).borderTopStyle).to.equal('double');
    const status = deep(card, '[part="status"]');
    expect(textOf(status)).to.contain('Hết giá trị sử dụng');
    expect(textOf(status)).to.contain('Thẻ đã hết giá trị sử dụng.');
    expect(status.querySelector('svg.status-icon')).to.not.equal(null);
    expect(textOf(article)).to.contain('Đối tượng GD');
    await waitFor(() => events.length > 0);
    expect(events[0]!.status).to.equal('expired');
    await expectNoAxeViolations(card);
  });

  it('states the full-payment threshold from the lương cơ sở of its day (2,340,000 until 30 June 2026, then 2,530,000)', async () => {
    const { card } = await signedIn(WORKER, html`<vss-bhyt-card today="2026-06-30"></vss-bhyt-card>`);
    await cardOf(card);
    await waitFor(() => textOf(card).includes('Mức hưởng 4'));
    expect(textOf(card)).to.contain('thấp hơn 15% lương cơ sở (351.000 ₫)');
    card.today = '2026-07-01';
    await settle(card);
    expect(textOf(card)).to.contain('thấp hơn 15% lương cơ sở (379.500 ₫)');
    expect(textOf(card)).not.to.contain('351.000');
  });

  it('warns when the card ends within 30 days', async () => {
    const { card, api } = await signedIn(CHILD);
    await cardOf(card);
    const data = await api.card();
    expect(data.validTo).to.be.a('string');
    const tenDaysBefore = new Date(Date.parse(data.validTo! + 'T00:00:00Z') - 10 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    card.today = tenDaysBefore;
    await settle(card);
    const status = deep(card, '[part="status"]');
    expect(textOf(status)).to.contain('Sắp hết hạn');
    expect(textOf(status)).to.contain('Còn 10 ngày');
    expect(getComputedStyle(deep(card, 'article.card')).borderTopStyle).to.equal('dashed');
    expect(textOf(card)).to.contain('Mức hưởng 1');
    await expectNoAxeViolations(card);
  });

  it('marks a suspended card (reported as leaving, check code 122) with icon, words and a dotted border', async () => {
    const { card } = await signedIn(SUSPENDED);
    const events: CardLoadDetail[] = [];
    card.addEventListener('vss-card-load', (e) => events.push(e.detail));
    const article = await cardOf(card);
    expect(article.classList.contains('status-suspended')).to.equal(true);
    expect(getComputedStyle(article).borderTopStyle).to.equal('dotted');
    const status = deep(card, '[part="status"]');
    expect(textOf(status)).to.contain('Tạm dừng sử dụng');
    expect(textOf(status)).to.contain('báo giảm');
    expect(status.querySelector('svg.status-icon')).to.not.equal(null);
    await waitFor(() => events.length > 0);
    expect(events[0]!.status).to.equal('suspended');
    await expectNoAxeViolations(card);
  });

  it('treats the mock clock passing validTo as expired (server check code 010)', async () => {
    const { card, api } = await signedIn(CHILD);
    await cardOf(card);
    const data = await api.card();
    const days = Math.ceil((Date.parse(data.validTo! + 'T00:00:00Z') - Date.now()) / 86_400_000) + 2;
    await advanceClock(days * 86_400_000);
    // the session would have expired with that jump: sign in again on the moved clock
    await api.login(CHILD.code, CHILD.password);
    card.today = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    card.reload();
    await waitFor(() => textOf(card).includes('Hết giá trị sử dụng'));
  });

  it('derives every display status, suspended included', () => {
    expect(cardDisplayStatus({ status: 'valid', validTo: null }, '2026-01-01')).to.equal('valid');
    expect(cardDisplayStatus({ status: 'valid', validTo: '2026-01-31' }, '2026-01-01')).to.equal('expiring');
    expect(cardDisplayStatus({ status: 'valid', validTo: '2026-02-01' }, '2026-01-01')).to.equal('valid');
    expect(cardDisplayStatus({ status: 'valid', validTo: '2025-12-31' }, '2026-01-01')).to.equal('expired');
    expect(cardDisplayStatus({ status: 'expired', validTo: null }, '2026-01-01')).to.equal('expired');
    expect(cardDisplayStatus({ status: 'suspended', validTo: '2027-01-01' }, '2026-01-01')).to.equal('suspended');
  });

  it('shows an error with retry on a server failure, and the retry recovers', async () => {
    await injectFault({ path: '/api/me/card', kind: 'status', status: 500, times: 1 });
    const { card } = await signedIn();
    const err = await waitFor(() => maybeDeep(card, '.state.error'));
    expect(err.getAttribute('role')).to.equal('alert');
    expect(textOf(err)).to.contain('Hệ thống đang gặp sự cố');
    expect(textOf(err)).to.contain('1900 9068');
    await expectNoAxeViolations(card);
    deep<HTMLButtonElement>(card, '.state.error button').click();
    await cardOf(card);
  });

  it('shows an error state, not a blank card, for malformed data', async () => {
    await injectFault({ path: '/api/me/card', kind: 'schema-break', times: 1 });
    const { card } = await signedIn();
    const err = await waitFor(() => maybeDeep(card, '.state.error'));
    expect(textOf(err)).to.contain('Dữ liệu nhận được không hợp lệ');
    deep<HTMLButtonElement>(card, '.state.error button').click();
    await cardOf(card);
  });

  it('shows the empty state for a citizen without a card', async () => {
    await injectFault({ path: '/api/me/card', kind: 'status', status: 404 });
    const { card } = await signedIn();
    const empty = await waitFor(() => maybeDeep(card, '.state.empty'));
    expect(textOf(empty)).to.contain('Bạn chưa có thẻ BHYT điện tử');
    await expectNoAxeViolations(card);
  });

  it('asks for the password change first on a new account', async () => {
    const { card } = await signedIn(MUST_CHANGE);
    const box = await waitFor(() => maybeDeep(card, '[part~="state-password"]'));
    expect(textOf(box)).to.contain('Bạn cần đổi mật khẩu');
    let asked = false;
    card.addEventListener('vss-change-password-request', () => (asked = true));
    box.querySelector('button')!.click();
    expect(asked).to.equal(true);
    await expectNoAxeViolations(card);
  });

  it('looks a card up publicly from attributes, without login', async () => {
    const { api } = await signedIn(EXPIRED);
    const data: BhytCard = await api.card();
    cleanup();
    const el = await mount<VssProvider>(
      html`<vss-provider memory-only
        ><vss-bhyt-card card-number=${data.cardCode} full-name=${data.fullName} birth-date=${data.dateOfBirth}></vss-bhyt-card
      ></vss-provider>`,
    );
    const card = el.querySelector('vss-bhyt-card')!;
    expect(el.apiClient.session).to.equal(null);
    await cardOf(card);
    expect(textOf(card)).to.contain(data.fullName);
    expect(textOf(deep(card, '[part="status"]'))).to.contain('Hết giá trị sử dụng');
    await expectNoAxeViolations(card);
  });

  it('says so when the lookup matches no card', async () => {
    const el = await mount(
      html`<vss-provider memory-only
        ><vss-bhyt-card card-number="DN4797901234567" full-name="Không Có Ai" birth-date="1990-01-01"></vss-bhyt-card
      ></vss-provider>`,
    );
    const card = el.querySelector('vss-bhyt-card')!;
    const empty = await waitFor(() => maybeDeep(card, '.state.empty'));
    expect(textOf(empty)).to.contain('Không tìm thấy thẻ BHYT khớp');
  });

  it('renders a compact one-line card with name, number and status', async () => {
    const { card, api } = await signedIn(WORKER, html`<vss-bhyt-card compact show-qr></vss-bhyt-card>`);
    const line = await waitFor(() => maybeDeep(card, '.compact'));
    const data = await api.card();
    expect(textOf(line)).to.contain(data.fullName);
    expect(textOf(line)).to.contain('7901234567');
    expect(textOf(line)).to.contain('Còn giá trị sử dụng');
    expect(maybeDeep(card, '[part="qr"]')).to.equal(null);
    await expectNoAxeViolations(card);
  });

  it('prints the card without buttons or the explainer', async function () {
    await skipIn(this, ['firefox', 'webkit'], noPrintEmulation);
    const { card } = await signedIn();
    const article = await cardOf(card);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(article).display).to.not.equal('none');
    expect(getComputedStyle(deep(card, '.tools')).display).to.equal('none');
    expect(getComputedStyle(deep(card, '[part="explain"]')).display).to.equal('none');
    expect(getComputedStyle(deep(card, '[part="qr"]')).display).to.not.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(deep(card, '.tools')).display).to.not.equal('none');
  });

  it('keeps the last card readable offline, marked with when it was saved', async () => {
    const { card, api } = await signedIn();
    await cardOf(card);
    expect(localStorage.getItem('vssid-card:7901234567')).to.be.a('string');
    expect(localStorage.getItem('vssid-card:7901234567')).to.not.contain('token');
    await injectFault({ path: '/api/me/card', kind: 'network' });
    card.reload();
    const notice = await waitFor(() => maybeDeep(card, '[part="offline"]'), 8000);
    expect(textOf(notice)).to.match(/Bản lưu ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — đang ngoại tuyến/);
    expect(textOf(deep(card, 'article.card'))).to.contain('7901234567');
    await expectNoAxeViolations(card);
    await clearFaults();
    notice.querySelector('button')!.click();
    await waitFor(() => !maybeDeep(card, '[part="offline"]') && maybeDeep(card, 'article.card'), 8000);
    expect(api.session).to.not.equal(null);
  });

  it('clears the offline copy at logout', async () => {
    const { card, api } = await signedIn();
    await cardOf(card);
    expect(localStorage.getItem('vssid-card:7901234567')).to.not.equal(null);
    await api.logout();
    await waitFor(() => maybeDeep(card, '.state.expired'));
    expect(localStorage.getItem('vssid-card:7901234567')).to.equal(null);
  });

  it('clears every offline copy at logout even when no card is left on the page (a logout page, a shared computer)', async () => {
    const { card, api } = await signedIn();
    await cardOf(card);
    localStorage.setItem('vssid-card:0198765432', '{"left":"by an earlier citizen"}');
    card.remove();
    await api.logout();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('vssid-card:'))).to.deep.equal([]);
  });

  it('keeps the offline copy when the session only expires', async () => {
    const { card } = await signedIn();
    await cardOf(card);
    await advanceClock(31 * 60_000);
    card.reload();
    await waitFor(() => maybeDeep(card, '.state.expired'), 8000);
    expect(localStorage.getItem('vssid-card:7901234567')).to.not.equal(null);
  });

  it('reads in English', async () => {
    const { card, api } = await mountCard(html`<vss-bhyt-card show-qr></vss-bhyt-card>`, 'en');
    await api.login(EXPIRED.code, EXPIRED.password);
    const article = await cardOf(card);
    const text = textOf(article);
    expect(text).to.contain('Health insurance card');
    expect(text).to.contain('Date of birth');
    expect(text).to.contain('Expired');
    expect(text).to.contain('Benefit level 4');
    expect(text).to.contain('the fund pays 80%');
    expect(text).to.match(/From \d{2}\/\d{2}\/\d{4}/);
    expect(textOf(deep(card, '[part="explain"] summary'))).to.equal('Explain my card number');
    await expectNoAxeViolations(card);
  });

  it('fits a 320 px screen without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const { card } = await signedIn();
      const article = await cardOf(card);
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps the place of the QR, named, while its encoder loads, then draws it there', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    cardParts.qr = () => gate.then(realParts.qr);
    const { card } = await signedIn();
    const article = await cardOf(card);
    // the card's words are there before the QR
    expect(textOf(article)).to.contain('DN · 4 · 79 · 7901234567');
    const wait = deep(card, '[part="qr"] [role="img"]');
    expect(wait.tagName).to.not.equal('svg');
    expect(wait.getAttribute('aria-label')).to.equal('Mã QR của thẻ BHYT');
    expect(wait.getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(card);
    const before = wait.getBoundingClientRect();
    const articleHeight = article.getBoundingClientRect().height;
    expect(before.width).to.be.greaterThan(100);
    expect(before.height).to.be.closeTo(before.width, 1);
    release();
    const svgEl = await qrOf(card);
    const after = svgEl.getBoundingClientRect();
    expect(after.width).to.be.closeTo(before.width, 1);
    expect(after.height).to.be.closeTo(before.height, 1);
    expect(article.getBoundingClientRect().height).to.be.closeTo(articleHeight, 1);
    expect(svgEl.getAttribute('aria-label')).to.equal('Mã QR của thẻ BHYT');
  });

  it('shows the group code without its meaning while the meanings load, and the meaning once they are there', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    cardParts.meaning = () => gate.then(realParts.meaning);
    const { card } = await signedIn();
    const article = await cardOf(card);
    expect(textOf(article)).to.contain('Đối tượng DN : … — Mức hưởng 4 : quỹ BHYT trả 80%');
    release();
    await waitFor(() => textOf(article).includes('Đối tượng DN : Người lao động trong doanh nghiệp —'));
  });

  it('still shows the whole card when the group meanings fail to load', async () => {
    cardParts.meaning = failedChunk;
    const { card } = await signedIn();
    const article = await cardOf(card);
    await waitFor(() => textOf(article).includes('Mức hưởng 4'));
    expect(textOf(article)).to.contain('Đối tượng DN : …');
    expect(textOf(article)).to.contain('DN · 4 · 79 · 7901234567');
    expect(maybeDeep(card, '.state.error')).to.equal(null);
    await expectNoAxeViolations(card);
  });

  it('shows the card with an error and retry in place of a QR whose encoder failed to load', async () => {
    cardParts.qr = failedChunk;
    const { card, api } = await signedIn();
    const article = await cardOf(card);
    const failed = await waitFor(() => maybeDeep(card, '[part="qr"] .qr-error'));
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(textOf(failed)).to.contain('Không kết nối được với máy chủ');
    expect(textOf(article)).to.contain('DN · 4 · 79 · 7901234567');
    await expectNoAxeViolations(card);
    cardParts.qr = realParts.qr;
    failed.querySelector('button')!.click();
    const svgEl = await qrOf(card);
    expect(maybeDeep(card, '[part="qr"] .qr-error')).to.equal(null);
    expect(await decodeQr(svgEl)).to.equal(buildCardQr(await api.card()));
  });

  it('loads the explainer only when it is opened', async () => {
    const { card } = await signedIn();
    await cardOf(card);
    // this file imports the card alone: the explainer is not part of its first load
    expect(customElements.get('vss-card-explain')).to.equal(undefined);
    expect(maybeDeep(card, 'vss-card-explain')).to.equal(null);
    deep<HTMLDetailsElement>(card, '[part="explain"]').open = true;
    await customElements.whenDefined('vss-card-explain');
    const explain = await waitFor(() => maybeDeep(card, 'vss-card-explain'));
    await waitFor(() => textOf(explain).includes('Đối tượng DN'));
    expect(maybeDeep(card, '[part="explain"] .state')).to.equal(null);
  });

  it('shows an error with retry in the explanation when its part fails to load, and the retry recovers', async () => {
    cardParts.explain = failedChunk;
    const { card } = await signedIn();
    await cardOf(card);
    deep<HTMLDetailsElement>(card, '[part="explain"]').open = true;
    const err = await waitFor(() => maybeDeep(card, '[part="explain"] .state.error'));
    expect(err.getAttribute('role')).to.equal('alert');
    expect(textOf(err)).to.contain('Không kết nối được với máy chủ');
    // the card itself is still there
    expect(maybeDeep(card, 'article.card')).to.not.equal(null);
    await expectNoAxeViolations(card);
    cardParts.explain = realParts.explain;
    err.querySelector('button')!.click();
    const explain = await waitFor(() => maybeDeep(card, 'vss-card-explain'));
    await waitFor(() => textOf(explain).includes('Đối tượng DN'));
    expect(maybeDeep(card, '[part="explain"] .state')).to.equal(null);
  });

  it('opens the explainer from the keyboard', async () => {
    const { card } = await signedIn();
    await cardOf(card);
    const summary = deep<HTMLElement>(card, '[part="explain"] summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep<HTMLDetailsElement>(card, '[part="explain"]').open);
    const explain = await waitFor(() => maybeDeep(card, 'vss-card-explain'));
    await waitFor(() => textOf(explain).includes('Nhóm 1'));
    expect(deep<HTMLInputElement>(explain, '#code').value).to.equal('DN4797901234567');
    // focus stays on the disclosure while the explainer arrives
    expect(card.shadowRoot!.activeElement).to.equal(summary);
  });
});
