import { html, nothing, render, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { extractOtp, formatCountdown } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import { invalid, validateOtp, valid } from '@vssid/core/validators';
import { VssFormElement, type FieldIssue } from '../base/vss-form-element.js';
import { tokens, base } from '../styles/tokens.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './otp-input.styles.js';

let counter = 0;

/** Detail of `vss-otp-complete`. */
export interface OtpCompleteDetail {
  value: string;
}

/**
 * A one-time code field (the 6-digit OTP sent by SMS or email). One text input with
 * `autocomplete="one-time-code"` and `inputmode="numeric"`, placed in the light DOM so SMS autofill and
 * password managers see it. Pasted text such as "615 204" or a whole SMS is reduced to the code.
 * Form-associated: inside a `<form>` it submits its value under `name` and blocks submission while it is
 * required and empty, or incomplete.
 *
 * The label, hint, input and error text are light-DOM children the element creates; a page may style them
 * with `vss-otp-input input { … }`.
 *
 * @element vss-otp-input
 * @fires vss-otp-complete - All digits are present (typed, pasted or autofilled). `detail: { value: string }`
 * @fires vss-otp-resend - The user asks for a new code; the page calls the API, then sets `resendAfter` again or calls `startCountdown()`. `detail: {}`
 * @csspart field - The grid holding label, hint, error, input and the resend button.
 * @csspart resend-button - "Gửi lại mã" (shows the countdown while it is not yet allowed).
 * @slot label - Filled by the element (the `<label>`); do not use.
 * @slot hint - Filled by the element; do not use.
 * @slot error - Filled by the element; do not use.
 * @slot input - Filled by the element; do not use.
 * @cssprop --vss-color-primary - Resend link colour.
 * @cssprop --vss-color-danger - Error text and invalid border.
 * @cssprop --vss-control-height - Input height (44px).
 */
@customElement('vss-otp-input')
export class VssOtpInput extends VssFormElement {
  static override styles = [tokens, base, styles];

  /** Number of digits (6 for VssID codes). */
  @property({ type: Number }) length = 6;

  /** Visible label; the input's accessible name. Default "Mã OTP". */
  @property() label = '';

  /**
   * A message from the server (wrong code, attempts left). Shown under the label with `aria-invalid`;
   * cleared when the user edits the code.
   */
  @property({ reflect: true }) error = '';

  #value = '';
  /** The digits entered; setting it normalises pasted text ("Mã OTP: 615 204" → "615204"). */
  @property({ attribute: false })
  get value(): string {
    return this.#value;
  }
  set value(v: string) {
    const old = this.#value;
    this.#value = extractOtp(String(v ?? ''), this.length);
    // Synchronously, so a form submitted right after typing sees the new value and validity.
    this.syncForm(this.#value);
    this.requestUpdate('value', old);
  }

  #resendAfter: number | undefined;
  /**
   * Seconds before a new code may be requested. Setting it (even to the same number) starts the visible
   * countdown "Gửi lại mã sau 0:59"; then the "Gửi lại mã" button is enabled. Unset: no resend button.
   */
  @property({ type: Number, attribute: 'resend-after' })
  get resendAfter(): number | undefined {
    return this.#resendAfter;
  }
  set resendAfter(v: number | undefined) {
    const old = this.#resendAfter;
    this.#resendAfter = v == null || Number.isNaN(v) ? undefined : v;
    if (this.#resendAfter !== undefined) this.startCountdown(this.#resendAfter);
    this.requestUpdate('resendAfter', old);
  }

  @state() private _remaining = 0;
  @state() private _touched = false;

  readonly #id = `vss-otp-${++counter}`;
  /** The user edited the code since `change` last fired: leaving the field fires it. */
  #dirty = false;
  #endsAt = 0;
  #timer?: ReturnType<typeof setInterval>;
  #lastComplete = '';

  // Submitting a form (or reportValidity) marks the field as visited, so its message shows.
  protected override invalidated(): void {
    this._touched = true;
  }

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  /** Starts (or restarts) the resend countdown. */
  startCountdown(seconds: number): void {
    this.#endsAt = Date.now() + Math.max(0, seconds) * 1000;
    this.#tick();
    if (this.isConnected) this.#runTimer();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#endsAt > Date.now()) this.#runTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.value = '';
    this.#dirty = false;
    this.error = '';
    this._touched = false;
    this.#lastComplete = '';
  }

  get #input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${this.#id}`);
  }

  #runTimer(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.#tick(), 250);
  }

  #tick(): void {
    const left = Math.max(0, Math.ceil((this.#endsAt - Date.now()) / 1000));
    this._remaining = left;
    if (left === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  /** The client-side problem with the current value (message in the UI language, anchored on the input). */
  protected override issue(): FieldIssue | null {
    const v = this.#value;
    // Core's validator is the 6-digit rule; other lengths use the same message with their own count.
    const r = !v
      ? this.required
        ? invalid('required')
        : valid(v)
      : this.length === 6
        ? validateOtp(v)
        : v.length === this.length
          ? valid(v)
          : invalid('otp_format', { length: this.length });
    return r.ok
      ? null
      : {
          flag: r.issue.code === 'required' ? 'valueMissing' : 'patternMismatch',
          message: formatIssue(r.issue, currentLocale()),
          anchor: this.#input,
        };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('length') && this.#value.length > this.length) this.#value = this.#value.slice(0, this.length);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The light-DOM part (label, input, messages) is rendered with the same data after the shadow part.
    render(this.#renderLight(), this, { host: this });
    this.syncForm(this.#value);
  }

  #renderLight() {
    const id = this.#id;
    const issue = this._touched ? this.issue() : null;
    // the page's setCustomValidity() message, else the element's own
    const errorText =
      this.error || (this._touched && this.validity.customError ? this.validationMessage : (issue?.message ?? ''));
    const describedBy = [`${id}-hint`, errorText ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<label slot="label" for=${id}>${this.label || msg('Mã OTP')}</label>
      <span slot="hint" id="${id}-hint">${msg(str`Gồm ${this.length} chữ số trong tin nhắn vừa gửi.`)}</span>
      <span slot="error" id="${id}-error" aria-live="polite">${errorText}</span>
      <input
        slot="input"
        id=${id}
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        spellcheck="false"
        pattern=${`\\d{${this.length}}`}
        maxlength=${this.length}
        .value=${live(this.#value)}
        ?disabled=${this.isDisabled}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${errorText ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${this.#onInput}
        @change=${this.#onInput}
        @paste=${this.#onPaste}
        @blur=${this.#onBlur}
      />`;
  }

  #onInput(e: Event): void {
    // The input is a light-DOM child: its own events would reach the page as the element's, before the value
    // is normalised; the element fires its own `input` (here) and `change` (on leaving) instead.
    e.stopPropagation();
    const input = e.target as HTMLInputElement;
    const next = extractOtp(input.value, this.length);
    // Only rewrite the box when normalising changed it, so the caret stays where the user put it.
    if (input.value !== next) input.value = next;
    this.#accept(next);
  }

  #onPaste(e: ClipboardEvent): void {
    const text = e.clipboardData?.getData('text') ?? '';
    const input = e.target as HTMLInputElement;
    // The browser would cut the paste at maxlength before we see it ("Mã OTP: 6…"), so paste ourselves.
    e.preventDefault();
    const pasted = extractOtp(text, this.length);
    let next = pasted;
    if (pasted.length < this.length) {
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? start;
      next = (input.value.slice(0, start) + pasted + input.value.slice(end)).replace(/\D/g, '').slice(0, this.length);
    }
    input.value = next;
    this.#accept(next);
  }

  #onBlur(): void {
    if (this.#value !== '') this._touched = true;
    // as a native text field: `change` when the user leaves it with a different value
    if (this.#dirty) {
      this.#dirty = false;
      this.announceChange();
    }
  }

  #accept(next: string): void {
    const changed = next !== this.#value;
    if (changed) this.error = '';
    this.value = next;
    if (changed) {
      this.#dirty = true;
      this.announceInput();
    }
    if (next.length === this.length) {
      if (next !== this.#lastComplete) {
        this.#lastComplete = next;
        this.emit<OtpCompleteDetail>('vss-otp-complete', { value: next });
      }
    } else {
      this.#lastComplete = '';
    }
  }

  #onResend(): void {
    if (this._remaining > 0 || this.isDisabled) return;
    this.emit('vss-otp-resend', {});
  }

  protected override render() {
    const waiting = this._remaining > 0;
    return html`<div class="field" part="field">
      <slot name="label"></slot>
      <slot name="hint"></slot>
      <slot name="error"></slot>
      <slot name="input"></slot>
      ${
        this.#resendAfter === undefined
          ? nothing
          : html`<button
            class="button link resend"
            part="resend-button"
            type="button"
            aria-disabled=${waiting || this.isDisabled ? 'true' : 'false'}
            @click=${this.#onResend}
          >
            ${waiting ? msg(str`Gửi lại mã sau ${formatCountdown(this._remaining)}`) : msg('Gửi lại mã')}
          </button>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-otp-input': VssOtpInput;
  }
  interface HTMLElementEventMap {
    'vss-otp-complete': CustomEvent<OtpCompleteDetail>;
    'vss-otp-resend': CustomEvent<Record<string, never>>;
  }
}
