import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VssStoryParameters } from '../.storybook/vss-story.js';

const meta = {
  title: 'Phần tử/vss-office-picker',
  id: 'vss-office-picker',
  component: 'vss-office-picker',
  parameters: {
    docs: {
      description: {
        component:
          'Chọn cơ quan BHXH nhận hồ sơ: chọn tỉnh/thành phố, rồi gõ để tìm cơ quan (gõ không dấu vẫn tìm được, ví dụ "dong da"), dùng phím mũi tên, Home/End, Enter và Esc. Hiển thị theo dạng "(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng"; giá trị trong biểu mẫu là mã cơ quan 5 chữ số.',
      },
    },
  },
  render: () => html`<vss-office-picker name="office" required></vss-office-picker>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
/** The guide's example office, preset by its code. */
export const Preselected: Story = {
  render: () => html`<vss-office-picker name="office" value="01027"></vss-office-picker>`,
};
/** A province chosen; type to filter its offices. */
export const ProvinceChosen: Story = {
  render: () => html`<vss-office-picker name="office" province="79"></vss-office-picker>`,
};
export const Loading: Story = { parameters: { vssFault: 'loading' } satisfies VssStoryParameters };
export const ServerError: Story = { parameters: { vssFault: 'status500' } satisfies VssStoryParameters };
export const NetworkError: Story = { parameters: { vssFault: 'network' } satisfies VssStoryParameters };
export const MalformedData: Story = { parameters: { vssFault: 'malformed' } satisfies VssStoryParameters };
export const SchemaBreak: Story = { parameters: { vssFault: 'schema' } satisfies VssStoryParameters };
/** The provinces load but the offices fail: the error and its retry sit under the field. */
export const OfficesFail: Story = {
  render: () => html`<vss-office-picker name="office" province="48"></vss-office-picker>`,
  parameters: { vssFault: { path: '/api/offices', kind: 'status', status: 503 } } satisfies VssStoryParameters,
};
export const Disabled: Story = {
  render: () => html`<vss-office-picker name="office" value="01027" disabled></vss-office-picker>`,
};
/** In a plain `<form>`: required blocks "Gửi"; "Làm lại" resets; the output shows the code sent. */
export const InAPlainForm: Story = {
  render: () => html`<form
    style="display:grid;gap:12px;max-width:36rem"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.value = `office=${new FormData(form).get('office')}`;
    }}
  >
    <vss-office-picker name="office" required></vss-office-picker>
    <div style="display:flex;gap:8px">
      <button type="submit" style="min-height:44px">Gửi</button>
      <button type="reset" style="min-height:44px">Làm lại</button>
    </div>
    <output aria-live="polite"></output>
  </form>`,
};
