import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { ParticipationHistory, Sex } from '@vssid/core';
import type {
  EstimateIssue,
  EstimatePerson,
  PensionEstimate,
  PensionReason,
  SalaryScale,
} from '@vssid/core/estimates';
import { findGaps, monthIndex } from '@vssid/core/analysis';
import { baseSalaryOn, todayIso } from '@vssid/core/domain';
import { formatDuration, formatMonth, formatNumber, formatVnd } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../shared/states.js';
import { ErrorSummary, errorSummaryStyles, type FieldError } from '../shared/error-summary.js';
import {
  amountInputValue,
  estimateStyles,
  parseAmount,
  parseWhole,
  renderArticles,
  renderAssumptions,
  renderBadge,
  renderDisclaimer,
} from '../shared/estimate-text.js';
import { currentLocale } from '../i18n/localization.js';
import { rateFormula, renderRateChart, type RatePoint } from './rate-chart.js';
import { styles } from './pension-estimate.styles.js';

/** The estimate rules, fetched with the citizen's data (they are not needed for the first paint). */
type Rules = typeof import('@vssid/core/estimates');
/** One object so a test can stand in a loader that fails. */
export const pensionParts = { rules: (): Promise<Rules> => import('@vssid/core/estimates') };

interface Loaded {
  history: ParticipationHistory;
  person: EstimatePerson;
  rules: Rules;
}

/** Detail of `vss-pension-estimate`: the estimate shown, if the citizen stopped now and if they kept on. */
export interface PensionEstimateDetail {
  /** Stopping now: the pension the record implies (for someone already retired, the pension itself). */
  now: PensionEstimate;
  /** Contributing `kept.futureMonths` more months at the salary in the control; null when not offered. */
  kept: PensionEstimate | null;
}

type Field = 'salary' | 'months';

/** What the page computes from the loaded data and the control. */
interface Computed {
  now: PensionEstimate;
  kept: PensionEstimate | null;
  /** The control's defaults: the latest contribution base and the months until retirement age. */
  defaults: { salary: number; months: number; fromMonth: string } | null;
  /** Salaries the control accepts: the lowest base anyone contributes on, to 20 × lương cơ sở. */
  range: { min: number; max: number };
  gapMonths: number;
}

/** The greatest number of months the control accepts (50 years). */
const MAX_MONTHS = 600;

/**
 * "Tôi sẽ được bao nhiêu lương hưu?": from the citizen's own participation history and profile, when they
 * reach retirement age, the years they have and still need, the estimated monthly pension if they stopped
 * now and if they kept contributing until retirement age (salary and months adjustable), the long-career
 * lump sum, the rate against years as a chart, and the average salary, years and rate so the figure can be
 * checked by hand, under Law 41/2024/QH15. Every figure is an estimate ("ước tính"); what rests on an open
 * point is marked "tạm tính" and listed. Needs a signed-in session.
 *
 * @element vss-pension-estimate
 * @fires vss-pension-estimate - An estimate was shown (after loading and after every change). `detail: { now: PensionEstimate, kept: PensionEstimate | null }`
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart heading - The element's title.
 * @csspart overview - Retirement age and years counted.
 * @csspart scenario - Each of the two estimates (also `scenario-now`, `scenario-kept`).
 * @csspart badge - The "Ước tính" / "Tạm tính" label.
 * @csspart salary-scale - The choice of whose pay scale the salaries followed.
 * @csspart scenario-form - The salary and months control.
 * @csspart error-summary - The list of wrong fields above the control.
 * @csspart chart - The rate chart with its legend and table.
 * @csspart chart-table - The disclosure with the rate table.
 * @csspart assumptions - What the estimate rests on.
 * @csspart articles - The legal provisions applied.
 * @csspart disclaimer - The "not a decision" notice and the hotline.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - Rate line, headings' rule, the "estimate" badge.
 * @cssprop --vss-color-success - The "now" mark.
 * @cssprop --vss-color-warning - "Tạm tính" badge and list, the "kept" mark.
 */
@customElement('vss-pension-estimate')
export class VssPensionEstimate extends VssElement {
  static override styles = [tokens, base, stateStyles, errorSummaryStyles, estimateStyles, styles];

