import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VssStoryParameters } from '../.storybook/vss-story.js';
import type { VssRegistrationForm } from '../packages/elements/src/registration-form/registration-form.js';
import { formParts } from '../packages/elements/src/registration-form/parts.js';

const fields = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '15/03/2003',
  sex: 'male',
  socialInsuranceCode: '7909876543',
  idType: 'cccd',
  idNumber: '079203000123',
  idIssueDate: '10/05/2021',
  idIssuePlace: 'Cục Cảnh sát QLHC về TTXH',
  address: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
  email: 'an.nguyen@example.com',
};
const office = { code: '01027', name: 'BHXH cơ sở Hai Bà Trưng', parentName: 'BHXH TP. Hà Nội', provinceCode: '01' };
const phone = '0987654321';

function thumb(): string {
  const c = document.createElement('canvas');
  c.width = 180;
  c.height = 240;
  const g = c.getContext('2d')!;
  g.fillStyle = '#0b5cad';
  g.fillRect(0, 0, 180, 240);
  g.fillStyle = '#ffbf47';
  g.beginPath();
  g.arc(90, 100, 50, 0, Math.PI * 2);
  g.fill();
  return c.toDataURL('image/jpeg', 0.7);
}

/** A draft as the form stores it, at `step`, under the story's own draft key. */
function draft(key: string, step: number, extra: Record<string, unknown> = {}): string {
  sessionStorage.setItem(
    `vss-draft:${key}`,
    JSON.stringify({ v: 1, step, maxStep: step, fields, phone: '', photos: {}, consent: false, ...extra }),
  );
  return key;
}

async function api<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: body instanceof FormData ? undefined : { 'content-type': 'application/json' },
    body: body instanceof FormData ? body : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** Real uploads and a real phone token from the mock, so "Ghi nhận" goes through. */
async function completeDraft(key: string, over: Partial<typeof fields> = {}): Promise<void> {
  const upload = async () => {
    const c = document.createElement('canvas');
    c.width = 300;
    c.height = 400;
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg'));
    const form = new FormData();
    form.append('file', blob, 'photo.jpg');
    return { upload: await api<{ id: string }>('/api/uploads', form), preview: thumb() };
  };
  await api('/api/registrations/otp', { phone });
  const sms = (await (await fetch(`/api/dev/sms?phone=${phone}`)).json()) as { text: string }[];
  const otp = /\b(\d{6})\b/.exec(sms[0]!.text)![1];
  const token = await api<{ phoneToken: string; expiresAt: string }>('/api/registrations/otp/verify', { phone, otp });
  draft(key, 5, {
    fields: { ...fields, ...over },
    phone,
    verifiedPhone: phone,
    phoneToken: token.phoneToken,
    phoneTokenExpiresAt: token.expiresAt,
    office,
    provinceCode: '01',
    photos: { portrait: await upload(), idFront: await upload(), idBack: await upload() },
    consent: true,
  });
}

/** Builds the draft in `play`, then mounts the form and presses "Ghi nhận". */
async function mountAndSubmit(canvas: HTMLElement, key: string, over: Partial<typeof fields> = {}): Promise<void> {
  await completeDraft(key, over);
  const el = document.createElement('vss-registration-form') as VssRegistrationForm;
  el.draftKey = key;
  canvas.querySelector('[data-slot]')!.replaceChildren(el);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
}

const clear = (key: string) => {
  sessionStorage.removeItem(`vss-draft:${key}`);
  return key;
};
const pendingDossier = () => `01027.GD/${new Date().getFullYear()}/00107`;

const meta = {
  title: 'Phần tử/vss-registration-form',
  id: 'vss-registration-form',
  component: 'vss-registration-form',
  parameters: {
    docs: {
      description: {
        component:
          'Đăng ký giao dịch điện tử (tờ khai Mẫu 01/ĐK-GD) cho cá nhân theo 5 bước: thông tin cá nhân (có "Tra cứu mã số BHXH"), ảnh, xác thực số điện thoại bằng OTP, chọn cơ quan BHXH, kiểm tra và "Ghi nhận". Bản nháp được lưu trong sessionStorage; với `dossier-number`, phần tử hiển thị trạng thái hồ sơ. Đây là chức năng công khai (không cần đăng nhập) nên không có trạng thái "hết phiên".',
      },
    },
  },
  render: () => html`<vss-registration-form draft-key=${clear('story-default')}></vss-registration-form>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};
/** "Tiếp tục" on a half-filled step: the error summary and the field messages (CCCD year against the date of birth). */
export const ValidationErrors: Story = {
  render: () =>
    html`<vss-registration-form
      draft-key=${draft('story-errors', 1, { fields: { ...fields, idNumber: '079202000123', email: 'an@', address: '' } })}
    ></vss-registration-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('vss-registration-form')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.click();
  },
};
export const LookupOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('vss-registration-form')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.disclosure')!.click();
  },
};
export const StepPhotos: Story = {
  render: () =>
    html`<vss-registration-form
      draft-key=${draft('story-photos', 2, {
        photos: { portrait: { upload: { id: 'upl_story', mediaType: 'image/jpeg', size: 182000 }, preview: thumb() } },
      })}
    ></vss-registration-form>`,
};
/**
 * A draft reopened on step 2 while the code of the later steps could not be downloaded: the error state with
 * "Thử lại" (which then loads it for real). The loader is swapped for this story only and puts itself back.
 */
