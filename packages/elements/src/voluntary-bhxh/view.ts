import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  VOLUNTARY_PERIODS,
  voluntaryContribution,
  voluntarySupportGroups,
  type VoluntaryPeriodMonths,
  type VoluntarySupportGroup,
} from '@vssid/core/estimates';
import { todayIso } from '@vssid/core/domain';
import { formatNumber, formatVnd } from '@vssid/core/format';
import { errorSummaryStyles } from '../shared/error-summary.js';
import { CalculatorView, calculatorStyles, type CalculatorHost } from '../shared/calculator-view.js';
import {
  amountInputValue,
  estimateStyles,
  parseAmount,
  renderArticles,
  renderAssumptions,
  renderBadge,
  renderDisclaimer,
} from '../shared/estimate-text.js';
import { currentLocale } from '../i18n/localization.js';
import { viewStyles } from './view.styles.js';
import type { VoluntaryBhxhDetail } from './voluntary-bhxh.js';

/** The stylesheets of this part, added to the element's shadow root when it arrives. */
export const partStyles = [errorSummaryStyles, estimateStyles, calculatorStyles, viewStyles];

/** What the calculator needs of its element: the values a page sets. */
export interface VoluntaryViewHost extends CalculatorHost {
  readonly income?: number;
  readonly group: string;
  readonly period: number;
  readonly onDate: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function groupText(g: VoluntarySupportGroup): string {
  switch (g) {
    case 'poor':
      return msg('Người thuộc hộ nghèo');
    case 'island_commune':
      return msg('Người sống ở xã đảo, đặc khu');
    case 'near_poor':
      return msg('Người thuộc hộ cận nghèo');
    case 'ethnic_minority':
      return msg('Người dân tộc thiểu số');
    case 'other':
      return msg('Người khác');
  }
}

function periodText(p: VoluntaryPeriodMonths): string {
  return p === 1 ? msg('Hằng tháng') : msg(str`${p} tháng một lần`);
}

/**
 * The voluntary BHXH calculator, loaded on demand: the income typed, the group and period chosen, the
 * calculation with `@vssid/core/estimates` and how it was reached (the form itself is {@link CalculatorView}'s).
 */
export class VoluntaryView extends CalculatorView<VoluntaryViewHost, 'income', VoluntaryBhxhDetail> {
  private _group: VoluntarySupportGroup = 'other';
  private _period: VoluntaryPeriodMonths = 1;

  constructor(host: VoluntaryViewHost, onResult: (detail: VoluntaryBhxhDetail) => void) {
    super(host, 'income', onResult);
    this.fromPage(true, true, true);
  }

  /** Values from the page replace what is in the form, and are calculated at once. */
  fromPage(income: boolean, group: boolean, period: boolean): void {
    if (income || !this._text) {
      const value = this.h.income !== undefined && Number.isFinite(this.h.income) ? this.h.income : this._range?.min;
      this._text = value === undefined ? '' : amountInputValue(value);
    }
    if (group && (voluntarySupportGroups as readonly string[]).includes(this.h.group))
      this._group = this.h.group as VoluntarySupportGroup;
    if (period && (VOLUNTARY_PERIODS as readonly number[]).includes(this.h.period))
      this._period = this.h.period as VoluntaryPeriodMonths;
    this._set(() => this._calculate(false));
  }

  private get _onDate(): string {
    return ISO_DATE.test(this.h.onDate) ? this.h.onDate : todayIso();
  }

  /** The incomes one may choose on the day: the range comes from the rules, for any income. */
  private get _range(): { min: number; max: number } | undefined {
    const r = voluntaryContribution(0, { group: 'other', periodMonths: 1, onDate: this._onDate });
    const issue = r.ok ? undefined : r.issues.find((i) => i.code === 'income_below_minimum');
    return issue?.params ? { min: Number(issue.params.min), max: Number(issue.params.max) } : undefined;
  }

  protected _check(text: string): string | undefined {
    const locale = currentLocale();
    if (text.trim() === '') return msg('Nhập mức thu nhập tháng bạn chọn để đóng.');
    const v = parseAmount(text);
    if (v === undefined) return msg('Thu nhập phải là số tiền bằng chữ số, ví dụ 3.000.000.');
    const r = voluntaryContribution(v, { group: this._group, periodMonths: this._period, onDate: this._onDate });
    if (r.ok) return undefined;
    const issue = r.issues[0]!;
    const min = formatVnd(Number(issue.params?.min), locale);
    const max = formatVnd(Number(issue.params?.max), locale);
    if (issue.code === 'income_below_minimum')
      return msg(str`Thu nhập chọn đóng thấp nhất là ${min} (chuẩn nghèo khu vực nông thôn).`);
    if (issue.code === 'income_above_maximum')
      return msg(str`Thu nhập chọn đóng cao nhất là ${max} (20 lần mức tham chiếu).`);
    return msg('Không tính được với thông tin này. Vui lòng kiểm tra lại.');
  }