  /** The day of the estimate (`YYYY-MM-DD`); default today. Months after it are ignored. */
  @property() today = '';

  /**
   * Whose pay scale the salaries followed (Art. 72): `employer` (default: the whole career is averaged) or
   * `state` (civil servants: the last years only). The citizen can switch it; reflects.
   */
  @property({ attribute: 'salary-scale', reflect: true }) salaryScale: SalaryScale = 'employer';

  /** Monthly salary of the months ahead, đồng; default the latest contribution base. Fills the control. */
  @property({ attribute: 'future-salary', type: Number }) futureSalary?: number;

  /** Months still to contribute; default until retirement age. Fills the control. */
  @property({ attribute: 'future-months', type: Number }) futureMonths?: number;

  @state() private _salaryText = '';
  @state() private _monthsText = '';
  @state() private _errors: FieldError<Field>[] = [];
  /** The salary and months of the "keep contributing" estimate once the citizen has applied their own. */
  @state() private _applied?: { salary: number; months: number };
  @state() private _announcement = '';

  /** The history the control's texts were filled for: a new person gets new defaults. */
  private _filledFor?: ParticipationHistory;
  private _lastEmitted?: string;
  private _memo?: { key: string; data: Loaded; value: Computed | EstimateIssue[] };

  private readonly _summary = new ErrorSummary<Field>(this, (f) => this.renderRoot.querySelector<HTMLElement>(`#${f}`));

  private readonly _data = new SessionTask(this, this.sessionWatch, async (api, options): Promise<Loaded> => {
    const [history, me, rules] = await Promise.all([api.participation(options), api.me(options), pensionParts.rules()]);
    return { history, person: { sex: me.sex, dateOfBirth: me.dateOfBirth }, rules };
  });
  private readonly _task = this._data.task;

  private get _asOfMonth(): string {
    return todayIso(this.today || undefined).slice(0, 7);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    if (loaded && loaded.history !== this._filledFor) {
      // new data (a login, another citizen, a retry): the control starts from this record's defaults
      this._filledFor = loaded.history;
      this._applied = undefined;
      this._errors = [];
      this._summary.hide();
      const c = this._compute(loaded);
      const d = Array.isArray(c) ? null : c.defaults;
      this._salaryText = d ? amountInputValue(this.futureSalary ?? d.salary) : '';
      this._monthsText = d ? String(this.futureMonths ?? d.months) : '';
      if (d && (this.futureSalary !== undefined || this.futureMonths !== undefined)) {
        this._applied = { salary: this.futureSalary ?? d.salary, months: this.futureMonths ?? d.months };
      }
    } else if (loaded && (changed.has('futureSalary') || changed.has('futureMonths'))) {
      // new values from the page replace what is in the control
      const c = this._compute(loaded);
      const d = Array.isArray(c) ? null : c.defaults;
      if (d) {
        const salary = this.futureSalary ?? this._applied?.salary ?? d.salary;
        const months = this.futureMonths ?? this._applied?.months ?? d.months;
        this._salaryText = amountInputValue(salary);
        this._monthsText = String(months);
        this._applied = { salary, months };
        this._errors = [];
      }
    }
  }

  /** The estimates for the loaded data, the day and the control; memoised (rendering runs often). */
  private _compute(d: Loaded): Computed | EstimateIssue[] {
    const key = JSON.stringify([this._asOfMonth, this.salaryScale, this._applied ?? null]);
    if (this._memo?.key === key && this._memo.data === d) return this._memo.value;
    const value = this._computeFresh(d);
    this._memo = { key, data: d, value };
    return value;
  }

