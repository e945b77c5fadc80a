import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-participation-history',
  id: 'vss-participation-history',
  component: 'vss-participation-history',
  parameters: {
    docs: {
      description: {
        component:
          'Quá trình tham gia BHXH, BHYT, BHTN, BHTNLĐ-BNN: thẻ theo loại bảo hiểm (phím mũi tên, Home/End), dòng thời gian theo năm có dòng "Gián đoạn", tổng thời gian tham gia và chưa đóng, thông báo đơn vị nợ đóng, trùng thời gian giữa các đơn vị, các mốc quyền lợi (15 năm hưu trí, 12/24 tháng BHTN, 5 năm BHYT liên tục) và nút "Tải CSV". Lịch sử 40 năm được ảo hóa.',
      },
    },
  },
  render: () => html`<vss-participation-history></vss-participation-history>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const path = '/api/me/participation';

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** A child under 6 with a free TE1 card has no contribution history. */
export const Empty: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };

/** Several employers, gaps between jobs, 3 unpaid months and the red arrears notice. */
export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

export const ServerError: Story = signedInWithFault(path, { kind: 'status', status: 500 });

export const NetworkError: Story = signedInWithFault(path, { kind: 'network' });

export const MalformedData: Story = signedInWithFault(path, { kind: 'malformed-json' });

export const SchemaBreak: Story = signedInWithFault(path, { kind: 'schema-break' });

export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};

/** Not signed in: the element asks the page's login box to open. */
export const SignedOut: Story = {};

/** 40 years of monthly rows (≈1,600 in all), virtualised; every milestone reached. */
export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };

/** The BHYT tab chosen by attribute. */
export const BhytTab: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => html`<vss-participation-history type="BHYT"></vss-participation-history>`,
};

/** A household card holder whose contributions stopped eight months ago. */
export const ExpiredCard: Story = { parameters: { vssAccount: 'expired' } satisfies VssStoryParameters };