  protected _compute(): VoluntaryBhxhDetail | undefined {
    const monthlyIncome = parseAmount(this._text)!;
    const onDate = this._onDate;
    const r = voluntaryContribution(monthlyIncome, { group: this._group, periodMonths: this._period, onDate });
    return r.ok ? { ...r.value, monthlyIncome, group: this._group, onDate } : undefined;
  }

  protected _numberField() {
    const range = this._range;
    const locale = currentLocale();
    return {
      label: msg('Thu nhập tháng bạn chọn để đóng (đồng)'),
      hint: range
        ? msg(
            str`Chọn từ ${formatVnd(range.min, locale)} đến ${formatVnd(range.max, locale)}. Thu nhập chọn càng cao, lương hưu sau này càng cao.`,
          )
        : nothing,
      amount: true,
    };
  }

  protected _renderChoices(): TemplateResult {
    return html`<div class="field">
      <label for="group">${msg('Bạn thuộc nhóm nào?')}</label>
      <p class="hint" id="group-hint">${msg('Nhà nước hỗ trợ một phần tiền đóng theo nhóm; thuộc nhiều nhóm thì chọn nhóm được hỗ trợ cao nhất.')}</p>
      <select id="group" name="group" aria-describedby="group-hint" @change=${(e: Event) => this._set(() => (this._group = (e.target as HTMLSelectElement).value as VoluntarySupportGroup))}>
        ${voluntarySupportGroups.map((g) => html`<option value=${g} ?selected=${g === this._group}>${groupText(g)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="period">${msg('Phương thức đóng')}</label>
      <select id="period" name="period" @change=${(e: Event) => this._set(() => (this._period = Number((e.target as HTMLSelectElement).value) as VoluntaryPeriodMonths))}>
        ${VOLUNTARY_PERIODS.map((p) => html`<option value=${p} ?selected=${p === this._period}>${periodText(p)}</option>`)}
      </select>
    </div>`;
  }

  protected _sentence(r: VoluntaryBhxhDetail): string {
    const locale = currentLocale();
    return r.periodMonths === 1
      ? msg(str`Mỗi tháng bạn đóng ${formatVnd(r.payable, locale)} (thu nhập ${formatVnd(r.monthlyIncome, locale)}).`)
      : msg(
          str`Mỗi lần ${formatNumber(r.periodMonths, locale)} tháng bạn đóng ${formatVnd(r.payable, locale)} (thu nhập ${formatVnd(r.monthlyIncome, locale)}).`,
        );
  }

  protected _renderResult(r: VoluntaryBhxhDetail): TemplateResult {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    const months = n(r.periodMonths);
    return html`<div class="result" part="result">
      <p class="figure" data-figure="payable">${formatVnd(r.payable, locale)} ${renderBadge(r.provisional)}</p>
      <p>${r.periodMonths === 1 ? msg('Số tiền bạn đóng mỗi tháng, ước tính.') : msg(str`Số tiền bạn đóng mỗi lần ${months} tháng, ước tính.`)}</p>
      <dl class="check">
        <div>
          <dt>${msg(str`Tiền đóng: 22% × ${formatVnd(r.monthlyIncome, locale)} × ${months} tháng`)}</dt>
          <dd data-check="gross">${formatVnd(r.gross, locale)}</dd>
        </div>
        <div>
          <dt>
            ${msg(
              str`Nhà nước hỗ trợ: ${n(r.supportPercent)}% × 22% × ${formatVnd(r.povertyLine, locale)} × ${n(r.supportedMonths)} tháng (${formatVnd(r.supportPerMonth, locale)} mỗi tháng)`,
            )}
          </dt>
          <dd data-check="support">− ${formatVnd(r.stateSupport, locale)}</dd>
        </div>
        <div class="total">
          <dt>${msg('Bạn đóng')}</dt>
          <dd data-check="payable">${formatVnd(r.payable, locale)}</dd>
        </div>
      </dl>
      <p class="hint">
        ${msg(
          'Nhà nước hỗ trợ tối đa 120 tháng trong cả quá trình đóng. Tỉnh, thành phố có thể hỗ trợ thêm. Đóng trước nhiều năm hoặc đóng một lần cho những năm còn thiếu không được tính ở đây.',
        )}
      </p>
      ${renderAssumptions(r.assumptions)} ${renderArticles(r.articles)} ${renderDisclaimer(r.provisional)}
    </div>`;
  }
}
