/**
 * What `<vss-participation-history>` shows once the history is there: the arrears notice, the milestones,
 * the tabs and, per insurance type, the totals, the unpaid and overlapping stretches and the timeline
 * (`<lit-virtualizer>`, a part of the element's own). Fetched on demand alongside the history (the element's
 * loading state covers both), so that the element's first paint carries neither the analysis, the
 * virtualizer nor this markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
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
import { formatDuration, formatMonth, formatPercent, formatVnd } from '@vssid/core/format';
import { renderEmpty } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';

/** What the history's markup needs of its element. */
export interface HistoryView {
  select(type: InsuranceType): void;
  /** Arrow keys, Home and End on the tab list. */
  onTabKey(e: KeyboardEvent): void;
  /** "Tải CSV". */
  export(h: ParticipationHistory): void;
}

/** The CSV of the whole history (UTF-8 BOM first), its data rows (the header not counted) and a file name. */
export function csvOf(h: ParticipationHistory): { csv: string; rows: number; filename: string } {
  const locale = currentLocale();
  return {
    csv: buildParticipationCsv(h.periods, locale),
    rows: participationCsvRows(h.periods, locale).length - 1,
    filename: `qua-trinh-tham-gia-${h.socialInsuranceCode}.csv`,
  };
}

/** The history, on the tab of `type`. */
export function renderHistory(view: HistoryView, h: ParticipationHistory, type: InsuranceType): TemplateResult {
  if (!h.periods.length && !h.arrears.length) {
    return renderEmpty(msg('Chưa có quá trình đóng bảo hiểm nào được ghi nhận cho mã số BHXH này.'));
  }
  const totals = participationTotals(h.periods);
  return html`<div class="stack">
    ${renderArrears(h)} ${renderMilestones(participationMilestones(h.periods))}
    <div>
      <div role="tablist" part="tabs" aria-label=${msg('Loại bảo hiểm')} @keydown=${view.onTabKey}>
        ${insuranceTypeOrder.map(
          (t) => html`<button
            role="tab"
            part="tab"
            type="button"
            id="tab-${t}"
            aria-selected=${t === type ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${t === type ? 0 : -1}
            @click=${() => view.select(t)}
          >
            ${insuranceTypeLabels[t]}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${type}" tabindex="0">
        ${renderPanel(view, h, type, totals[type].months, totals[type].unpaidMonths)}
      </div>
    </div>
  </div>`;
}

function renderPanel(
  view: HistoryView,
  h: ParticipationHistory,
  type: InsuranceType,
  months: number,
  unpaid: number,
): TemplateResult {
  const locale = currentLocale();
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
        ${
          stretches.length
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
            : nothing
        }
      </div>
      <div class="toolbar">
        <button class="button secondary" part="export-button" type="button" @click=${() => view.export(h)}>
          ${msg('Tải CSV')}
        </button>
      </div>
    </div>
    ${
      overlaps.length
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
        : nothing
    }
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
      .renderItem=${(i: TimelineItem) => renderItem(i)}
    ></lit-virtualizer>
  `;
}

function renderItem(item: TimelineItem): TemplateResult {
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

function renderArrears(h: ParticipationHistory): TemplateResult | typeof nothing {
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

function renderMilestones(list: Milestone[]): TemplateResult {
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

/** `03/2025–05/2025` (one month alone as `03/2025`) as one text node, so it reads and copies as one piece. */
function monthRange(from: string, to: string): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)}–${formatMonth(to)}`;
}
