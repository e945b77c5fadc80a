import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { benefitRegimes, type BenefitPayment, type BenefitRegime, type BenefitStatus } from '@vssid/core';
import { groupBenefitsByYear, regimesPresent } from '@vssid/core/analysis';
import { formatDate, formatMonth, formatNumber, formatVnd } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderEmpty, renderLoading, stateStyles } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './benefits.styles.js';

/** The regimes' names as VssID shows them. */
export function regimeLabel(r: BenefitRegime): string {
  switch (r) {
    case 'sickness':
      return msg('Ốm đau');
    case 'maternity':
      return msg('Thai sản');
    case 'convalescence':
      return msg('Dưỡng sức');
    case 'pension':
      return msg('Hưu trí');
    case 'one_off':
      return msg('BHXH một lần');
    case 'survivorship':
      return msg('Tử tuất');
    case 'occupational':
      return msg('TNLĐ-BNN');
    case 'unemployment':
      return msg('Trợ cấp thất nghiệp');
    case 'social_pension':
      return msg('Trợ cấp hưu trí xã hội');
  }
}

function statusLabel(s: BenefitStatus): string {
  switch (s) {
    case 'paid':
      return msg('Đã chi trả');
    case 'approved':
      return msg('Đã duyệt, chờ chi trả');
    case 'pending':
      return msg('Đang giải quyết');
    case 'rejected':
      return msg('Không được giải quyết');
  }
}

// The word carries the meaning; the icon only repeats it, so it is hidden from assistive technology.
const statusIcons: Record<BenefitStatus, TemplateResult> = {
  paid: html`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="currentColor" />${svg`<path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="#fff" stroke-width="2"/>`}</svg>`,
  approved: html`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" />${svg`<path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="currentColor" stroke-width="2"/>`}</svg>`,
  pending: html`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" />${svg`<path d="M10 5v5l3 2" fill="none" stroke="currentColor" stroke-width="2"/>`}</svg>`,
  rejected: html`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="currentColor" />${svg`<path d="M7 7l6 6M13 7l-6 6" stroke="#fff" stroke-width="2"/>`}</svg>`,
};

/**
 * Benefits received (thông tin hưởng) by regime: sickness, maternity, convalescence, pension, one-off BHXH,
 * survivorship, occupational accident and disease, unemployment and social pension. Payments are grouped by
 * year, newest first, with each year's total and its totals per regime; a filter keeps one regime.
 * Needs a signed-in session.
 *
 * @element vss-benefits
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart filter - The regime filter (label and select).
 * @csspart year - One year's section.
 * @csspart row - One payment.
 * @csspart total - A year's total.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - Year rule and the "approved" status.
 * @cssprop --vss-color-success - The "paid" status.
 * @cssprop --vss-color-warning - The "pending" status.
 * @cssprop --vss-color-danger - The "rejected" status.
 */
@customElement('vss-benefits')
export class VssBenefits extends VssElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** Show one regime only (`sickness`, `maternity`, … `social_pension`); empty shows all. */
  @property({ reflect: true }) regime: BenefitRegime | '' = '';

  private readonly _data = new SessionTask(this, this.sessionWatch, (api, options) => api.benefits(options));
  private readonly _task = this._data.task;
  private readonly _retry = this._data.retry;

  protected override render() {
    return this._task.render({
      initial: () => renderLoading(msg('Đang tải thông tin hưởng…')),
      pending: () => renderLoading(msg('Đang tải thông tin hưởng…')),
      error: (e) => renderError(e, this._retry, this),
      complete: (list) => this._renderList(list),
    });
  }

  private _renderList(list: BenefitPayment[]): TemplateResult {
    if (!list.length) return renderEmpty(msg('Bạn chưa có khoản hưởng chế độ BHXH, BHTN nào được ghi nhận.'));
    const locale = currentLocale();
    const present = regimesPresent(list);
    // An unknown regime in the attribute shows everything rather than an empty list.
    const regime = this.regime && (benefitRegimes as readonly string[]).includes(this.regime) ? this.regime : '';
    const years = groupBenefitsByYear(list, { regime });
    return html`<div class="stack">
      <div class="filter" part="filter">
        <label for="regime">${msg('Chế độ')}</label>
        <select id="regime" @change=${(e: Event) => (this.regime = (e.target as HTMLSelectElement).value as BenefitRegime | '')}>
          <option value="" ?selected=${!regime}>${msg('Tất cả chế độ')}</option>
          ${present.map((r) => html`<option value=${r} ?selected=${r === regime}>${regimeLabel(r)}</option>`)}
        </select>
      </div>
      <p class="note">${msg('Tổng mỗi năm không tính các hồ sơ không được giải quyết.')}</p>
      ${
        years.length
          ? years.map(
              (y) => html`<section class="year" part="year" aria-labelledby="y-${y.year}">
              <div class="year-head">
                <h3 id="y-${y.year}">${msg(str`Năm ${y.year}`)}</h3>
                <span class="total" part="total">${msg(str`Tổng: ${formatVnd(y.total, locale)}`)}</span>
              </div>
              ${
                y.byRegime.length > 1 || regime === ''
                  ? html`<ul class="by-regime" aria-label=${msg(str`Tổng theo chế độ năm ${y.year}`)}>
                    ${y.byRegime.map(
                      (r) =>
                        html`<li>${`${regimeLabel(r.regime)}: ${formatVnd(r.total, locale)} (${msg(str`${formatNumber(r.count, locale)} lần`)})`}</li>`,
                    )}
                  </ul>`
                  : nothing
              }
              <ul class="rows">
                ${y.payments.map((p) => this._renderRow(p))}
              </ul>
            </section>`,
            )
          : renderEmpty(msg('Không có khoản hưởng nào thuộc chế độ này.'))
      }
    </div>`;
  }

  private _renderRow(p: BenefitPayment): TemplateResult {
    const locale = currentLocale();
    return html`<li class="row ${p.status}" part="row" data-id=${p.id}>
      <span class="regime">${regimeLabel(p.regime)}</span>
      <span class="amount">${formatVnd(p.amount, locale)}</span>
      <span class="status ${p.status}">${statusIcons[p.status]}${statusLabel(p.status)}</span>
      <dl>
        <div><dt>${msg('Kỳ giải quyết')}</dt><dd>${formatMonth(p.period)}</dd></div>
        <div><dt>${msg('Thời gian hưởng')}</dt><dd>${`${formatDate(p.fromDate, locale)} – ${formatDate(p.toDate, locale)}`}</dd></div>
        ${p.days !== null ? html`<div><dt>${msg('Số ngày')}</dt><dd>${formatNumber(p.days, locale)}</dd></div>` : nothing}
        <div><dt>${msg('Hình thức nhận')}</dt><dd>${p.paymentMethod === 'bank' ? msg('Chuyển khoản') : msg('Tiền mặt')}</dd></div>
        ${p.paidAt ? html`<div><dt>${msg('Ngày chi trả')}</dt><dd>${formatDate(p.paidAt, locale)}</dd></div>` : nothing}
        <div><dt>${msg('Đơn vị đề nghị')}</dt><dd>${p.proposingUnit}</dd></div>
      </dl>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-benefits': VssBenefits;
  }
}
