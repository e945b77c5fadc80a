import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { ParticipationHistory } from '@vssid/core';
import type { EstimatePerson, PensionEstimate, SalaryScale } from '@vssid/core/estimates';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import { shellStyles } from '../shared/estimate-shell.js';
import { adoptPartStyles } from '../base/on-demand.js';
import type { PensionView } from './view.js';
import { styles } from './pension-estimate.styles.js';

/**
 * The estimate itself (the rules of `@vssid/core/estimates`, the wording, the chart and the control) is a
 * part fetched with the citizen's data, so the first paint carries only the title and the loading state.
 * One object so a test or a story can stand in a loader that fails.
 */
export const pensionParts = { view: () => import('./view.js') };

/** The citizen's record and profile as the estimate needs them. */
export interface EstimateData {
  history: ParticipationHistory;
  person: EstimatePerson;
}

/** Detail of `vss-pension-estimate`: the estimate shown, if the citizen stopped now and if they kept on. */
export interface PensionEstimateDetail {
  /** Stopping now: the pension the record implies (for someone already retired, the pension itself). */
  now: PensionEstimate;
  /** Contributing `kept.futureMonths` more months at the salary in the control; null when not offered. */
  kept: PensionEstimate | null;
}

interface Loaded extends EstimateData {
  part: Awaited<ReturnType<typeof pensionParts.view>>;
}

/**
 * "Tôi sẽ được bao nhiêu lương hưu?": from the citizen's own participation history and profile, when they
 * reach retirement age, the years they have and still need, the estimated monthly pension if they stopped
 * now and if they kept contributing until retirement age (salary and months adjustable), the long-career
 * lump sum, the rate against years as a chart, and the average salary, years and rate so the figure can be
 * checked by hand, under Law 41/2024/QH15. Every figure is an estimate ("ước tính"); what rests on an open
 * point is marked "tạm tính" and listed in plain words. Someone without a contribution month is told there
 * is nothing to estimate. Needs a signed-in session.
 *
 * @element vss-pension-estimate
 * @fires vss-pension-estimate - An estimate was shown (after loading and after every change). `detail: { now: PensionEstimate, kept: PensionEstimate | null }`
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart heading - The element's title.
 * @csspart overview - Retirement age and years counted.
 * @csspart salary-scale - The choice of whose pay scale the salaries followed.
 * @csspart scenario - Each of the two estimates (also `scenario-now`, `scenario-kept`).
 * @csspart badge - The "Ước tính" / "Tạm tính" label.
 * @csspart formula - The rate and the pension worked out with the citizen's figures.
 * @csspart scenario-form - The salary and months control.
 * @csspart error-summary - The list of wrong fields above the control.
 * @csspart chart - The rate chart with its legend and table.
 * @csspart chart-table - The disclosure with the rate table.
 * @csspart assumptions - What the estimate rests on.
 * @csspart articles - The legal provisions applied.
 * @csspart disclaimer - The "not a decision" notice and the hotline.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - Rate line, the "Ước tính" badge, buttons.
 * @cssprop --vss-color-success - The "stopping now" estimate and its mark on the chart.
 * @cssprop --vss-color-warning - The "keep contributing" estimate and its mark, the "Tạm tính" badge and list.
 */
@customElement('vss-pension-estimate')
export class VssPensionEstimate extends VssElement {
  static override styles = [tokens, base, stateStyles, shellStyles, styles];

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

  private _view?: PensionView;
  private _viewFor?: Loaded;

  private readonly _data = new SessionTask(this, this.sessionWatch, async (api, options): Promise<Loaded> => {
    const [history, me, part] = await Promise.all([api.participation(options), api.me(options), pensionParts.view()]);
    return { history, person: { sex: me.sex, dateOfBirth: me.dateOfBirth }, part };
  });
  private readonly _task = this._data.task;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    if (loaded && loaded !== this._viewFor) {
      // new data (a login, another citizen, a retry): a new view, starting from this record's defaults
      this._viewFor = loaded;
      this._view?.dispose();
      adoptPartStyles(this, loaded.part);
      this._view = new loaded.part.PensionView(
        this,
        loaded,
        (detail) => this.emit<PensionEstimateDetail>('vss-pension-estimate', detail),
        this._data.retry,
      );
    } else if (changed.has('futureSalary') || changed.has('futureMonths')) this._view?.futureChanged();
  }

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải dữ liệu để ước tính lương hưu…'));
    return html`<h2 class="title" part="heading">${msg('Ước tính lương hưu')}</h2>
      ${this._task.render({
        initial: loading,
        pending: loading,
        error: (e) => renderError(e, this._data.retry, this),
        complete: () => this._view?.render(),
      })}`;
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
