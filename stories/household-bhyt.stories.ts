import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { householdParts } from '../packages/elements/src/household-bhyt/household-bhyt.js';

const meta = {
  title: 'Phần tử/vss-household-bhyt',
  id: 'vss-household-bhyt',
  component: 'vss-household-bhyt',
  parameters: {
    docs: {
      description: {
        component:
          'Công cụ tính tiền đóng BHYT hộ gia đình, không cần đăng nhập: số người tham gia (`members`) và kỳ đóng 3, 6 hoặc 12 tháng (`period`); người thứ nhất 4,5% lương cơ sở, người thứ hai, ba, tư 70%, 60%, 50% mức người thứ nhất, từ người thứ năm 40%; lương cơ sở theo bảng có ngày hiệu lực (`on-date`). Lỗi nhập hiện ở hộp "Có lỗi cần sửa" với liên kết đến ô; kết quả được đọc lên qua vùng trực tiếp.',
      },
    },
  },
  render: () => html`<vss-household-bhyt></vss-household-bhyt>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** One member, 12 months, today's lương cơ sở. */
export const Data: Story = {};

/** Four members from 1 July 2026 (lương cơ sở 2,530,000 đ): 318,780 đ a month, 3,825,360 đ for the year. */
export const FourMembers: Story = {
  render: () => html`<vss-household-bhyt members="4" period="12" on-date="2026-07-01"></vss-household-bhyt>`,
};

/** Six members every 3 months, before 1 July 2026 (lương cơ sở 2,340,000 đ). */
export const SixMembersQuarterly: Story = {
  render: () => html`<vss-household-bhyt members="6" period="3" on-date="2026-06-01"></vss-household-bhyt>`,
};

/** "Tính tiền đóng" with "không" as the number of people: error summary linked to the field, the text kept. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-household-bhyt');
    const el = canvasElement.querySelector('vss-household-bhyt')!;
    const field = () => el.shadowRoot?.querySelector<HTMLInputElement>('#members');
    for (let i = 0; i < 200 && !field(); i++) await new Promise((r) => setTimeout(r, 50));
    const input = field()!;
    input.value = 'không';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  },
};

/** While the calculator's code is on its way (it never arrives here). */
export const Loading: Story = {
  render: () => {
    const real = householdParts.view;
    householdParts.view = () => ((householdParts.view = real), new Promise<never>(() => {}));
    return html`<vss-household-bhyt></vss-household-bhyt>`;
  },
};

/** The calculator's code could not be downloaded: the error state with "Thử lại" (which then loads it). */
export const PartLoadFailed: Story = {
  render: () => {
    const real = householdParts.view;
    householdParts.view = () => ((householdParts.view = real), failedChunk());
    return html`<vss-household-bhyt></vss-household-bhyt>`;
  },
};
