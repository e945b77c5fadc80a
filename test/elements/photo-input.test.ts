import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../packages/elements/src/photo-input/photo-input.js';
import '../../packages/elements/src/provider/provider.js';
import type { PhotoChangeDetail, VssPhotoInput } from '../../packages/elements/src/photo-input/photo-input.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { drawImage, fakeHeic } from './photo-input.fixtures.js';

/** Picks a file through the real file input, as the browser does after the file dialog. */
function pick(el: VssPhotoInput, file: File): void {
  const input = deep<HTMLInputElement>(el, '#file');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function uploaded(el: VssPhotoInput): Promise<void> {
  await waitFor(() => el.value !== '', 8000, 'upload');
  await settle(el);
}

describe('vss-photo-input', () => {
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
  });

  it('labels the file input by kind and opens the right camera', async () => {
    const portrait = await mount<VssPhotoInput>(html`<vss-photo-input kind="portrait"></vss-photo-input>`);
    const front = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-front"></vss-photo-input>`);
    const back = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-back"></vss-photo-input>`);
    expect(deep<HTMLInputElement>(portrait, '#file').labels?.[0]?.textContent?.trim()).to.equal('Ảnh chân dung');
    expect(deep<HTMLInputElement>(front, '#file').labels?.[0]?.textContent?.trim()).to.equal('Ảnh mặt trước');
    expect(deep<HTMLInputElement>(back, '#file').labels?.[0]?.textContent?.trim()).to.equal('Ảnh mặt sau');
    expect(deep(portrait, '#camera').getAttribute('capture')).to.equal('user');
    expect(deep(front, '#camera').getAttribute('capture')).to.equal('environment');
    expect(deep(portrait, '#file').getAttribute('accept')).to.equal('image/jpeg,image/png,image/heic,image/heif');
    expect(textOf(portrait)).to.contain('tối đa 5 MB');
    await expectNoAxeViolations(portrait);
  });

  it('uploads a JPEG, shows its preview and announces the upload', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input kind="portrait"></vss-photo-input>`);
    const events: PhotoChangeDetail[] = [];
    el.addEventListener('vss-photo-change', (e) => events.push(e.detail));
    pick(el, new File([await drawImage(640, 480)], 'me.jpg', { type: 'image/jpeg' }));
    await uploaded(el);
    expect(el.value).to.match(/^upl_/);
    expect(events.length).to.equal(1);
    expect(events[0]!.upload).to.deep.include({ id: el.value, mediaType: 'image/jpeg' });
    const img = deep<HTMLImageElement>(el, 'img.preview');
    expect(img.alt).to.equal('Xem trước: Ảnh chân dung');
    expect(img.src).to.match(/^blob:/);
    expect(deep(el, '#status').textContent).to.contain('Đã tải ảnh lên: Ảnh chân dung.');
    expect(deep(el, '.change').textContent).to.contain('Đổi ảnh');
    await expectNoAxeViolations(el);
  });

  it('recognises a PNG by its content even when it is named .jpg', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    pick(el, new File([await drawImage(300, 200, 'image/png')], 'photo.jpg', { type: 'image/jpeg' }));
    await uploaded(el);
    expect(el.upload!.mediaType).to.equal('image/png');
    expect(el.file!.type).to.equal('image/png');
    expect((el.file as File).name).to.equal('portrait.png');
  });

  it('refuses a text file named .jpg with a specific message, sending nothing', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input required></vss-photo-input>`);
    let changes = 0;
    el.addEventListener('vss-photo-change', () => changes++);
    pick(el, new File(['xin chào, đây không phải ảnh'], 'anh.jpg', { type: 'image/jpeg' }));
    const error = await waitFor(() => maybeDeep(el, '.error'), 3000, 'error');
    expect(error.textContent).to.equal('Tệp này không phải ảnh JPEG, PNG hoặc HEIC. Vui lòng chọn ảnh khác.');
    expect(deep(el, '#file').getAttribute('aria-invalid')).to.equal('true');
    expect(deep(el, '#file').getAttribute('aria-describedby')).to.contain('error');
    expect(el.value).to.equal('');
    expect(changes).to.equal(0);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('không phải ảnh JPEG');
    await expectNoAxeViolations(el);
  });

  it('says how large a too-large photo is and what the limit is', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-back"></vss-photo-input>`);
    pick(el, fakeHeic(6 * 1024 * 1024 + 300 * 1024));
    const error = await waitFor(() => maybeDeep(el, '.error'), 3000, 'error');
    expect(error.textContent).to.equal('Ảnh quá lớn (6,3 MB). Dung lượng tối đa là 5 MB.');
    expect(el.value).to.equal('');
  });

  it('honours max-bytes for a photo that stays too large after downscaling', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input max-bytes="2000"></vss-photo-input>`);
    expect(textOf(el)).to.contain('tối đa 2 KB');
    pick(el, new File([await drawImage(400, 300, 'image/png')], 'big.png'));
    const error = await waitFor(() => maybeDeep(el, '.error'), 3000, 'error');
    expect(error.textContent).to.match(/^Ảnh quá lớn \(\d+ KB\)\. Dung lượng tối đa là 2 KB\.$/);
  });

  it('downscales a large photo to 1600 px on the long side and sends it as JPEG', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-front"></vss-photo-input>`);
    const original = await drawImage(3200, 2400, 'image/png');
    pick(el, new File([original], 'scan.png'));
    await uploaded(el);
    const sent = await createImageBitmap(el.file!);
    expect(sent.width).to.equal(1600);
    expect(sent.height).to.equal(1200);
    expect(el.upload!.mediaType).to.equal('image/jpeg');
    expect(el.upload!.size).to.equal(el.file!.size);
    expect(el.upload!.size).to.be.below(original.size);
    // The draft keeps only a small preview, fit for sessionStorage.
    expect(el.draft!.preview).to.match(/^data:image\/jpeg;base64,/);
    expect(el.draft!.preview!.length).to.be.below(40_000);
  });

  it('uploads HEIC as it is and shows a "no preview" placeholder', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    pick(el, fakeHeic());
    await uploaded(el);
    expect(el.upload!.mediaType).to.equal('image/heic');
    expect(maybeDeep(el, 'img.preview')).to.equal(null);
    const placeholder = deep(el, '.placeholder');
    expect(placeholder.getAttribute('role')).to.equal('img');
    expect(placeholder.getAttribute('aria-label')).to.equal('Ảnh HEIC: không xem trước được');
    expect(el.draft!.preview).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows progress with an accessible name while uploading', async () => {
    await injectFault({ path: '/api/uploads', kind: 'latency', delayMs: 1500, times: 1 });
    const el = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-back"></vss-photo-input>`);
    pick(el, new File([await drawImage(200, 200)], 'b.jpg'));
    const progress = await waitFor(() => maybeDeep<HTMLProgressElement>(el, 'progress'), 3000, 'progress');
    expect(progress.getAttribute('aria-label')).to.equal('Tải lên Ảnh mặt sau');
    expect(deep(el, '#status').textContent).to.match(/Đang tải ảnh lên… \d+%/);
    expect(deep(el, '.zone').getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(el);
    await uploaded(el);
    expect(maybeDeep(el, 'progress')).to.equal(null);
  });

  it('explains a failed upload and retries it without choosing the photo again', async () => {
    await injectFault({ path: '/api/uploads', kind: 'network', times: 1 });
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    pick(el, new File([await drawImage(300, 300)], 'p.jpg'));
    const error = await waitFor(() => maybeDeep(el, '.error'), 5000, 'error');
    expect(error.textContent).to.contain('Tải ảnh lên không thành công.');
    expect(error.textContent).to.contain('Không kết nối được với máy chủ');
    deep<HTMLButtonElement>(el, '.retry').click();
    await uploaded(el);
    expect(maybeDeep(el, '.error')).to.equal(null);
  });

  it('takes a dropped file', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    const dt = new DataTransfer();
    dt.items.add(new File([await drawImage(120, 160)], 'drop.jpg', { type: 'image/jpeg' }));
    const zone = deep(el, '.zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await settle(el);
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await uploaded(el);
    expect(zone.classList.contains('dragging')).to.equal(false);
  });

  it('removes the photo with "Xóa ảnh" and returns focus to the field', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    pick(el, new File([await drawImage(100, 100)], 'x.jpg'));
    await uploaded(el);
    const events: PhotoChangeDetail[] = [];
    el.addEventListener('vss-photo-change', (e) => events.push(e.detail));
    deep<HTMLButtonElement>(el, '.remove').click();
    await settle(el);
    expect(el.value).to.equal('');
    expect(events).to.deep.equal([{ upload: null }]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('file');
  });

  it('works in a plain form: required blocks, the upload id is submitted, reset clears', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><vss-photo-input name="portrait" required></vss-photo-input></form>`,
    );
    const el = form.querySelector('vss-photo-input')!;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Vui lòng nhập thông tin này');
    pick(el, new File([await drawImage(100, 100)], 'x.jpg'));
    await uploaded(el);
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('portrait')).to.equal(el.value);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('');
    expect(new FormData(form).get('portrait')).to.equal(null);
  });

  it('restores a saved draft without uploading again', async () => {
    const el = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    pick(el, new File([await drawImage(500, 400)], 'x.jpg'));
    await uploaded(el);
    const draft = el.draft!;
    cleanup();
    const again = await mount<VssPhotoInput>(html`<vss-photo-input></vss-photo-input>`);
    let changes = 0;
    again.addEventListener('vss-photo-change', () => changes++);
    again.restore(draft);
    await settle(again);
    expect(again.value).to.equal(draft.upload.id);
    expect(deep<HTMLImageElement>(again, 'img.preview').src).to.equal(draft.preview);
    expect(changes).to.equal(0);
  });

  it('speaks English', async () => {
    await switchLocale('en');
    const el = await mount<VssPhotoInput>(html`<vss-photo-input kind="id-front"></vss-photo-input>`);
    expect(deep<HTMLInputElement>(el, '#file').labels?.[0]?.textContent?.trim()).to.equal('Front of ID card');
    pick(el, new File(['nope'], 'a.jpg'));
    const error = await waitFor(() => maybeDeep(el, '.error'), 3000, 'error');
    expect(error.textContent).to.equal('This file is not a JPEG, PNG or HEIC image. Please choose another photo.');
    await expectNoAxeViolations(el);
  });
});
