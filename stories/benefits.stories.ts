import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-benefits',
  id: 'vss-benefits',
  component: 'vss-benefits',
  parameters: {
    docs: {
      description: {
        component:
          'Thông tin hưởng các chế độ: ốm đau, thai sản, dưỡng sức, hưu trí, BHXH một lần, tử tuất, TNLĐ-BNN, trợ cấp thất nghiệp, trợ cấp hưu trí xã hội. Nhóm theo năm (mới nhất trước) với tổng mỗi năm và theo chế độ, trạng thái bằng chữ và biểu tượng, bộ lọc chế độ (`regime`).',
      },
    },
  },
  render: () => html`<vss-benefits></vss-benefits>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const path = '/api/me/benefits';

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** A child has received no benefit. */
export const Empty: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };

/** Sickness (and for some workers maternity and convalescence) payments. */
export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

export const ServerError: Story = signedInWithFault(path, { kind: 'status', status: 500 });

export const NetworkError: Story = signedInWithFault(path, { kind: 'network' });

export const MalformedData: Story = signedInWithFault(path, { kind: 'malformed-json' });

export const SchemaBreak: Story = signedInWithFault(path, { kind: 'schema-break' });

export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};

export const SignedOut: Story = {};

/** Monthly pension since 2023, the current month approved and awaiting payment. */
export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };

/** Unemployment benefit of the household card holder. */
export const Unemployment: Story = { parameters: { vssAccount: 'expired' } satisfies VssStoryParameters };

/** Filtered to one regime by attribute. */
export const PensionOnly: Story = {
  parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters,
  render: () => html`<vss-benefits regime="pension"></vss-benefits>`,
};
