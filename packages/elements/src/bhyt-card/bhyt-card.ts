import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { isApiError, type BhytCard, type CardLookupResult, type Locale } from '@vssid/core';
import { todayIso } from '@vssid/core/domain';
import { formatDate, formatDateTime, formatFacilityCode, splitCardCode } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { renderError, renderHotline, renderLoading, stateStyles } from '../shared/states.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import { benefitText, checkCodeText } from './card-text.js';
// the offline copy; logging out removes it (shared/card-cache.ts, wired by the provider and the fallback client)
import { readCachedCard, saveCachedCard } from '../shared/card-cache.js';
import { cardStyles } from './bhyt-card.styles.js';
import { OnDemand, renderPart } from '../base/on-demand.js';
import { cardParts } from './parts.js';

/** The card as the citizen should read it: the fund's status plus "expiring soon", derived locally. */
export type CardDisplayStatus = 'valid' | 'expiring' | 'expired' | 'suspended';

/** Days before `validTo` from which a valid card is shown as expiring soon. */
export const EXPIRING_WITHIN_DAYS = 30;

/** What both the signed-in card and the public lookup give. */
type CardData = CardLookupResult & Partial<Pick<BhytCard, 'address' | 'socialInsuranceCode'>>;

export interface CardLoadDetail {
  cardCode: string;
  status: CardDisplayStatus;
  /** True when the card shown is the offline copy, not the server's answer. */
  offline: boolean;
}

type Loaded =
  | { kind: 'card'; card: CardData; offline?: { savedAt: string; error: unknown } }
  | { kind: 'no-card' }
  | { kind: 'not-found' };

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 86_400_000);
}

/** The status to show on `today` (ISO date). */
export function cardDisplayStatus(card: Pick<CardData, 'status' | 'validTo'>, today: string): CardDisplayStatus {
  if (card.status === 'suspended') return 'suspended';
  if (card.status === 'expired') return 'expired';
  if (card.validTo !== null) {
    const left = daysBetween(today, card.validTo);
    if (left < 0) return 'expired';
    if (left <= EXPIRING_WITHIN_DAYS) return 'expiring';
  }
  return 'valid';
}

function isOfflineFailure(e: unknown): boolean {
  return isApiError(e) && (e.kind === 'network' || e.kind === 'timeout');
}

function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.failure.kind === 'http' && e.failure.status === 404;
}

// Status icons: the shape differs per state so the state never rests on colour alone.
const icons: Record<CardDisplayStatus, SVGTemplateResult> = {
  valid: svg`<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`,
  expiring: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M12 7v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  expired: svg`<path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>`,
  suspended: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M9.5 8v8M14.5 8v8" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
};

const offlineIcon = svg`<path d="M3 3l18 18M8.5 16.5a5 5 0 017 0M5 13a10 10 0 0110.5-2.3M2 9.5a15 15 0 015.5-3.3M12 20h.01" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`;

