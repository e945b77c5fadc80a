import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { VssClient, type Proof, type ProofClaimName } from '@vssid/core';
import { faultyFetch, type VssStoryParameters } from '../.storybook/vss-story.js';
import { loadKeys } from '../packages/elements/src/verify-proof/keys.js';

const meta = {
  title: 'Phần tử/vss-verify-proof',
  id: 'vss-verify-proof',
  component: 'vss-verify-proof',
  parameters: {
    docs: {
      description: {
        component:
          'Kiểm tra mã chia sẻ thông tin, cho cổng của phòng khám, nhà tuyển dụng, ngân hàng: đọc mã bằng camera (`BarcodeDetector` nếu trình duyệt có, nếu không thì bộ giải mã nhỏ chỉ tải khi cần), từ ảnh hoặc dán vào; kiểm tra chữ ký ngay trên thiết bị bằng khóa công khai tải từ `api-base` (khóa được giữ lại để dùng khi mất mạng; không bao giờ lưu mã đã đọc); hỏi máy chủ mã có bị thu hồi không khi có mạng và nói rõ đã kiểm tra theo cách nào. Kết luận bằng chữ lớn: Hợp lệ, Đã hết hạn, Không phải mã thật, Đã bị thu hồi. Phát `vss-proof-verified`.',
      },
    },
  },
  render: () => html`<vss-verify-proof></vss-verify-proof>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A proof made by a citizen's own client (not the story's), as a phone would show it. */
async function citizenProof(claims: ProofClaimName[], ttlMinutes = 30, revoke = false): Promise<Proof> {
  const c = new VssClient({ baseUrl: '/api' });
  await c.login('7901234567', 'VssID@2026');
  const proof = await c.createProof({ claims, ttlMinutes });
  if (revoke) await c.revokeProof(proof.id);
  return proof;
}

/** The verifier, handed `token` once it is made (as a link's `#proof=` would), inside `wrap`. */
function verifying(
  make: () => Promise<{ token: string; now?: string }>,
  wrap: (el: TemplateResult) => TemplateResult = (el) => el,
): (args: unknown) => TemplateResult {
  return () =>
    html`${until(
      make().then(({ token, now }) =>
        wrap(html`<vss-verify-proof .proof=${token} now=${now ?? ''}></vss-verify-proof>`),
      ),
      html`<p>…</p>`,
    )}`;
}

/** Waits for something in the verifier's shadow root. */
async function shadowOf(root: HTMLElement, selector: string): Promise<HTMLElement> {
  await customElements.whenDefined('vss-verify-proof');
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector('vss-verify-proof')?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`vss-verify-proof: ${selector} never showed`);
}

/** Opens the camera with `getUserMedia` failing as `name`, then puts the real one back. */
async function cameraFails(root: HTMLElement, name: string): Promise<void> {
  const md = navigator.mediaDevices;
  const real = md.getUserMedia;
  md.getUserMedia = () => Promise.reject(new DOMException('Camera refused (story)', name));
  try {
    (await shadowOf(root, '[part="camera-button"]')).click();
    await shadowOf(root, '[part="camera-problem"]');
  } finally {
    md.getUserMedia = real;
  }
}

/** Ready: keys fetched, camera, photo and paste offered. */
export const Ready: Story = {};

export const LoadingKeys: Story = {
  parameters: {
    vssFault: { path: '/api/proofs/keys', kind: 'latency', delayMs: 120_000 },
  } satisfies VssStoryParameters,
};

/** No keys on the device and the server fails: the error state with "Thử lại". */
export const KeysServerError: Story = {
  parameters: { vssFault: { path: '/api/proofs/keys', kind: 'status', status: 500 } } satisfies VssStoryParameters,
};

export const KeysNetworkError: Story = {
  parameters: { vssFault: { path: '/api/proofs/keys', kind: 'network' } } satisfies VssStoryParameters,
};

/** A genuine proof, checked online: "Hợp lệ" with what it shows. */
export const Valid: Story = {
  render: verifying(async () => ({
    token: (
      await citizenProof(['card_valid', 'card_benefit_level', 'card_group', 'bhxh_years', 'full_name', 'birth_year'])
    ).token,
  })),
};

/**
 * Offline: the keys kept on the device from an earlier visit verify the signature; the server cannot be
 * asked about revocation, and the result says so.
 */
export const ValidOfflineOnly: Story = {
  render: verifying(
    async () => {
      await loadKeys(new VssClient({ baseUrl: '/api' })); // the earlier visit
      return { token: (await citizenProof(['card_valid', 'birth_year'])).token };
    },
    (el) => {
      const offline = new VssClient({
        baseUrl: '/api',
        fetch: faultyFetch({ path: '/api/proofs/*', kind: 'network' }, fetch),
      });
      return html`<vss-provider .client=${offline}>${el}</vss-provider>`;
    },
  ),
};

/** Judged after its end: "Đã hết hạn". */
export const Expired: Story = {
  render: verifying(async () => {
    const proof = await citizenProof(['card_valid'], 5);
    return { token: proof.token, now: new Date(Date.parse(proof.expiresAt) + 10 * 60_000).toISOString() };
  }),
};

/** Revoked by the citizen: "Đã bị thu hồi" after the online check. */
export const Revoked: Story = {
  render: verifying(async () => ({ token: (await citizenProof(['full_name'], 30, true)).token })),
};

/** Altered after signing (another birth year): "Không phải mã thật". */
export const NotGenuine: Story = {
  render: verifying(async () => {
    const [h, p, s] = (await citizenProof(['birth_year'])).token.split('.') as [string, string, string];
    const payload = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    payload['birth_year'] = 1950;
    const forged = btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    return { token: `${h}.${forged}.${s}` };
  }),
};

/** "Kiểm tra" with nothing pasted. */
export const PasteError: Story = {
  play: async ({ canvasElement }) => {
    (await shadowOf(canvasElement, '[part="check-button"]')).click();
    await shadowOf(canvasElement, '#paste-error');
  },
};

/** The camera was refused (by the person or the browser). */
export const CameraDenied: Story = { play: ({ canvasElement }) => cameraFails(canvasElement, 'NotAllowedError') };

/** No camera on the device. */
export const CameraUnavailable: Story = { play: ({ canvasElement }) => cameraFails(canvasElement, 'NotFoundError') };

/** A portal that points the verifier at the issuer's API itself, without a provider. */
export const WithApiBase: Story = { render: () => html`<vss-verify-proof api-base="/api"></vss-verify-proof>` };
