import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { http, HttpResponse } from 'msw';
import { worker } from '@vssid/mocks/browser';
import { VssClient, proofClaimNames, type ProofClaimName } from '@vssid/core';
import { signProof } from '@vssid/core/proofs';
import { describeProofClaims } from '@vssid/core/i18n';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/verify-proof/verify-proof.js';
import type { ProofVerifiedDetail, VssVerifyProof } from '../../packages/elements/src/verify-proof/verify-proof.js';
import { verifyParts } from '../../packages/elements/src/verify-proof/parts.js';
import { publicClient } from '../../packages/elements/src/verify-proof/public-client.js';
import { tokenIn, verdictOf } from '../../packages/elements/src/verify-proof/verdict.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { advanceClock, clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { skipIn } from '../support/engine.js';
import { canvasFile, chooseFile } from '../support/qr-raster.js';

// WebKitGTK as installed here plays no MediaStream in a <video> (play() never settles, readyState stays 0), so a
// camera stand-in shows no frame there; the element's camera path runs in Chromium and Firefox.
const NO_STREAM_PLAYBACK = 'WebKitGTK here plays no MediaStream in <video>: a camera shows no frame';

const WORKER = { code: '7901234567', password: 'VssID@2026' };

/** A citizen's client, apart from the verifier's: it makes the proofs the tests check. */
async function citizen(): Promise<VssClient> {
  const c = new VssClient({ baseUrl: '/api' });
  await c.login(WORKER.code, WORKER.password);
  return c;
}

async function tokenOf(claims: ProofClaimName[] = ['card_valid', 'birth_year'], ttlMinutes = 30) {
  const c = await citizen();
  const proof = await c.createProof({ claims, ttlMinutes });
  return { proof, client: c };
}

async function mountVerifier(attrs = html`<vss-verify-proof api-base="/api"></vss-verify-proof>`) {
  const el = await mount<VssVerifyProof>(attrs);
  await waitFor(() => maybeDeep(el, 'form.paste'), 8000, 'the verifier');
  return el;
}

function paste(el: VssVerifyProof, text: string): void {
  typeInto(deep<HTMLTextAreaElement>(el, '#paste'), text);
  deep<HTMLButtonElement>(el, '[part="check-button"]').click();
}

/** Waits for the verdict and, when the signature held, the end of the online check. */
async function verdictOf_(el: VssVerifyProof): Promise<HTMLElement> {
  return waitFor(
    () => {
      const r = maybeDeep(el, '[part="result"]');
      return r && !/Đang hỏi máy chủ|Asking the server/.test(textOf(r)) ? r : null;
    },
    10000,
    'verdict',
  );
}

const word = (el: Element) => textOf(deep(el, '#verdict'));
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Collects `vss-proof-verified` details. */
function verified(el: HTMLElement): ProofVerifiedDetail[] {
  const list: ProofVerifiedDetail[] = [];
  el.addEventListener('vss-proof-verified', (e) => list.push(e.detail));
  return list;
}

/** Counts calls to the decoder part's loader (it must not load for pasted codes). */
function countDecoderLoads(): { count: () => number; restore: () => void } {
  const real = verifyParts.decoder;
  let n = 0;
  verifyParts.decoder = () => {
    n++;
    return real();
  };
  return { count: () => n, restore: () => void (verifyParts.decoder = real) };
}

const keysStorage = () => Object.keys(localStorage).filter((k) => k.startsWith('vssid-proof-keys:'));

