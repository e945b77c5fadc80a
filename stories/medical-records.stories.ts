import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-medical-records',
  id: 'vss-medical-records',
  component: 'vss-medical-records',
  parameters: {
    docs: {
      description: {
        component:
          'Sổ khám chữa bệnh BHYT: danh sách ảo hóa, mới nhất trước, tự tải trang tiếp khi cuộn (và nút "Tải thêm"), lọc theo khoảng ngày, cơ sở KCB, nội trú/ngoại trú, tổng chi phí theo bộ lọc từ máy chủ, và hộp thoại chi tiết (Enter mở, Escape đóng, trả tiêu điểm về dòng).',
      },
    },
  },
  render: () => html`<vss-medical-records></vss-medical-records>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const path = '/api/me/visits';

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** No visit matches the filter (every demo account has visits): "Xóa bộ lọc" brings them back. */
export const Empty: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('vss-medical-records')!;
    await el.updateComplete;
    const from = el.shadowRoot!.querySelector<HTMLInputElement>('#from')!;
    from.value = '2099-01-01';
    from.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

export const ServerError: Story = signedInWithFault(path, { kind: 'status', status: 500 });

export const NetworkError: Story = signedInWithFault(path, { kind: 'network' });

export const MalformedData: Story = signedInWithFault(path, { kind: 'malformed-json' });

export const SchemaBreak: Story = signedInWithFault(path, { kind: 'schema-break' });

export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};

export const SignedOut: Story = {};

/** 10,000 visits: pages of 50 load while scrolling; the DOM keeps about 20 rows. */
export const ManyVisits: Story = { parameters: { vssAccount: 'many-visits' } satisfies VssStoryParameters };

/** A child's visits (TE1 card: the fund pays everything). */
export const Child: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };

export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };

/** Filters given by the portal (`visit-type`, `from`, `to`, `facility`), e.g. restored from its URL. */
export const FilteredByAttributes: Story = {
  parameters: { vssAccount: 'many-visits' } satisfies VssStoryParameters,
  render: () => html`<vss-medical-records visit-type="inpatient" from="2024-01-01"></vss-medical-records>`,
};
