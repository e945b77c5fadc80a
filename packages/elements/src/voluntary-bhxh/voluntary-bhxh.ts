import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  VOLUNTARY_PERIODS,
  voluntaryContribution,
  voluntarySupportGroups,
  type VoluntaryContribution,
  type VoluntaryPeriodMonths,
  type VoluntarySupportGroup,
} from '@vssid/core/estimates';
import { todayIso } from '@vssid/core/domain';
import { formatNumber, formatVnd } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { ErrorSummary, errorSummaryStyles, type FieldError } from '../shared/error-summary.js';
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
import { styles } from './voluntary-bhxh.styles.js';

/** Detail of `vss-voluntary-bhxh`: the contribution just calculated. */
export interface VoluntaryBhxhDetail extends VoluntaryContribution {
  monthlyIncome: number;
  group: VoluntarySupportGroup;
  /** The day the period starts (`YYYY-MM-DD`). */
  onDate: string;
}

type Field = 'income';

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
 * "BHXH tự nguyện": what a chosen monthly income costs in voluntary social insurance: 22% of it for the
 * payment period (monthly, or every 3, 6 or 12 months), less the State's support by group (a share of 22%
 * of the rural poverty line, Decree 159/2025), with the range of incomes one may choose. Public: no login.
 * An income outside the legal range is refused with its range; wrong input is listed in an error summary
 * linking to the field and is never cleared; the result is announced politely.
 *
 * @element vss-voluntary-bhxh
 * @fires vss-voluntary-bhxh - A contribution was calculated (at first and after every "Tính"). `detail: VoluntaryContribution & { monthlyIncome: number, group: string, onDate: string }`
 * @csspart heading - The element's title.
 * @csspart form - The form.
 * @csspart error-summary - The list of wrong fields.
 * @csspart input - The income input.
 * @csspart submit - The "Tính tiền đóng" button.
 * @csspart result - The result and how it was calculated.
 * @csspart badge - The "Ước tính" / "Tạm tính" label.
 * @csspart assumptions - What the estimate rests on (the poverty line after its confirmed date).
 * @csspart articles - The legal provisions applied.
 * @csspart disclaimer - The "estimate" notice and the hotline.
 * @cssprop --vss-color-primary - Button, result rule.
 * @cssprop --vss-color-danger - Wrong fields and the error summary.
 * @cssprop --vss-color-warning - The "Tạm tính" badge and list.
 */
@customElement('vss-voluntary-bhxh')
export class VssVoluntaryBhxh extends VssElement {
  static override styles = [tokens, base, stateStyles, errorSummaryStyles, estimateStyles, styles];

  /** The chosen monthly income, đồng; default the lowest one allowed. Fills the input. */
  @property({ type: Number }) income?: number;

  /** The support group: `poor`, `island_commune`, `near_poor`, `ethnic_minority` or `other` (default). */
  @property() group: VoluntarySupportGroup = 'other';

  /** Months paid at a time: 1, 3, 6 or 12. */
  @property({ type: Number }) period: VoluntaryPeriodMonths = 1;

  /** The day the period starts (`YYYY-MM-DD`), which picks the poverty line and the ceiling; default today. */
  @property({ attribute: 'on-date' }) onDate = '';

  @state() private _incomeText = '';
  @state() private _group: VoluntarySupportGroup = 'other';
  @state() private _period: VoluntaryPeriodMonths = 1;
  @state() private _errors: FieldError<Field>[] = [];
  @state() private _result?: VoluntaryBhxhDetail;
  private _toEmit?: VoluntaryBhxhDetail;

  private readonly _summary = new ErrorSummary<Field>(this, (f) => this.renderRoot.querySelector<HTMLElement>(`#${f}`));

  private get _onDate(): string {
    return ISO_DATE.test(this.onDate) ? this.onDate : todayIso();
  }

