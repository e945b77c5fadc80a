import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { VoluntaryContribution, VoluntaryPeriodMonths, VoluntarySupportGroup } from '@vssid/core/estimates';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { shellStyles } from '../shared/estimate-shell.js';
import { adoptPartStyles, OnDemand, renderPart } from '../base/on-demand.js';
import type { VoluntaryView } from './view.js';
import { styles } from './voluntary-bhxh.styles.js';

/**
 * The calculator (form, rules, result) is a part fetched on first render, so the element's own script stays
 * small. One object so a test or a story can stand in a loader that fails or never answers.
 */
export const voluntaryParts = { view: () => import('./view.js') };

/** Detail of `vss-voluntary-bhxh`: the contribution just calculated. */
export interface VoluntaryBhxhDetail extends VoluntaryContribution {
  monthlyIncome: number;
  group: VoluntarySupportGroup;
  /** The day the period starts (`YYYY-MM-DD`). */
  onDate: string;
}

/**
 * "BHXH tự nguyện": what a chosen monthly income costs in voluntary social insurance: 22% of it for the
 * payment period (monthly, or every 3, 6 or 12 months), less the State's support by group (a share of 22%
 * of the rural poverty line, Decree 159/2025), with the range of incomes one may choose. Public: no login.
 * An income outside the legal range is refused with its range; wrong input is listed in an error summary
 * linking to the field and is never cleared; the result is announced politely.
 *
 * @element vss-voluntary-bhxh
 * @fires vss-voluntary-bhxh - A contribution was calculated (at first and after every "Tính tiền đóng"). `detail: VoluntaryContribution & { monthlyIncome: number, group: string, onDate: string }`
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
 * @csspart state - Loading and error boxes (while the calculator itself is fetched).
 * @cssprop --vss-color-primary - Button, result rule, the "Ước tính" badge.
 * @cssprop --vss-color-danger - Wrong fields and the error summary.
 * @cssprop --vss-color-warning - The "Tạm tính" badge and list.
 */
@customElement('vss-voluntary-bhxh')
export class VssVoluntaryBhxh extends VssElement {
  static override styles = [tokens, base, stateStyles, shellStyles, styles];

  /** The chosen monthly income, đồng; default the lowest one allowed. Fills the input. */
  @property({ type: Number }) income?: number;

  /** The support group: `poor`, `island_commune`, `near_poor`, `ethnic_minority` or `other` (default). */
  @property() group: VoluntarySupportGroup = 'other';

  /** Months paid at a time: 1, 3, 6 or 12. */
  @property({ type: Number }) period: VoluntaryPeriodMonths = 1;

  /** The day the period starts (`YYYY-MM-DD`), which picks the poverty line and the ceiling; default today. */
  @property({ attribute: 'on-date' }) onDate = '';

  // fetched at the first update (or taken from another element that has it); "Thử lại" fetches it again
  readonly #part = new OnDemand(this, voluntaryParts, 'view', adoptPartStyles);
  #view?: VoluntaryView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const part = this.#part.use();
    if (part && !this.#view) {
      this.#view = new part.VoluntaryView(this, (detail) =>
        this.emit<VoluntaryBhxhDetail>('vss-voluntary-bhxh', detail),
      );
    } else if (changed.has('income') || changed.has('group') || changed.has('period') || changed.has('onDate')) {
      this.#view?.fromPage(changed.has('income'), changed.has('group'), changed.has('period'));
    }
  }

  protected override render() {
    return html`<h2 class="title" part="heading">${msg('Tính tiền đóng BHXH tự nguyện')}</h2>
      ${this.#view?.render() ?? renderPart(this.#part, this)}`;
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
