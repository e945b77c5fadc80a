import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isApiError, maxUploadBytes, type Upload } from '@vssid/core';
import { formatIssue } from '@vssid/core/i18n';
import { detectImageType, downscaleFactor, formatFileSize, type ImageMediaType } from '@vssid/core/media';
import { VssFormElement, type FieldIssue } from '../base/vss-form-element.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './photo-input.styles.js';

/** Which photo of the declaration this is; it sets the label and which camera opens. */
export type PhotoKind = 'portrait' | 'id-front' | 'id-back';

/** What a form keeps to restore a photo after a reload without sending it again. */
export interface PhotoDraft {
  upload: Upload;
  /** A small JPEG data URL for the preview (null for HEIC, which Chromium cannot decode). */
  preview: string | null;
}

export interface PhotoChangeDetail {
  upload: Upload | null;
}

/** Long side, in pixels, of what is uploaded; phone photos are 3000–4000 px and 3–8 MB. */
export const PHOTO_MAX_SIDE = 1600;
const JPEG_QUALITY = 0.85;
const THUMB_SIDE = 240;

type Phase = 'empty' | 'processing' | 'uploading' | 'done' | 'error';
type Problem =
  { kind: 'type' } | { kind: 'size'; size: number } | { kind: 'read' } | { kind: 'upload'; error: unknown };

const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif';

/**
 * One photo of the registration (portrait, front or back of the ID card): taken with the camera or chosen
 * from a file or dropped, recognised by its content (JPEG, PNG, HEIC), downscaled in the browser to at most
 * 1600 px and uploaded with progress. Its form value is the upload id.
 *
 * @element vss-photo-input
 * @fires vss-photo-change - A photo was uploaded or removed. `detail: { upload: { id, mediaType, size } | null }`
 * @csspart field - The whole field.
 * @csspart label - The field label.
 * @csspart dropzone - The area that takes a dropped file and shows the preview.
 * @csspart preview - The preview image (or the "no preview" placeholder for HEIC).
 * @csspart button - Every button (choose, camera, change, remove, retry).
 * @csspart progress - The upload progress bar.
 * @csspart error - The error message.
 * @cssprop --vss-color-primary - Buttons, progress and the drop highlight.
 * @cssprop --vss-color-danger - Error text and the invalid border.
 * @cssprop --vss-radius - Corner radius of the drop zone.
 */
