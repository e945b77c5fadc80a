// A proof shown by <vss-share-proof> and read by <vss-verify-proof> through its camera: the share element's
// own QR drawn on a canvas whose captureStream() stands in for the camera (navigator.mediaDevices is
// stubbed), with no BarcodeDetector, so the decoder the verifier loads on demand reads the video frames.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { setViewport } from '../support/commands.js';
import { VssClient, proofClaimNames } from '@vssid/core';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/share-proof/share-proof.js';
import '../../packages/elements/src/verify-proof/verify-proof.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import type { VssShareProof } from '../../packages/elements/src/share-proof/share-proof.js';
import type { ProofVerifiedDetail, VssVerifyProof } from '../../packages/elements/src/verify-proof/verify-proof.js';
import { publicClient } from '../../packages/elements/src/verify-proof/public-client.js';
import { advanceClock, clearFaults, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { canvasFile, chooseFile, qrCanvas } from '../support/qr-raster.js';

const WORKER = { code: '7901234567', password: 'VssID@2026' };

interface Pages {
  share: VssShareProof;
  verify: VssVerifyProof;
  api: VssClient;
}

/** The citizen's page (signed in) and the clinic's page (its own client on api-base) side by side. */
async function pages(): Promise<Pages> {
  const root = await mount<HTMLElement>(html`<div class="pages">
    <vss-provider memory-only><vss-share-proof></vss-share-proof></vss-provider>
    <vss-verify-proof api-base="/api"></vss-verify-proof>
  </div>`);
  const provider = root.querySelector<VssProvider>('vss-provider')!;
  await settle(provider);
  const api = provider.apiClient as VssClient;
  await api.login(WORKER.code, WORKER.password);
  const share = provider.querySelector('vss-share-proof')!;
  const verify = root.querySelector('vss-verify-proof')!;
  await waitFor(() => maybeDeep(share, 'form[part="form"]'), 8000, 'the share form');
  await waitFor(() => maybeDeep(verify, 'form.paste'), 8000, 'the verifier');
  return { share, verify, api };
}

/** The citizen picks `claims` and makes a proof; resolves with the QR as shown. */
async function show(share: VssShareProof, claims: string[], ttl = 15): Promise<SVGSVGElement> {
  for (const c of claims) deep<HTMLInputElement>(share, `#c-${c}`).click();
  const select = deep<HTMLSelectElement>(share, '#f-ttl');
  select.value = String(ttl);
  select.dispatchEvent(new Event('change'));
  deep<HTMLButtonElement>(share, '[part="create-button"]').click();
  return waitFor(() => maybeDeep<SVGSVGElement>(share, '[part="qr"] svg'), 8000, 'the QR');
}

/**
 * A camera filming `svg`: a canvas redrawn a few times a second (as a live picture is) whose stream is what
 * getUserMedia returns. Resolves the tracks so a test can see them end.
 */
async function cameraOn(svg: SVGSVGElement): Promise<{ stream: MediaStream; restore: () => void }> {
  const still = await qrCanvas(svg, 640, 520);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 640;
  const ctx = canvas.getContext('2d')!;
  const paint = () => ctx.drawImage(still, 0, 0);
  paint();
  const timer = setInterval(paint, 100);
  const stream = canvas.captureStream(10);
  const md = navigator.mediaDevices;
  const original = md.getUserMedia;
  let asked: MediaStreamConstraints | undefined;
  md.getUserMedia = async (c?: MediaStreamConstraints) => {
    asked = c;
    return stream;
  };
  return {
    stream,
    restore: () => {
      clearInterval(timer);
      md.getUserMedia = original;
      expect(asked?.audio, 'no microphone asked for').to.equal(false);
    },
  };
}

async function scan(verify: VssVerifyProof): Promise<HTMLElement> {
  deep<HTMLButtonElement>(verify, '[part="camera-button"]').click();
  return waitFor(
    () => {
      const r = maybeDeep(verify, '[part="result"]');
      return r && !/Đang hỏi máy chủ/.test(textOf(r)) ? r : null;
    },
    15000,
    'the verdict',
  );
}

function verified(el: HTMLElement): ProofVerifiedDetail[] {
  const list: ProofVerifiedDetail[] = [];
  el.addEventListener('vss-proof-verified', (e) => list.push(e.detail));
  return list;
}

describe('a proof shown by vss-share-proof, read by vss-verify-proof through the camera', function () {
  this.timeout(30000);
  before(() => startBackend());
  beforeEach(async () => {
    await resetBackend();
    localStorage.clear();
    (publicClient('/api') as VssClient).invalidate();
    await setViewport({ width: 1000, height: 900 });
    expect('BarcodeDetector' in window, 'this Chromium has no BarcodeDetector: the decoder reads the frames').to.equal(
      false,
    );
  });
  afterEach(async () => {
    cleanup();
    await clearFaults();
  });

  it('VALID, checked online, with exactly the claims the citizen chose; the camera stops once read', async () => {
    const { share, verify } = await pages();
    const svg = await show(share, [...proofClaimNames]);
    const events = verified(verify);
    const camera = await cameraOn(svg);
    try {
      const t0 = performance.now();
      const result = await scan(verify);
      const took = performance.now() - t0;
      expect(textOf(deep(verify, '#verdict'))).to.equal('Hợp lệ');
      expect(textOf(result)).to.contain('Đã kiểm tra trực tuyến: mã chưa bị thu hồi.');
      // the verifier shows what the share element said the other side would see, line for line
      const said = [...share.shadowRoot!.querySelectorAll('[part="claims"] .claim')].map((c) => textOf(c));
      const seen = [...result.querySelectorAll('[part="claims"] .claim')].map((c) => textOf(c));
      expect(seen).to.deep.equal(said);
      expect(seen).to.have.length(7);
      await waitFor(() => events.length === 1);
      expect(events[0]).to.include({ verdict: 'valid', online: 'active', source: 'camera' });
      // the camera is off: every track ended, no video on screen
      expect(camera.stream.getTracks().every((t) => t.readyState === 'ended')).to.equal(true);
      expect(!!maybeDeep(verify, 'video')).to.equal(false);
      expect(took, 'read and verified within the test timeout').to.be.below(15000);
    } finally {
      camera.restore();
    }
  });

  it('REVOKED once the citizen revokes it in the share element', async () => {
    const { share, verify } = await pages();
    const svg = await show(share, ['card_valid']);
    deep<HTMLButtonElement>(share, '[part="revoke-button"]').click();
    const yes = await waitFor(() => maybeDeep<HTMLButtonElement>(share, '[part="confirm"] .button.danger'));
    yes.click();
    await waitFor(() => textOf(deep(share, '#list-title')) === 'Mã còn hiệu lực (0)', 5000, 'revoked');
    const camera = await cameraOn(svg);
    try {
      const result = await scan(verify);
      expect(textOf(deep(verify, '#verdict'))).to.equal('Đã bị thu hồi');
      expect(textOf(result)).to.contain('Đã kiểm tra trực tuyến: mã đã bị thu hồi.');
      expect(!!result.querySelector('[part="claims"]')).to.equal(false);
    } finally {
      camera.restore();
    }
  });

  it('EXPIRED once the mock clock passes its end', async () => {
    const { share, verify } = await pages();
    const svg = await show(share, ['birth_year'], 5);
    await advanceClock(6 * 60_000);
    const camera = await cameraOn(svg);
    try {
      const result = await scan(verify);
      expect(textOf(deep(verify, '#verdict'))).to.equal('Đã hết hạn');
      expect(textOf(result)).to.contain('máy chủ ghi nhận mã đã hết hạn');
    } finally {
      camera.restore();
    }
  });

  it("VALID from a photo of the share element's QR too", async () => {
    const { share, verify } = await pages();
    const svg = await show(share, ['full_name', 'birth_year']);
    const events = verified(verify);
    const photo = await canvasFile(await qrCanvas(svg, 1200, 700), 'chup-man-hinh.png');
    chooseFile(deep<HTMLInputElement>(verify, '#photo'), photo);
    await waitFor(() => events.length === 1, 15000, 'the verdict');
    expect(events[0]).to.include({ verdict: 'valid', online: 'active', source: 'photo' });
    expect(events[0]!.claims).to.have.keys(['full_name', 'birth_year']);
  });
});
