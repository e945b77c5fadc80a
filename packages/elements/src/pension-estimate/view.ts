import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Sex } from '@vssid/core';
import {
  POVERTY_LINE_TABLE,
  VOLUNTARY_MAX_MULTIPLE,
  estimatePension,
  rowOn,
  type EstimateIssue,
  type PensionEstimate,
  type PensionReason,
  type SalaryScale,
} from '@vssid/core/estimates';
import { findGaps, monthIndex } from '@vssid/core/analysis';
import { baseSalaryOn, todayIso } from '@vssid/core/domain';
import { formatDuration, formatMonth, formatNumber, formatVnd } from '@vssid/core/format';
import { renderEmpty } from '../shared/states.js';
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
  renderNumberField,
  renderRecordUnusable,
} from '../shared/estimate-text.js';
import { currentLocale } from '../i18n/localization.js';
import { rateFormula, renderRateChart, type RatePoint } from './rate-chart.js';
import { viewStyles } from './view.styles.js';
import type { EstimateData, PensionEstimateDetail } from './pension-estimate.js';

/** The stylesheets of this part, added to the element's shadow root when it arrives. */
export const partStyles = [errorSummaryStyles, estimateStyles, viewStyles];

/** What the view needs of its element: the attributes it reads, and a way to tell the page. */
export interface PensionViewHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly today: string;
  salaryScale: SalaryScale;
  readonly futureSalary?: number;
  readonly futureMonths?: number;
}

type Field = 'salary' | 'months';

/** What the view computes from the loaded data and the control. */
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
 * The pension estimate of one citizen's record, loaded on demand with the data: it keeps the control's
 * state (what the citizen typed, the errors, the values applied), computes with `@vssid/core/estimates`
 * and draws everything below the element's title. A new record gets a new view.
 */
export class PensionView implements ReactiveController {
  private _salaryText = '';
  private _monthsText = '';
  private _errors: FieldError<Field>[] = [];
  /** The salary and months of the "keep contributing" estimate once the citizen has applied their own. */
  private _applied?: { salary: number; months: number };
  private _announcement = '';
  private _lastEmitted?: string;
  private _memo?: { key: string; value: Computed | EstimateIssue[] };
  private readonly _summary: ErrorSummary<Field>;

  constructor(
    private readonly h: PensionViewHost,
    private readonly _data: EstimateData,
    private readonly _onEstimate: (detail: PensionEstimateDetail) => void,
    private readonly _retry: () => void,
  ) {
    h.addController(this);
    this._summary = new ErrorSummary<Field>(h, (f) => h.renderRoot.querySelector<HTMLElement>(`#${f}`));
    const c = this._compute();
    const d = Array.isArray(c) ? null : c.defaults;
    if (d) {
      this._salaryText = amountInputValue(h.futureSalary ?? d.salary);
      this._monthsText = String(h.futureMonths ?? d.months);
      if (h.futureSalary !== undefined || h.futureMonths !== undefined) {
        this._applied = { salary: h.futureSalary ?? d.salary, months: h.futureMonths ?? d.months };
      }
    }
  }

  /** Stops following the host (a new record replaced this view). */
  dispose(): void {
    this.h.removeController(this);
  }

  /** The page set `future-salary` or `future-months`: they replace what is in the control. */
  futureChanged(): void {
    const c = this._compute();
    const d = Array.isArray(c) ? null : c.defaults;
    if (!d) return;
    const salary = this.h.futureSalary ?? this._applied?.salary ?? d.salary;
    const months = this.h.futureMonths ?? this._applied?.months ?? d.months;
    this._salaryText = amountInputValue(salary);
    this._monthsText = String(months);
    this._applied = { salary, months };
    this._errors = [];
    this.h.requestUpdate();
  }

  hostUpdated(): void {
    const c = this._compute();
    // nothing shown, nothing to tell (no record, or a record the rules refuse)
    if (Array.isArray(c) || c.now.recordedMonths === 0) return;
    const key = JSON.stringify([
      c.now.monthlyPension,
      c.now.contributionMonths,
      c.now.averageSalary,
      c.kept?.monthlyPension,
      c.kept?.contributionMonths,
      c.kept?.averageSalary,
    ]);
    if (key !== this._lastEmitted) {
      this._lastEmitted = key;
      this._onEstimate({ now: c.now, kept: c.kept });
    }
  }