@customElement('vss-photo-input')
export class VssPhotoInput extends VssFormElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** `portrait` (front camera), `id-front` or `id-back` (rear camera). */
  @property({ reflect: true }) kind: PhotoKind = 'portrait';
  /** Largest size accepted after downscaling, in bytes (default 5 MB, the server's limit). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = maxUploadBytes;
  /** Overrides the label the `kind` gives. */
  @property() label = '';
  /** A message from the host form or the server, shown on the field (e.g. "Ảnh chưa được tải lên"). */
  @property() error = '';

  @state() private _phase: Phase = 'empty';
  @state() private _problem: Problem | null = null;
  @state() private _progress = 0;
  @state() private _upload: Upload | null = null;
  @state() private _preview: string | null = null;
  @state() private _dragging = false;
  @state() private _showValidity = false;

  @query('#file') private _fileInput!: HTMLInputElement;
  @query('#camera') private _cameraInput!: HTMLInputElement;

  #blob: Blob | null = null;
  #thumb: string | null = null;
  #objectUrl: string | null = null;
  #abort?: AbortController;

  protected override invalidated(): void {
    this._showValidity = true;
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The upload id (empty until a photo is uploaded). Setting `''` removes the photo. */
  get value(): string {
    return this._upload?.id ?? '';
  }
  set value(v: string) {
    if (!v) this.#clear(false);
  }

  /** The uploaded photo's id, type and size, or null. */
  get upload(): Upload | null {
    return this._upload;
  }

  /**
   * The image as it was sent (after downscaling), so a host can keep it. Setting a Blob or File processes
   * and uploads it as if the user had chosen it; setting null removes the photo.
   */
  get file(): Blob | null {
    return this.#blob;
  }
  set file(f: Blob | null) {
    if (f) void this.#accept(f);
    else this.#clear(false);
  }

  /** Upload id, type and a small preview: enough to restore the field after a reload. */
  get draft(): PhotoDraft | null {
    return this._upload ? { upload: this._upload, preview: this.#thumb } : null;
  }

  /** Shows a photo uploaded earlier (from {@link draft}) without sending it again; null clears. */
  restore(draft: PhotoDraft | null): void {
    this.#abort?.abort();
    this.#revoke();
    this.#blob = null;
    this._problem = null;
    if (!draft) {
      this.#setUpload(null, false);
      this._phase = 'empty';
      return;
    }
    this.#thumb = draft.preview;
    this._preview = draft.preview;
    this._phase = 'done';
    this.#setUpload(draft.upload, false);
  }

  /** Focuses the control a keyboard user acts on next: the file input, or "Đổi ảnh" once a photo is in. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot?.querySelector<HTMLElement>(this._phase === 'done' ? '.change' : '#file');
    if (target) target.focus(options);
    else super.focus(options);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.#clear(false);
    this._showValidity = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#revoke();
  }

  // ---- behaviour ----------------------------------------------------------------------------------

  get #label(): string {
    if (this.label) return this.label;
    if (this.kind === 'id-front') return msg('Ảnh mặt trước');
    if (this.kind === 'id-back') return msg('Ảnh mặt sau');
    return msg('Ảnh chân dung');
  }

  #message(): string {
    const p = this._problem;
    if (!p) return '';
    const locale = currentLocale();
    switch (p.kind) {
      case 'type':
        return msg('Tệp này không phải ảnh JPEG, PNG hoặc HEIC. Vui lòng chọn ảnh khác.');
      case 'size':
        return msg(
          str`Ảnh quá lớn (${formatFileSize(p.size, locale)}). Dung lượng tối đa là ${formatFileSize(this.maxBytes, locale)}.`,
        );
      case 'read':
        return msg('Không đọc được ảnh. Tệp có thể bị hỏng, vui lòng chọn ảnh khác.');
      case 'upload':
        return `${msg('Tải ảnh lên không thành công.')} ${failureText(p.error)}`;
    }
  }

  /** Recognises, downscales and uploads one file; every failure ends in a specific message. */
  async #accept(file: Blob): Promise<void> {
    if (this.isDisabled) return;
    this.#abort?.abort();
    this._problem = null;
    this._phase = 'processing';
    let type: ImageMediaType | null;
    try {
      type = await detectImageType(file);
    } catch {
      type = null;
    }
    if (!type) return this.#fail({ kind: 'type' });

    let blob: Blob = file;
    let thumb: string | null = null;
    if (type !== 'image/heic') {
      let bitmap: ImageBitmap;
      try {
        bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      } catch {
        return this.#fail({ kind: 'read' });
      }
      try {
        const factor = downscaleFactor(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
        // A small file that needs no resizing goes up untouched (no needless JPEG loss, PNG stays PNG).
        if (factor < 1 || file.size > this.maxBytes) {
          blob = await encode(bitmap, factor, JPEG_QUALITY);
          type = 'image/jpeg';
        }
        thumb = await blobToDataUrl(
          await encode(bitmap, downscaleFactor(bitmap.width, bitmap.height, THUMB_SIDE), 0.7),
        );
      } catch {
        return this.#fail({ kind: 'read' });
      } finally {
        bitmap.close();
      }
    }
    if (blob.size > this.maxBytes) return this.#fail({ kind: 'size', size: blob.size });

    const ext = type === 'image/png' ? 'png' : type === 'image/heic' ? 'heic' : 'jpg';
    this.#blob = new File([blob], `${this.kind}.${ext}`, { type });
    this.#thumb = thumb;
    this.#revoke();
    if (type !== 'image/heic') {
      this.#objectUrl = URL.createObjectURL(this.#blob);
      this._preview = this.#objectUrl;
    } else {
      this._preview = null;
    }
    await this.#send();
  }

  /** Uploads the prepared blob; also the retry after a failed upload. */
  async #send(): Promise<void> {
    const blob = this.#blob;
    if (!blob) return;
    const abort = new AbortController();
    this.#abort = abort;
    this._phase = 'uploading';
    this._problem = null;
    this._progress = 0;
    this.#setUpload(null, false);
    try {
      const upload = await this.api.upload(blob, { signal: abort.signal, onProgress: (f) => (this._progress = f) });
      if (abort.signal.aborted) return;
      this._progress = 1;
      this._phase = 'done';
      this.#setUpload(upload, true);
    } catch (e) {
      if (abort.signal.aborted) return;
      // The server checks again: its verdict on type and size gets the same words as ours.
      if (isApiError(e) && e.failure.kind === 'http' && e.failure.status === 415) return this.#fail({ kind: 'type' });
      if (isApiError(e) && e.failure.kind === 'http' && e.failure.status === 413)
        return this.#fail({ kind: 'size', size: blob.size });
      this.#fail({ kind: 'upload', error: e });
    }
  }

  #fail(problem: Problem): void {
    this._problem = problem;
    this._phase = 'error';
    // the user's attempt ended without a photo: a required field now shows as invalid
    this.markInteracted();
    if (problem.kind !== 'upload') {
      this.#blob = null;
      this.#revoke();
      this._preview = null;
    }
    this.#setUpload(null, false);
  }

  #clear(announce: boolean): void {
    this.#abort?.abort();
    this.#revoke();
    this.#blob = null;
    this.#thumb = null;
    this._preview = null;
    this._problem = null;
    this._phase = 'empty';
    this.#setUpload(null, announce);
  }

  #setUpload(upload: Upload | null, announce: boolean): void {
    const changed = (upload?.id ?? '') !== (this._upload?.id ?? '');
    this._upload = upload;
    if (announce && changed) {
      // the form first, so `input`/`change` listeners read the new value and validity (as for a file input)
      this.syncForm();
      this.announceInput();
      this.announceChange();
      this.emit<PhotoChangeDetail>('vss-photo-change', { upload });
    }
    this.requestUpdate();
  }

  #revoke(): void {
    if (this.#objectUrl) URL.revokeObjectURL(this.#objectUrl);
    this.#objectUrl = null;
  }

  #remove(): void {
    const had = !!this._upload;
    this.#clear(had);
    void this.updateComplete.then(() => this._fileInput?.focus());
  }

  #onPick(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Clearing lets the same file be chosen again after a failure.
    input.value = '';
    if (file) void this.#accept(file);
  }

  #onDragOver(e: DragEvent): void {
    if (this.isDisabled) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  }

  #onDrop(e: DragEvent): void {
    e.preventDefault();
    this._dragging = false;
    const file = e.dataTransfer?.files?.[0];
    if (file && !this.isDisabled) void this.#accept(file);
  }

  #openPicker(): void {
    if (!this.isDisabled) this._fileInput.click();
  }

  #openCamera(): void {
    if (!this.isDisabled) this._cameraInput.click();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.syncForm();
  }

  /** Required and no photo uploaded: why (the failed attempt's message), or that one is needed. */
  protected override issue(): FieldIssue | null {
    if (!this.required || this.value || this.isDisabled) return null;
    return {
      flag: 'valueMissing',
      message: this.#message() || formatIssue({ code: 'required' }, currentLocale()),
      anchor: this.renderRoot?.querySelector<HTMLElement>('#file'),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The anchor exists only after the first render; set validity again so the browser can point at it.
    if (changed.has('kind') || !this.hasUpdated) this.syncForm();
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    const label = this.#label;
    const message = this.error || this.#message() || (this._showValidity ? this.validationMessage : '');
    const invalid = !!message;
    const disabled = this.isDisabled;
    const locale = currentLocale();
    const busy = this._phase === 'processing' || this._phase === 'uploading';
    return html`<div class="field" part="field">
      <label class="label" part="label" for="file"
        >${label}${this.required ? html`<span class="required-mark" aria-hidden="true"> *</span>` : nothing}</label
      >
      <p class="hint" id="hint">
        ${msg(str`Ảnh JPEG, PNG hoặc HEIC, tối đa ${formatFileSize(this.maxBytes, locale)}. Chụp rõ nét, đủ sáng.`)}
      </p>
      <input
        id="file"
        class="visually-hidden"
        type="file"
        accept=${ACCEPT}
        tabindex=${this._phase === 'done' ? -1 : 0}
        ?disabled=${disabled}
        ?required=${this.required && !this._upload}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="hint ${invalid ? 'error' : ''} status"
        @change=${this.#onPick}
      />
      <input
        id="camera"
        type="file"
        hidden
        accept=${ACCEPT}
        capture=${this.kind === 'portrait' ? 'user' : 'environment'}
        @change=${this.#onPick}
      />
      <div
        class="zone ${this._dragging ? 'dragging' : ''} ${invalid ? 'invalid' : ''}"
        part="dropzone"
        aria-busy=${busy ? 'true' : 'false'}
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this._dragging = false)}
        @drop=${this.#onDrop}
      >
        ${this.#renderBody(label, disabled)}
      </div>
      ${invalid ? html`<p class="error" id="error" part="error">${message}</p>` : nothing}
      <p class="status ${this._phase === 'uploading' ? '' : 'visually-hidden'}" id="status" role="status">
        ${this.#statusText()}
      </p>
    </div>`;
  }

  #statusText(): string {
    switch (this._phase) {
      case 'processing':
        return msg('Đang xử lý ảnh…');
      case 'uploading':
        // Whole quarters only, so a screen reader is not flooded with every percent.
        return msg(str`Đang tải ảnh lên… ${Math.floor(this._progress * 4) * 25}%`);
      case 'done':
        return msg(str`Đã tải ảnh lên: ${this.#label}.`);
      default:
        return '';
    }
  }

  #renderBody(label: string, disabled: boolean) {
    switch (this._phase) {
      case 'processing':
        return html`${photoIcon()}<p class="status" aria-hidden="true">${msg('Đang xử lý ảnh…')}</p>`;
      case 'uploading':
        return html`${this.#renderPreview(label)}
          <progress part="progress" max="1" .value=${this._progress} aria-label=${msg(str`Tải lên ${label}`)}></progress>`;
      case 'done':
        return html`${this.#renderPreview(label)}
          ${this._upload ? html`<p class="meta">${formatFileSize(this._upload.size, currentLocale())}</p>` : nothing}
          <div class="actions">
            <button class="button secondary change" part="button" type="button" ?disabled=${disabled} @click=${this.#openPicker}>
              ${msg('Đổi ảnh')}<span class="visually-hidden">: ${label}</span>
            </button>
            <button class="button link remove" part="button" type="button" ?disabled=${disabled} @click=${this.#remove}>
              ${msg('Xóa ảnh')}<span class="visually-hidden">: ${label}</span>
            </button>
          </div>`;
      default:
        return html`${photoIcon()}
          <p class="meta" aria-hidden="true">${msg('Kéo và thả ảnh vào đây, hoặc')}</p>
          <div class="actions">
            <span class="button secondary choose" part="button" aria-hidden="true" @click=${this.#openPicker}
              >${msg('Chọn ảnh')}</span
            >
            <button class="button secondary camera" part="button" type="button" ?disabled=${disabled} @click=${this.#openCamera}>
              ${msg('Chụp ảnh')}<span class="visually-hidden">: ${label}</span>
            </button>
            ${
              this._problem?.kind === 'upload' && this.#blob
                ? html`<button class="button retry" part="button" type="button" @click=${() => void this.#send()}>
                  ${msg('Thử lại')}
                </button>`
                : nothing
            }
          </div>`;
    }
  }

  #renderPreview(label: string) {
    if (this._preview) {
      return html`<img class="preview" part="preview" src=${this._preview} alt=${msg(str`Xem trước: ${label}`)} />`;
    }
    return html`<div class="placeholder" part="preview" role="img" aria-label=${msg('Ảnh HEIC: không xem trước được')}>
      ${photoIcon()}<span aria-hidden="true">${msg('Ảnh HEIC: không xem trước được')}</span>
    </div>`;
  }
}

/** Draws the bitmap scaled by `factor` and encodes it as JPEG. */
async function encode(bitmap: ImageBitmap, factor: number, quality: number): Promise<Blob> {
  const w = Math.max(1, Math.round(bitmap.width * factor));
  const h = Math.max(1, Math.round(bitmap.height * factor));
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    // JPEG has no alpha: a transparent PNG would turn black without a white backing.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(bitmap, 0, 0, w, h);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(bitmap, 0, 0, w, h);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function photoIcon() {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M9 3 7.2 5H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3H9zm3 15a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-2a3 3 0 1 0 0-6 3 3 0 0 0 0 6z"/>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-photo-input': VssPhotoInput;
  }
  interface HTMLElementEventMap {
    'vss-photo-change': CustomEvent<PhotoChangeDetail>;
  }
}
