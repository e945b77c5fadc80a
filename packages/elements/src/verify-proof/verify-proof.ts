import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { isApiError, type VssApi } from '@vssid/core';
import type { ProofVerification } from '@vssid/core/proofs';
import { formatDateTime } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { OnDemand, adoptPartStyles, completeAfterParts, renderPart } from '../base/on-demand.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { base, tokens } from '../styles/tokens.js';
import { CameraReader, cameraSupported } from './camera.js';
import { loadKeys, type HeldKeys } from './keys.js';
import { verifyParts } from './parts.js';
import { publicClient } from './public-client.js';
import type { Checked } from './check.js';
import { tokenIn, verdictOf, type OnlineCheck, type ProofSource, type ProofVerifiedDetail } from './verdict.js';
import { verifyStyles } from './verify-proof.styles.js';

export type { ProofVerifiedDetail, Verdict, OnlineCheck, NotGenuineReason, ProofSource } from './verdict.js';

interface Detector {
  detect(source: CanvasImageSource | ImageBitmap): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (o: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own QR reader (`BarcodeDetector`), when it has one that reads QR codes. */
async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (typeof Native !== 'function') return null;
  try {
    return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

/** How long the online check may take before the verdict stands as "verified offline only". */
const ONLINE_CHECK_MS = 6000;

/**
 * "Kiểm tra mã chia sẻ thông tin": for a clinic's, an employer's or a bank's portal. It reads a proof a
 * citizen shows (made with `<vss-share-proof>`) by the camera, from a photo or pasted, checks its signature
 * on this device against the issuer's public keys, asks the issuer whether it was revoked when it can, and
 * says in large plain words whether it is valid, expired, revoked or not genuine, with what it shows.
 *
 * Offline: the public keys are kept on the device (keys only), so a proof is still verified with no
 * network; the result then says it was verified offline only. What was read is never stored: it lives in
 * memory until "Kiểm tra mã khác", until the page is left or hidden, or until the element leaves the page.
 * The camera stops as soon as a code is read, when stopped, and when the element leaves the page.
 *
 * Cameras: the browser's `BarcodeDetector` where it reads QR codes; otherwise a small decoder fetched
 * when the camera or a photo is first used (pasting never loads it).
 *
 * @element vss-verify-proof
 * @fires vss-proof-verified - A proof was checked. `detail: { verdict: 'valid' | 'expired' | 'revoked' | 'not-genuine', reason?: string, online: 'active' | 'revoked' | 'expired' | 'unknown' | 'unreachable' | 'not-checked', id?: string, claims?: ProofClaims, expiresAt?: string, source: 'camera' | 'photo' | 'paste' | 'link' }`
 * @csspart verifier - The whole verifier.
 * @csspart camera-button - "Quét bằng camera".
 * @csspart photo-button - "Chọn ảnh mã QR".
 * @csspart camera - The camera's view.
 * @csspart camera-problem - Why the camera could not open (refused, missing, impossible here).
 * @csspart paste - The pasted code's field.
 * @csspart check-button - "Kiểm tra".
 * @csspart result - The verdict with what the proof shows.
 * @csspart verdict - The verdict's large words.
 * @csspart claims - What the proof shows.
 * @csspart offline - The notice that the kept keys are in use.
 * @cssprop --vss-color-success - A valid proof.
 * @cssprop --vss-color-danger - A revoked or not genuine proof.
 * @cssprop --vss-color-warning - An expired proof, and offline notices.
 * @cssprop --vss-color-primary - Buttons.
 */
@customElement('vss-verify-proof')
export class VssVerifyProof extends VssElement {
  static override styles = [tokens, base, stateStyles, verifyStyles];

  /**
   * Base URL of the proof issuer's API (`GET {api-base}/proofs/keys`, `GET {api-base}/proofs/{id}/status`).
   * Default: the surrounding `<vss-provider>`'s client, else the page's `/api`.
   */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Level of the title heading, to fit the page's outline; the verdict is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * A proof to check at once (e.g. taken from the `#proof=` fragment of a link the citizen shared): a token
   * or such a link. The element does not keep it; set it again to check again.
   */
  @property({ attribute: false }) proof = '';

  /** The time to judge expiry by (ISO instant or epoch ms); defaults to the device's clock. For previews and tests. */
  @property() now = '';

  @state() private _text = '';
  @state() private _pasteError = '';
  @state() private _checking = false;
  @state() private _checked?: Checked;
  /** Why the last photo gave nothing. */
  @state() private _photoError = '';
  @state() private _readingPhoto = false;
  /** Counts checks, so a slow online answer for an earlier one is dropped. */
  private _round = 0;
  private _detector?: Promise<Detector | null>;

  private readonly _decoder = new OnDemand(this, verifyParts, 'decoder');
  /** The signature check and the verdict's view, fetched as soon as the keys are there. */
  private readonly _checker = new OnDemand(this, verifyParts, 'check', adoptPartStyles);
  private readonly _camera = new CameraReader(this, {
    video: () => this.renderRoot.querySelector('video'),
    read: (video) => this._read(video, video.videoWidth, video.videoHeight),
    found: (text) => void this._check(text, 'camera'),
  });

  private readonly _keys = new Task(this, {
    task: ([api], { signal }) => loadKeys(api, { signal }),
    args: () => [this._client] as const,
  });

  /** The client that fetches keys and statuses: `api-base`'s own, else the provider's (or the page's). */
  private get _client(): VssApi {
    return this.apiBase.trim() ? publicClient(this.apiBase) : this.api;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfterParts(this, () => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this._forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this._forget);
    this._forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('proof') && this.proof) {
      const token = this.proof;
      this.proof = '';
      void this._check(token, 'link');
    }
  }

  /** Forgets what was read and stops the camera (leaving the page, "Kiểm tra mã khác"). */
  private readonly _forget = (): void => {
    this._round++;
    this._camera.stop();
    this._checked = undefined;
    this._checking = false;
    this._text = '';
    this._pasteError = this._photoError = '';
  };

  private _judgedAt(): number {
    const n = this.now.trim();
    const ms = /^\d+$/.test(n) ? Number(n) : Date.parse(n);
    return Number.isFinite(ms) ? ms : Date.now();
  }

  // ---- reading codes ----------------------------------------------------------------------------------

  /** Reads a code from a frame or an image: the browser's reader if it has one, else the decoder part. */
  private async _read(source: CanvasImageSource, width: number, height: number): Promise<string | null> {
    const native = await (this._detector ??= nativeDetector());
    if (native) {
      try {
        return (await native.detect(source))[0]?.rawValue ?? null;
      } catch {
        // fall through to the decoder
      }
    }
    const decoder = await this._decoder.ready();
    return decoder.readQr(source, width, height);
  }

  private async _startCamera(): Promise<void> {
    this._photoError = '';
    // the decoder is fetched while the camera opens, unless the browser reads QR codes itself
    void (this._detector ??= nativeDetector()).then((native) => void (native || this._decoder.prefetch()));
    await this._camera.start();
    if (this._camera.state === 'on') await this._focusId('stop-camera');
  }

  private async _stopCamera(): Promise<void> {
    this._camera.stop();
    await this._focusId('camera-button');
  }

  private readonly _onPhoto = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same photo can be chosen again, and the page holds no reference to it
    if (!file) return;
    this._camera.stop();
    // a new photo replaces what was read before, whatever it turns out to hold
    this._round++;
    this._checked = undefined;
    this._photoError = '';
    this._readingPhoto = true;
    let text: string | null = null;
    let bitmap: ImageBitmap | undefined;
    try {
      bitmap = await createImageBitmap(file);
      text = await this._read(bitmap, bitmap.width, bitmap.height);
    } catch (err) {
      this._photoError =
        this._decoder.error !== undefined
          ? msg('Không tải được bộ đọc mã QR. Hãy kiểm tra mạng rồi chọn lại ảnh, hoặc dán mã.')
          : msg('Không mở được tệp này. Hãy chọn một ảnh (JPEG, PNG…).');
      void err;
    } finally {
      bitmap?.close();
      this._readingPhoto = false;
    }
    if (text) await this._check(text, 'photo');
    else if (!this._photoError)
      this._photoError = msg('Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng và không bị lóa.');
    if (this._photoError) await this._focusId('photo-error');
  };

  private readonly _onPaste = (e: Event): void => {
    e.preventDefault();
    if (!this._text.trim()) {
      this._pasteError = msg('Hãy dán mã vào ô trước khi kiểm tra.');
      void this._focusId('paste');
      return;
    }
    void this._check(this._text, 'paste');
  };

  // ---- checking ---------------------------------------------------------------------------------------

  private async _check(text: string, source: ProofSource): Promise<void> {
    const round = ++this._round;
    const token = tokenIn(text);
    this._pasteError = this._photoError = '';
    this._checked = undefined;
    this._checking = true;
    let held: HeldKeys;
    try {
      held = await this._heldKeys();
    } catch {
      // no keys at all: the keys' error state (with its retry) says so
      if (round === this._round) this._checking = false;
      return;
    }
    let verifyProof: (typeof import('./check.js'))['verifyProof'];
    try {
      ({ verifyProof } = await this._checker.ready());
    } catch {
      // the part's error state (with its retry) says so
      if (round === this._round) this._checking = false;
      return;
    }
    const now = this._judgedAt();
    let verification: ProofVerification = await verifyProof(token, held.set, { now });
    if (!verification.ok && verification.reason === 'unknown_key') {
      // the issuer may have rotated its key since these keys were fetched: ask once more
      try {
        const fresh = await loadKeys(this._client, { fresh: true });
        if (!fresh.kept) verification = await verifyProof(token, fresh.set, { now });
      } catch {
        // unreachable: the verdict stands on the keys there are
      }
    }
    if (round !== this._round) return;
    const checked: Checked = {
      source,
      verification,
      online: verification.ok ? 'checking' : 'not-checked',
      keptKeys: held.kept,
    };
    this._checked = checked;
    this._checking = false;
    await this._focusId('verdict');
    if (verification.ok) {
      checked.online = await this._onlineCheck(verification.id);
      if (round !== this._round) return;
      this._checked = { ...checked };
    }
    this._announce(this._checked);
  }

  /** The keys, once loaded (a proof handed over before the first render waits for the load to start). */
  private async _heldKeys(): Promise<HeldKeys> {
    if (this._keys.value) return this._keys.value;
    await this.updateComplete;
    const held = this._keys.value ?? (await this._keys.taskComplete);
    if (!held) throw new Error('no keys');
    return held;
  }

  private async _onlineCheck(id: string): Promise<OnlineCheck> {
    try {
      const { status } = await this._client.proofStatus(id, { signal: AbortSignal.timeout(ONLINE_CHECK_MS) });
      return status;
    } catch (e) {
      const f = isApiError(e) ? e.failure : undefined;
      if (f?.kind === 'http' && f.status === 404) return 'unknown';
      return 'unreachable';
    }
  }

  private _announce(c: Checked): void {
    const { verdict, reason } = verdictOf(c.verification, c.online);
    const v = c.verification;
    this.emit<ProofVerifiedDetail>('vss-proof-verified', {
      verdict,
      ...(reason ? { reason } : {}),
      online: c.online === 'checking' ? 'unreachable' : c.online,
      ...(v.ok ? { id: v.id, expiresAt: v.expiresAt } : {}),
      ...(v.ok && verdict === 'valid' ? { claims: v.claims } : {}),
      source: c.source,
    });
  }

  private async _focusId(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private async _again(): Promise<void> {
    this._forget();
    await this._focusId(cameraSupported() ? 'camera-button' : 'paste');
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    return html`<div class="verify" part="verifier">
      <div class="title" role="heading" aria-level=${this.headingLevel}>${msg('Kiểm tra mã chia sẻ thông tin')}</div>
      <p class="lead">
        ${msg('Quét mã QR người dân đưa, chọn ảnh chụp mã, hoặc dán mã. Chữ ký được kiểm tra ngay trên thiết bị này; mã không được lưu lại.')}
      </p>
      ${this._keys.render({
        initial: () => renderLoading(msg('Đang tải khóa kiểm tra chữ ký…')),
        pending: () =>
          this._keys.value ? this._renderTool(this._keys.value) : renderLoading(msg('Đang tải khóa kiểm tra chữ ký…')),
        error: (e) => renderError(e, () => void this._keys.run(), this),
        complete: (held) => this._renderTool(held),
      })}
    </div>`;
  }

  private _renderTool(held: HeldKeys): TemplateResult {
    // keys are here: fetch the checking part now, so a device that goes offline next still has it
    void this._checker.prefetch();
    return html`${
      held.kept
        ? html`<div class="notice" part="offline" role="status">
            <p>
              ${msg(str`Không kết nối được máy chủ: đang dùng khóa kiểm tra đã lưu lúc ${formatDateTime(held.savedAt, currentLocale())}. Chữ ký vẫn kiểm tra được, nhưng chưa biết mã có bị thu hồi không.`)}
            </p>
            <button class="button secondary" type="button" @click=${() => void this._keys.run()}>${msg('Kết nối lại')}</button>
          </div>`
        : nothing
    }
      ${this._renderReaders()} ${this._renderPaste()} ${this._renderResult()}`;
  }

  private _renderReaders(): TemplateResult {
    const cam = this._camera.state;
    const supported = cameraSupported();
    return html`<div class="readers">
      <div class="actions">
        ${
          supported && !this._camera.active
            ? html`<button class="button" id="camera-button" part="camera-button" type="button" @click=${() => void this._startCamera()}>
              ${msg('Quét bằng camera')}
            </button>`
            : nothing
        }
        <!-- the real input stays in the tab order, hidden and drawn as its label (which opens it); its focus
          shows on the label (an invisible input laid over the label overflowed in Firefox, its own text wider) -->
        <span class="file-button">
          <input
            type="file"
            id="photo"
            accept="image/*"
            class="visually-hidden"
            aria-describedby=${this._photoError ? 'photo-error' : nothing}
            @change=${this._onPhoto}
          />
          <label for="photo" class="button secondary" part="photo-button">${msg('Chọn ảnh mã QR')}</label>
        </span>
      </div>
      ${
        this._camera.active
          ? html`<div class="camera">
            <video part="camera" muted playsinline autoplay aria-label=${msg('Hình từ camera')}></video>
            <p role="status">
              ${cam === 'starting' ? msg('Đang mở camera…') : msg('Đưa mã QR vào giữa khung hình. Mã được đọc tự động.')}
            </p>
            <button class="button secondary" id="stop-camera" type="button" @click=${() => void this._stopCamera()}>${msg('Dừng camera')}</button>
          </div>`
          : nothing
      }
      ${this._renderCameraProblem(supported)}
      ${this._readingPhoto ? html`<p role="status">${msg('Đang đọc ảnh…')}</p>` : nothing}
      ${
        this._photoError
          ? html`<p class="field-error" id="photo-error" role="alert" tabindex="-1">${this._photoError}</p>`
          : nothing
      }
      ${this._decoder.error !== undefined ? renderPart(this._decoder, this) : nothing}
    </div>`;
  }

  private _renderCameraProblem(supported: boolean): TemplateResult | typeof nothing {
    let text = '';
    switch (supported ? this._camera.state : 'unsupported') {
      case 'denied':
        text = msg(
          'Chưa được phép dùng camera. Hãy cho phép trong cài đặt của trình duyệt, hoặc chọn ảnh, hoặc dán mã.',
        );
        break;
      case 'missing':
        text = msg('Không tìm thấy camera trên thiết bị này. Hãy chọn ảnh chụp mã, hoặc dán mã.');
        break;
      case 'unsupported':
        text = msg('Trình duyệt này không mở được camera trên trang này. Hãy chọn ảnh chụp mã, hoặc dán mã.');
        break;
      case 'failed':
        text = msg('Không mở được camera (có thể ứng dụng khác đang dùng). Hãy thử lại, chọn ảnh, hoặc dán mã.');
        break;
      default:
        return nothing;
    }
    return html`<div class="notice" part="camera-problem" role=${supported ? 'alert' : nothing}><p>${text}</p></div>`;
  }

  private _renderPaste(): TemplateResult {
    const error = this._pasteError;
    return html`<form class="paste" novalidate @submit=${this._onPaste}>
      <label for="paste">${msg('Hoặc dán mã (hay liên kết) người dân gửi')}</label>
      ${error ? html`<p class="field-error" id="paste-error"><span class="visually-hidden">${msg('Lỗi:')}</span> ${error}</p>` : nothing}
      <textarea
        id="paste"
        part="paste"
        rows="3"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'paste-error' : nothing}
        .value=${this._text}
        @input=${(e: Event) => {
          this._text = (e.target as HTMLTextAreaElement).value;
          this._pasteError = '';
        }}
      ></textarea>
      <div class="actions">
        <button class="button" part="check-button" type="submit" ?disabled=${this._checking}>${msg('Kiểm tra')}</button>
      </div>
    </form>`;
  }

  private _renderResult(): TemplateResult | typeof nothing {
    if (this._checking) return html`<div class="state loading" role="status"><p>${msg('Đang kiểm tra mã…')}</p></div>`;
    const part = this._checker.value;
    if (this._checker.error !== undefined) return renderPart(this._checker, this);
    if (!this._checked || !part) return nothing;
    return part.renderResult(this._checked, { headingLevel: this.headingLevel, again: () => void this._again() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-verify-proof': VssVerifyProof;
  }
  interface HTMLElementEventMap {
    'vss-proof-verified': CustomEvent<ProofVerifiedDetail>;
  }
}
