import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { InsuranceType, ParticipationHistory } from '@vssid/core';
import { insuranceTypeOrder } from '@vssid/core/analysis';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { OnDemand } from '../base/on-demand.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import type { HistoryView } from './timeline.js';
import { styles } from './participation-history.styles.js';

/**
 * What the element shows once the history is there: timeline.ts (the analysis and the markup) and the
 * virtualizer, each behind its own `import()` so that a download that failed can be fetched again in every
 * engine (Firefox never fetches again a module a part imports statically). One object so a test can stand in
 * a loader that is slow or fails (read by `OnDemand` at every use).
 */
export const historyParts = {
  timeline: () => import('./timeline.js'),
  virtualizer: () => import('@lit-labs/virtualizer'),
};

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

  // The timeline (with its virtualizer) is a part of its own, fetched alongside the history: the loading state
  // covers both, and a part that fails to load is an error with retry like a failed request.
  private readonly _timeline = new OnDemand(this, historyParts, 'timeline');
  private readonly _virtualizer = new OnDemand(this, historyParts, 'virtualizer');
  private readonly _data = new SessionTask(
    this,
    this.sessionWatch,
    async (api, options) =>
      (await Promise.all([api.participation(options), this._timeline.ready(), this._virtualizer.ready()]))[0],
  );
  /** What timeline.ts is given of this element. */
  private readonly _view: HistoryView = {
    select: (t) => this._select(t),
    onTabKey: (e) => this._onTabKey(e),
    export: (h) => this._export(h),
  };
  private readonly _task = this._data.task;
  private readonly _retry = this._data.retry;

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải quá trình tham gia…'));
    return this._task.render({
      initial: loading,
      pending: loading,
      error: (e) => renderError(e, this._retry, this),
      complete: (h) => this._timeline.value!.renderHistory(this._view, h, this.type),
    });
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
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    this._select(insuranceTypeOrder[next]!, true);
  };

  private _export(h: ParticipationHistory): void {
    const { csv, rows, filename } = this._timeline.value!.csvOf(h);
    const detail: VssExportDetail = { format: 'csv', rows, filename, csv };
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

declare global {
  interface HTMLElementTagNameMap {
    'vss-participation-history': VssParticipationHistory;
  }
  interface HTMLElementEventMap {
    'vss-export': CustomEvent<VssExportDetail>;
  }
}
