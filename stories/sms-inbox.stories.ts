import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ApiError } from '@vssid/core';
import type { SmsOutboxSource } from '@vssid/mocks/sms-inbox';

const meta = {
  title: 'Phần tử/vss-sms-inbox',
  id: 'vss-sms-inbox',
  component: 'vss-sms-inbox',
  parameters: {
    docs: {
      description: {
        component:
          'CHỈ DÙNG CHO DEMO VÀ STORYBOOK. Hộp thư SMS của máy chủ giả lập (mã OTP, mật khẩu, biên nhận hồ sơ), mới nhất trước, tự làm mới mỗi 2 giây khi đang hiển thị; mã và mật khẩu được tô sáng kèm nút "Sao chép". Máy chủ thật không có hộp thư này.',
      },
    },
  },
  render: () => html`<vss-sms-inbox></vss-sms-inbox>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** An inbox whose source does what the story needs, for states the mock's dev routes never produce. */
const inboxWith = (outbox: SmsOutboxSource) => html`<vss-sms-inbox .outbox=${outbox}></vss-sms-inbox>`;

/** The account SMS the mock sends at start (the "must change" account's password). */
export const Data: Story = {};
export const Empty: Story = { render: () => html`<vss-sms-inbox phone="0912345678"></vss-sms-inbox>` };
export const Loading: Story = { render: () => inboxWith(() => new Promise<never>(() => {})) };
/** Against a real backend (404 on /api/dev/sms). */
export const NotAMockBackend: Story = {
  render: () =>
    inboxWith(() => Promise.reject(new ApiError({ kind: 'http', status: 404, code: 'not_found', message: '' }))),
};
export const NetworkError: Story = {
  render: () => inboxWith(() => Promise.reject(new ApiError({ kind: 'network', message: '' }))),
};
export const MalformedData: Story = {
  render: () => inboxWith(() => Promise.reject(new ApiError({ kind: 'invalid_response', status: 200, issues: [] }))),
};
