// Live examples for the "Giao diện" (theming) and "Ngôn ngữ" (localization) docs pages.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta = {
  title: 'Hướng dẫn/Ví dụ giao diện và ngôn ngữ',
  id: 'guide-examples',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A portal's own brand: public `--vss-*` tokens set on any ancestor (here a plain `<div>`). */
export const CustomTokens: Story = {
  render: () => html`
    <div
      style="--vss-color-primary:#006a4e;--vss-color-primary-strong:#004d38;--vss-color-primary-soft:#e3f3ee;--vss-radius:14px;--vss-radius-small:10px;--vss-font-family:Georgia,serif;max-width:32rem"
    >
      <vss-login></vss-login>
    </div>
  `,
};

/** `::part()` restyles a named piece from the portal's stylesheet, without reaching into the shadow root. */
export const Parts: Story = {
  render: () => html`
    <style>
      .portal-parts vss-login::part(submit-button) {
        border-radius: 999px;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .portal-parts vss-login::part(heading) {
        border-bottom: 4px solid #f2b400;
        padding-bottom: 4px;
      }
    </style>
    <div class="portal-parts" style="max-width:32rem"><vss-login></vss-login></div>
  `,
};

/** `theme="dark"` forces the dark scheme whatever the system says; `auto` follows prefers-color-scheme. */
export const DarkTheme: Story = {
  render: () => html`
    <vss-provider theme="dark">
      <div style="background:#111a26;padding:16px;border-radius:8px;max-width:32rem"><vss-login></vss-login></div>
    </vss-provider>
  `,
};

/**
 * The page's language switches every element at once, without reloading: here the select sets `lang` on
 * the surrounding `<vss-provider>` (a portal can equally set `<html lang>` when it has no provider `lang`).
 */
export const SwitchLanguage: Story = {
  render: () => {
    const change = (e: Event) => {
      const select = e.target as HTMLSelectElement;
      const provider = select.closest('vss-provider');
      if (provider) provider.lang = select.value;
    };
    return html`
      <p>
        <label>
          Ngôn ngữ / Language
          <select @change=${change}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </p>
      <div style="max-width:32rem"><vss-login></vss-login></div>
    `;
  },
};
