import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { isApiError, type Sms } from '@vssid/core';
import { formatDateTime } from '@vssid/core/format';
// The elements' own building blocks (deep imports the elements package exports for this purpose), so
// the inbox looks and speaks like the elements around it.
import { VssElement } from '@vssid/elements/base/vss-element.js';
import { tokens, base } from '@vssid/elements/styles/tokens.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '@vssid/elements/shared/states.js';
import { currentLocale } from '@vssid/elements/i18n/localization.js';
import { fetchSmsOutbox } from '../dev-client.js';
import { styles } from './sms-inbox.styles.js';

/** Where the inbox reads its messages: the phone filter ('' = all) and a signal that cancels the call. */
export type SmsOutboxSource = (phone: string | undefined, signal: AbortSignal) => Promise<Sms[]>;

/** Detail of `vss-sms-copy`. */
export interface SmsCopyDetail {
  kind: 'otp' | 'password';
}

interface Secret {
  kind: 'otp' | 'password';
  value: string;
  start: number;
  end: number;
}

// The mock's SMS wording (domain.md §10): "Ma OTP cua ban la 615204" and "…/Mat khau: k7Qm29xa" (last).
const OTP = /Ma OTP[^\d]*(\d{4,8})/i;
const PASSWORD = /Mat khau: (\S+)$/;