/** A decorative 24 px icon next to words that say the same. */
const icon = (body: SVGTemplateResult) =>
  html`<svg class="status-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

/**
 * The digital health-insurance card (thẻ BHYT): holder, card code in its four parts with the group and
 * benefit level in words, place of first registration, validity, five-consecutive-years date and a
 * scannable QR. Signed in, it shows the citizen's own card; with `card-number`, `full-name` and
 * `birth-date` it looks a card up publicly ("Tra cứu giá trị sử dụng thẻ BHYT"), no login needed.
 *
 * The last card seen is kept on the device (card data only, never the token) so it stays readable
 * offline, marked with the time it was saved; the copy is removed when the citizen logs out.
 *
 * Printing: the card prints on its own without buttons. The page decides the paper size with its own
 * CSS (`@page { size: A4 }` or `@page { size: A6 }` cannot live in a shadow root); the card fills the
 * printable width up to 180 mm, so it fits both.
 *
 * @element vss-bhyt-card
 * @fires vss-card-load - A card was shown. `detail: { cardCode: string, status: 'valid' | 'expiring' | 'expired' | 'suspended', offline: boolean }`
 * @fires vss-login-request - The citizen asked to sign in from the session-expired state. `detail: {}`
 * @fires vss-change-password-request - The citizen must change the password first and asked to. `detail: {}`
 * @csspart card - The card itself.
 * @csspart header - The card's blue header band.
 * @csspart qr - The QR code figure.
 * @csspart status - The validity badge (icon and words).
 * @csspart explain - The "explain my card" disclosure.
 * @csspart offline - The notice shown over an offline copy.
 * @cssprop --vss-color-primary - The header band and buttons.
 * @cssprop --vss-color-on-primary - Text on the header band.
 * @cssprop --vss-color-success - Valid status.
 * @cssprop --vss-color-warning - Expiring-soon status.
 * @cssprop --vss-color-danger - Expired and suspended status.
 * @cssprop --vss-radius - Card corners.
 */
@customElement('vss-bhyt-card')
export class VssBhytCard extends VssElement {
  static override styles = [tokens, base, stateStyles, disclosureStyles, cardStyles];

  /** Public lookup: the 15-character card code. With `full-name` and `birth-date`, no login is used. */
  @property({ attribute: 'card-number' }) cardNumber = '';

  /** Public lookup: the holder's full name as on the card. */
  @property({ attribute: 'full-name' }) fullName = '';

  /** Public lookup: the holder's date of birth, `YYYY-MM-DD`. */
  @property({ attribute: 'birth-date' }) birthDate = '';

  /** A small one-line card: name, number and status. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Show the card's QR code (the payload of the paper card, readable by hospital scanners). */
  @property({ type: Boolean, attribute: 'show-qr', reflect: true }) showQr = false;

  /** The date validity is judged on (`YYYY-MM-DD`); defaults to the device's date. For previews and tests. */
  @property() today = '';

  #announced = '';

  get #lookupMode(): boolean {
    return this.cardNumber.trim() !== '' && this.fullName.trim() !== '' && this.birthDate.trim() !== '';
  }

  /** The QR encoder, fetched while the card data is on its way. */
  readonly #qr = new OnDemand(this, cardParts, 'qr');
  /** The meaning of the card's group code, fetched while the card data is on its way. */
  readonly #meaning = new OnDemand(this, cardParts, 'meaning');
  /** `<vss-card-explain>`, fetched when the explanation is first opened (or about to be). */
  readonly #explain = new OnDemand(this, cardParts, 'explain');

  // The shared session task: the card loads again on every change of the session (the first-login password
  // change keeps the citizen's code, so a key made of the code missed it), and the public lookup needs none.
  readonly #data = new SessionTask(
    this,
    this.sessionWatch,
    async (api, { signal, fresh }, lookup, cardNumber, fullName, birthDate): Promise<Loaded> => {
      if (this.showQr && !this.compact) void this.#qr.load();
      void this.#meaning.load();
      if (lookup) {
        try {
          const card = await api.lookupCard({ cardCode: cardNumber, fullName, dateOfBirth: birthDate }, { signal });
          return { kind: 'card', card };
        } catch (e) {
          if (isNotFound(e)) return { kind: 'not-found' };
          throw e;
        }
      }
      const code = api.session?.socialInsuranceCode;
      try {
        const card = await api.card({ signal, fresh });
        saveCachedCard(card);
        return { kind: 'card', card };
      } catch (e) {
        if (isNotFound(e)) return { kind: 'no-card' };
        const cached = code && isOfflineFailure(e) ? await readCachedCard(code) : undefined;
        if (cached) return { kind: 'card', card: cached.card, offline: { savedAt: cached.savedAt, error: e } };
        throw e;
      }
    },
    {
      args: (): [lookup: boolean, cardNumber: string, fullName: string, birthDate: string] => [
        this.#lookupMode,
        this.cardNumber.trim(),
        this.fullName.trim(),
        this.birthDate.trim(),
      ],
      anonymous: (lookup) => lookup,
    },
  );
  readonly #task = this.#data.task;

  /** Loads the card again, bypassing the client's short cache. */
  reload(): void {
    this.#data.retry();
  }

  #today(): string {
    return todayIso(this.today || undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#task.status !== TaskStatus.COMPLETE) return;
    const v = this.#task.value;
    if (v?.kind !== 'card') return;
    const status = cardDisplayStatus(v.card, this.#today());
    const key = `${v.card.cardCode}|${status}|${!!v.offline}`;
    if (key === this.#announced) return;
    this.#announced = key;
    this.emit<CardLoadDetail>('vss-card-load', { cardCode: v.card.cardCode, status, offline: !!v.offline });
  }

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải thẻ BHYT…'));
    return this.#task.render({
      initial: loading,
      pending: loading,
      error: (e) => this.#renderError(e),
      complete: (v) => {
        switch (v.kind) {
          case 'no-card':
            return this.#renderEmpty(msg('Bạn chưa có thẻ BHYT điện tử. Khi cơ quan BHXH cấp thẻ, thẻ sẽ hiện ở đây.'));
          case 'not-found':
            return this.#renderEmpty(
              msg(
                'Không tìm thấy thẻ BHYT khớp với mã thẻ, họ tên và ngày sinh đã nhập. Hãy kiểm tra lại từng thông tin.',
              ),
            );
          case 'card':
            return this.compact ? this.#renderCompact(v.card) : this.#renderCard(v.card, v.offline);
        }
      },
    });
  }

  #renderEmpty(text: string) {
    return html`<div class="state empty" part="state state-empty" role="status">
      <p>${text}</p>
      ${renderHotline()}
    </div>`;
  }

  #renderError(e: unknown) {
    if (isApiError(e) && e.kind === 'password_change_required') {
      return html`<div class="state expired" part="state state-password" role="alert">
        <p>${failureText(e)}</p>
        <button class="button" type="button" @click=${() => this.emit('vss-change-password-request', {})}>
          ${msg('Đổi mật khẩu')}
        </button>
      </div>`;
    }
    return renderError(e, () => this.reload(), this);
  }

  #statusText(s: CardDisplayStatus): string {
    switch (s) {
      case 'valid':
        return msg('Còn giá trị sử dụng');
      case 'expiring':
        return msg('Sắp hết hạn');
      case 'expired':
        return msg('Hết giá trị sử dụng');
      case 'suspended':
        return msg('Tạm dừng sử dụng');
    }
  }

  #renderStatus(card: CardData, status: CardDisplayStatus) {
    let detail = '';
    if (status === 'expiring' && card.validTo) {
      const left = daysBetween(this.#today(), card.validTo);
      detail = msg(str`Còn ${left} ngày, đến hết ngày ${formatDate(card.validTo, currentLocale())}.`);
    } else if (status !== 'valid' || card.checkCode !== '000') {
      detail = checkCodeText(card.checkCode) ?? '';
    }
    return html`<div class="status status-${status}" part="status">
      ${icon(icons[status])}
      <span class="status-text"><strong>${this.#statusText(status)}</strong>${detail ? html` <span class="status-detail">${detail}</span>` : nothing}</span>
    </div>`;
  }

  #renderCodeParts(code: string) {
    const p = splitCardCode(code);
    if (!p) return html`<span class="mono">${code}</span>`;
    const parts: [string, string][] = [
      [p.group, msg('Mã đối tượng')],
      [p.benefit, msg('Mức hưởng')],
      [p.province, msg('Mã tỉnh')],
      [p.socialInsuranceCode, msg('Mã số BHXH')],
    ];
    return html`<span class="code-parts" aria-label=${code}>${parts.map(
      ([value, title], i) =>
        html`${i ? html`<span class="sep" aria-hidden="true">·</span> ` : nothing}<span class="code-part" title=${title}>${value}</span>`,
    )}</span>`;
  }

  #renderCompact(card: CardData) {
    const status = cardDisplayStatus(card, this.#today());
    return html`<div class="compact card status-${status}" part="card" role="group" aria-label=${msg('Thẻ BHYT')}>
      <span class="compact-name">${card.fullName}</span>
      <span class="compact-code mono">${this.#renderCodeParts(card.cardCode)}</span>
      ${this.#renderStatus(card, status)}
    </div>`;
  }

  #renderCard(card: CardData, offline?: { savedAt: string; error: unknown }) {
    const locale = currentLocale();
    const date = (iso: string) => formatDate(iso, locale);
    const status = cardDisplayStatus(card, this.#today());
    const p = splitCardCode(card.cardCode);
    const validity = card.validTo
      ? msg(str`Từ ngày ${date(card.validFrom)} đến ngày ${date(card.validTo)}`)
      : msg(str`Từ ngày ${date(card.validFrom)}`);
    const field = (label: string, value: unknown, wide = true, cls = '') =>
      html`<div class="field ${wide ? 'wide' : ''}"><dt>${label}</dt><dd class=${cls || nothing}>${value}</dd></div>`;
    return html`
      ${offline ? this.#renderOffline(offline) : nothing}
      <article class="card status-${status}" part="card" aria-labelledby="card-title">
        <header class="band" part="header">
          <span class="band-kicker">${msg('Bảo hiểm xã hội Việt Nam')}</span>
          <h2 id="card-title" class="band-title">${msg('Thẻ bảo hiểm y tế')}</h2>
        </header>
        <div class="body">
          ${this.#renderStatus(card, status)}
          <div class="main">
            <dl class="fields">
              ${field(msg('Mã thẻ'), this.#renderCodeParts(card.cardCode), true, 'mono code')}
              ${field(msg('Họ và tên'), card.fullName, true, 'name')}
              ${field(msg('Ngày sinh'), date(card.dateOfBirth), false)}
              ${field(msg('Giới tính'), card.sex === 'female' ? msg('Nữ') : msg('Nam'), false)}
              ${field(
                msg('Nơi đăng ký KCB ban đầu'),
                html`<span class="mono">${formatFacilityCode(card.facility.code)}</span> ${card.facility.name}`,
              )}
              ${field(msg('Giá trị sử dụng'), validity)}
              ${field(
                msg('Thời điểm đủ 05 năm liên tục'),
                card.fiveYearsFrom ? date(card.fiveYearsFrom) : msg('Chưa đủ hoặc chưa có thông tin'),
              )}
            </dl>
            ${this.showQr ? this.#renderQr(card) : nothing}
          </div>
          ${
            p
              ? html`<p class="meaning">
                <strong>${msg(str`Đối tượng ${p.group}`)}:</strong> ${this.#groupMeaning(p.group, locale)} —
                <strong>${msg(str`Mức hưởng ${p.benefit}`)}:</strong> ${benefitText(Number(p.benefit), this.#today())}.
              </p>`
              : nothing
          }
        </div>
      </article>
      <div class="tools no-print">
        <button class="button secondary" type="button" @click=${() => window.print()}>${msg('In thẻ')}</button>
      </div>
      <details class="explain-box no-print" part="explain" @toggle=${this.#onExplainToggle}>
        <summary @pointerenter=${this.#prefetchExplain} @focus=${this.#prefetchExplain}>${msg('Giải thích mã thẻ')}</summary>
        ${
          this.#explain.value
            ? html`<vss-card-explain .code=${card.cardCode}></vss-card-explain>`
            : renderPart(this.#explain, this)
        }
      </details>
    `;
  }

  /**
   * The group's meaning in words; until its module is there (it comes with the data, so rarely seen) or if it
   * failed to load, an ellipsis, since the code itself is already printed.
   */
  #groupMeaning(group: string, locale: Locale): string {
    const m = this.#meaning.value;
    if (!m) return '…';
    return m.bhytGroupMeaning(group, locale) ?? msg('chưa có mô tả chính thức');
  }

  readonly #prefetchExplain = () => void this.#explain.prefetch();

  readonly #onExplainToggle = (e: Event) => {
    // opening after a failed prefetch tries again
    if ((e.currentTarget as HTMLDetailsElement).open) void this.#explain.load();
  };

  #renderQr(card: CardData) {
    const qr = this.#qr;
    void qr.prefetch();
    const label = msg('Mã QR của thẻ BHYT');
    const payload = qr.value?.buildCardQr({ ...card, address: card.address ?? '' });
    // Until the encoder is there, a square of the same size keeps the layout still and carries the name.
    return html`<figure class="qr" part="qr" data-payload=${payload ?? nothing}>
      ${
        payload
          ? qr.value!.qrSvg(payload, label)
          : html`<div class="qr-svg qr-wait" role="img" aria-label=${label} aria-busy=${qr.loading ? 'true' : 'false'}></div>`
      }
      ${
        qr.error !== undefined
          ? html`<div class="qr-error" role="alert">
            <p>${failureText(qr.error)}</p>
            <button class="button secondary no-print" type="button" @click=${() => void qr.load()}>${msg('Thử lại')}</button>
          </div>`
          : html`<figcaption>${msg('Đưa mã này cho cơ sở khám chữa bệnh quét')}</figcaption>`
      }
    </figure>`;
  }

  #renderOffline(o: { savedAt: string; error: unknown }) {
    const [time, date] = formatDateTime(o.savedAt, currentLocale()).split(' ');
    return html`<div class="offline" part="offline" role="status">
      ${icon(offlineIcon)}
      <p>${msg(str`Bản lưu ngày ${date} ${time} — đang ngoại tuyến`)}. ${failureText(o.error)}</p>
      <button class="button secondary no-print" type="button" @click=${() => this.reload()}>${msg('Thử lại')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-bhyt-card': VssBhytCard;
  }
  interface HTMLElementEventMap {
    'vss-card-load': CustomEvent<CardLoadDetail>;
  }
}
