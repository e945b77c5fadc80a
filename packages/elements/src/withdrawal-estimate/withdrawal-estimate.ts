import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { WithdrawalCircumstance, WithdrawalEstimate } from '@vssid/core/estimates';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import { shellStyles } from '../shared/estimate-shell.js';
import { adoptPartStyles } from '../base/on-demand.js';
import type { EstimateData } from '../pension-estimate/pension-estimate.js';
import type { WithdrawalView } from './view.js';
import { styles } from './withdrawal-estimate.styles.js';

/**
 * The estimate itself (rules, wording, comparison) is a part fetched with the citizen's data, so the first
 * paint carries only the title and the loading state. One object so a test can stand in a failing loader.
 */
export const withdrawalParts = { view: () => import('./view.js') };

/** Detail of `vss-withdrawal-estimate`: the estimate shown, with `forgonePension` for keeping the record. */
export interface WithdrawalEstimateDetail {
  estimate: WithdrawalEstimate;
  /** The circumstances ticked (they open a withdrawal at once). */
  circumstances: WithdrawalCircumstance[];
}

interface Loaded extends EstimateData {
  part: Awaited<ReturnType<typeof withdrawalParts.view>>;
}

/**
 * "Rút BHXH một lần hay bảo lưu?": from the citizen's own record, whether and from when they may withdraw
 * their social insurance in one payment (Law 41/2024/QH15 Art. 70, 102) and on which grounds, the
 * estimated amount with the figures to check it by hand, and side by side what keeping the record (bảo lưu)
 * gives: the years kept and the pension at retirement age. The hotline 1900 9068 is offered for advice
 * before deciding. Every figure is an estimate; provisional points are listed. Needs a signed-in session.
 *
 * @element vss-withdrawal-estimate
 * @fires vss-withdrawal-estimate - An estimate was shown (after loading and after a circumstance changed). `detail: { estimate: WithdrawalEstimate, circumstances: string[] }`
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart heading - The element's title.
 * @csspart eligibility - Whether and from when a withdrawal is possible, and why not.
 * @csspart compare - The two options side by side.
 * @csspart option - Each option (also `option-withdraw`, `option-keep`).
 * @csspart badge - The "Ước tính" / "Tạm tính" label.
 * @csspart formula - The amount worked out with the citizen's figures.
 * @csspart advice - The hotline for advice before deciding.
 * @csspart circumstances - The checkboxes of the circumstances that open a withdrawal at once.
 * @csspart assumptions - What the estimate rests on.
 * @csspart articles - The legal provisions applied.
 * @csspart disclaimer - The "not a decision" notice and the hotline.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - The "keep" option, the advice box, links.
 * @cssprop --vss-color-warning - The "withdraw" option, the "Tạm tính" badge and list.
 */
@customElement('vss-withdrawal-estimate')
export class VssWithdrawalEstimate extends VssElement {
  static override styles = [tokens, base, stateStyles, shellStyles, styles];

  /** The day of the estimate (`YYYY-MM-DD`); default today. */
  @property() today = '';

  /**
   * Circumstances that open a withdrawal at once, space-separated: `emigrating`, `grave_illness`,
   * `reduced_capacity_81`. The citizen can tick them; reflects.
   */
  @property({ reflect: true }) circumstances = '';

  private _view?: WithdrawalView;
  private _viewFor?: Loaded;

  private readonly _data = new SessionTask(this, this.sessionWatch, async (api, options): Promise<Loaded> => {
    const [history, me, part] = await Promise.all([
      api.participation(options),
      api.me(options),
      withdrawalParts.view(),
    ]);
    return { history, person: { sex: me.sex, dateOfBirth: me.dateOfBirth }, part };
  });
  private readonly _task = this._data.task;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    if (loaded && loaded !== this._viewFor) {
      this._viewFor = loaded;
      this._view?.dispose();
      adoptPartStyles(this, loaded.part);
      this._view = new loaded.part.WithdrawalView(
        this,
        loaded,
        (detail) => this.emit<WithdrawalEstimateDetail>('vss-withdrawal-estimate', detail),
        this._data.retry,
      );
    }
  }

  protected override render() {
    const loading = () => renderLoading(msg('Đang tải dữ liệu để ước tính BHXH một lần…'));
    return html`<h2 class="title" part="heading">${msg('Rút BHXH một lần hay bảo lưu?')}</h2>
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
    'vss-withdrawal-estimate': VssWithdrawalEstimate;
  }
  interface HTMLElementEventMap {
    'vss-withdrawal-estimate': CustomEvent<WithdrawalEstimateDetail>;
  }
}
