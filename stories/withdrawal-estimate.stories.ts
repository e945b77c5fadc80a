import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';
import { withdrawalParts } from '../packages/elements/src/withdrawal-estimate/withdrawal-estimate.js';

const meta = {
  title: 'Phần tử/vss-withdrawal-estimate',
  id: 'vss-withdrawal-estimate',
  component: 'vss-withdrawal-estimate',
  parameters: {
    docs: {
      description: {
        component:
          'Rút BHXH một lần hay bảo lưu: có được rút không, từ tháng nào và theo trường hợp nào (Điều 70, 102 Luật BHXH 41/2024/QH15), số tiền ước tính với bình quân tiền lương và số năm trước/từ 2014 để tự kiểm tra, và bên cạnh là điều bảo lưu mang lại (thời gian giữ lại, lương hưu khi đủ tuổi). Đánh dấu trường hợp đặc biệt (định cư nước ngoài, bệnh hiểm nghèo, suy giảm 81%) qua thuộc tính `circumstances`. Tổng đài 1900 9068 để được tư vấn.',
      },
    },
  },
  render: () => html`<vss-withdrawal-estimate></vss-withdrawal-estimate>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const path = '/api/me/participation';
const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

export const Loading: Story = {
  parameters: { vssAccount: 'suspended', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** A child under 6: no contribution, nothing to withdraw. */
export const Empty: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };

/** Two years of contributions: a withdrawal from 12 months after the last one, against keeping the record. */
export const Data: Story = { parameters: { vssAccount: 'suspended' } satisfies VssStoryParameters };

/** The ordinary worker: 25 years, so no withdrawal; keeping gives her pension at retirement age. */
export const NotPossible: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

/** The worker emigrating: a withdrawal is possible at once. */
export const Emigrating: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => html`<vss-withdrawal-estimate circumstances="emigrating"></vss-withdrawal-estimate>`,
};

/** 15 years and a half, stopped 8 months ago (the expired-card account): from 12 months out of work. */
export const FifteenYears: Story = { parameters: { vssAccount: 'expired' } satisfies VssStoryParameters };

export const ServerError: Story = signedInWithFault(path, { kind: 'status', status: 500 }, 'suspended');

export const NetworkError: Story = signedInWithFault(path, { kind: 'network' }, 'suspended');

export const MalformedData: Story = signedInWithFault(path, { kind: 'malformed-json' }, 'suspended');

export const SchemaBreak: Story = signedInWithFault(path, { kind: 'schema-break' }, 'suspended');

/** The estimate's code could not be downloaded: the error state with "Thử lại". */
export const PartLoadFailed: Story = {
  parameters: { vssAccount: 'suspended' } satisfies VssStoryParameters,
  render: () => {
    const real = withdrawalParts.view;
    withdrawalParts.view = () => ((withdrawalParts.view = real), failedChunk());
    return html`<vss-withdrawal-estimate></vss-withdrawal-estimate>`;
  },
};

export const SessionExpired: Story = {
  parameters: { vssAccount: 'suspended', vssSessionExpired: true } satisfies VssStoryParameters,
};

export const SignedOut: Story = {};
