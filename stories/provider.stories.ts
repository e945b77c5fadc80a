/*
 * Story conventions for VssID Elements (copy this file's shape for `stories/<name>.stories.ts`).
 *
 * - CSF3: `export default meta` with `title: 'Phần tử/<Tên>'`, `id: 'vss-<name>'` (ASCII story URLs) and
 *   `component: 'vss-<name>'` (the docs page's attribute, property, event, slot, part and CSS property
 *   tables come from custom-elements.json), then one named export per state. Render with lit's `html`
 *   and the tag itself, as a portal would write it.
 * - Every story already runs inside `<vss-provider>` on the MSW mock backend, reset before each story;
 *   the toolbar switches language (vi/en), theme and an injected fault. Do not wrap stories in a provider.
 * - One story per state, named the same in every file:
 *     Loading        parameters: { vssFault: 'loading' }       (every /api request hangs)
 *     Empty          a demo account with nothing to show, e.g. { vssAccount: 'child' }
 *     Data           { vssAccount: 'worker' }
 *     ServerError    { vssFault: 'status500' }
 *     NetworkError   { vssFault: 'network' }
 *     MalformedData  { vssFault: 'malformed' } (and SchemaBreak: { vssFault: 'schema' })
 *     SessionExpired { vssAccount: 'worker', vssSessionExpired: true }
 *   plus one per relevant demo account: 'worker', 'must-change', 'locked', 'pensioner', 'child',
 *   'many-visits', 'expired', 'suspended' (or a 10-digit code). See .storybook/vss-story.ts.
 * - A fault can target one path: { vssFault: { path: '/api/me/card', kind: 'status', status: 503 } }.
 * - Events: add `argTypes`/`on` handlers only when a story shows them; the Actions panel is not needed.
 * - Every story must render with no console error and no axe violation: `npm test` builds Storybook and
 *   checks each story in Chromium (test/storybook/smoke.mjs).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { VssApi } from '@vssid/core';
import type { VssStoryParameters } from '../.storybook/vss-story.js';

const swatches: Array<[token: string, fallback: string]> = [
  ['--vss-color-primary', '#0b5cad'],
  ['--vss-color-primary-soft', '#e6f0fa'],
  ['--vss-color-surface', '#ffffff'],
  ['--vss-color-surface-alt', '#f3f6fa'],
  ['--vss-color-text', '#17212f'],
  ['--vss-color-border', '#8a97a8'],
  ['--vss-color-danger', '#b3261e'],
  ['--vss-color-success', '#1b6e3a'],
  ['--vss-color-warning', '#7a4f00'],
  ['--vss-color-focus', '#ffbf47'],
];

// The provider's themes set public --vss-* tokens on itself; they inherit into anything inside it, which is
// how these plain <div>s (and every element's shadow root) pick them up.
const palette = (caption: string): TemplateResult => html`
  <figure style="margin:0;padding:12px;border-radius:8px;background:var(--vss-color-surface,#fff);color:var(--vss-color-text,#17212f);font-family:var(--vss-font-family,system-ui,sans-serif)">
    <figcaption style="font-weight:600;margin-bottom:8px">${caption}</figcaption>
    <ul style="list-style:none;margin:0;padding:0;display:grid;gap:6px;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr))">
      ${swatches.map(
        ([token, fallback]) => html`<li style="display:flex;gap:8px;align-items:center">
          <span aria-hidden="true" style="flex:none;width:28px;height:28px;border:1px solid var(--vss-color-border,#8a97a8);border-radius:var(--vss-radius-small,4px);background:var(${token},${fallback})"></span>
          <code>${token}</code>
        </li>`,
      )}
    </ul>
  </figure>
`;

const meta = {
  title: 'Nền tảng/vss-provider',
  id: 'vss-provider',
  component: 'vss-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Bọc phần nội dung của cổng; mọi phần tử VssID bên trong dùng chung một client API, một phiên đăng nhập, một ngôn ngữ và một giao diện. Thanh công cụ của Storybook điều khiển `lang`, `theme` và lỗi giả lập của provider bao quanh mọi câu chuyện.',
      },
    },
  },
  render: () => palette('Bảng màu của giao diện đang chọn'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The tokens of the theme chosen in the toolbar. */
export const Tokens: Story = {};

/** The five themes side by side: a nested provider's `theme` applies to its own content only. */
export const Themes: Story = {
  render: () => html`
    <div style="display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))">
      ${(['light', 'dark', 'lotus', 'contrast'] as const).map(
        (t) => html`<vss-provider theme=${t}>${palette(`theme="${t}"`)}</vss-provider>`,
      )}
    </div>
  `,
};

/** `parameters.vssAccount` signs in before rendering; the provider's client then carries the session. */
export const SignedIn: Story = {
  parameters: { vssAccount: 'worker' } satisfies VssStoryParameters,
  render: (_args, { loaded }) => {
    const session = (loaded['vssClient'] as VssApi).session;
    return html`<p role="status">
      Đã đăng nhập bằng tài khoản thử nghiệm: <code>${session?.socialInsuranceCode ?? '—'}</code>
    </p>`;
  },
};