export const StepLoadFailed: Story = {
  render: () => {
    const real = formParts.steps;
    formParts.steps = () => (
      (formParts.steps = real),
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    );
    return html`<vss-registration-form draft-key=${draft('story-step-failed', 2)}></vss-registration-form>`;
  },
};
export const StepPhone: Story = {
  render: () => html`<vss-registration-form draft-key=${draft('story-phone', 3, { phone })}></vss-registration-form>`,
};
/** After "Gửi mã OTP": the code box with its countdown. */
export const OtpSent: Story = {
  render: () => html`<vss-registration-form draft-key=${draft('story-otp', 3, { phone })}></vss-registration-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('vss-registration-form')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#send-otp')!.click();
  },
};
export const StepOffice: Story = {
  render: () => html`<vss-registration-form draft-key=${draft('story-office', 4)}></vss-registration-form>`,
};
export const Review: Story = {
  render: () =>
    html`<vss-registration-form
      draft-key=${draft('story-review', 5, {
        phone,
        office,
        provinceCode: '01',
        photos: {
          portrait: { upload: { id: 'upl_a', mediaType: 'image/jpeg', size: 1 }, preview: thumb() },
          idFront: { upload: { id: 'upl_b', mediaType: 'image/jpeg', size: 1 }, preview: thumb() },
          idBack: { upload: { id: 'upl_c', mediaType: 'image/heic', size: 1 }, preview: null },
        },
      })}
    ></vss-registration-form>`,
};
/** "Ghi nhận" accepted: dossier number, the SMS, next steps and "In tờ khai". */
export const Submitted: Story = {
  render: () => html`<div data-slot></div>`,
  play: ({ canvasElement }) => mountAndSubmit(canvasElement, clear('story-submitted')),
};
/** The code already has an account (demo worker 7901234567): 409 with the login path and the hotline. */
export const AlreadyRegistered: Story = {
  render: () => html`<div data-slot></div>`,
  play: ({ canvasElement }) => mountAndSubmit(canvasElement, clear('story-409'), { socialInsuranceCode: '7901234567' }),
};
/** The network drops on "Ghi nhận": everything is kept and "Thử lại" resends. */
export const SubmitNetworkError: Story = {
  render: () => html`<div data-slot></div>`,
  play: async ({ canvasElement }) => {
    await completeDraft(clear('story-net'));
    await api('/api/dev/faults', { path: '/api/registrations', kind: 'network', times: 1 });
    const el = document.createElement('vss-registration-form') as VssRegistrationForm;
    el.draftKey = 'story-net';
    canvasElement.querySelector('[data-slot]')!.replaceChildren(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
  },
};
/** Sending slowly: "Đang gửi…" with a spinner; a second click does nothing. */
export const Submitting: Story = {
  render: () => html`<div data-slot></div>`,
  play: async ({ canvasElement }) => {
    await completeDraft(clear('story-slow'));
    await api('/api/dev/faults', { path: '/api/registrations', kind: 'latency', delayMs: 120_000, times: 1 });
    const el = document.createElement('vss-registration-form') as VssRegistrationForm;
    el.draftKey = 'story-slow';
    canvasElement.querySelector('[data-slot]')!.replaceChildren(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
  },
};

// ---- the dossier status view (`dossier-number`)
export const StatusReceived: Story = {
  render: () => html`<vss-registration-form dossier-number=${pendingDossier()}></vss-registration-form>`,
};
export const StatusApproved: Story = {
  render: () => html`<div data-slot></div>`,
  play: async ({ canvasElement }) => {
    await api('/api/dev/registrations/approve', { dossierNumber: pendingDossier() });
    const el = document.createElement('vss-registration-form');
    el.dossierNumber = pendingDossier();
    canvasElement.querySelector('[data-slot]')!.replaceChildren(el);
  },
};
export const StatusNotFound: Story = {
  render: () => html`<vss-registration-form dossier-number="01027.GD/2020/09999"></vss-registration-form>`,
};
export const StatusBadNumber: Story = {
  render: () => html`<vss-registration-form dossier-number="12345"></vss-registration-form>`,
};
export const Loading: Story = {
  render: () => html`<vss-registration-form dossier-number=${pendingDossier()}></vss-registration-form>`,
  parameters: { vssFault: 'loading' } satisfies VssStoryParameters,
};
export const ServerError: Story = {
  render: () => html`<vss-registration-form dossier-number=${pendingDossier()}></vss-registration-form>`,
  parameters: { vssFault: 'status500' } satisfies VssStoryParameters,
};
export const NetworkError: Story = {
  render: () => html`<vss-registration-form dossier-number=${pendingDossier()}></vss-registration-form>`,
  parameters: { vssFault: 'network' } satisfies VssStoryParameters,
};
export const MalformedData: Story = {
  render: () => html`<vss-registration-form dossier-number=${pendingDossier()}></vss-registration-form>`,
  parameters: { vssFault: 'malformed' } satisfies VssStoryParameters,
};
