import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  HOUSEHOLD_MAX_MEMBERS,
  HOUSEHOLD_PERIODS,
  householdBhytPremium,
  type HouseholdPeriodMonths,
} from '@vssid/core/estimates';
import { formatDate, formatNumber, formatVnd } from '@vssid/core/format';
import { errorSummaryStyles } from '../shared/error-summary.js';
import { CalculatorView, calculatorStyles, type CalculatorHost } from '../shared/calculator-view.js';
import { estimateStyles, parseWhole, renderArticles, renderDisclaimer } from '../shared/estimate-text.js';
import { currentLocale } from '../i18n/localization.js';
import { viewStyles } from './view.styles.js';
import type { HouseholdBhytDetail } from './household-bhyt.js';

/** The stylesheets of this part, added to the element's shadow root when it arrives. */
export const partStyles = [errorSummaryStyles, estimateStyles, calculatorStyles, viewStyles];

/** What the calculator needs of its element: the values a page sets. */
export interface HouseholdViewHost extends CalculatorHost {
  readonly members: number;
  readonly period: number;
  readonly onDate: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPeriod(v: unknown): v is HouseholdPeriodMonths {
  return (HOUSEHOLD_PERIODS as readonly unknown[]).includes(v);
}

/**
 * The household BHYT calculator, loaded on demand: the members typed, the period chosen, the calculation with
 * `@vssid/core/estimates` and the result by member (the form itself is {@link CalculatorView}'s).
 */
export class HouseholdView extends CalculatorView<HouseholdViewHost, 'members', HouseholdBhytDetail> {
  private _period: HouseholdPeriodMonths = 12;

  constructor(host: HouseholdViewHost, onResult: (detail: HouseholdBhytDetail) => void) {
    super(host, 'members', onResult);
    this.fromPage(true, true);
  }

  /** Values from the page replace what is in the form, and are calculated at once. */
  fromPage(members: boolean, period: boolean): void {
    if (members) this._text = Number.isFinite(this.h.members) ? String(this.h.members) : '';
    if (period && isPeriod(this.h.period)) this._period = this.h.period;
    this._set(() => this._calculate(false));
  }

  private get _onDate(): string | undefined {
    return ISO_DATE.test(this.h.onDate) ? this.h.onDate : undefined;
  }

  protected _check(text: string): string | undefined {
    if (text.trim() === '') return msg('Nhập số người trong hộ tham gia BHYT.');
    const v = parseWhole(text);
    if (v === undefined) return msg('Số người phải là số nguyên, ví dụ 4.');
    if (v < 1 || v > HOUSEHOLD_MAX_MEMBERS) return msg(str`Số người từ 1 đến ${HOUSEHOLD_MAX_MEMBERS}.`);
    return undefined;
  }

  protected _compute(): HouseholdBhytDetail | undefined {
    const members = parseWhole(this._text)!;
    const onDate = this._onDate;
    const r = householdBhytPremium(members, { periodMonths: this._period, ...(onDate ? { onDate } : {}) });
    // only a page's date can be refused here (before the first lương cơ sở of the table)
    return r.ok ? { ...r.value, memberCount: members, onDate: onDate ?? '' } : undefined;
  }

  protected _numberField() {
    return {
      label: msg('Số người trong hộ tham gia BHYT'),
      hint: msg(
        str`Chỉ tính những người chưa có thẻ BHYT theo nhóm khác (người lao động, học sinh, người hưởng lương hưu…), từ 1 đến ${HOUSEHOLD_MAX_MEMBERS} người.`,
      ),
    };
  }

  protected _renderChoices(): TemplateResult {
    const locale = currentLocale();
    return html`<fieldset>
      <legend>${msg('Đóng mỗi lần cho')}</legend>
      <div class="periods">
        ${HOUSEHOLD_PERIODS.map(
          (p) => html`<label class="choice"
            ><input type="radio" name="period" .value=${String(p)} .checked=${p === this._period} @change=${() => this._set(() => (this._period = p))} />
            ${msg(str`${formatNumber(p, locale)} tháng`)}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  protected _sentence(r: HouseholdBhytDetail): string {
    const locale = currentLocale();
    return msg(
      str`Hộ ${formatNumber(r.memberCount, locale)} người, đóng ${formatNumber(r.periodMonths, locale)} tháng: ${formatVnd(r.total, locale)} (${formatVnd(r.monthlyTotal, locale)} mỗi tháng).`,
    );
  }

  private _share(position: number): string {
    switch (position) {
      case 1:
        return msg('4,5% lương cơ sở');
      case 2:
        return msg('70% người thứ nhất');
      case 3:
        return msg('60% người thứ nhất');
      case 4:
        return msg('50% người thứ nhất');
      default:
        return msg('40% người thứ nhất');
    }
  }

  protected _renderResult(r: HouseholdBhytDetail): TemplateResult {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    return html`<div class="result" part="result">
      <p class="figure" data-figure="total">${formatVnd(r.total, locale)}</p>
      <p>${msg(str`Số tiền cả hộ đóng cho ${n(r.periodMonths)} tháng, ước tính.`)}</p>
              <table>
          <caption>${msg('Số tiền đóng của từng người')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Người')}</th>
              <th scope="col">${msg('Mỗi tháng')}</th>
              <th scope="col">${msg(str`${n(r.periodMonths)} tháng`)}</th>
            </tr>
          </thead>
          <tbody>
            ${r.members.map(
              (m) => html`<tr>
                <th scope="row">${msg(str`Người thứ ${n(m.position)}`)} <span class="share">${this._share(m.position)}</span></th>
                <td>${formatVnd(m.monthly, locale)}</td>
                <td>${formatVnd(m.forPeriod, locale)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${msg('Cả hộ')}</th>
              <td data-figure="monthly">${formatVnd(r.monthlyTotal, locale)}</td>
              <td>${formatVnd(r.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
      <p class="basis">
        ${msg(
          str`Lương cơ sở ${formatVnd(r.baseSalary, locale)} (áp dụng từ ${formatDate(r.baseSalaryFrom, locale)}). Người thứ nhất đóng 4,5% lương cơ sở mỗi tháng (${formatVnd(r.members[0]!.monthly, locale)}); người thứ hai, ba, tư đóng 70%, 60%, 50% mức của người thứ nhất; từ người thứ năm đóng 40%.`,
        )}
      </p>
      <p class="hint">${msg('Mức đóng giữ nguyên cho cả kỳ đã đóng, kể cả khi lương cơ sở thay đổi trong kỳ.')}</p>
      ${renderArticles(r.articles)} ${renderDisclaimer(false)}
    </div>`;
  }
}
