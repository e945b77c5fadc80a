import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta = {
  title: 'Phần tử/vss-support',
  id: 'vss-support',
  component: 'vss-support',
  parameters: {
    docs: {
      description: {
        component:
          'Hỗ trợ: tổng đài 1900 9068 (24/7) và 024 37899999 (giờ hành chính) dạng liên kết gọi điện, các câu hỏi thường gặp tìm được có dấu hoặc không dấu. Thuộc tính `topic` mở sẵn một câu trả lời (`password`, `sms`, `wrong-data`, `card-rejected`, `change-contact`, `locked`, `register`, `find-code`).',
      },
    },
  },
  render: () => html`<vss-support></vss-support>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Data: Story = {};
/** Opened from another element's error state, e.g. the login box's "Quên mật khẩu". */
export const TopicPassword: Story = { render: () => html`<vss-support topic="password"></vss-support>` };
/** Searching without diacritics. */
export const Search: Story = { render: () => html`<vss-support query="quen mat khau"></vss-support>` };
/** No answer matches: the empty state with the hotline. */
export const Empty: Story = { render: () => html`<vss-support query="xyz"></vss-support>` };