describe('vss-verify-proof', function () {
  this.timeout(20000);
  before(() => startBackend());
  beforeEach(async () => {
    await resetBackend();
    localStorage.clear();
    // the verifier's client keeps the keys a while (they are cacheable); a test starts without them
    (publicClient('/api') as VssClient).invalidate();
    await setViewport({ width: 1000, height: 800 });
  });
  afterEach(async () => {
    cleanup();
    worker.resetHandlers();
    await clearFaults();
    await switchLocale('vi');
  });

  it('loads the public keys first (loading state), then offers camera, photo and paste', async () => {
    await injectFault({ path: '/api/proofs/keys', kind: 'latency', delayMs: 1200, times: 1 });
    const el = await mount<VssVerifyProof>(html`<vss-verify-proof api-base="/api"></vss-verify-proof>`);
    const loading = await waitFor(() => maybeDeep(el, '.state.loading'));
    expect(textOf(loading)).to.contain('Đang tải khóa kiểm tra chữ ký');
    await expectNoAxeViolations(el);
    await waitFor(() => maybeDeep(el, 'form.paste'), 8000, 'the tool');
    expect(maybeDeep(el, '[part="camera-button"]')).to.exist;
    expect(textOf(deep(el, '[part="photo-button"]'))).to.equal('Chọn ảnh mã QR');
    // the keys (public) are kept for offline use; nothing else is stored
    expect(keysStorage()).to.deep.equal(['vssid-proof-keys:/api']);
    await expectNoAxeViolations(el);
  });

  it('a pasted genuine proof is VALID, checked online, with its claims; the decoder never loads for it', async () => {
    const decoder = countDecoderLoads();
    try {
      const { proof } = await tokenOf(['card_valid', 'card_benefit_level', 'birth_year']);
      const el = await mountVerifier();
      const events = verified(el);
      paste(el, proof.token);
      const result = await verdictOf_(el);
      expect(word(el)).to.equal('Hợp lệ');
      expect(result.classList.contains('valid')).to.equal(true);
      expect(textOf(result)).to.contain('Đã kiểm tra trực tuyến: mã chưa bị thu hồi.');
      const lines = describeProofClaims(proof.claims, 'vi');
      expect([...result.querySelectorAll('[part="claims"] .claim')].map((c) => textOf(c))).to.deep.equal(
        lines.map((l) => `${l.label} ${l.text}`),
      );
      await waitFor(() => events.length === 1, 3000, 'vss-proof-verified');
      expect(events[0]).to.deep.equal({
        verdict: 'valid',
        online: 'active',
        id: proof.id,
        expiresAt: proof.expiresAt,
        claims: proof.claims,
        source: 'paste',
      });
      // focus on the verdict's words, so a screen reader hears it at once
      expect(active(el)?.id).to.equal('verdict');
      expect(decoder.count()).to.equal(0);
      await expectNoAxeViolations(el);
    } finally {
      decoder.restore();
    }
  });

  it('reads a link with #proof= and a code broken over lines', async () => {
    const { proof } = await tokenOf();
    const el = await mountVerifier();
    paste(el, `Mời xem: https://phongkham.example/kiem-tra#proof=${proof.token} (hết hạn sau 30 phút)`);
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
    deep<HTMLButtonElement>(el, '[part="result"] button').click();
    await waitFor(() => !maybeDeep(el, '[part="result"]'));
    paste(el, proof.token.replace(/(.{60})/g, '$1\n  '));
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
    expect(tokenIn(` a.b.c `)).to.equal('a.b.c');
  });

  it('an empty paste is refused with a message on the field, which gets focus', async () => {
    const el = await mountVerifier();
    paste(el, '   ');
    const error = await waitFor(() => maybeDeep(el, '#paste-error'));
    expect(textOf(error)).to.contain('Hãy dán mã vào ô trước khi kiểm tra.');
    const ta = deep<HTMLTextAreaElement>(el, '#paste');
    expect(ta.getAttribute('aria-invalid')).to.equal('true');
    expect(ta.getAttribute('aria-describedby')).to.equal('paste-error');
    await waitFor(() => active(el) === ta, 2000, 'focus on the field');
    expect(!!maybeDeep(el, '[part="result"]')).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('a revoked proof is REVOKED (online check), without its claims', async () => {
    const { proof, client } = await tokenOf();
    await client.revokeProof(proof.id);
    const el = await mountVerifier();
    const events = verified(el);
    paste(el, proof.token);
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Đã bị thu hồi');
    expect(textOf(result)).to.contain('Đã kiểm tra trực tuyến: mã đã bị thu hồi.');
    expect(!!maybeDeep(el, '[part="claims"]')).to.equal(false);
    await waitFor(() => events.length === 1);
    expect(events[0]!.verdict).to.equal('revoked');
    expect(events[0]!.claims).to.equal(undefined);
    await expectNoAxeViolations(el);
  });

  it("an expired proof is EXPIRED: by the server's clock online, by the device's clock offline", async () => {
    const { proof } = await tokenOf(['birth_year'], 5);
    // the mock's clock moves past the end: the signature still holds here, the server says expired
    await advanceClock(6 * 60_000);
    const el = await mountVerifier();
    const events = verified(el);
    paste(el, proof.token);
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Đã hết hạn');
    expect(textOf(result)).to.contain('Đã kiểm tra trực tuyến: máy chủ ghi nhận mã đã hết hạn.');
    await waitFor(() => events.length === 1);
    expect(events[0]).to.include({ verdict: 'expired', online: 'expired' });
    await expectNoAxeViolations(el);
    // judged offline, at a time past its end (plus the minute of clock skew allowed)
    el.now = String(Date.parse(proof.expiresAt) + 61_000);
    deep<HTMLButtonElement>(el, '[part="result"] button').click();
    await settle(el);
    paste(el, proof.token);
    await verdictOf_(el);
    expect(word(el)).to.equal('Đã hết hạn');
    await waitFor(() => events.length === 2);
    expect(events[1]).to.include({ verdict: 'expired', online: 'not-checked' });
  });

  it('a tampered proof is NOT GENUINE (bad signature) and shows nothing of what it claims', async () => {
    const { proof } = await tokenOf(['full_name', 'birth_year']);
    const [h, p, s] = proof.token.split('.') as [string, string, string];
    const json = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    json['birth_year'] = 1950;
    const forged = btoa(JSON.stringify(json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const el = await mountVerifier();
    const events = verified(el);
    paste(el, `${h}.${forged}.${s}`);
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Không phải mã thật');
    expect(textOf(result)).to.contain('Chữ ký không khớp');
    expect(textOf(result)).not.to.contain('1950');
    expect(!!maybeDeep(el, '[part="claims"]')).to.equal(false);
    await waitFor(() => events.length === 1);
    expect(events[0]).to.deep.equal({
      verdict: 'not-genuine',
      reason: 'bad_signature',
      online: 'not-checked',
      source: 'paste',
    });
    await expectNoAxeViolations(el);
  });

  it('a proof signed by an unknown key is NOT GENUINE after asking the issuer for fresh keys', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const now = Math.floor(Date.now() / 1000);
    const token = await signProof(
      { iss: 'vssid-mock', jti: 'pStranger01', iat: now, exp: now + 600, birth_year: 1990 },
      { privateKey: pair.privateKey, kid: 'kStranger' },
    );
    const el = await mountVerifier();
    let keyRequests = 0;
    const count = ({ request }: { request: Request }) =>
      void (new URL(request.url).pathname === '/api/proofs/keys' && keyRequests++);
    worker.events.on('request:start', count);
    const events = verified(el);
    paste(el, token);
    const result = await verdictOf_(el);
    worker.events.removeListener('request:start', count);
    expect(word(el)).to.equal('Không phải mã thật');
    expect(textOf(result)).to.contain('không được ký bằng khóa nào của BHXH Việt Nam');
    expect(keyRequests, 'keys asked again, past the cache').to.equal(1);
    await waitFor(() => events.length === 1);
    expect(events[0]!.reason).to.equal('unknown_key');
  });

  it('a proof signed after a key rotation is VALID: the new key is fetched when the kept ones do not know it', async () => {
    const el = await mountVerifier();
    const rotated = await fetch('/api/dev/proofs/rotate-key', { method: 'POST' });
    expect(rotated.ok).to.equal(true);
    const { proof } = await tokenOf();
    paste(el, proof.token);
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
  });

  it('text that is no proof at all is NOT GENUINE (not a VssID code)', async () => {
    const el = await mountVerifier();
    paste(el, 'https://example.com/khuyen-mai');
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Không phải mã thật');
    expect(textOf(result)).to.contain('Đây không phải mã chia sẻ thông tin của VssID');
  });

  it('offline: the kept keys still verify, and the result says it was verified offline only', async () => {
    const { proof } = await tokenOf();
    // a first visit online keeps the keys
    const first = await mountVerifier();
    first.remove();
    // a later visit: the client's short cache is gone, the device's copy of the keys is not
    (publicClient('/api') as VssClient).invalidate();
    await injectFault({ path: '/api/proofs/*', kind: 'network' });
    const el = await mountVerifier();
    const notice = await waitFor(() => maybeDeep(el, '[part="offline"]'), 8000, 'offline notice');
    expect(textOf(notice)).to.contain('đang dùng khóa kiểm tra đã lưu lúc');
    const events = verified(el);
    paste(el, proof.token);
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
    expect(textOf(result)).to.contain(
      'Chỉ kiểm tra ngoại tuyến: không kết nối được máy chủ nên chưa biết mã có bị thu hồi không.',
    );
    await waitFor(() => events.length === 1);
    expect(events[0]).to.include({ verdict: 'valid', online: 'unreachable' });
    await expectNoAxeViolations(el);
    // back online: "Kết nối lại" fetches the keys and the notice goes
    await clearFaults();
    deep<HTMLButtonElement>(notice, 'button').click();
    await waitFor(() => !maybeDeep(el, '[part="offline"]'), 8000, 'online again');
  });

  it('with no keys kept and no network: the error state, and its retry loads the keys', async () => {
    await injectFault({ path: '/api/proofs/keys', kind: 'status', status: 503 });
    const el = await mount<VssVerifyProof>(html`<vss-verify-proof api-base="/api"></vss-verify-proof>`);
    const error = await waitFor(() => maybeDeep(el, '.state.error'), 10000, 'error state');
    expect(textOf(error)).to.contain('Hệ thống đang gặp sự cố');
    expect(!!maybeDeep(el, 'form.paste')).to.equal(false);
    await expectNoAxeViolations(el);
    await clearFaults();
    deep<HTMLButtonElement>(error, 'button').click();
    await waitFor(() => maybeDeep(el, 'form.paste'), 8000, 'the tool');
  });

  it('reads a photo of a QR code (decoder loaded on demand), and says when a photo has none', async () => {
    const decoder = countDecoderLoads();
    try {
      const { proof } = await tokenOf(['card_group']);
      const el = await mountVerifier();
      const events = verified(el);
      // a QR of the token, drawn the way the share element draws it
      const { qrSvg } = await import('../../packages/elements/src/shared/qr-svg.js');
      const { render } = await import('lit');
      const holder = document.createElement('div');
      render(qrSvg(proof.token, 'qr', 'L'), holder);
      const { qrCanvas } = await import('../support/qr-raster.js');
      const photo = await canvasFile(await qrCanvas(holder.querySelector('svg')!, 900, 500), 'anh.png');
      chooseFile(deep<HTMLInputElement>(el, '#photo'), photo);
      await verdictOf_(el);
      expect(word(el)).to.equal('Hợp lệ');
      await waitFor(() => events.length === 1);
      expect(events[0]).to.include({ verdict: 'valid', source: 'photo' });
      expect(decoder.count()).to.equal(1);
      // a photo with no code in it
      const blank = document.createElement('canvas');
      blank.width = blank.height = 300;
      blank.getContext('2d')!.fillRect(0, 0, 100, 100);
      chooseFile(deep<HTMLInputElement>(el, '#photo'), await canvasFile(blank));
      const error = await waitFor(() => maybeDeep(el, '#photo-error'), 8000, 'photo error');
      expect(textOf(error)).to.contain('Không tìm thấy mã QR trong ảnh');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(!!maybeDeep(el, '[part="result"]')).to.equal(false);
      // a file that is no image
      chooseFile(deep<HTMLInputElement>(el, '#photo'), new File(['xin chào'], 'ghi-chu.txt', { type: 'text/plain' }));
      await waitFor(() => textOf(deep(el, '#photo-error')).includes('Không mở được tệp này'), 8000, 'not an image');
      await expectNoAxeViolations(el);
    } finally {
      decoder.restore();
    }
  });

  it('a decoder that fails to load says so, and its retry loads it', async () => {
    const real = verifyParts.decoder;
    verifyParts.decoder = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await mountVerifier();
      const blank = document.createElement('canvas');
      blank.width = blank.height = 50;
      chooseFile(deep<HTMLInputElement>(el, '#photo'), await canvasFile(blank));
      const error = await waitFor(() => maybeDeep(el, '#photo-error'), 8000, 'photo error');
      expect(textOf(error)).to.contain('Không tải được bộ đọc mã QR');
      const part = await waitFor(() => maybeDeep(el, '.readers .state.error'));
      verifyParts.decoder = real;
      deep<HTMLButtonElement>(part, 'button').click();
      await waitFor(() => !maybeDeep(el, '.readers .state.error'), 8000, 'decoder loaded');
    } finally {
      verifyParts.decoder = real;
    }
  });

  it('a checking part that fails to load shows its error with a retry, which then checks', async () => {
    const real = verifyParts.check;
    verifyParts.check = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { proof } = await tokenOf();
      const el = await mountVerifier();
      paste(el, proof.token);
      const error = await waitFor(() => maybeDeep(el, '.state.error'), 8000, 'part error');
      expect(error.getAttribute('role')).to.equal('alert');
      // the error can show (the part failed ahead of need) while the check that asked for it is still ending
      await waitFor(() => !deep<HTMLButtonElement>(el, '[part="check-button"]').disabled, 8000, 'check ended');
      verifyParts.check = real;
      deep<HTMLButtonElement>(error, 'button').click();
      await waitFor(() => !maybeDeep(el, '.state.error'), 8000, 'part loaded');
      paste(el, proof.token);
      await verdictOf_(el);
      expect(word(el)).to.equal('Hợp lệ');
    } finally {
      verifyParts.check = real;
    }
  });

  it('camera refused, missing or impossible: each says what to do instead', async () => {
    const md = navigator.mediaDevices;
    const original = md.getUserMedia;
    try {
      const el = await mountVerifier();
      md.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      deep<HTMLButtonElement>(el, '[part="camera-button"]').click();
      let problem = await waitFor(() => maybeDeep(el, '[part="camera-problem"]'));
      expect(textOf(problem)).to.contain('Chưa được phép dùng camera');
      expect(problem.getAttribute('role')).to.equal('alert');
      await expectNoAxeViolations(el);
      md.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
      deep<HTMLButtonElement>(el, '[part="camera-button"]').click();
      await waitFor(() => textOf(deep(el, '[part="camera-problem"]')).includes('Không tìm thấy camera'));
      // no camera API at all (a page not on https): no camera button, and a note
      Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
      el.requestUpdate();
      await settle(el);
      expect(!!maybeDeep(el, '[part="camera-button"]')).to.equal(false);
      problem = deep(el, '[part="camera-problem"]');
      expect(textOf(problem)).to.contain('Trình duyệt này không mở được camera');
    } finally {
      delete (navigator as { mediaDevices?: unknown }).mediaDevices;
      navigator.mediaDevices.getUserMedia = original;
    }
  });

  it('the camera stops on "Dừng camera" (focus back) and when the element leaves the page', async function () {
    await skipIn(this, ['webkit'], NO_STREAM_PLAYBACK);
    const md = navigator.mediaDevices;
    const original = md.getUserMedia;
    const streams: MediaStream[] = [];
    md.getUserMedia = async () => {
      const c = document.createElement('canvas');
      c.width = c.height = 64;
      c.getContext('2d')!.fillRect(0, 0, 64, 64);
      const s = c.captureStream(5);
      streams.push(s);
      return s;
    };
    try {
      const el = await mountVerifier();
      deep<HTMLButtonElement>(el, '[part="camera-button"]').click();
      const video = await waitFor(() => maybeDeep<HTMLVideoElement>(el, 'video'));
      await waitFor(() => video.srcObject === streams[0], 3000, 'the stream on screen');
      await waitFor(() => active(el)?.id === 'stop-camera', 3000, 'focus on stop');
      await expectNoAxeViolations(el);
      deep<HTMLButtonElement>(el, '#stop-camera').click();
      await waitFor(() => streams[0]!.getTracks().every((t) => t.readyState === 'ended'), 2000, 'tracks ended');
      expect(!!maybeDeep(el, 'video')).to.equal(false);
      await waitFor(() => active(el)?.id === 'camera-button', 2000, 'focus back');
      // again, then the element is taken off the page
      deep<HTMLButtonElement>(el, '[part="camera-button"]').click();
      await waitFor(() => streams.length === 2 && maybeDeep(el, 'video'));
      el.remove();
      await waitFor(
        () => streams[1]!.getTracks().every((t) => t.readyState === 'ended'),
        2000,
        'tracks ended on disconnect',
      );
    } finally {
      md.getUserMedia = original;
    }
  });

  it("uses the browser's BarcodeDetector when it reads QR codes, without loading the decoder", async function () {
    await skipIn(this, ['webkit'], NO_STREAM_PLAYBACK);
    const decoder = countDecoderLoads();
    const md = navigator.mediaDevices;
    const original = md.getUserMedia;
    const { proof } = await tokenOf();
    class FakeDetector {
      static async getSupportedFormats() {
        return ['qr_code', 'ean_13'];
      }
      async detect() {
        return [{ rawValue: proof.token }];
      }
    }
    (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector = FakeDetector;
    md.getUserMedia = async () => {
      const c = document.createElement('canvas');
      c.width = c.height = 64;
      c.getContext('2d')!.fillRect(0, 0, 64, 64);
      return c.captureStream(5);
    };
    try {
      const el = await mountVerifier();
      const events = verified(el);
      deep<HTMLButtonElement>(el, '[part="camera-button"]').click();
      await verdictOf_(el);
      expect(word(el)).to.equal('Hợp lệ');
      await waitFor(() => events.length === 1);
      expect(events[0]!.source).to.equal('camera');
      expect(decoder.count()).to.equal(0);
    } finally {
      delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
      md.getUserMedia = original;
      decoder.restore();
    }
  });

  it('keeps nothing it read: no token in any storage, and leaving the page forgets the result', async () => {
    const { proof } = await tokenOf();
    const el = await mountVerifier();
    paste(el, proof.token);
    await verdictOf_(el);
    // everything the page stored, but the mock backend's own state (the server side, run in this page)
    const stored = [localStorage, sessionStorage]
      .flatMap((st) =>
        Object.keys(st)
          .filter((k) => k !== 'vssid-mock-backend')
          .map((k) => st.getItem(k)),
      )
      .join('\n');
    expect(stored).to.contain('"keys"');
    expect(stored).not.to.contain(proof.token);
    expect(stored).not.to.contain(proof.id);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await settle(el);
    expect(!!maybeDeep(el, '[part="result"]')).to.equal(false);
    expect(deep<HTMLTextAreaElement>(el, '#paste').value).to.equal('');
  });

  it('checks a proof handed over by property (e.g. from a link), and api-base is where keys and status come from', async () => {
    const { proof } = await tokenOf();
    const seen: string[] = [];
    worker.use(
      http.get('*/kiem-tra/api/proofs/keys', async () => {
        seen.push('keys');
        return HttpResponse.json(await (await fetch('/api/proofs/keys')).json());
      }),
      http.get('*/kiem-tra/api/proofs/:id/status', async ({ params }) => {
        seen.push('status');
        return HttpResponse.json(await (await fetch(`/api/proofs/${String(params['id'])}/status`)).json());
      }),
    );
    const el = await mountVerifier(html`<vss-verify-proof api-base="/kiem-tra/api/"></vss-verify-proof>`);
    const events = verified(el);
    el.proof = `#proof=${proof.token}`;
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
    expect(seen).to.deep.equal(['keys', 'status']);
    expect(el.proof).to.equal('');
    await waitFor(() => events.length === 1);
    expect(events[0]!.source).to.equal('link');
  });

  it('a proof handed over before the element first renders waits for the keys, then is checked', async () => {
    const { proof } = await tokenOf();
    const el = await mount<VssVerifyProof>(
      html`<vss-verify-proof api-base="/api" .proof=${proof.token}></vss-verify-proof>`,
    );
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
  });

  it("under a provider without api-base it uses the provider's client", async () => {
    const provider = await mount<HTMLElement>(
      html`<vss-provider memory-only><vss-verify-proof></vss-verify-proof></vss-provider>`,
    );
    const el = provider.querySelector('vss-verify-proof')!;
    await waitFor(() => maybeDeep(el, 'form.paste'), 8000, 'the tool');
    const { proof } = await tokenOf();
    paste(el, proof.token);
    await verdictOf_(el);
    expect(word(el)).to.equal('Hợp lệ');
  });

  it('speaks English: verdicts in large plain words, claims in English', async () => {
    await switchLocale('en');
    const { proof } = await tokenOf(['card_benefit_level']);
    const el = await mountVerifier();
    expect(textOf(el)).to.contain('Check an information code');
    paste(el, proof.token);
    const result = await verdictOf_(el);
    expect(word(el)).to.equal('Valid');
    expect(textOf(result)).to.contain('Checked online: not revoked.');
    expect(textOf(result)).to.contain(
      'Health insurance benefit level Level 4: the health insurance fund pays 80% of covered medical costs',
    );
    await expectNoAxeViolations(el);
  });

  it('fits 320 px with a verdict on screen', async () => {
    await setViewport({ width: 320, height: 700 });
    const { proof } = await tokenOf([...proofClaimNames]);
    const el = await mountVerifier();
    paste(el, proof.token);
    await verdictOf_(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('verdictOf: the online answer overrides a valid signature only to say revoked, expired or unknown', () => {
    const ok = { ok: true as const, claims: {}, expiresAt: '', issuedAt: '', id: 'p1', issuer: 'x', kid: 'k' };
    expect(verdictOf(ok, 'active')).to.deep.equal({ verdict: 'valid' });
    expect(verdictOf(ok, 'unreachable')).to.deep.equal({ verdict: 'valid' });
    expect(verdictOf(ok, 'revoked')).to.deep.equal({ verdict: 'revoked' });
    expect(verdictOf(ok, 'expired')).to.deep.equal({ verdict: 'expired' });
    expect(verdictOf(ok, 'unknown')).to.deep.equal({ verdict: 'not-genuine', reason: 'unknown_to_issuer' });
    expect(verdictOf({ ok: false, reason: 'expired' }, 'not-checked')).to.deep.equal({ verdict: 'expired' });
    expect(verdictOf({ ok: false, reason: 'not_yet_valid' }, 'not-checked')).to.deep.equal({
      verdict: 'not-genuine',
      reason: 'not_yet_valid',
    });
  });
});
