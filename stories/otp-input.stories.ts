import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta = {
  title: 'Phần tử/vss-otp-input',
  id: 'vss-otp-input',
  component: 'vss-otp-input',
  parameters: {
    docs: {
      description: {
        component:
          'Ô nhập mã OTP (6 chữ số) dùng trong biểu mẫu thường: `autocomplete="one-time-code"` để điện thoại tự điền từ SMS, dán "Mã OTP: 615 204" vẫn nhận đúng mã, đếm ngược "Gửi lại mã sau 0:59" rồi phát `vss-otp-resend`.',
      },
    },
  },
  render: () => html`<vss-otp-input name="otp" required></vss-otp-input>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Countdown: Story = {
  render: () => html`<vss-otp-input name="otp" required resend-after="59"></vss-otp-input>`,
};
export const ResendAvailable: Story = {
  render: () => html`<vss-otp-input name="otp" required resend-after="0"></vss-otp-input>`,
};
/** A message from the server, shown with `aria-invalid`. */
export const ServerError: Story = {
  render: () => html`<vss-otp-input name="otp" required error="Mã OTP không đúng. Bạn còn 2 lần thử."></vss-otp-input>`,
};
export const Filled: Story = { render: () => html`<vss-otp-input name="otp" .value=${'615 204'}></vss-otp-input>` };
export const Disabled: Story = { render: () => html`<vss-otp-input name="otp" disabled></vss-otp-input>` };
/** Inside a plain `<form>`: "Gửi" is blocked until 6 digits are entered; the output shows what was submitted. */
export const InAPlainForm: Story = {
  render: () => html`<form
    style="display:grid;gap:12px;max-width:24rem"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.value = `otp=${new FormData(form).get('otp')}`;
    }}
  >
    <vss-otp-input name="otp" required resend-after="30"></vss-otp-input>
    <button type="submit" style="min-height:44px">Gửi</button>
    <output aria-live="polite"></output>
  </form>`,
};
