import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  estimateCoPayment,
  normalizeCardCode,
  parseCardCode,
  parseCardQr,
  type CoPaymentEstimate,
  type ParsedCardCode,
} from '@vssid/core/domain';
import { formatVnd, normalizeDigits } from '@vssid/core/format';
import { bhytGroupMeaning, formatIssue, provinceLabel } from '@vssid/core/i18n';
import { cardCodeWarnings, validateCardCode } from '@vssid/core/validators';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { ErrorSummary, errorSummaryStyles } from '../shared/error-summary.js';
import { currentLocale } from '../i18n/localization.js';
import { benefitText } from './card-text.js';
import { payerText, ruleText } from './explain-text.js';
import { explainStyles } from './card-explain.styles.js';

/** Minimal typing of the Shape Detection API (Chromium on Android/macOS/ChromeOS; absent elsewhere). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (opts?: { formats?: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorCtor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
}

export interface CardExplainDetail {
  /** The normalised 15-character code that was explained. */
  cardCode: string;
}

/**
 * "Giải thích mã thẻ": decodes any 15-character BHYT card code in plain words (group and who pays,
 * benefit level and what the fund pays, the issuing province before and after the 2025 merger, the
 * social-insurance code) and estimates the co-payment of a bill. A photo of the card's QR can be read
 * where the browser has `BarcodeDetector`; elsewhere that option is not shown.
 *
 * @element vss-card-explain
 * @fires vss-card-explain - A code was decoded. `detail: { cardCode: string }`
 * @csspart explain - The whole section.
 * @csspart input - The card-code input.
 * @csspart error-summary - "Có lỗi cần sửa" with a link to the card-code input.
 * @csspart result - The decoded explanation.
 * @csspart copay - The co-payment estimator.
 * @cssprop --vss-color-primary - Buttons and links.
 */
@customElement('vss-card-explain')
export class VssCardExplain extends VssElement {
  static override styles = [tokens, base, stateStyles, errorSummaryStyles, explainStyles];

  /** A card code to explain at once (the card passes its own). */
  @property() code = '';

  @state() private _input = '';
  @state() private _error = '';
  @state() private _photoMessage = '';
  @state() private _amount = '';
  @state() private _commune = false;
  @state() private _fiveYears = false;

  @query('#code') private _codeInput!: HTMLInputElement;
  @query('#photo') private _photoInput?: HTMLInputElement;

