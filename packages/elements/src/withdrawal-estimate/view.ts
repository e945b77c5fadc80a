import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  estimateOneOffWithdrawal,
  type EstimateIssue,
  type WithdrawalCircumstance,
  type WithdrawalEstimate,
  type WithdrawalReason,
  type WithdrawalRouteOpening,
} from '@vssid/core/estimates';
import { addMonthsTo } from '@vssid/core/analysis';
import { todayIso } from '@vssid/core/domain';
import { formatDuration, formatMonth, formatNumber, formatVnd } from '@vssid/core/format';
import { renderEmpty } from '../shared/states.js';
import { HOTLINE_DISPLAY, HOTLINE_TEL } from '../shared/hotline.js';
import {
  estimateStyles,
  renderArticles,
  renderAssumptions,
  renderBadge,
  renderDisclaimer,
  renderRecordUnusable,
} from '../shared/estimate-text.js';
import { currentLocale } from '../i18n/localization.js';
import { viewStyles } from './view.styles.js';
import type { EstimateData } from '../pension-estimate/pension-estimate.js';
import type { WithdrawalEstimateDetail } from './withdrawal-estimate.js';

/** The stylesheets of this part, added to the element's shadow root when it arrives. */
export const partStyles = [estimateStyles, viewStyles];

/** What the view needs of its element: the attributes it reads and sets. */
export interface WithdrawalViewHost extends ReactiveControllerHost {
  readonly today: string;
  /** Space-separated circumstances; the checkboxes set it. */
  circumstances: string;
}

const CIRCUMSTANCES: readonly WithdrawalCircumstance[] = ['emigrating', 'grave_illness', 'reduced_capacity_81'];

/** The circumstances named in a space-separated list, in a fixed order. */
export function circumstancesOf(list: string): WithdrawalCircumstance[] {
  const words = list.split(/\s+/);
  return CIRCUMSTANCES.filter((c) => words.includes(c));
}

function circumstanceText(c: WithdrawalCircumstance): string {
  switch (c) {
    case 'emigrating':
      return msg('Ra nước ngoài để định cư');
    case 'grave_illness':
      return msg('Mắc bệnh nguy hiểm đến tính mạng theo danh mục của Bộ Y tế');
    case 'reduced_capacity_81':
      return msg('Suy giảm khả năng lao động từ 81% trở lên');
  }
}

/**
 * The withdrawal estimate of one citizen's record, loaded on demand with the data: computes with
 * `@vssid/core/estimates` and draws everything below the element's title. A new record gets a new view.
 */
export class WithdrawalView implements ReactiveController {
  private _announcement = '';
  private _lastEmitted?: string;
  private _memo?: { key: string; value: WithdrawalEstimate | EstimateIssue[] };

  constructor(
    private readonly h: WithdrawalViewHost,
    private readonly _data: EstimateData,
    private readonly _onEstimate: (detail: WithdrawalEstimateDetail) => void,
    private readonly _retry: () => void,
  ) {
    h.addController(this);
  }

  /** Stops following the host (a new record replaced this view). */
  dispose(): void {
    this.h.removeController(this);
  }

  private get _circumstances(): WithdrawalCircumstance[] {
    return circumstancesOf(this.h.circumstances);
  }

  private _compute(): WithdrawalEstimate | EstimateIssue[] {
    const asOfMonth = todayIso(this.h.today || undefined).slice(0, 7);
    const circumstances = this._circumstances;
    const key = JSON.stringify([asOfMonth, circumstances]);
    if (this._memo?.key === key) return this._memo.value;
    const r = estimateOneOffWithdrawal(this._data.history, this._data.person, { asOfMonth, circumstances });
    const value = r.ok ? r.value : r.issues;
    this._memo = { key, value };
    return value;
  }

  hostUpdated(): void {
    const w = this._compute();
    if (Array.isArray(w) || w.contributionMonths === 0) return;
    const key = JSON.stringify([w.amount, w.eligibleRoutes, w.forgonePension.monthlyPension]);
    if (key !== this._lastEmitted) {
      this._lastEmitted = key;
      this._onEstimate({ estimate: w, circumstances: this._circumstances });
    }
  }

