import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { HouseholdPeriodMonths, HouseholdPremium } from '@vssid/core/estimates';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { stateStyles } from '../shared/states.js';
import { shellStyles } from '../shared/estimate-shell.js';
import { adoptPartStyles, OnDemand, renderPart } from '../base/on-demand.js';
import type { HouseholdView } from './view.js';
import { styles } from './household-bhyt.styles.js';

/**
 * The calculator (form, rules, result) is a part fetched on first render, so the element's own script stays
 * small. One object so a test or a story can stand in a loader that fails or never answers.
 */
export const householdParts = { view: () => import('./view.js') };

/** Detail of `vss-household-bhyt`: the premium just calculated. */
export interface HouseholdBhytDetail extends HouseholdPremium {
  /** How many members join. */
  memberCount: number;
  /** The day the period starts (`YYYY-MM-DD`), empty for today. */
  onDate: string;
}

/**
 * "BHYT hộ gia đình": what a household pays for health insurance, for a number of members and a payment
 * period of 3, 6 or 12 months: the first member 4.5% of lương cơ sở a month, the second, third and fourth
 * 70%, 60% and 50% of that, the fifth and later 40%, from the dated lương cơ sở table, each member's share
 * shown. Public: no login. Wrong input is listed in an error summary linking to the field and is never
 * cleared; the result is announced politely.
 *
 * @element vss-household-bhyt
 * @fires vss-household-bhyt - A premium was calculated (at first and after every "Tính tiền đóng"). `detail: HouseholdPremium & { memberCount: number, onDate: string }`
 * @csspart heading - The element's title.
 * @csspart form - The form.
 * @csspart error-summary - The list of wrong fields.
 * @csspart input - The members input.
 * @csspart submit - The "Tính tiền đóng" button.
 * @csspart result - The result: total, the table by member, the basis.
 * @csspart articles - The legal provisions applied.
 * @csspart disclaimer - The "estimate" notice and the hotline.
 * @csspart state - Loading and error boxes (while the calculator itself is fetched).
 * @cssprop --vss-color-primary - Button, result rule.
 * @cssprop --vss-color-danger - Wrong fields and the error summary.
 */
@customElement('vss-household-bhyt')
export class VssHouseholdBhyt extends VssElement {
  static override styles = [tokens, base, stateStyles, shellStyles, styles];

  /** Members of the household who join (1–30). Fills the input. */
  @property({ type: Number }) members = 1;

  /** Months paid at a time: 3, 6 or 12. */
  @property({ type: Number }) period: HouseholdPeriodMonths = 12;

  /** The day the period starts (`YYYY-MM-DD`), which picks the lương cơ sở; default today. */
  @property({ attribute: 'on-date' }) onDate = '';

  // fetched at the first update (or taken from another element that has it); "Thử lại" fetches it again
  readonly #part = new OnDemand(this, householdParts, 'view', adoptPartStyles);
  #view?: HouseholdView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const part = this.#part.use();
    if (part && !this.#view) {
      this.#view = new part.HouseholdView(this, (detail) =>
        this.emit<HouseholdBhytDetail>('vss-household-bhyt', detail),
      );
    } else if (changed.has('members') || changed.has('period') || changed.has('onDate')) {
      this.#view?.fromPage(changed.has('members'), changed.has('period'));
    }
  }

  protected override render() {
    return html`<h2 class="title" part="heading">${msg('Tính tiền đóng BHYT hộ gia đình')}</h2>
      ${this.#view?.render() ?? renderPart(this.#part, this)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-household-bhyt': VssHouseholdBhyt;
  }
  interface HTMLElementEventMap {
    'vss-household-bhyt': CustomEvent<HouseholdBhytDetail>;
  }
}