  readonly #summary = new ErrorSummary(this, () => this._codeInput);
  #lastEmitted = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new code from outside replaces what is shown; typing afterwards is the user's own.
    if (changed.has('code') && this.code) {
      this._input = this.code;
      this._error = '';
    }
  }

  /** The parsed code when the input is a valid card code, else undefined. */
  get #parsed(): ParsedCardCode | undefined {
    const v = validateCardCode(this._input);
    return v.ok ? parseCardCode(v.value) : undefined;
  }

  #validate(): boolean {
    const v = validateCardCode(this._input);
    this._error = v.ok ? '' : formatIssue(v.issue, currentLocale());
    return v.ok;
  }

  #onInput(e: Event): void {
    this._input = (e.target as HTMLInputElement).value;
    // Clear a stale error as soon as the code becomes right; do not nag while it is still being typed.
    if (this._error && validateCardCode(this._input).ok) this._error = '';
    if (normalizeCardCode(this._input).length >= 15) this.#validate();
  }

  #onBlur(): void {
    if (this._input.trim() !== '') this.#validate();
  }

  #onSubmit(e: Event): void {
    e.preventDefault();
    if (this.#validate()) this.#summary.hide();
    else this.#summary.show();
  }

  #pickPhoto(): void {
    this._photoInput?.click();
  }

  async #onPhoto(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const Detector = barcodeDetector();
    if (!file || !Detector) return;
    this._photoMessage = msg('Đang đọc mã QR…');
    try {
      const bitmap = await createImageBitmap(file);
      const found = await new Detector({ formats: ['qr_code'] }).detect(bitmap);
      const data = found.map((b) => parseCardQr(b.rawValue)).find((d) => d !== undefined);
      if (!data) {
        this._photoMessage = msg('Không tìm thấy mã QR của thẻ BHYT trong ảnh. Hãy chụp rõ, đủ sáng và thử lại.');
        return;
      }
      this._input = data.cardCode;
      this.#validate();
      this._photoMessage = msg('Đã đọc mã thẻ từ ảnh.');
    } catch {
      this._photoMessage = msg('Không đọc được ảnh. Hãy chọn một ảnh khác.');
    }
  }

  /** The amount typed, in đồng: digits only, so "500.000", "500,000" and "500000" are the same. */
  get #amountValue(): number | undefined {
    const digits = normalizeDigits(this._amount).replace(/[\s.,₫đ]|vnd/gi, '');
    return /^\d{1,12}$/.test(digits) ? Number(digits) : undefined;
  }

  get #estimate(): CoPaymentEstimate | undefined {
    const p = this.#parsed;
    const amount = this.#amountValue;
    if (!p || amount === undefined) return undefined;
    return estimateCoPayment({ cardCode: p.code, amount, commune: this._commune, fiveYears: this._fiveYears });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const p = this.#parsed;
    if (p && p.code !== this.#lastEmitted) {
      this.#lastEmitted = p.code;
      this.emit<CardExplainDetail>('vss-card-explain', { cardCode: p.code });
    }
  }

  protected override render() {
    const parsed = this.#parsed;
    const canPhoto = barcodeDetector() !== undefined;
    return html`<div class="explain" part="explain">
      <form novalidate @submit=${this.#onSubmit}>
        ${this.#summary.render(this._error ? [{ field: 'code', text: this._error }] : [])}
        <div class="field ${this._error ? 'invalid' : ''}">
          <label for="code">${msg('Mã thẻ BHYT (15 ký tự)')}</label>
          <p class="hint" id="code-hint">${msg('Ví dụ: DN4797901234567. Có thể gõ hoặc dán, kể cả khi có dấu cách.')}</p>
          ${this._error ? html`<p class="error-text" id="code-error">${this._error}</p>` : nothing}
          <input
            id="code"
            part="input"
            name="cardCode"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="30"
            .value=${this._input}
            aria-invalid=${this._error ? 'true' : 'false'}
            aria-describedby=${this._error ? 'code-hint code-error' : 'code-hint'}
            @input=${this.#onInput}
            @blur=${this.#onBlur}
          />
        </div>
        <div class="actions">
          <button class="button" type="submit">${msg('Giải thích')}</button>
          ${
            canPhoto
              ? html`<button class="button secondary" type="button" @click=${this.#pickPhoto}>${msg('Đọc mã QR từ ảnh thẻ')}</button>
                <input id="photo" type="file" accept="image/*" hidden @change=${this.#onPhoto} />`
              : nothing
          }
        </div>
        ${canPhoto ? html`<p class="photo-status" role="status">${this._photoMessage}</p>` : nothing}
      </form>
      <div class="result" part="result" role="status" aria-live="polite">${parsed ? this.#renderParsed(parsed) : nothing}</div>
      ${parsed ? this.#renderCopay(parsed) : nothing}
    </div>`;
  }

  #renderParsed(p: ParsedCardCode) {
    const locale = currentLocale();
    const warnings = cardCodeWarnings(p.code).map((w) => formatIssue(w, locale));
    const province = p.province
      ? provinceLabel(p.province, locale)
      : msg(str`mã tỉnh ${p.provinceCode} không có trong danh mục`);
    return html`<dl class="parts">
        <div>
          <dt>${msg(str`Đối tượng ${p.groupCode}`)}</dt>
          <dd>
            ${bhytGroupMeaning(p.groupCode, locale) ?? msg('Mã đối tượng hợp lệ nhưng chưa có mô tả chính thức')}.
            ${payerText(p.group)}.
            ${p.mayBeDefenceOrPolice ? msg('Thẻ có thể do BHXH Bộ Quốc phòng hoặc Bộ Công an cấp.') : nothing}
          </dd>
        </div>
        <div>
          <dt>${msg(str`Mức hưởng ${p.benefitDigit}`)}</dt>
          <dd>${benefitText(p.benefitDigit)}.</dd>
        </div>
        <div>
          <dt>${msg(str`Tỉnh cấp thẻ ${p.provinceCode}`)}</dt>
          <dd>${province}</dd>
        </div>
        <div>
          <dt>${msg('Mã số BHXH')}</dt>
          <dd class="mono">${p.socialInsuranceCode}</dd>
        </div>
      </dl>
      ${warnings.map((w) => html`<p class="warning">${w}</p>`)}`;
  }

  #renderCopay(p: ParsedCardCode) {
    const est = this.#estimate;
    const locale = currentLocale();
    const amountError = this._amount.trim() !== '' && this.#amountValue === undefined;
    return html`<fieldset class="copay" part="copay">
      <legend>${msg('Ước tính chi phí cùng chi trả')}</legend>
      <div class="field ${amountError ? 'invalid' : ''}">
        <label for="amount">${msg('Chi phí khám chữa bệnh trong phạm vi BHYT (đồng)')}</label>
        ${amountError ? html`<p class="error-text" id="amount-error">${msg('Nhập số tiền bằng chữ số, ví dụ 500000.')}</p>` : nothing}
        <input
          id="amount"
          inputmode="numeric"
          autocomplete="off"
          .value=${this._amount}
          aria-invalid=${amountError ? 'true' : 'false'}
          aria-describedby=${amountError ? 'amount-error' : nothing}
          @input=${(e: Event) => (this._amount = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="checks">
        <label class="check">
          <input type="checkbox" .checked=${this._commune} @change=${(e: Event) => (this._commune = (e.target as HTMLInputElement).checked)} />
          ${msg('Khám tại tuyến xã (trạm y tế xã, phường)')}
        </label>
        <label class="check">
          <input type="checkbox" .checked=${this._fiveYears} @change=${(e: Event) => (this._fiveYears = (e.target as HTMLInputElement).checked)} />
          ${msg('Đã đủ 05 năm liên tục và số tiền cùng chi trả trong năm đã vượt 6 tháng lương cơ sở')}
        </label>
      </div>
      <div class="estimate" role="status" aria-live="polite">
        ${
          est
            ? html`<dl class="money">
                <div class="fund"><dt>${msg('Quỹ BHYT trả')}</dt><dd>${formatVnd(est.fundPays, locale)}</dd></div>
                <div class="patient"><dt>${msg('Bạn trả')}</dt><dd>${formatVnd(est.patientPays, locale)}</dd></div>
              </dl>
              <p class="rule">${ruleText(est.rule, p.benefitDigit)}</p>
              <p class="note">${msg('Đây là ước tính cho chi phí trong phạm vi BHYT, khám đúng tuyến; chi phí ngoài phạm vi do bạn tự trả.')}</p>`
            : nothing
        }
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-card-explain': VssCardExplain;
  }
  interface HTMLElementEventMap {
    'vss-card-explain': CustomEvent<CardExplainDetail>;
  }
}
