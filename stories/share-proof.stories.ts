import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import type { ProofClaimName, VssApi } from '@vssid/core';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-share-proof',
  id: 'vss-share-proof',
  component: 'vss-share-proof',
  parameters: {
    docs: {
      description: {
        component:
          'Chia sẻ thông tin bằng mã QR có chữ ký: người dân chọn đúng những gì muốn cho xem (giá trị thẻ, mức hưởng, đối tượng, thời gian đóng BHXH, thời gian tham gia BHYT liên tục, họ tên, năm sinh) và thời hạn (5 phút đến 24 giờ). Mã QR là chính token (JWS ES256), đọc được bằng mọi máy quét; có đồng hồ đếm ngược (trình đọc màn hình chỉ nghe ở các mốc 60, 30, 15, 10, 5, 2, 1 phút và khi hết hạn), danh sách điều bên kia sẽ thấy, các mã còn hiệu lực và nút thu hồi (có xác nhận). `verify-url` là trang kiểm tra của bên nhận: "Sao chép liên kết" và "Chia sẻ" cho `verify-url#proof=…`. Phát `vss-proof-created` và `vss-proof-revoked` (không bao giờ kèm token).',
      },
    },
  },
  render: () => html`<vss-share-proof></vss-share-proof>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;
const proofs = '/api/me/proofs';

/** Makes `count` proofs for the story's signed-in citizen before the element is shown. */
function withProofs(count: number, claims: ProofClaimName[] = ['card_valid', 'card_benefit_level']) {
  return (_args: unknown, { loaded }: { loaded: Record<string, unknown> }) => {
    const api = loaded['vssClient'] as VssApi;
    const made = (async () => {
      for (let i = 0; i < count; i++)
        await api.createProof({
          claims: i % 2 ? ['full_name', 'birth_year'] : claims,
          ttlMinutes: [15, 60, 1440][i % 3]!,
        });
      return html`<vss-share-proof></vss-share-proof>`;
    })();
    return html`${until(made, html`<p>…</p>`)}`;
  };
}

/** Waits for something in the element's shadow root. */
async function shadowOf(root: HTMLElement, selector: string): Promise<HTMLElement> {
  await customElements.whenDefined('vss-share-proof');
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector('vss-share-proof')?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`vss-share-proof: ${selector} never showed`);
}

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** Signed in, no proof yet: the choice of claims and lifetime, and an empty list. */
export const Empty: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

/** Three live proofs, each with "Hiện mã" and "Thu hồi". */
export const WithProofs: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: withProofs(3),
};

/** A proof on screen: the QR, the time left and what the other side will see. */
export const ShowingProof: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: withProofs(1, ['card_valid', 'card_benefit_level', 'card_group', 'bhxh_years', 'bhyt_continuous_years']),
  play: async ({ canvasElement }) => {
    const show = await shadowOf(canvasElement, '.proof .actions .button:not(.danger-text)');
    show.click();
    await shadowOf(canvasElement, '[part="qr"] svg');
  },
};

/** "Thu hồi" asks first; focus is on "Không thu hồi". */
export const RevokeConfirmation: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: withProofs(1),
  play: async ({ canvasElement }) => {
    (await shadowOf(canvasElement, '[part="revoke-button"]')).click();
    await shadowOf(canvasElement, '[part="confirm"]');
  },
};

/** "Tạo mã QR" with nothing chosen: the error summary and the marked group of choices. */
export const ValidationError: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    (await shadowOf(canvasElement, '[part="create-button"]')).click();
    await shadowOf(canvasElement, '#error-summary');
  },
};

/** Twenty live proofs already (the most allowed): a new one is refused with what to do. */
export const TooManyProofs: Story = {
  // another account than the other stories': a docs page shows them all on one backend
  parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters,
  render: withProofs(20),
  play: async ({ canvasElement }) => {
    (await shadowOf(canvasElement, '#c-birth_year')).click();
    (await shadowOf(canvasElement, '[part="create-button"]')).click();
    await shadowOf(canvasElement, 'form .state.error');
  },
};

/** The portal chooses the claims ticked at first, the lifetime and the page that verifies. */
export const Preselected: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () =>
    html`<vss-share-proof claims="card_valid card_benefit_level" ttl="45" verify-url="https://phongkham.example/kiem-tra"></vss-share-proof>`,
};

export const ServerError: Story = signedInWithFault(proofs, { kind: 'status', status: 500 });
export const NetworkError: Story = signedInWithFault(proofs, { kind: 'network' });
export const MalformedData: Story = signedInWithFault(proofs, { kind: 'schema-break' });
export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};
/** Not signed in: the element asks the page's login box to open. */
export const SignedOut: Story = {};
