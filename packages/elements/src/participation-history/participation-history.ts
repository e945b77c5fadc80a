import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { InsuranceType, ParticipationHistory } from '@vssid/core';
import {
  buildParticipationCsv,
  buildTimeline,
  findOverlaps,
  insuranceTypeLabels,
  insuranceTypeOrder,
  participationCsvRows,
  participationMilestones,
  participationTotals,
  summarizeArrears,
  unpaidStretches,
  type Milestone,
  type TimelineItem,
} from '@vssid/core/analysis';
import {
  formatDuration,
  formatMonth,
  formatPercent,
  formatVnd,
} from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderEmpty, renderLoading, stateStyles } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './participation-history.styles.js';
import { retryable } from '../shared/retry-import.js';

const importVirtualizer = retryable(() => import('@lit-labs/virtualizer'));

/** Detail of `vss-export`. */
export interface VssExportDetail {
  format: 'csv';
  /** Data rows written (the header not counted). */
  rows: number;
  /** Suggested file name. */
  filename: string;
  /** The CSV text, UTF-8 BOM first. */
  csv: string;
}

/**
 * The citizen's participation history (quá trình tham gia) of BHXH, BHYT, BHTN and BHTNLĐ-BNN: a timeline per
 * type grouped by year with the gaps between rows, totals as the app states them, the employer arrears
 * notice, overlapping employers, and how far the pension, unemployment-benefit and five-year BHYT
 * milestones are. Long histories (40 years of monthly rows) are virtualised. Needs a signed-in session.
 *
 * @element vss-participation-history
 * @fires vss-export - The citizen downloaded the CSV. Cancel it to handle the file yourself. `detail: { format: 'csv', rows: number, filename: string, csv: string }`
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart tabs - The tab list of insurance types.
 * @csspart tab - One tab.
 * @csspart summary - The totals of the selected type.
 * @csspart milestones - The milestone cards.
 * @csspart timeline - The virtualised list of years, rows and gaps.
 * @csspart row - One participation row.
 * @csspart arrears - The red notice of employers that have not paid.
 * @csspart export-button - The "Tải CSV" button.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - Tabs, timeline rule and progress bars.
 * @cssprop --vss-color-danger - The arrears notice.
 * @cssprop --vss-color-warning - Overlapping rows.
 */