  private _computeFresh({ history, person, rules }: Loaded): Computed | EstimateIssue[] {
    const asOfMonth = this._asOfMonth;
    const salaryScale = this.salaryScale === 'state' ? 'state' : 'employer';
    const now = rules.estimatePension(history, person, { asOfMonth, salaryScale });
    if (!now.ok) return now.issues;
    const e = now.value;
    const today = todayIso(this.today || undefined);
    const range = {
      min: rules.rowOn(rules.POVERTY_LINE_TABLE, today)?.amount ?? rules.POVERTY_LINE_TABLE[0]!.amount,
      max: rules.VOLUNTARY_MAX_MULTIPLE * baseSalaryOn(today),
    };
    const gapMonths = findGaps(history.periods, 'BHXH').reduce((s, g) => (g.fromMonth <= asOfMonth ? s + g.months : s), 0);
    // "keep contributing" is offered until retirement age, or after it while 15 years are still missing
    const reached = monthIndex(e.retirementAge.reachedMonth);
    const asOf = monthIndex(asOfMonth);
    let defaults: Computed['defaults'] = null;
    if (e.recordedMonths > 0 && (reached >= asOf || !e.eligible)) {
      // one month ahead tells where the months ahead start and the base core puts on them (the latest one)
      const probe = rules.estimatePension(history, person, { asOfMonth, salaryScale, futureMonths: 1 });
      const added = probe.ok ? probe.value.reasons.find((r) => r.code === 'future_months_added') : undefined;
      if (added?.params) {
        const fromMonth = String(added.params.fromMonth);
        const months = reached >= asOf ? reached - monthIndex(fromMonth) + 1 : e.monthsStillNeeded;
        if (months > 0) defaults = { salary: Number(added.params.salary), months: Math.min(months, MAX_MONTHS), fromMonth };
      }
    }
    let kept: PensionEstimate | null = null;
    const applied = this._applied ?? (defaults ? { salary: defaults.salary, months: defaults.months } : undefined);
    if (defaults && applied && applied.months > 0) {
      const r = rules.estimatePension(history, person, {
        asOfMonth,
        salaryScale,
        futureMonths: applied.months,
        futureMonthlySalary: applied.salary,
      });
      if (r.ok) kept = r.value;
    }
    return { now: e, kept, defaults, range, gapMonths };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    if (!loaded) return;
    const c = this._compute(loaded);
    if (Array.isArray(c)) return;
    const key = JSON.stringify([loaded.history.socialInsuranceCode, c.now.monthlyPension, c.now.contributionMonths, c.now.averageSalary, c.kept?.monthlyPension, c.kept?.contributionMonths, c.kept?.averageSalary]);
    if (key !== this._lastEmitted) {
      this._lastEmitted = key;
      this.emit<PensionEstimateDetail>('vss-pension-estimate', { now: c.now, kept: c.kept });
    }
  }

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải dữ liệu để ước tính lương hưu…'));
    return html`<h2 class="title" part="heading">${msg('Ước tính lương hưu')}</h2>
      ${this._task.render({
        initial: loading,
        pending: loading,
        error: (e) => renderError(e, this._data.retry, this),
        complete: (d) => this._renderLoaded(d),
      })}`;
  }

  private _renderLoaded(d: Loaded): TemplateResult {
    const c = this._compute(d);
    if (Array.isArray(c)) {
      return html`<div class="state error" part="state state-error" role="alert">
        <p>${msg('Không ước tính được từ thông tin hiện có (ngày sinh, giới tính hoặc quá trình đóng chưa hợp lệ). Vui lòng liên hệ cơ quan BHXH để kiểm tra lại.')}</p>
      </div>`;
    }
    const { now } = c;
    if (now.recordedMonths === 0) {
      return renderEmpty(
        msg('Bạn chưa có thời gian đóng BHXH nên chưa có gì để ước tính lương hưu. Khi bạn bắt đầu đóng BHXH, ước tính sẽ hiện ở đây.'),
      );
    }
    const provisional = now.provisional || !!c.kept?.provisional;
    const points: RatePoint[] = [{ kind: 'now', years: now.countedYears, rate: now.ratePercent }];
    if (c.kept) points.push({ kind: 'kept', years: c.kept.countedYears, rate: c.kept.ratePercent });
    const assumptions = [...now.assumptions];
    for (const a of c.kept?.assumptions ?? []) if (!assumptions.some((b) => b.code === a.code)) assumptions.push(a);
    const articles = [...now.articles];
    for (const a of c.kept?.articles ?? []) if (!articles.some((b) => JSON.stringify(b) === JSON.stringify(a))) articles.push(a);
    return html`<div class="stack">
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${this._renderOverview(c, d.person.sex)} ${this._renderScale()}
      <div class="scenarios">
        ${this._renderScenario(now, 'now', d.person.sex, c)} ${c.kept ? this._renderScenario(c.kept, 'kept', d.person.sex, c) : nothing}
      </div>
      ${this._renderControl(c)} ${renderRateChart(d.person.sex, points)} ${renderAssumptions(assumptions)} ${renderArticles(articles)}
      ${renderDisclaimer(provisional)}
    </div>`;
  }

  private _renderOverview(c: Computed, sex: Sex): TemplateResult {
    const locale = currentLocale();
    const e = c.now;
    const age = e.retirementAge;
    const reachedAlready = monthIndex(age.reachedMonth) < monthIndex(this._asOfMonth);
    const ageText = age.months ? msg(str`${age.years} tuổi ${age.months} tháng`) : msg(str`${age.years} tuổi`);
    const notes = e.reasons.filter((r) => ['unpaid_months_excluded', 'voluntary_months_included', 'overlapping_months_merged', 'months_after_as_of_ignored'].includes(r.code));
    return html`<section class="overview" part="overview" aria-labelledby="overview-heading">
      <h3 id="overview-heading">${msg('Tuổi nghỉ hưu và thời gian đóng BHXH')}</h3>
      <dl class="check">
        <div>
          <dt>${msg(str`Tuổi nghỉ hưu của bạn (${sex === 'female' ? msg('nữ') : msg('nam')})`)}</dt>
          <dd>${ageText}</dd>
        </div>
        <div>
          <dt>${reachedAlready ? msg('Đã đủ tuổi nghỉ hưu từ') : msg('Đủ tuổi nghỉ hưu vào')}</dt>
          <dd>${formatMonth(age.reachedMonth)}</dd>
        </div>
        <div>
          <dt>${msg('Thời gian đã đóng BHXH được tính')}</dt>
          <dd>${msg(str`${formatDuration(e.recordedMonths, locale)} (${formatNumber(e.recordedMonths, locale)} tháng)`)}</dd>
        </div>
        <div>
          <dt>${msg('Số năm tính hưởng')}</dt>
          <dd>${msg(str`${formatNumber(e.countedYears, locale)} năm`)}</dd>
        </div>
        <div>
          <dt>${msg('Còn cần để đủ 15 năm')}</dt>
          <dd>
            ${e.monthsStillNeeded
              ? msg(str`${formatDuration(e.monthsStillNeeded, locale)} (${formatNumber(e.monthsStillNeeded, locale)} tháng)`)
              : msg('Đã đủ 15 năm')}
          </dd>
        </div>
      </dl>
      ${notes.length || c.gapMonths
        ? html`<ul class="notes">
            ${notes.map((r) => html`<li data-reason=${r.code}>${this._reasonText(r)}</li>`)}
            ${c.gapMonths
              ? html`<li data-reason="gap">
                  ${msg(str`Có ${formatDuration(c.gapMonths, locale)} gián đoạn giữa các lần đóng; thời gian không đóng không được tính.`)}
                </li>`
              : nothing}
          </ul>`
        : nothing}
    </section>`;
  }

  private _reasonText(r: PensionReason): string {
    const locale = currentLocale();
    const months = formatNumber(Number(r.params?.months ?? 0), locale);
    switch (r.code) {
      case 'unpaid_months_excluded':
        return msg(str`${months} tháng đơn vị chưa đóng tiền chưa được tính; sẽ được tính khi đơn vị đóng đủ.`);
      case 'voluntary_months_included':
        return msg(str`${months} tháng đóng BHXH tự nguyện được tính theo mức thu nhập bạn đã chọn.`);
      case 'overlapping_months_merged':
        return msg(str`${months} tháng được hai đơn vị cùng khai báo chỉ tính một lần, tiền lương được cộng lại.`);
      case 'months_after_as_of_ignored':
        return msg(str`${months} tháng sau thời điểm ước tính chưa được tính.`);
      default:
        return '';
    }
  }

  private _renderScenario(e: PensionEstimate, kind: 'now' | 'kept', sex: Sex, c: Computed): TemplateResult {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    const retired = monthIndex(e.retirementAge.reachedMonth) < monthIndex(this._asOfMonth) && kind === 'now';
    const title =
      kind === 'kept'
        ? msg('Nếu đóng tiếp đến tuổi nghỉ hưu')
        : retired
          ? msg('Lương hưu theo quá trình đóng của bạn')
          : msg('Nếu dừng đóng từ bây giờ');
    const added = e.reasons.find((r) => r.code === 'future_months_added');
    const lump = e.reasons.find((r) => r.code === 'long_career_lump_sum');
    const minimum = e.reasons.find((r) => r.code === 'minimum_pension_applied');
    const formula = rateFormula(sex, e.countedYears);
    return html`<section class="scenario ${kind}" part="scenario scenario-${kind}" aria-labelledby="scenario-${kind}">
      <h3 id="scenario-${kind}">${title} ${renderBadge(e.provisional)}</h3>
      ${added?.params
        ? html`<p class="hint">
            ${msg(
              str`Đóng thêm ${n(Number(added.params.months))} tháng (${formatMonth(String(added.params.fromMonth))}–${formatMonth(String(added.params.toMonth))}) với mức ${formatVnd(Number(added.params.salary), locale)} mỗi tháng.`,
            )}
          </p>`
        : nothing}
      ${e.eligible && e.monthlyPension !== null
        ? html`<p class="figure" data-figure="monthly">${msg(str`${formatVnd(e.monthlyPension, locale)}/tháng`)}</p>
            <p>${msg(str`Lương hưu hằng tháng ước tính, từ tháng ${formatMonth(e.pensionStartMonth)}.`)}</p>`
        : html`<p class="figure not-eligible" data-figure="none">${msg('Chưa đủ điều kiện hưởng lương hưu')}</p>
            <p>
              ${msg(
                str`Cần đóng BHXH đủ 15 năm; còn thiếu ${formatDuration(e.monthsStillNeeded, locale)} (${n(e.monthsStillNeeded)} tháng).`,
              )}
            </p>`}
      <dl class="check">
        <div>
          <dt>${msg('Bình quân tiền lương tháng đóng BHXH (đã điều chỉnh)')}</dt>
          <dd data-check="average">${e.averageSalary === null ? '–' : formatVnd(e.averageSalary, locale)}</dd>
        </div>
        <div>
          <dt>${msg('Số năm tính hưởng')}</dt>
          <dd data-check="years">${msg(str`${n(e.countedYears)} năm (${n(e.contributionMonths)} tháng)`)}</dd>
        </div>
        <div>
          <dt>${msg('Tỷ lệ hưởng')}</dt>
          <dd data-check="rate">${e.ratePercent === null ? msg('Chưa có (dưới 15 năm)') : `${n(e.ratePercent)}%`}</dd>
        </div>
      </dl>
      ${e.ratePercent !== null && e.averageSalary !== null && e.monthlyPension !== null
        ? html`<div class="formula" part="formula">
            <p data-formula="rate">
              ${msg('Tỷ lệ:')} ${formula.text} = ${n(formula.uncapped)}%${formula.uncapped > 75 ? html` → ${msg('tối đa 75%')}` : nothing}
            </p>
            <p data-formula="pension">
              ${msg('Lương hưu:')} ${n(e.ratePercent)}% × ${formatVnd(e.averageSalary, locale)} =
              ${minimum ? formatVnd(Math.round((e.ratePercent * e.averageSalary) / 100), locale) : formatVnd(e.monthlyPension, locale)}
            </p>
            ${minimum
              ? html`<p>
                  ${msg(
                    str`Thấp hơn mức tham chiếu nên được nâng lên ${formatVnd(Number(minimum.params?.referenceLevel), locale)} (người đóng đủ 20 năm trước 01/7/2025).`,
                  )}
                </p>`
              : nothing}
          </div>`
        : nothing}
      ${lump && e.longCareerLumpSum && e.averageSalary !== null
        ? html`<div class="lump" data-figure="lump-sum">
            <p>
              <strong>${msg('Trợ cấp một lần khi nghỉ hưu:')}</strong> ${formatVnd(e.longCareerLumpSum, locale)}
            </p>
            <p class="formula">${this._lumpFormula(lump, e.averageSalary, sex)}</p>
          </div>`
        : nothing}
      ${kind === 'now' && retired && e.eligible
        ? html`<p class="hint">
            ${msg('Nếu bạn đã có quyết định hưởng lương hưu, số tiền trong quyết định (và các lần điều chỉnh sau đó) là số chính thức; xem mục thông tin hưởng.')}
          </p>`
        : nothing}
      ${kind === 'now' && c.defaults && !retired
        ? html`<p class="hint">${msg('Thời gian đã đóng được bảo lưu; bạn vẫn có thể đóng tiếp (kể cả BHXH tự nguyện) để tăng lương hưu.')}</p>`
        : nothing}
    </section>`;
  }

  private _lumpFormula(lump: PensionReason, average: number, sex: Sex): string {
    const locale = currentLocale();
    const n = (v: number) => formatNumber(v, locale);
    const above = Number(lump.params?.halfYearsAbove ?? 0) / 2;
    const after = Number(lump.params?.halfYearsAfterAge ?? 0) / 2;
    const threshold = sex === 'female' ? 30 : 35;
    const avg = formatVnd(average, locale);
    const before = above - after;
    const parts: string[] = [];
    if (before > 0) parts.push(msg(str`${n(0.5)} × ${avg} × ${n(before)} năm`));
    if (after > 0) parts.push(msg(str`2 × ${avg} × ${n(after)} năm đóng sau tuổi nghỉ hưu`));
    return msg(str`Số năm đóng trên ${threshold} năm: ${n(above)}; ${parts.join(' + ')}.`);
  }

  private _renderControl(c: Computed): TemplateResult | typeof nothing {
    if (!c.defaults) return nothing;
    const locale = currentLocale();
    const err = (f: Field) => this._errors.find((e) => e.field === f)?.text;
    const salaryError = err('salary');
    const monthsError = err('months');
    const retirementAhead = monthIndex(c.now.retirementAge.reachedMonth) >= monthIndex(this._asOfMonth);
    return html`<form class="control" part="scenario-form" novalidate @submit=${(e: Event) => this._onSubmit(e, c)}>
      ${this._summary.render(this._errors)}
      <h3>${msg('Thử với mức lương và số tháng khác')}</h3>
      <div class="fields">
        <div class="field ${salaryError ? 'invalid' : ''}">
          <label for="salary">${msg('Mức lương đóng BHXH mỗi tháng (đồng)')}</label>
          <p class="hint" id="salary-hint">
            ${msg(str`Mức hiện tại của bạn: ${formatVnd(c.defaults.salary, locale)}. Từ ${formatVnd(c.range.min, locale)} đến ${formatVnd(c.range.max, locale)}.`)}
          </p>
          ${salaryError ? html`<p class="error-text" id="salary-error">${salaryError}</p>` : nothing}
          <input
            id="salary"
            name="salary"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            .value=${this._salaryText}
            aria-invalid=${salaryError ? 'true' : 'false'}
            aria-describedby=${salaryError ? 'salary-hint salary-error' : 'salary-hint'}
            @input=${(e: Event) => this._onInput('salary', (e.target as HTMLInputElement).value, c)}
          />
        </div>
        <div class="field ${monthsError ? 'invalid' : ''}">
          <label for="months">${msg('Số tháng đóng tiếp')}</label>
          <p class="hint" id="months-hint">
            ${retirementAhead
              ? msg(str`Đến tuổi nghỉ hưu (${formatMonth(c.now.retirementAge.reachedMonth)}): ${formatNumber(c.defaults.months, locale)} tháng.`)
              : msg(str`Để đủ 15 năm: ${formatNumber(c.defaults.months, locale)} tháng.`)}
          </p>
          ${monthsError ? html`<p class="error-text" id="months-error">${monthsError}</p>` : nothing}
          <input
            id="months"
            name="months"
            inputmode="numeric"
            autocomplete="off"
            .value=${this._monthsText}
            aria-invalid=${monthsError ? 'true' : 'false'}
            aria-describedby=${monthsError ? 'months-hint months-error' : 'months-hint'}
            @input=${(e: Event) => this._onInput('months', (e.target as HTMLInputElement).value, c)}
          />
        </div>
      </div>
      <div class="actions">
        <button class="button" type="submit">${msg('Tính lại')}</button>
        <button class="button secondary" type="button" @click=${() => this._reset(c)}>${msg('Về mức hiện tại')}</button>
      </div>
    </form>`;
  }

  /** Whose pay scale: changes both estimates at once (a choice, not typed input). */
  private _renderScale(): TemplateResult {
    return html`<fieldset class="scale" part="salary-scale">
      <legend>${msg('Tiền lương đóng BHXH của bạn do ai quyết định?')}</legend>
      <label class="choice"
        ><input type="radio" name="scale" value="employer" .checked=${this.salaryScale !== 'state'} @change=${() => this._setScale('employer')} />
        ${msg('Doanh nghiệp, người sử dụng lao động (tính bình quân cả quá trình)')}</label
      >
      <label class="choice"
        ><input type="radio" name="scale" value="state" .checked=${this.salaryScale === 'state'} @change=${() => this._setScale('state')} />
        ${msg('Nhà nước (cán bộ, công chức, viên chức; tính bình quân những năm cuối)')}</label
      >
    </fieldset>`;
  }

  private _check(field: Field, text: string, c: Computed): string | undefined {
    const locale = currentLocale();
    if (field === 'salary') {
      const v = parseAmount(text);
      if (text.trim() === '') return msg('Nhập mức lương đóng BHXH mỗi tháng.');
      if (v === undefined) return msg('Mức lương phải là số tiền bằng chữ số, ví dụ 8.000.000.');
      if (v < c.range.min) return msg(str`Mức lương đóng BHXH thấp nhất là ${formatVnd(c.range.min, locale)}.`);
      if (v > c.range.max) return msg(str`Mức lương đóng BHXH cao nhất là ${formatVnd(c.range.max, locale)} (20 lần lương cơ sở).`);
      return undefined;
    }
    const v = parseWhole(text);
    if (text.trim() === '') return msg('Nhập số tháng đóng tiếp.');
    if (v === undefined) return msg('Số tháng phải là số nguyên, ví dụ 24.');
    if (v > MAX_MONTHS) return msg(str`Số tháng đóng tiếp tối đa là ${MAX_MONTHS}.`);
    return undefined;
  }

  private _onInput(field: Field, value: string, c: Computed): void {
    if (field === 'salary') this._salaryText = value;
    else this._monthsText = value;
    // a field's message goes as soon as it is right; no nagging while it is still being typed
    if (this._errors.some((e) => e.field === field) && !this._check(field, value, c)) {
      this._errors = this._errors.filter((e) => e.field !== field);
    }
  }

  private _onSubmit(e: Event, c: Computed): void {
    e.preventDefault();
    const errors: FieldError<Field>[] = [];
    for (const [field, text] of [['salary', this._salaryText], ['months', this._monthsText]] as const) {
      const t = this._check(field, text, c);
      if (t) errors.push({ field, text: t });
    }
    this._errors = errors;
    if (errors.length) {
      this._announcement = '';
      this._summary.show();
      return;
    }
    this._summary.hide();
    this._applied = { salary: parseAmount(this._salaryText)!, months: parseWhole(this._monthsText)! };
    this._announceResult();
  }

  private _reset(c: Computed): void {
    if (!c.defaults) return;
    this._salaryText = amountInputValue(c.defaults.salary);
    this._monthsText = String(c.defaults.months);
    this._errors = [];
    this._summary.hide();
    this._applied = { salary: c.defaults.salary, months: c.defaults.months };
    this._announceResult();
  }

  private _setScale(scale: SalaryScale): void {
    this.salaryScale = scale;
    this._announceResult();
  }

  /** Says the new figures in the status region once they are drawn. */
  private _announceResult(): void {
    void this.updateComplete.then(() => {
      const loaded = this._task.value;
      if (!loaded) return;
      const c = this._compute(loaded);
      if (Array.isArray(c)) return;
      const locale = currentLocale();
      const say = (e: PensionEstimate | null) =>
        e?.eligible && e.monthlyPension !== null ? msg(str`${formatVnd(e.monthlyPension, locale)}/tháng`) : msg('chưa đủ điều kiện');
      this._announcement = c.kept
        ? msg(str`Đã tính lại. Nếu dừng đóng bây giờ: ${say(c.now)}. Nếu đóng tiếp: ${say(c.kept)}.`)
        : msg(str`Đã tính lại: ${say(c.now)}.`);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-pension-estimate': VssPensionEstimate;
  }
  interface HTMLElementEventMap {
    'vss-pension-estimate': CustomEvent<PensionEstimateDetail>;
  }
}