  private get _asOfMonth(): string {
    return todayIso(this.h.today || undefined).slice(0, 7);
  }

  /** The estimates for the day and the control; memoised (rendering runs often). */
  private _compute(): Computed | EstimateIssue[] {
    const key = JSON.stringify([this._asOfMonth, this.h.salaryScale, this._applied ?? null]);
    if (this._memo?.key === key) return this._memo.value;
    const value = this._computeFresh();
    this._memo = { key, value };
    return value;
  }

  private _computeFresh(): Computed | EstimateIssue[] {
    const { history, person } = this._data;
    const asOfMonth = this._asOfMonth;
    const salaryScale = this.h.salaryScale === 'state' ? 'state' : 'employer';
    const now = estimatePension(history, person, { asOfMonth, salaryScale });
    if (!now.ok) return now.issues;
    const e = now.value;
    const today = todayIso(this.h.today || undefined);
    const range = {
      min: rowOn(POVERTY_LINE_TABLE, today)?.amount ?? POVERTY_LINE_TABLE[0]!.amount,
      max: VOLUNTARY_MAX_MULTIPLE * baseSalaryOn(today),
    };
    const gapMonths = findGaps(history.periods, 'BHXH').reduce(
      (s, g) => (g.fromMonth <= asOfMonth ? s + g.months : s),
      0,
    );
    // "keep contributing" is offered until retirement age, or after it while 15 years are still missing
    const reached = monthIndex(e.retirementAge.reachedMonth);
    const asOf = monthIndex(asOfMonth);
    let defaults: Computed['defaults'] = null;
    if (e.recordedMonths > 0 && (reached >= asOf || !e.eligible)) {
      // one month ahead tells where the months ahead start and the base core puts on them (the latest one)
      const probe = estimatePension(history, person, { asOfMonth, salaryScale, futureMonths: 1 });
      const added = probe.ok ? probe.value.reasons.find((r) => r.code === 'future_months_added') : undefined;
      if (added?.params) {
        const fromMonth = String(added.params.fromMonth);
        const months = reached >= asOf ? reached - monthIndex(fromMonth) + 1 : e.monthsStillNeeded;
        if (months > 0)
          defaults = { salary: Number(added.params.salary), months: Math.min(months, MAX_MONTHS), fromMonth };
      }
    }
    let kept: PensionEstimate | null = null;
    const applied = this._applied ?? (defaults ? { salary: defaults.salary, months: defaults.months } : undefined);
    if (defaults && applied && applied.months > 0) {
      const r = estimatePension(history, person, {
        asOfMonth,
        salaryScale,
        futureMonths: applied.months,
        futureMonthlySalary: applied.salary,
      });
      if (r.ok) kept = r.value;
    }
    return { now: e, kept, defaults, range, gapMonths };
  }