  render(): TemplateResult {
    const w = this._compute();
    if (Array.isArray(w)) {
      return renderRecordUnusable(this._retry);
    }
    if (w.contributionMonths === 0) {
      return renderEmpty(msg('Bạn chưa có thời gian đóng BHXH nên không có khoản BHXH một lần nào để ước tính.'));
    }
    const assumptions = [...w.assumptions];
    for (const a of w.forgonePension.assumptions) if (!assumptions.some((b) => b.code === a.code)) assumptions.push(a);
    const articles = [...w.articles];
    for (const a of w.forgonePension.articles)
      if (!articles.some((b) => JSON.stringify(b) === JSON.stringify(a))) articles.push(a);
    return html`<div class="stack">
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${this._renderEligibility(w)}
      <div class="outcomes" part="compare">${this._renderWithdraw(w)} ${this._renderKeep(w)}</div>
      <p class="advice" part="advice">
        ${msg('Rút hay bảo lưu là quyết định khó thay đổi. Cần tư vấn trước khi quyết định? Gọi tổng đài')}
        <a href=${HOTLINE_TEL}>${HOTLINE_DISPLAY}</a>.
      </p>
      ${this._renderCircumstances()} ${renderAssumptions(assumptions)} ${renderArticles(articles)}
      ${renderDisclaimer(w.provisional || w.forgonePension.provisional)}
    </div>`;
  }

  private _routeText(r: WithdrawalRouteOpening, w: WithdrawalEstimate): string {
    switch (r.route) {
      case 'retirement_age_under_15_years':
        return msg(
          str`Khi đủ tuổi nghỉ hưu (${formatMonth(w.forgonePension.retirementAge.reachedMonth)}) mà chưa đủ 15 năm đóng BHXH.`,
        );
      case 'transitional_12_months_out':
        return msg(
          str`Đã đóng BHXH trước 01/7/2025, chưa đủ 20 năm, và sau 12 tháng không đóng BHXH bắt buộc cũng không đóng BHXH tự nguyện (tính từ tháng đóng gần nhất ${formatMonth(addMonthsTo(r.fromMonth, -13))}).`,
        );
      default:
        return circumstanceText(r.route);
    }
  }

  private _reasonText(r: WithdrawalReason): string | undefined {
    const locale = currentLocale();
    const months = Number(r.params?.months ?? 0);
    switch (r.code) {
      case 'joined_from_1_july_2025':
        return msg('Bạn bắt đầu đóng BHXH từ 01/7/2025 trở đi nên không có quyền rút sau 12 tháng nghỉ việc.');
      case 'twenty_years_or_more':
        return msg(
          str`Bạn đã đóng ${formatDuration(months, locale)} (từ 20 năm trở lên) nên không được rút sau 12 tháng nghỉ việc.`,
        );
      case 'fifteen_years_or_more':
        return msg(
          'Bạn đã đủ 15 năm đóng BHXH nên khi đủ tuổi sẽ hưởng lương hưu hằng tháng, không rút một lần theo tuổi.',
        );
      case 'unpaid_months_excluded':
        return msg(
          str`${formatNumber(months, locale)} tháng đơn vị chưa đóng tiền chưa được tính; sẽ được tính khi đơn vị đóng đủ.`,
        );
      default:
        return undefined;
    }
  }

