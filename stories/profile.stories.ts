import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-profile',
  id: 'vss-profile',
  component: 'vss-profile',
  parameters: {
    docs: {
      description: {
        component:
          '"Quản lý cá nhân": mã số BHXH, họ tên, ngày sinh, giới tính, giấy tờ tùy thân (che số, chỉ hiện khi bấm "Hiện số đầy đủ"), số điện thoại (che), email, địa chỉ, cơ quan BHXH quản lý và nút "Đổi mật khẩu" (phát `vss-change-password-request`).',
      },
    },
  },
  render: () => html`<vss-profile></vss-profile>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;
const me = '/api/me';

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};
export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };
export const ServerError: Story = signedInWithFault(me, { kind: 'status', status: 500 });
export const NetworkError: Story = signedInWithFault(me, { kind: 'network' });
export const MalformedData: Story = signedInWithFault(me, { kind: 'schema-break' });
export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};
export const SignedOut: Story = {};
/** First login with the SMS password: the record waits for a new password. */
export const MustChangePassword: Story = { parameters: { vssAccount: 'must-change' } satisfies VssStoryParameters };
export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };
export const Child: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };
