import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { voluntaryParts } from '../packages/elements/src/voluntary-bhxh/voluntary-bhxh.js';

const meta = {
  title: 'Phần tử/vss-voluntary-bhxh',
  id: 'vss-voluntary-bhxh',
  component: 'vss-voluntary-bhxh',
  parameters: {
    docs: {
      description: {
        component:
          'Công cụ tính tiền đóng BHXH tự nguyện, không cần đăng nhập: thu nhập tháng chọn đóng (`income`, từ chuẩn nghèo nông thôn đến 20 lần mức tham chiếu), nhóm được Nhà nước hỗ trợ (`group`: hộ nghèo, xã đảo, cận nghèo, dân tộc thiểu số, khác) và phương thức đóng (`period`: 1, 3, 6, 12 tháng). Hiện từng bước tính: 22% thu nhập, phần Nhà nước hỗ trợ, số phải đóng. Sau 2026 chuẩn nghèo chỉ được giữ tạm nên kết quả là "tạm tính".',
      },
    },
  },
  render: () => html`<vss-voluntary-bhxh></vss-voluntary-bhxh>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The lowest income, monthly, no special group: 330,000 − 66,000 = 264,000 đ. */
export const Data: Story = {};

/** 5,000,000 đ a month, near-poor household, every 3 months: 2,904,000 đ. */
export const NearPoorQuarterly: Story = {
  render: () => html`<vss-voluntary-bhxh income="5000000" group="near_poor" period="3"></vss-voluntary-bhxh>`,
};

/** In 2027 the new poverty line is not published: the figure is "tạm tính" and says why. */
export const Provisional2027: Story = {
  render: () =>
    html`<vss-voluntary-bhxh income="2000000" group="poor" period="6" on-date="2027-01-15"></vss-voluntary-bhxh>`,
};

/** An income below the poverty line: refused with the range, the text kept. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('vss-voluntary-bhxh');
    const el = canvasElement.querySelector('vss-voluntary-bhxh')!;
    const field = () => el.shadowRoot?.querySelector<HTMLInputElement>('#income');
    for (let i = 0; i < 200 && !field(); i++) await new Promise((r) => setTimeout(r, 50));
    const input = field()!;
    input.value = '900.000';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  },
};

/** While the calculator's code is on its way (it never arrives here). */
export const Loading: Story = {
  render: () => {
    const real = voluntaryParts.view;
    voluntaryParts.view = () => ((voluntaryParts.view = real), new Promise<never>(() => {}));
    return html`<vss-voluntary-bhxh></vss-voluntary-bhxh>`;
  },
};

/** The calculator's code could not be downloaded: the error state with "Thử lại". */
export const PartLoadFailed: Story = {
  render: () => {
    const real = voluntaryParts.view;
    voluntaryParts.view = () => ((voluntaryParts.view = real), failedChunk());
    return html`<vss-voluntary-bhxh></vss-voluntary-bhxh>`;
  },
};