  render(): TemplateResult {
    const d = this._data;
    const c = this._compute();
    if (Array.isArray(c)) {
      return renderRecordUnusable(this._retry);
    }
    const { now } = c;
    if (now.recordedMonths === 0) {
      return renderEmpty(
        msg(
          'Bạn chưa có thời gian đóng BHXH nên chưa có gì để ước tính lương hưu. Khi bạn bắt đầu đóng BHXH, ước tính sẽ hiện ở đây.',
        ),
      );
    }
    const provisional = now.provisional || !!c.kept?.provisional;
    const points: RatePoint[] = [{ kind: 'now', years: now.countedYears, rate: now.ratePercent }];
    if (c.kept) points.push({ kind: 'kept', years: c.kept.countedYears, rate: c.kept.ratePercent });
    const assumptions = [...now.assumptions];
    for (const a of c.kept?.assumptions ?? []) if (!assumptions.some((b) => b.code === a.code)) assumptions.push(a);
    const articles = [...now.articles];
    for (const a of c.kept?.articles ?? [])
      if (!articles.some((b) => JSON.stringify(b) === JSON.stringify(a))) articles.push(a);
    return html`<div class="stack">
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${this._renderOverview(c, d.person.sex)} ${this._renderScale()}
      <div class="outcomes">
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
    const notes = e.reasons.filter((r) =>
      [
        'unpaid_months_excluded',
        'voluntary_months_included',
        'overlapping_months_merged',
        'months_after_as_of_ignored',
      ].includes(r.code),
    );
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
            ${
              e.monthsStillNeeded
                ? msg(
                    str`${formatDuration(e.monthsStillNeeded, locale)} (${formatNumber(e.monthsStillNeeded, locale)} tháng)`,
                  )
                : msg('Đã đủ 15 năm')
            }
          </dd>
        </div>
      </dl>
      ${
        notes.length || c.gapMonths
          ? html`<ul class="notes">
            ${notes.map((r) => html`<li data-reason=${r.code}>${this._reasonText(r)}</li>`)}
            ${
              c.gapMonths
                ? html`<li data-reason="gap">
                  ${msg(str`Có ${formatDuration(c.gapMonths, locale)} gián đoạn giữa các lần đóng; thời gian không đóng không được tính.`)}
                </li>`
                : nothing
            }
          </ul>`
          : nothing
      }
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
    return html`<section class="outcome scenario ${kind}" part="scenario scenario-${kind}" aria-labelledby="scenario-${kind}">
      <h3 id="scenario-${kind}">${title} ${renderBadge(e.provisional)}</h3>
      ${
        added?.params
          ? html`<p class="hint">
            ${msg(
              str`Đóng thêm ${n(Number(added.params.months))} tháng (${formatMonth(String(added.params.fromMonth))}–${formatMonth(String(added.params.toMonth))}) với mức ${formatVnd(Number(added.params.salary), locale)} mỗi tháng.`,
            )}
          </p>`
          : nothing
      }
      ${
        e.eligible && e.monthlyPension !== null
          ? html`<p class="figure" data-figure="monthly">${msg(str`${formatVnd(e.monthlyPension, locale)}/tháng`)}</p>
            <p>${msg(str`Lương hưu hằng tháng ước tính, từ tháng ${formatMonth(e.pensionStartMonth)}.`)}</p>`
          : html`<p class="figure" data-figure="none">${msg('Chưa đủ điều kiện hưởng lương hưu')}</p>
            <p>
              ${msg(
                str`Cần đóng BHXH đủ 15 năm; còn thiếu ${formatDuration(e.monthsStillNeeded, locale)} (${n(e.monthsStillNeeded)} tháng).`,
              )}
            </p>`
      }
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
      ${
        e.ratePercent !== null && e.averageSalary !== null && e.monthlyPension !== null
          ? html`<div class="formula" part="formula">
            <p data-formula="rate">
              ${`${msg('Tỷ lệ:')} ${formula.text} = ${n(formula.uncapped)}%${formula.uncapped > 75 ? ` → ${msg('tối đa 75%')}` : ''}`}
            </p>
            <p data-formula="pension">
              ${`${msg('Lương hưu:')} ${n(e.ratePercent)}% × ${formatVnd(e.averageSalary, locale)} = ${formatVnd(minimum ? Math.round((e.ratePercent * e.averageSalary) / 100) : e.monthlyPension, locale)}`}
            </p>
            ${
              minimum
                ? html`<p>
                  ${msg(
                    str`Thấp hơn mức tham chiếu nên được nâng lên ${formatVnd(Number(minimum.params?.referenceLevel), locale)} (người đóng đủ 20 năm trước 01/7/2025).`,
                  )}
                </p>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        lump && e.longCareerLumpSum && e.averageSalary !== null
          ? html`<div class="lump" data-figure="lump-sum">
            <p>
              <strong>${msg('Trợ cấp một lần khi nghỉ hưu:')}</strong> ${formatVnd(e.longCareerLumpSum, locale)}
            </p>
            <p class="formula">${this._lumpFormula(lump, e.averageSalary, sex)}</p>
          </div>`
          : nothing
      }
      ${
        kind === 'now' && retired && e.eligible
          ? html`<p class="hint">
            ${msg('Nếu bạn đã có quyết định hưởng lương hưu, số tiền trong quyết định (và các lần điều chỉnh sau đó) là số chính thức; xem mục thông tin hưởng.')}
          </p>`
          : nothing
      }
      ${
        kind === 'now' && c.defaults && !retired
          ? html`<p class="hint">${msg('Thời gian đã đóng được bảo lưu; bạn vẫn có thể đóng tiếp (kể cả BHXH tự nguyện) để tăng lương hưu.')}</p>`
          : nothing
      }
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
    const retirementAhead = monthIndex(c.now.retirementAge.reachedMonth) >= monthIndex(this._asOfMonth);
    return html`<form class="control" part="scenario-form" novalidate @submit=${(e: Event) => this._onSubmit(e, c)}>
      ${this._summary.render(this._errors)}
      <h3>${msg('Thử với mức lương và số tháng khác')}</h3>
      <div class="fields">
        ${renderNumberField({
          id: 'salary',
          label: msg('Mức lương đóng BHXH mỗi tháng (đồng)'),
          hint: msg(
            str`Mức hiện tại của bạn: ${formatVnd(c.defaults.salary, locale)}. Từ ${formatVnd(c.range.min, locale)} đến ${formatVnd(c.range.max, locale)}.`,
          ),
          error: err('salary'),
          value: this._salaryText,
          onInput: (e) => this._onInput('salary', (e.target as HTMLInputElement).value, c),
          amount: true,
        })}
        ${renderNumberField({
          id: 'months',
          label: msg('Số tháng đóng tiếp'),
          hint: retirementAhead
            ? msg(
                str`Đến tuổi nghỉ hưu (${formatMonth(c.now.retirementAge.reachedMonth)}): ${formatNumber(c.defaults.months, locale)} tháng.`,
              )
            : msg(str`Để đủ 15 năm: ${formatNumber(c.defaults.months, locale)} tháng.`),
          error: err('months'),
          value: this._monthsText,
          onInput: (e) => this._onInput('months', (e.target as HTMLInputElement).value, c),
        })}
      </div>
      <div class="actions">
        <button class="button" type="submit">${msg('Tính lại')}</button>
        <button class="button secondary" type="button" @click=${() => this._reset(c)}>${msg('Về mức hiện tại')}</button>
      </div>
    </form>`;
  }

