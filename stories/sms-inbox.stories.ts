import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ApiError, VssClient } from '@vssid/core';

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

/** A client whose outbox call does what the story needs, for states the mock's dev routes never produce. */
function clientWith(outbox: () => Promise<never>): VssClient {
  const c = new VssClient({ baseUrl: '/api' });
  c.devSmsOutbox = outbox;
  return c;
}

/** The account SMS the mock sends at start (the "must change" account's password). */
export const Data: Story = {};
export const Empty: Story = { render: () => html`<vss-sms-inbox phone="0912345678"></vss-sms-inbox>` };
export const Loading: Story = {
  render: () => html`<vss-provider .client=${clientWith(() => new Promise<never>(() => {}))}><vss-sms-inbox></vss-sms-inbox></vss-provider>`,
};
/** Against a real backend (404 on /api/dev/sms). */
export const NotAMockBackend: Story = {
  render: () => html`<vss-provider
    .client=${clientWith(() => Promise.reject(new ApiError({ kind: 'http', status: 404, code: 'not_found', message: '' })))}
    ><vss-sms-inbox></vss-sms-inbox
  ></vss-provider>`,
};
export const NetworkError: Story = {
  render: () => html`<vss-provider .client=${clientWith(() => Promise.reject(new ApiError({ kind: 'network', message: '' })))}
    ><vss-sms-inbox></vss-sms-inbox
  ></vss-provider>`,
};
export const MalformedData: Story = {
  render: () => html`<vss-provider
    .client=${clientWith(() => Promise.reject(new ApiError({ kind: 'invalid_response', status: 200, issues: [] })))}
    ><vss-sms-inbox></vss-sms-inbox
  ></vss-provider>`,
};
