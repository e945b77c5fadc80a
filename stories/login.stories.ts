import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-login',
  id: 'vss-login',
  component: 'vss-login',
  parameters: {
    docs: {
      description: {
        component:
          'Đăng nhập bằng mã số BHXH và mật khẩu; "Quên mật khẩu" (số điện thoại → OTP → mật khẩu mới); bắt buộc "Đổi mật khẩu" ở lần đăng nhập đầu; hộp thoại đăng nhập lại khi phiên hết hạn. Ô nhập nằm trong light DOM để trình quản lý mật khẩu nhận ra; trang có thể tạo kiểu cho chúng bằng `vss-login input`.',
      },
    },
  },
  render: () => html`<vss-login></vss-login>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;
const login = '/api/auth/login';

/** Waits for the element, fills the light-DOM inputs as a user would and presses the main button. */
async function submitWith(root: HTMLElement, values: Record<string, string>): Promise<void> {
  await customElements.whenDefined('vss-login');
  const el = root.querySelector('vss-login')!;
  await el.updateComplete;
  for (const [name, value] of Object.entries(values)) {
    const input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  await new Promise((r) => setTimeout(r, 800));
}

export const Default: Story = {};
/** `code` prefills the mã số BHXH; `compact` drops the introduction. */
export const CompactPrefilled: Story = { render: () => html`<vss-login compact code="7901234567"></vss-login>` };
export const HideForgot: Story = { render: () => html`<vss-login hide-forgot></vss-login>` };
/** Submitting empty and with a 15-character card code: error summary and field messages. */
export const ValidationErrors: Story = {
  play: ({ canvasElement }) => submitWith(canvasElement, { code: 'DN4797901234567' }),
};
export const WrongPassword: Story = {
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '7901234567', password: 'SaiMatKhau1' }),
};
/** The demo account already locked after 5 wrong passwords: until when, hotline, "Quên mật khẩu". */
export const Locked: Story = {
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '4801234567', password: 'DaNang2026' }),
};
/** The request hangs: the button is disabled and busy. */
export const Loading: Story = {
  parameters: { vssFault: { path: login, kind: 'latency', delayMs: 120_000 } } satisfies VssStoryParameters,
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '7901234567', password: 'VssID@2026' }),
};
export const ServerError: Story = {
  parameters: { vssFault: { path: login, kind: 'status', status: 500 } } satisfies VssStoryParameters,
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '7901234567', password: 'VssID@2026' }),
};
export const NetworkError: Story = {
  parameters: { vssFault: { path: login, kind: 'network' } } satisfies VssStoryParameters,
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '7901234567', password: 'VssID@2026' }),
};
export const MalformedData: Story = {
  parameters: { vssFault: { path: login, kind: 'schema-break' } } satisfies VssStoryParameters,
  play: ({ canvasElement }) => submitWith(canvasElement, { code: '7901234567', password: 'VssID@2026' }),
};
export const SignedIn: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };
/** First login with the SMS password: "Mật khẩu cũ / Mật khẩu mới / Nhập lại mật khẩu mới" → "Hoàn tất". */
export const MustChangePassword: Story = { parameters: { vssAccount: 'must-change' } satisfies VssStoryParameters };
/** "Quên mật khẩu", first step (the OTP then appears in `vss-sms-inbox`). */
export const ForgotPassword: Story = {
  render: () => html`<vss-login code="7901234567"></vss-login>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-login');
    const el = canvasElement.querySelector('vss-login')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="forgot-button"]')!.click();
  },
};
/** "Quên mật khẩu" is loaded on demand: the step while its code is still on the way. */
export const ForgotPasswordLoading: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-login');
    const el = canvasElement.querySelector('vss-login')!;
    await el.updateComplete;
    el._importSteps = () => new Promise(() => {});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="forgot-button"]')!.click();
  },
};
/** The code of "Quên mật khẩu" could not be downloaded: what happened, "Thử lại" and the hotline. */
export const ForgotPasswordLoadFailed: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-login');
    const el = canvasElement.querySelector('vss-login')!;
    await el.updateComplete;
    const real = el._importSteps;
    // Fails once; "Thử lại" then loads it for real.
    el._importSteps = () => (
      (el._importSteps = real),
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="forgot-button"]')!.click();
  },
};
/** The whole flow with the mock's SMS inbox beside it: request a code, copy it from the inbox. */
export const ForgotPasswordWithInbox: Story = {
  render: () => html`<div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">
    <vss-login code="7901234567"></vss-login>
    <vss-sms-inbox phone="0912345678"></vss-sms-inbox>
  </div>`,
};
/** A data element met an expired session: the login box opens its dialog with the code prefilled. */
export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
  render: () => html`<vss-login></vss-login>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-login');
    await canvasElement.querySelector('vss-login')!.updateComplete;
    document.dispatchEvent(new CustomEvent('vss-session-expired', { detail: {}, bubbles: true, composed: true }));
  },
};
