import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VssStoryParameters } from '../.storybook/vss-story.js';
import type { VssPhotoInput } from '../packages/elements/src/photo-input/photo-input.js';

/** A photo drawn in the browser, so the stories need no image files. */
function photo(width: number, height: number, type: 'image/jpeg' | 'image/png' = 'image/jpeg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#0b5cad';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#ffbf47';
  ctx.beginPath();
  ctx.arc(width / 2, height / 2.4, Math.min(width, height) / 4, 0, Math.PI * 2);
  ctx.fill();
  return new Promise((resolve) =>
    canvas.toBlob((b) => resolve(new File([b!], `photo.${type === 'image/png' ? 'png' : 'jpg'}`)), type, 0.9),
  );
}

/** The bytes an iPhone HEIC starts with: Chromium cannot show it, so the element shows a placeholder. */
function heic(): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0, 0, 0, 24, ...[...'ftypheicmif1'].map((c) => c.charCodeAt(0))]);
  return new File([bytes], 'IMG_0001.HEIC');
}

const input = (canvas: HTMLElement) => canvas.querySelector<VssPhotoInput>('vss-photo-input')!;

const meta = {
  title: 'Phần tử/vss-photo-input',
  id: 'vss-photo-input',
  component: 'vss-photo-input',
  parameters: {
    docs: {
      description: {
        component:
          'Một ảnh của tờ khai (ảnh chân dung, mặt trước, mặt sau giấy tờ): chụp bằng camera, chọn tệp hoặc kéo thả. Loại ảnh được nhận biết theo nội dung (JPEG, PNG, HEIC), ảnh lớn được thu nhỏ còn tối đa 1600 px trước khi tải lên, có thanh tiến trình; giá trị trong biểu mẫu là mã ảnh đã tải lên.',
      },
    },
  },
  render: () => html`<vss-photo-input kind="portrait" name="portrait" required></vss-photo-input>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Portrait: Story = {};
export const IdFront: Story = { render: () => html`<vss-photo-input kind="id-front" required></vss-photo-input>` };
export const IdBack: Story = { render: () => html`<vss-photo-input kind="id-back" required></vss-photo-input>` };
/** A large photo, downscaled to 1600 px and uploaded. */
export const Uploaded: Story = {
  play: async ({ canvasElement }) => {
    input(canvasElement).file = await photo(3000, 4000);
  },
};
export const HeicNoPreview: Story = {
  render: () => html`<vss-photo-input kind="id-back"></vss-photo-input>`,
  play: ({ canvasElement }) => {
    input(canvasElement).file = heic();
  },
};
/** Uploading slowly: the progress bar and its live text. */
export const Uploading: Story = {
  parameters: { vssFault: { path: '/api/uploads', kind: 'latency', delayMs: 120_000 } } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    input(canvasElement).file = await photo(800, 600);
  },
};
/** A text file renamed .jpg is refused by content. */
export const WrongType: Story = {
  play: ({ canvasElement }) => {
    input(canvasElement).file = new File(['không phải ảnh'], 'anh.jpg', { type: 'image/jpeg' });
  },
};
export const TooLarge: Story = {
  render: () => html`<vss-photo-input kind="id-front" max-bytes="2048"></vss-photo-input>`,
  play: async ({ canvasElement }) => {
    input(canvasElement).file = heic(); // 4 KB against a 2 KB limit
  },
};
export const NetworkError: Story = {
  parameters: { vssFault: { path: '/api/uploads', kind: 'network' } } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    input(canvasElement).file = await photo(400, 300);
  },
};
export const ServerError: Story = {
  parameters: { vssFault: { path: '/api/uploads', kind: 'status', status: 500 } } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    input(canvasElement).file = await photo(400, 300);
  },
};
export const MalformedData: Story = {
  parameters: { vssFault: { path: '/api/uploads', kind: 'malformed-json' } } satisfies VssStoryParameters,
  play: async ({ canvasElement }) => {
    input(canvasElement).file = await photo(400, 300);
  },
};
export const Disabled: Story = { render: () => html`<vss-photo-input kind="portrait" disabled></vss-photo-input>` };
/** In a plain `<form>`: submission is blocked until a photo is uploaded; the output shows the upload id sent. */
export const InAPlainForm: Story = {
  render: () => html`<form
    style="display:grid;gap:12px;max-width:28rem"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.value = `portrait=${new FormData(form).get('portrait')}`;
    }}
  >
    <vss-photo-input kind="portrait" name="portrait" required></vss-photo-input>
    <button type="submit" style="min-height:44px">Gửi</button>
    <output aria-live="polite"></output>
  </form>`,
};
