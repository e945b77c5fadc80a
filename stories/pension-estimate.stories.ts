import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { signedInWithFault, type VssStoryParameters } from '../.storybook/vss-story.js';
import { pensionParts } from '../packages/elements/src/pension-estimate/pension-estimate.js';

const meta = {
  title: 'Phần tử/vss-pension-estimate',
  id: 'vss-pension-estimate',
  component: 'vss-pension-estimate',
  parameters: {
    docs: {
      description: {
        component:
          'Ước tính lương hưu từ chính quá trình đóng của công dân (Luật BHXH 41/2024/QH15): tuổi nghỉ hưu và tháng đủ tuổi, số năm đã đóng và còn thiếu, lương hưu nếu dừng đóng ngay và nếu đóng tiếp đến tuổi nghỉ hưu (chỉnh được mức lương và số tháng), trợ cấp một lần khi đóng vượt mức 75%, biểu đồ tỷ lệ theo số năm (SVG có mô tả và bảng), bình quân tiền lương, số năm và tỷ lệ để tự kiểm tra, căn cứ pháp lý, các giả định "tạm tính". Phần ước tính được tải theo nhu cầu cùng dữ liệu.',
      },
    },
  },
  render: () => html`<vss-pension-estimate></vss-pension-estimate>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const path = '/api/me/participation';
const failedChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Waits for the control, types into it as a citizen would and presses "Tính lại". */
async function submitControl(root: HTMLElement, salary: string, months: string): Promise<void> {
  await customElements.whenDefined('vss-pension-estimate');
  const el = root.querySelector('vss-pension-estimate')!;
  const field = (id: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`);
  for (let i = 0; i < 200 && !field('salary'); i++) await new Promise((r) => setTimeout(r, 50));
  for (const [id, value] of [
    ['salary', salary],
    ['months', months],
  ] as const) {
    const input = field(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="scenario-form"] button[type="submit"]')!.click();
}

export const Loading: Story = {
  parameters: { vssAccount: 'worker', vssFault: 'loading' } satisfies VssStoryParameters,
};

/** A child under 6: no contribution month, nothing to estimate, said plainly. */
export const Empty: Story = { parameters: { vssAccount: 'child' } satisfies VssStoryParameters };

/** The ordinary worker (woman, born 1974): 301 months, 66% now; until retirement age (10/2033) at her base. */
export const Data: Story = { parameters: { vssAccount: 'worker' } satisfies VssStoryParameters };

/** The pensioner: retired since 2023, 40 years, 75% and the long-career lump sum. */
export const Pensioner: Story = { parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters };

/** The pensioner's employers were State bodies: the last 5 years' average, marked "tạm tính". */
export const StatePayScale: Story = {
  parameters: { vssAccount: 'pensioner' } satisfies VssStoryParameters,
  render: () => html`<vss-pension-estimate salary-scale="state"></vss-pension-estimate>`,
};

/** Two years of contributions (the suspended-card account): not entitled yet, 156 months missing. */
export const UnderFifteenYears: Story = { parameters: { vssAccount: 'suspended' } satisfies VssStoryParameters };

/** The portal fills the control: 12,000,000 đ a month for 5 more years. */
export const FutureFromPage: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => html`<vss-pension-estimate future-salary="12000000" future-months="60"></vss-pension-estimate>`,
};

/** "Tính lại" with a salary in words and too many months: error summary linked to each field. */
export const ValidationErrors: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  play: ({ canvasElement }) => submitControl(canvasElement, 'tám triệu', '9999'),
};

export const ServerError: Story = signedInWithFault(path, { kind: 'status', status: 500 });

export const NetworkError: Story = signedInWithFault(path, { kind: 'network' });

export const MalformedData: Story = signedInWithFault(path, { kind: 'malformed-json' });

export const SchemaBreak: Story = signedInWithFault(path, { kind: 'schema-break' });

/** The estimate's code could not be downloaded: the error state with "Thử lại" (which then loads it). */
export const PartLoadFailed: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: () => {
    const real = pensionParts.view;
    pensionParts.view = () => ((pensionParts.view = real), failedChunk());
    return html`<vss-pension-estimate></vss-pension-estimate>`;
  },
};

export const SessionExpired: Story = {
  parameters: { vssAccount: 'worker', vssSessionExpired: true } satisfies VssStoryParameters,
};

export const SignedOut: Story = {};