/** The codes worth copying in one SMS, with their position for highlighting. */
function secretsOf(text: string): Secret[] {
  const out: Secret[] = [];
  const otp = OTP.exec(text);
  if (otp) {
    const start = otp.index + otp[0].length - otp[1]!.length;
    out.push({ kind: 'otp', value: otp[1]!, start, end: start + otp[1]!.length });
  }
  const pw = PASSWORD.exec(text);
  if (pw) {
    const start = pw.index + pw[0].length - pw[1]!.length;
    out.push({ kind: 'password', value: pw[1]!, start, end: start + pw[1]!.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * DEMO AND STORYBOOK ONLY (`@vssid/mocks/sms-inbox`, never in `@vssid/elements`). Shows the SMS the mock backend "sent" (OTP codes, account passwords, dossier
 * receipts), newest first, so a demo user can finish a flow without a phone. It reads the mock's
 * `/api/dev/sms`; a real VssID backend has no such endpoint and the element says so instead.
 * While on screen it polls every 2 seconds.
 *
 * @element vss-sms-inbox
 * @fires vss-sms-copy - A code was copied to the clipboard. `detail: { kind: 'otp' | 'password' }`
 * @csspart inbox - The whole box.
 * @csspart list - The list of messages.
 * @csspart message - One message.
 * @csspart code - A highlighted OTP code or password.
 * @csspart copy-button - "Sao chép" next to a code.
 * @csspart refresh-button - "Làm mới".
 * @cssprop --vss-color-surface-alt - Box background.
 * @cssprop --vss-color-warning-soft - Highlight behind codes.
 */
@customElement('vss-sms-inbox')
export class VssSmsInbox extends VssElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** Show only messages sent to this phone number (any format: 0912…, +84912…). */
  @property() phone = '';

  /** Polling period in ms while the inbox is visible. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2000;

  /**
   * Where the messages come from; by default the mock's `/dev/sms` below the provider's `api-base`.
   * Stories and tests set it to show states the mock never produces.
   */
  @property({ attribute: false }) outbox: SmsOutboxSource = (phone, signal) =>
    fetchSmsOutbox(this.api.baseUrl, phone, { signal });

  @state() private _messages: Sms[] | null = null;
  @state() private _status = '';

  private _timer?: ReturnType<typeof setInterval>;
  private _visible = false;
  private _observer?: IntersectionObserver;
  private _seen = -1;

  private readonly _task = new Task(this, {
    task: async ([phone], { signal }) => {
      const list = await this.outbox(phone || undefined, signal);
      this._messages = list;
      if (this._seen >= 0 && list.length > this._seen) {
        const n = list.length - this._seen;
        this._status = msg(str`Tin nhắn mới: ${n}.`);
      }
      this._seen = list.length;
      return list;
    },
    args: () => [this.phone, this.outbox] as const,
  });

  private readonly _onVisibility = () => this._schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    if (typeof IntersectionObserver !== 'undefined') {
      this._observer = new IntersectionObserver((entries) => {
        this._visible = entries.some((e) => e.isIntersecting);
        this._schedule();
      });
      this._observer.observe(this);
    } else {
      this._visible = true;
      this._schedule();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._observer?.disconnect();
    clearInterval(this._timer);
    this._timer = undefined;
  }

  /** Fetches the outbox now. */
  refresh(): void {
    void this._task.run();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('phone')) {
      this._seen = -1;
      this._messages = null;
    }
    if (changed.has('pollInterval')) this._schedule();
  }

  /** Polls only while the inbox is on screen and the tab is visible: a hidden demo inbox costs nothing. */
  private _schedule(): void {
    const active = this.isConnected && this._visible && document.visibilityState !== 'hidden' && this.pollInterval > 0;
    if (active && !this._timer) {
      this._timer = setInterval(() => {
        // A failed outbox (404 on a real backend) is not retried by itself; the user can press "Thử lại".
        if (this._task.status !== TaskStatus.PENDING && this._task.status !== TaskStatus.ERROR) this.refresh();
      }, this.pollInterval);
    } else if (!active && this._timer) {
      clearInterval(this._timer);
      this._timer = undefined;
    }
  }

  private async _copy(secret: Secret): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret.value);
      this._status = secret.kind === 'otp' ? msg('Đã sao chép mã OTP.') : msg('Đã sao chép mật khẩu.');
      this.emit<SmsCopyDetail>('vss-sms-copy', { kind: secret.kind });
    } catch {
      this._status = msg('Không sao chép được. Vui lòng chọn và sao chép thủ công.');
    }
  }

  protected override render() {
    return html`<div class="inbox" part="inbox">
      <div class="head">
        <h2>${msg('Hộp thư SMS (giả lập)')}</h2>
        <button class="button secondary" part="refresh-button" type="button" @click=${() => this.refresh()}>${msg('Làm mới')}</button>
      </div>
      <p class="note">
        ${
          this.phone
            ? msg(str`Tin nhắn gửi đến ${this.phone}, mới nhất trước. Chỉ dùng để thử nghiệm.`)
            : msg('Tin nhắn máy chủ giả lập đã gửi, mới nhất trước. Chỉ dùng để thử nghiệm.')
        }
      </p>
      ${this._renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    </div>`;
  }

  private _renderBody(): TemplateResult {
    const list = this._messages;
    if (this._task.status === TaskStatus.ERROR) {
      const e = this._task.error;
      if (isApiError(e) && e.failure.kind === 'http' && e.failure.status === 404) {
        return html`<div class="state error" part="state state-error" role="alert">
          <p>${msg('Hộp thư SMS chỉ có trên máy chủ giả lập.')}</p>
        </div>`;
      }
      return renderError(e, () => this.refresh(), this);
    }
    if (!list) return renderLoading(msg('Đang tải tin nhắn…'));
    if (!list.length) return renderEmpty(msg('Chưa có tin nhắn nào.'));
    return html`<ol part="list">
      ${list.map((m) => this._renderMessage(m))}
    </ol>`;
  }

  private _renderMessage(m: Sms): TemplateResult {
    const secrets = secretsOf(m.text);
    const parts: (string | TemplateResult)[] = [];
    let at = 0;
    for (const s of secrets) {
      parts.push(m.text.slice(at, s.start), html`<mark part="code">${s.value}</mark>`);
      at = s.end;
    }
    parts.push(m.text.slice(at));
    return html`<li part="message">
      <div class="meta">
        <span>${msg('Đến')}: <strong>${m.to}</strong></span>
        <time datetime=${m.sentAt}>${formatDateTime(m.sentAt, currentLocale())}</time>
      </div>
      <p class="text">${parts}</p>
      ${
        secrets.length
          ? html`<div class="secrets">
            ${secrets.map(
              (s) => html`<button
                class="button secondary copy"
                part="copy-button"
                type="button"
                @click=${() => this._copy(s)}
              >
                ${msg('Sao chép')} ${s.value}
              </button>`,
            )}
          </div>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-sms-inbox': VssSmsInbox;
  }
  interface HTMLElementEventMap {
    'vss-sms-copy': CustomEvent<SmsCopyDetail>;
  }
}