  /** The incomes one may choose on the day: the range comes from the rules, for any income. */
  private get _range(): { min: number; max: number } | undefined {
    const r = voluntaryContribution(0, { group: 'other', periodMonths: 1, onDate: this._onDate });
    const issue = r.ok ? undefined : r.issues.find((i) => i.code === 'income_below_minimum');
    return issue?.params ? { min: Number(issue.params.min), max: Number(issue.params.max) } : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('income') || changed.has('group') || changed.has('period') || changed.has('onDate')) {
      if (changed.has('income') || !this._incomeText) {
        const income = Number.isFinite(this.income) ? this.income : this._range?.min;
        this._incomeText = income === undefined ? '' : amountInputValue(income);
      }
      if (changed.has('group') && voluntarySupportGroups.includes(this.group)) this._group = this.group;
      if (changed.has('period') && (VOLUNTARY_PERIODS as readonly number[]).includes(this.period)) this._period = this.period;
      this._calculate(false);
    }
  }

  private _check(text: string): string | undefined {
    const locale = currentLocale();
    if (text.trim() === '') return msg('Nhập mức thu nhập tháng bạn chọn để đóng.');
    const v = parseAmount(text);
    if (v === undefined) return msg('Thu nhập phải là số tiền bằng chữ số, ví dụ 3.000.000.');
    const r = voluntaryContribution(v, { group: this._group, periodMonths: this._period, onDate: this._onDate });
    if (r.ok) return undefined;
    const issue = r.issues[0]!;
    const min = formatVnd(Number(issue.params?.min), locale);
    const max = formatVnd(Number(issue.params?.max), locale);
    if (issue.code === 'income_below_minimum') return msg(str`Thu nhập chọn đóng thấp nhất là ${min} (chuẩn nghèo khu vực nông thôn).`);
    if (issue.code === 'income_above_maximum') return msg(str`Thu nhập chọn đóng cao nhất là ${max} (20 lần mức tham chiếu).`);
    return msg('Không tính được với thông tin này. Vui lòng kiểm tra lại.');
  }

  private _calculate(fromSubmit: boolean): void {
    const problem = this._check(this._incomeText);
    if (problem) {
      this._errors = [{ field: 'income', text: problem }];
      this._result = undefined;
      if (fromSubmit) this._summary.show();
      return;
    }
    this._errors = [];
    this._summary.hide();
    const monthlyIncome = parseAmount(this._incomeText)!;
    const onDate = this._onDate;
    const r = voluntaryContribution(monthlyIncome, { group: this._group, periodMonths: this._period, onDate });
    if (!r.ok) return;
    this._result = this._toEmit = { ...r.value, monthlyIncome, group: this._group, onDate };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const detail = this._toEmit;
    this._toEmit = undefined;
    if (detail) this.emit<VoluntaryBhxhDetail>('vss-voluntary-bhxh', detail);
  }

  private _onSubmit(e: Event): void {
    e.preventDefault();
    this._calculate(true);
  }

  private _onInput(e: Event): void {
    this._incomeText = (e.target as HTMLInputElement).value;
    if (this._errors.length && !this._check(this._incomeText)) this._errors = [];
  }

  protected override render() {
    const error = this._errors[0]?.text;
    const locale = currentLocale();
    const range = this._range;
    return html`<h2 class="title" part="heading">${msg('Tính tiền đóng BHXH tự nguyện')}</h2>
      <div class="stack">
        <form part="form" novalidate @submit=${this._onSubmit}>
          ${this._summary.render(this._errors)}
          <div class="field ${error ? 'invalid' : ''}">
            <label for="income">${msg('Thu nhập tháng bạn chọn để đóng (đồng)')}</label>
            <p class="hint" id="income-hint">
              ${range
                ? msg(str`Chọn từ ${formatVnd(range.min, locale)} đến ${formatVnd(range.max, locale)}. Thu nhập chọn càng cao, lương hưu sau này càng cao.`)
                : nothing}
            </p>
            ${error ? html`<p class="error-text" id="income-error">${error}</p>` : nothing}
            <input
              id="income"
              part="input"
              name="income"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              .value=${this._incomeText}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'income-hint income-error' : 'income-hint'}
              @input=${this._onInput}
            />
          </div>
          <div class="field">
            <label for="group">${msg('Bạn thuộc nhóm nào?')}</label>
            <p class="hint" id="group-hint">${msg('Nhà nước hỗ trợ một phần tiền đóng theo nhóm; thuộc nhiều nhóm thì chọn nhóm được hỗ trợ cao nhất.')}</p>
            <select id="group" name="group" aria-describedby="group-hint" @change=${(e: Event) => (this._group = (e.target as HTMLSelectElement).value as VoluntarySupportGroup)}>
              ${voluntarySupportGroups.map((g) => html`<option value=${g} ?selected=${g === this._group}>${groupText(g)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="period">${msg('Phương thức đóng')}</label>
            <select id="period" name="period" @change=${(e: Event) => (this._period = Number((e.target as HTMLSelectElement).value) as VoluntaryPeriodMonths)}>
              ${VOLUNTARY_PERIODS.map((p) => html`<option value=${p} ?selected=${p === this._period}>${periodText(p)}</option>`)}
            </select>
          </div>
          <div class="actions">
            <button class="button" part="submit" type="submit">${msg('Tính tiền đóng')}</button>
          </div>
        </form>
        <p class="summary-line" role="status" aria-live="polite">${this._result ? this._sentence(this._result) : ''}</p>
        ${this._result ? this._renderResult(this._result) : nothing}
      </div>`;
  }

  private _sentence(r: VoluntaryBhxhDetail): string {
    const locale = currentLocale();
    return r.periodMonths === 1
      ? msg(str`Mỗi tháng bạn đóng ${formatVnd(r.payable, locale)} (thu nhập ${formatVnd(r.monthlyIncome, locale)}).`)
      : msg(str`Mỗi lần ${formatNumber(r.periodMonths, locale)} tháng bạn đóng ${formatVnd(r.payable, locale)} (thu nhập ${formatVnd(r.monthlyIncome, locale)}).`);
  }

  private _renderResult(r: VoluntaryBhxhDetail): TemplateResult {
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

declare global {
  interface HTMLElementTagNameMap {
    'vss-voluntary-bhxh': VssVoluntaryBhxh;
  }
  interface HTMLElementEventMap {
    'vss-voluntary-bhxh': CustomEvent<VoluntaryBhxhDetail>;
  }
}
