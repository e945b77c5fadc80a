import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import type { VssApi } from '@vssid/core';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';
import { cardParts } from '../packages/elements/src/bhyt-card/parts.js';

const meta = {
  title: 'Phần tử/vss-bhyt-card',
  id: 'vss-bhyt-card',
  component: 'vss-bhyt-card',
  parameters: {
    docs: {
      description: {
        component:
          'Thẻ BHYT điện tử: họ tên, ngày sinh, giới tính, mã thẻ tách từng phần và giải thích bằng lời, nơi đăng ký KCB ban đầu, giá trị sử dụng, thời điểm đủ 05 năm liên tục và mã QR (`show-qr`). Có chế độ tra cứu công khai (`card-number`, `full-name`, `birth-date`), dạng gọn (`compact`) và bản lưu ngoại tuyến. Khi in, cổng tự đặt khổ giấy bằng `@page { size: A4 }` hoặc `A6`.',
      },
    },
  },
  render: () => html`<vss-bhyt-card show-qr></vss-bhyt-card>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const card = () => '/api/me/card';

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** A citizen with no card yet (the server answers 404). */
export const Empty: Story = signedInWithFault(card(), { kind: 'status', status: 404 });

export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

export const ServerError: Story = signedInWithFault(card(), { kind: 'status', status: 500 });

export const NetworkError: Story = signedInWithFault(card(), { kind: 'network' });

export const MalformedData: Story = signedInWithFault(card(), { kind: 'schema-break' });

export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};

/** Not signed in at all: the card asks the page's login box to open. */
export const SignedOut: Story = {};

/** Household GD4 card past its end date (check code 010): cross icon, words and a double border. */
export const Expired: Story = { parameters: { vssAccount: 'expired' } satisfies VssStoryParameters };

/** Reported as leaving by the employer (báo giảm, check code 122): pause icon, words and a dotted border. */
export const Suspended: Story = { parameters: { vssAccount: 'suspended' } satisfies VssStoryParameters };

/** A child's free TE1 card, judged 10 days before it ends: "Sắp hết hạn" with a dashed border. */
export const ExpiringSoon: Story = {
  parameters: { vssAccount: 'child' } satisfies VssStoryParameters,
  render: (_args, { loaded }) => {
    // The mock dates the child's card from today, so the story asks for it and judges it 10 days before its end.
    const api = loaded['vssClient'] as VssApi;
    const shown = api.card().then((c) => {
      const end = Date.parse((c.validTo ?? '2099-12-31') + 'T00:00:00Z');
      const today = new Date(end - 10 * 86_400_000).toISOString().slice(0, 10);
      return html`<vss-bhyt-card show-qr today=${today}></vss-bhyt-card>`;
    });
    return html`${until(shown, html`<vss-bhyt-card show-qr></vss-bhyt-card>`)}`;
  },
};

export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };

export const MustChangePassword: Story = { parameters: { vssAccount: 'must-change' } satisfies VssStoryParameters };

export const Compact: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => html`<vss-bhyt-card compact></vss-bhyt-card>`,
};

/** "Tra cứu giá trị sử dụng thẻ BHYT": wrong details give the not-found state, no login needed. */
export const PublicLookupNotFound: Story = {
  render: () =>
    html`<vss-bhyt-card card-number="DN4797901234567" full-name="Nguyễn Văn A" birth-date="1990-01-01"></vss-bhyt-card>`,
};

/** The explainer on its own, as a portal's "Giải thích mã thẻ" page. */
export const ExplainMyCard: Story = {
  render: () => html`<vss-card-explain code="HT3151501234567"></vss-card-explain>`,
};

/**
 * The card's parts that come on demand swap their loaders for one story (cardParts is one object per page), and
 * put them back as soon as the card has asked, so the other stories of a docs page load theirs for real.
 */
const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The card's words are there; its QR encoder is still on its way: a same-size, named placeholder. */
export const QrLoading: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => {
    const real = cardParts.qr;
    cardParts.qr = () => new Promise(() => {});
    const el = document.createElement('vss-bhyt-card');
    el.showQr = true;
    void el.updateComplete.then(() => (cardParts.qr = real));
    return el;
  },
};

/** The QR encoder could not be downloaded: the card stays whole, the QR's place says so and offers "Thử lại". */
export const QrLoadFailed: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => {
    const real = cardParts.qr;
    // fails once; "Thử lại" then loads it for real
    cardParts.qr = () => ((cardParts.qr = real), failedChunk());
    return html`<vss-bhyt-card show-qr></vss-bhyt-card>`;
  },
};

/** "Giải thích mã thẻ" opened while its code could not be downloaded: the error state with "Thử lại" inside the box. */
export const ExplainLoadFailed: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-bhyt-card');
    const el = canvasElement.querySelector('vss-bhyt-card')!;
    const summary = await new Promise<HTMLElement>((resolve) => {
      const look = () => {
        const s = el.shadowRoot?.querySelector<HTMLElement>('[part="explain"] summary');
        if (s) resolve(s);
        else setTimeout(look, 50);
      };
      look();
    });
    const real = cardParts.explain;
    cardParts.explain = () => ((cardParts.explain = real), failedChunk());
    summary.click();
  },
};