@customElement('vss-participation-history')
export class VssParticipationHistory extends VssElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** The selected insurance type: `BHXH` (default), `BHYT`, `BHTN` or `BHTNLD_BNN`. Reflects the tab. */
  @property({ reflect: true }) type: InsuranceType = 'BHXH';

  // The timeline's virtualizer is a chunk of its own, fetched alongside the history: the loading state covers
  // both, and a chunk that fails to load is an error with retry like a failed request.
  private readonly _data = new SessionTask(
    this,
    () => ({ api: this.api, session: this.session }),
    async (api, options) => (await Promise.all([api.participation(options), this.loadVirtualizer()]))[0],
  );
  private readonly _task = this._data.task;
  private readonly _retry = this._data.retry;

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải quá trình tham gia…'));
    return this._task.render({
      initial: loading,
      pending: loading,
      error: (e) => renderError(e, this._retry, this),
      complete: (h) => this._renderHistory(h),
    });
  }

  private _renderHistory(h: ParticipationHistory): TemplateResult {
    if (!h.periods.length && !h.arrears.length) {
      return renderEmpty(msg('Chưa có quá trình đóng bảo hiểm nào được ghi nhận cho mã số BHXH này.'));
    }
    const totals = participationTotals(h.periods);
    return html`<div class="stack">
      ${this._renderArrears(h)} ${this._renderMilestones(participationMilestones(h.periods))}
      <div>
        <div role="tablist" part="tabs" aria-label=${msg('Loại bảo hiểm')} @keydown=${this._onTabKey}>
          ${insuranceTypeOrder.map(
            (t) => html`<button
              role="tab"
              part="tab"
              type="button"
              id="tab-${t}"
              aria-selected=${t === this.type ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${t === this.type ? 0 : -1}
              @click=${() => this._select(t)}
            >
              ${insuranceTypeLabels[t]}
            </button>`,
          )}
        </div>
        <div role="tabpanel" id="panel" aria-labelledby="tab-${this.type}" tabindex="0">
          ${this._renderPanel(h, totals[this.type].months, totals[this.type].unpaidMonths)}
        </div>
      </div>
    </div>`;
  }

  private _renderPanel(h: ParticipationHistory, months: number, unpaid: number): TemplateResult {
    const locale = currentLocale();
    const type = this.type;
    const label = insuranceTypeLabels[type];
    const items = buildTimeline(h.periods, type);
    if (!items.length) return renderEmpty(msg(str`Chưa có quá trình tham gia ${label}.`));
    const stretches = unpaidStretches(h.periods, type);
    const overlaps = findOverlaps(h.periods, type);
    return html`
      <div class="summary" part="summary">
        <div>
          <p>${msg('Tổng thời gian tham gia:')} <strong class="total">${formatDuration(months, locale)}</strong></p>
          <p>${msg('Tổng thời gian chưa đóng:')} <strong class="unpaid-total">${formatDuration(unpaid, locale)}</strong></p>
          ${stretches.length
            ? html`<details class="unpaid">
                <summary>${msg('Chi tiết')}</summary>
                <ul>
                  ${stretches.map(
                    (s) =>
                      html`<li>
                        ${msg(str`${s.employerCode} – ${s.employerName}: ${formatMonth(s.fromMonth)}–${formatMonth(s.toMonth)} (${formatDuration(s.months, locale)})`)}
                      </li>`,
                  )}
                </ul>
              </details>`
            : nothing}
        </div>
        <div class="toolbar">
          <button class="button secondary" part="export-button" type="button" @click=${() => this._export(h)}>
            ${msg('Tải CSV')}
          </button>
        </div>
      </div>
      ${overlaps.length
        ? html`<div class="notice warning overlaps" role="note">
            <h3>${msg('Trùng thời gian tham gia')}</h3>
            <ul>
              ${overlaps.map(
                (o) =>
                  html`<li>
                    ${msg(str`${o.employers[0]} và ${o.employers[1]} cùng khai báo ${formatMonth(o.fromMonth)}–${formatMonth(o.toMonth)} (${formatDuration(o.months, locale)}).`)}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <h3 class="visually-hidden" id="timeline-heading">${msg(str`Các giai đoạn tham gia ${label}`)}</h3>
      <lit-virtualizer
        class="timeline"
        part="timeline"
        scroller
        tabindex="0"
        role="list"
        aria-labelledby="timeline-heading"
        .items=${items}
        .keyFunction=${(i: TimelineItem) => i.key}
        .renderItem=${(i: TimelineItem) => this._renderItem(i)}
      ></lit-virtualizer>
    `;
  }

  private _renderItem(item: TimelineItem): TemplateResult {
    const locale = currentLocale();
    if (item.kind === 'year') {
      return html`<div class="year" role="listitem">
        <h4>${msg(str`Năm ${item.year}`)}</h4>
        <span class="muted">${formatDuration(item.months, locale)}</span>
      </div>`;
    }
    if (item.kind === 'gap') {
      const g = item.gap;
      return html`<div class="gap" role="listitem">
        ${`${msg(str`Gián đoạn ${formatDuration(g.months, locale)}`)} (${monthRange(g.fromMonth, g.toMonth)})`}
      </div>`;
    }
    const p = item.period;
    return html`<div class="row ${item.overlapping ? 'overlapping' : ''}" part="row" role="listitem">
      <div class="when">
        ${monthRange(p.fromMonth, p.toMonth)}
        <div class="length">${formatDuration(p.months, locale)}</div>
      </div>
      <div class="employer">
        <strong>${p.employerName}</strong>
        ${p.voluntary ? html`<span class="tag">${msg('Tự nguyện')}</span>` : nothing}
        ${item.overlapping ? html`<span class="tag warn">${msg('Trùng thời gian')}</span>` : nothing}
        ${p.unpaidMonths ? html`<span class="tag danger">${msg(str`Chưa đóng ${formatDuration(p.unpaidMonths, locale)}`)}</span>` : nothing}
      </div>
      <dl>
        <div><dt>${msg('Mã đơn vị')}</dt><dd>${p.employerCode}</dd></div>
        <div><dt>${msg('Chức vụ')}</dt><dd>${p.position}</dd></div>
        <div><dt>${msg('Mức lương đóng')}</dt><dd>${formatVnd(p.salaryBase, locale)}</dd></div>
        <div><dt>${msg('Tỷ lệ đóng')}</dt><dd>${formatPercent(p.rate / 100, locale)}</dd></div>
      </dl>
    </div>`;
  }

  private _renderArrears(h: ParticipationHistory): TemplateResult | typeof nothing {
    const { items } = summarizeArrears(h);
    if (!items.length) return nothing;
    const locale = currentLocale();
    return html`<section class="notice arrears" part="arrears" aria-labelledby="arrears-heading">
      <h3 id="arrears-heading">${msg('Thông báo đơn vị chưa đóng bảo hiểm')}</h3>
      <ul>
        ${items.map(
          (a) =>
            html`<li>
              ${msg(
                str`Đơn vị ${a.employerCode} – ${a.employerName} chưa đóng từ ${formatMonth(a.fromMonth)} đến ${formatMonth(a.toMonth)}: BHXH ${formatVnd(a.amounts.bhxh, locale)}, BHYT ${formatVnd(a.amounts.bhyt, locale)}, BHTN ${formatVnd(a.amounts.bhtn, locale)}`,
              )}
            </li>`,
        )}
      </ul>
      <p>${msg('Thời gian chưa đóng chưa được tính hưởng chế độ cho đến khi đơn vị đóng đủ.')}</p>
    </section>`;
  }

  private _renderMilestones(list: Milestone[]): TemplateResult {
    const locale = currentLocale();
    const labels: Record<Milestone['id'], string> = {
      pension: msg('15 năm đóng BHXH để hưởng lương hưu'),
      unemployment: msg('12 tháng đóng BHTN trong 24 tháng để hưởng trợ cấp thất nghiệp'),
      bhyt_five_years: msg('5 năm tham gia BHYT liên tục'),
    };
    return html`<section part="milestones" aria-labelledby="milestones-heading">
      <h3 id="milestones-heading">${msg('Các mốc quyền lợi')}</h3>
      <ul class="milestones">
        ${list.map((m) => {
          const status = m.reached
            ? msg(str`Đã đủ (${formatDuration(m.achieved, locale)})`)
            : msg(str`Đã có ${formatDuration(m.achieved, locale)}, còn ${formatDuration(m.remaining, locale)}`);
          // A native <progress>: a progressbar to assistive technology, and no inline style (strict CSP).
          return html`<li class="milestone ${m.reached ? 'reached' : ''}" data-milestone=${m.id}>
            <span class="label" id="ms-${m.id}">${labels[m.id]}</span>
            <progress
              class="bar"
              aria-labelledby="ms-${m.id}"
              max=${m.target}
              .value=${Math.min(m.achieved, m.target)}
              aria-valuetext=${status}
            ></progress>
            <span class="status">${status}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Defines `<lit-virtualizer>` on demand, so that the first paint (the loading state) does not wait for it. */
  protected loadVirtualizer(): Promise<unknown> {
    return importVirtualizer();
  }

  private _select(t: InsuranceType, focus = false): void {
    this.type = t;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${t}`)?.focus());
  }

  // WAI-ARIA tabs with automatic activation: arrows move and select, Home/End jump to the ends.
  private readonly _onTabKey = (e: KeyboardEvent) => {
    const i = insuranceTypeOrder.indexOf(this.type);
    const n = insuranceTypeOrder.length;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    this._select(insuranceTypeOrder[next]!, true);
  };

  private _export(h: ParticipationHistory): void {
    const locale = currentLocale();
    const csv = buildParticipationCsv(h.periods, locale);
    const filename = `qua-trinh-tham-gia-${h.socialInsuranceCode}.csv`;
    const detail: VssExportDetail = { format: 'csv', rows: participationCsvRows(h.periods, locale).length - 1, filename, csv };
    // A portal may cancel the event to store or send the file itself.
    if (!this.emit('vss-export', detail, true)) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** `03/2025–05/2025` (one month alone as `03/2025`) as one text node, so it reads and copies as one piece. */
function monthRange(from: string, to: string): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)}–${formatMonth(to)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-participation-history': VssParticipationHistory;
  }
  interface HTMLElementEventMap {
    'vss-export': CustomEvent<VssExportDetail>;
  }
}