  /** Whose pay scale: changes both estimates at once (a choice, not typed input). */
  private _renderScale(): TemplateResult {
    return html`<fieldset class="choices" part="salary-scale">
      <legend>${msg('Tiền lương đóng BHXH của bạn do ai quyết định?')}</legend>
      <label class="choice"
        ><input type="radio" name="scale" value="employer" .checked=${this.h.salaryScale !== 'state'} @change=${() => this._setScale('employer')} />
        ${msg('Doanh nghiệp, người sử dụng lao động (tính bình quân cả quá trình)')}</label
      >
      <label class="choice"
        ><input type="radio" name="scale" value="state" .checked=${this.h.salaryScale === 'state'} @change=${() => this._setScale('state')} />
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
      if (v > c.range.max)
        return msg(str`Mức lương đóng BHXH cao nhất là ${formatVnd(c.range.max, locale)} (20 lần lương cơ sở).`);
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
    this.h.requestUpdate();
    // a field's message goes as soon as it is right; no nagging while it is still being typed
    if (this._errors.some((e) => e.field === field) && !this._check(field, value, c)) {
      this._errors = this._errors.filter((e) => e.field !== field);
    }
  }

  private _onSubmit(e: Event, c: Computed): void {
    e.preventDefault();
    const errors: FieldError<Field>[] = [];
    for (const [field, text] of [
      ['salary', this._salaryText],
      ['months', this._monthsText],
    ] as const) {
      const t = this._check(field, text, c);
      if (t) errors.push({ field, text: t });
    }
    this._errors = errors;
    this.h.requestUpdate();
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
    this.h.requestUpdate();
    this._announceResult();
  }

  private _setScale(scale: SalaryScale): void {
    this.h.salaryScale = scale;
    this._announceResult();
  }

  /** Says the new figures in the status region once they are drawn. */
  private _announceResult(): void {
    void this.h.updateComplete.then(() => {
      const c = this._compute();
      if (Array.isArray(c)) return;
      const locale = currentLocale();
      const say = (e: PensionEstimate | null) =>
        e?.eligible && e.monthlyPension !== null
          ? msg(str`${formatVnd(e.monthlyPension, locale)}/tháng`)
          : msg('chưa đủ điều kiện');
      this._announcement = c.kept
        ? msg(str`Đã tính lại. Nếu dừng đóng bây giờ: ${say(c.now)}. Nếu đóng tiếp: ${say(c.kept)}.`)
        : msg(str`Đã tính lại: ${say(c.now)}.`);
      this.h.requestUpdate();
    });
  }
}