  private _renderEligibility(w: WithdrawalEstimate): TemplateResult {
    const routes = w.eligibleRoutes;
    const why = w.reasons.flatMap((r) => {
      const text = this._reasonText(r);
      return text ? [[r.code, text] as const] : [];
    });
    const heading = w.availableNow
      ? msg('Bạn có thể đề nghị hưởng BHXH một lần ngay bây giờ.')
      : w.waitingUntilMonth
        ? msg(str`Bạn có thể đề nghị hưởng BHXH một lần từ tháng ${formatMonth(w.waitingUntilMonth)}.`)
        : msg('Theo quá trình đóng hiện tại, bạn không thuộc trường hợp được rút BHXH một lần.');
    return html`<section class="eligibility ${routes.length ? 'possible' : 'not-possible'}" part="eligibility" aria-labelledby="eligibility-heading">
      <h3 id="eligibility-heading">${heading}</h3>
      ${
        routes.length
          ? html`<p>${msg('Các trường hợp được rút áp dụng cho bạn:')}</p>
            <ul class="routes">
              ${routes.map(
                (r) => html`<li data-route=${r.route}>
                  <strong>${r.fromMonth <= todayIso(this.h.today || undefined).slice(0, 7) ? msg('Ngay bây giờ') : msg(str`Từ ${formatMonth(r.fromMonth)}`)}:</strong>
                  ${this._routeText(r, w)}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        why.length
          ? html`<ul class="notes">
            ${why.map(([code, text]) => html`<li data-reason=${code}>${text}</li>`)}
          </ul>`
          : nothing
      }
    </section>`;
  }

  private _renderWithdraw(w: WithdrawalEstimate): TemplateResult {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    const routes = w.eligibleRoutes.length > 0;
    const support = w.reasons.find((r) => r.code === 'voluntary_support_deducted');
    const months = 1.5 * w.yearsBefore2014 + 2 * w.yearsFrom2014;
    return html`<section class="outcome option withdraw" part="option option-withdraw" aria-labelledby="option-withdraw">
      <h3 id="option-withdraw">${msg('Nếu rút BHXH một lần')} ${routes ? renderBadge(w.provisional) : nothing}</h3>
      ${
        routes
          ? html`<p class="figure" data-figure="amount">${formatVnd(w.amount, locale)}</p>
            <p>${msg('Số tiền nhận một lần, ước tính.')}</p>
            <dl class="check">
              <div>
                <dt>${msg('Bình quân tiền lương tháng đóng BHXH (đã điều chỉnh)')}</dt>
                <dd data-check="average">${w.averageSalary === null ? '–' : formatVnd(w.averageSalary, locale)}</dd>
              </div>
              <div>
                <dt>${msg('Thời gian đóng được tính')}</dt>
                <dd data-check="months">${msg(str`${formatDuration(w.contributionMonths, locale)} (${n(w.contributionMonths)} tháng)`)}</dd>
              </div>
              ${
                w.underOneYear
                  ? nothing
                  : html`<div>
                      <dt>${msg('Số năm trước 2014 (1,5 tháng lương mỗi năm)')}</dt>
                      <dd data-check="before-2014">${msg(str`${n(w.yearsBefore2014)} năm`)}</dd>
                    </div>
                    <div>
                      <dt>${msg('Số năm từ 2014 (2 tháng lương mỗi năm)')}</dt>
                      <dd data-check="from-2014">${msg(str`${n(w.yearsFrom2014)} năm`)}</dd>
                    </div>`
              }
            </dl>
            <div class="formula" part="formula">
              ${
                w.underOneYear && w.paidIn !== null && w.averageSalary !== null
                  ? html`<p>
                    ${msg(
                      str`Dưới 1 năm: nhận số tiền đã đóng vào quỹ hưu trí (22% mức đóng mỗi tháng) là ${formatVnd(w.paidIn, locale)}, tối đa 2 tháng lương bình quân (${formatVnd(2 * w.averageSalary, locale)}).`,
                    )}
                  </p>`
                  : w.averageSalary !== null
                    ? html`<p data-formula="months">${msg(str`Số tháng lương: ${n(1.5)} × ${n(w.yearsBefore2014)} + 2 × ${n(w.yearsFrom2014)} = ${n(months)}`)}</p>
                      <p data-formula="amount">${n(months)} × ${formatVnd(w.averageSalary, locale)} ≈ ${formatVnd(w.amount + w.stateSupportDeducted, locale)}</p>`
                    : nothing
              }
              ${
                support
                  ? html`<p>${msg(str`Trừ số tiền Nhà nước đã hỗ trợ đóng BHXH tự nguyện: ${formatVnd(w.stateSupportDeducted, locale)}.`)}</p>`
                  : nothing
              }
              ${
                w.reasons.some((r) => r.code === 'odd_months_moved_to_2014')
                  ? html`<p class="hint">${msg('Các tháng lẻ trước năm 2014 được chuyển sang tính vào giai đoạn từ năm 2014.')}</p>`
                  : nothing
              }
              <p class="hint">${msg('Bình quân tiền lương hiển thị đã làm tròn đến đồng; số tiền được tính từ giá trị chưa làm tròn nên có thể lệch vài đồng khi tính tay.')}</p>
            </div>
            <p class="consequence">
              ${msg('Rút một lần sẽ chấm dứt toàn bộ thời gian đã đóng: sau này muốn hưởng lương hưu phải đóng lại từ đầu.')}
            </p>`
          : html`<p class="figure" data-figure="none">${msg('Chưa được rút')}</p>
            <p>${msg('Thời gian đóng của bạn được giữ lại (bảo lưu) để tính lương hưu.')}</p>`
      }
    </section>`;
  }

  private _renderKeep(w: WithdrawalEstimate): TemplateResult {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    const p = w.forgonePension;
    return html`<section class="outcome option keep" part="option option-keep" aria-labelledby="option-keep">
      <h3 id="option-keep">${msg('Nếu bảo lưu thời gian đóng')} ${renderBadge(p.provisional)}</h3>
      ${
        p.eligible && p.monthlyPension !== null
          ? html`<p class="figure" data-figure="pension">${msg(str`${formatVnd(p.monthlyPension, locale)}/tháng`)}</p>
            <p>${msg(str`Lương hưu hằng tháng ước tính từ tháng ${formatMonth(p.pensionStartMonth)}, khi bạn đủ tuổi nghỉ hưu, dù không đóng thêm.`)}</p>`
          : html`<p class="figure" data-figure="none">${msg('Chưa đủ 15 năm để hưởng lương hưu')}</p>
            <p>
              ${msg(
                str`Còn thiếu ${formatDuration(p.monthsStillNeeded, locale)} (${n(p.monthsStillNeeded)} tháng). Bạn có thể đóng tiếp, kể cả đóng BHXH tự nguyện, để đủ 15 năm và hưởng lương hưu khi đủ tuổi (${formatMonth(p.retirementAge.reachedMonth)}).`,
              )}
            </p>`
      }
      <dl class="check">
        <div>
          <dt>${msg('Thời gian được giữ lại')}</dt>
          <dd data-check="kept">${msg(str`${formatDuration(p.contributionMonths, locale)} (${n(p.countedYears)} năm tính hưởng)`)}</dd>
        </div>
        <div>
          <dt>${msg('Bình quân tiền lương tháng đóng BHXH (đã điều chỉnh)')}</dt>
          <dd>${p.averageSalary === null ? '–' : formatVnd(p.averageSalary, locale)}</dd>
        </div>
        <div>
          <dt>${msg('Tỷ lệ hưởng')}</dt>
          <dd data-check="rate">${p.ratePercent === null ? msg('Chưa có (dưới 15 năm)') : `${n(p.ratePercent)}%`}</dd>
        </div>
      </dl>
      ${
        p.eligible && p.ratePercent !== null && p.averageSalary !== null && p.monthlyPension !== null
          ? html`<p class="formula" data-formula="pension">${`${msg('Lương hưu:')} ${n(p.ratePercent)}% × ${formatVnd(p.averageSalary, locale)} = ${formatVnd(p.monthlyPension, locale)}`}</p>`
          : nothing
      }
      ${
        p.longCareerLumpSum
          ? html`<p>${msg(str`Kèm trợ cấp một lần khi nghỉ hưu cho những năm đóng vượt mức tỷ lệ 75%: ${formatVnd(p.longCareerLumpSum, locale)}.`)}</p>`
          : nothing
      }
      <p class="hint">${msg('Người hưởng lương hưu hằng tháng được cấp thẻ BHYT do quỹ BHXH đóng.')}</p>
    </section>`;
  }

  private _renderCircumstances(): TemplateResult {
    const ticked = this._circumstances;
    return html`<fieldset class="choices" part="circumstances">
      <legend>${msg('Trường hợp khác được rút ngay (đánh dấu nếu đúng với bạn)')}</legend>
      ${CIRCUMSTANCES.map(
        (c) => html`<label class="choice"
          ><input type="checkbox" name="circumstance" value=${c} .checked=${ticked.includes(c)} @change=${(e: Event) => this._toggle(c, (e.target as HTMLInputElement).checked)} />
          ${circumstanceText(c)}</label
        >`,
      )}
      <p class="hint">${msg('Cần có giấy tờ chứng minh khi nộp hồ sơ. Trường hợp mắc bệnh hoặc suy giảm khả năng lao động không bị trừ số tiền Nhà nước đã hỗ trợ.')}</p>
    </fieldset>`;
  }

  private _toggle(c: WithdrawalCircumstance, on: boolean): void {
    const set = new Set(this._circumstances);
    if (on) set.add(c);
    else set.delete(c);
    this.h.circumstances = CIRCUMSTANCES.filter((x) => set.has(x)).join(' ');
    void this.h.updateComplete.then(() => {
      const w = this._compute();
      if (Array.isArray(w)) return;
      const locale = currentLocale();
      this._announcement = w.eligibleRoutes.length
        ? msg(
            str`Đã tính lại: rút một lần ${formatVnd(w.amount, locale)}${w.availableNow ? msg(', có thể rút ngay') : ''}.`,
          )
        : msg('Đã tính lại: chưa được rút BHXH một lần.');
      this.h.requestUpdate();
    });
  }
}
