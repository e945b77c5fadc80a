import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { isApiError, type MedicalVisit, type VisitPage, type VisitQuery, type VisitTotals } from '@vssid/core';
import { formatNumber, formatVnd } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { OnDemand } from '../base/on-demand.js';
import { base, tokens } from '../styles/tokens.js';
import { renderError, renderEmpty, renderLoading, renderSessionExpired, stateStyles } from '../shared/states.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import { styles } from './medical-records.styles.js';

/**
 * The list's rows and detail dialog (visits.ts) and its virtualizer, each behind its own `import()` so that a
 * download that failed can be fetched again in every engine (Firefox never fetches again a module a part
 * imports statically). One object so a test can stand in a loader that is slow or fails (read by `OnDemand`
 * at every use).
 */
export const visitParts = {
  visits: () => import('./visits.js'),
  virtualizer: () => import('@lit-labs/virtualizer'),
};

/** Detail of `vss-visit-open`. */
export interface VssVisitOpenDetail {
  /** The visit's record key (`ma_lk`). */
  id: string;
}

type KindFilter = '' | 'inpatient' | 'outpatient';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `detail` of `vss-visits-filter`: the filters now applied ('' = none). */
export interface VssVisitsFilterDetail {
  from: string;
  to: string;
  facility: string;
  visitType: KindFilter;
}

/** Rows fetched per request. */
const PAGE_SIZE = 50;
/** Start fetching the next page when the last rendered row is this close to the end. */
const PREFETCH_ROWS = 15;

/**
 * The medical-visit record book (sổ khám chữa bệnh BHYT): a virtualised list of visits, newest first, with
 * filters by date range, facility and inpatient/outpatient, the totals of the filtered set, and a detail
 * dialog with every cost column. Pages load as the list scrolls (or with "Tải thêm"). Needs a session.
 *
 * @element vss-medical-records
 * @fires vss-visit-open - A visit's detail was opened. `detail: { id: string }`
 * @fires vss-visits-filter - The citizen changed a filter. `detail: { from: string, to: string, facility: string, visitType: '' | 'inpatient' | 'outpatient' }` ('' = none)
 * @fires vss-login-request - The session expired or nobody is signed in and the citizen asked to sign in. `detail: {}`
 * @csspart filters - The filter form.
 * @csspart totals - The totals of the filtered visits.
 * @csspart list - The scrolling, virtualised list.
 * @csspart row - One visit (a button that opens its detail).
 * @csspart detail - The detail dialog.
 * @csspart more-button - The "Tải thêm" button.
 * @csspart state - Loading, empty, error and session-expired boxes.
 * @cssprop --vss-color-primary - Row hover, links and buttons.
 * @cssprop --vss-color-warning - The inpatient tag.
 */
@customElement('vss-medical-records')
export class VssMedicalRecords extends VssElement {
  static override styles = [tokens, base, stateStyles, styles];

  /** Rows per request (1–200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = PAGE_SIZE;

  @state() private _items: MedicalVisit[] = [];
  @state() private _next: string | null = null;
  @state() private _totals: VisitTotals | null = null;
  @state() private _facilities: VisitPage['facilities'] = [];
  @state() private _loading = false;
  @state() private _error: unknown = null;
  @state() private _announce = '';
  /**
   * Filters, settable by the portal (e.g. from its URL) and changed by the citizen, who is heard through
   * `vss-visits-filter`. `from` and `to` are ISO dates (`2026-01-31`) on the visit's admission date; a value
   * that is not one is ignored.
   */
  @property() from = '';
  /** Last admission date of the visits shown (ISO date), see `from`. */
  @property() to = '';
  /** A facility code (5 digits, e.g. `79922`); only visits there. */
  @property() facility = '';
  /** `inpatient` or `outpatient`; any other value shows both. */
  @property({ attribute: 'visit-type' }) visitType = '';
  @state() private _open: MedicalVisit | null = null;

  @query('dialog') private _dialog?: HTMLDialogElement;
  @query('lit-virtualizer') private _list?: LitVirtualizer;
  /** The rows and the dialog (visits.ts), and `<lit-virtualizer>`, parts of their own: the first page waits for them. */
  readonly #visits = new OnDemand(this, visitParts, 'visits');
  readonly #virtualizer = new OnDemand(this, visitParts, 'virtualizer');

  #controller?: AbortController;
  #returnTo = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new session (login, another citizen) or other filters start over; logging out stops everything.
    const filters = changed.has('from') || changed.has('to') || changed.has('facility') || changed.has('visitType');
    if (changed.has('session' as keyof VssMedicalRecords) || filters) this.#restart();
  }

  // The filters as the query sends them: what is not a valid value counts as no filter.
  private get _from(): string {
    return ISO_DATE.test(this.from) ? this.from : '';
  }
  private get _to(): string {
    return ISO_DATE.test(this.to) ? this.to : '';
  }
  private get _facility(): string {
    return this.facility.trim();
  }
  private get _kind(): KindFilter {
    return this.visitType === 'inpatient' || this.visitType === 'outpatient' ? this.visitType : '';
  }
  private get _rangeError(): string {
    return this._from && this._to && this._from > this._to ? msg('"Đến ngày" phải bằng hoặc sau "Từ ngày".') : '';
  }

  #query(): VisitQuery {
    const q: VisitQuery = { limit: this.pageSize };
    if (this._from) q.from = this._from;
    if (this._to) q.to = this._to;
    if (this._facility) q.facility = this._facility;
    if (this._kind) q.type = this._kind;
    return q;
  }

  /** Drops the rows and the in-flight request, then loads the first page of the current filters. */
  #restart(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this._items = [];
    this._next = null;
    this._totals = null;
    this._error = null;
    this._loading = false;
    if (this.session && !this._rangeError) void this._load();
  }

  private async _load(): Promise<void> {
    if (this._loading || !this.session) return;
    const first = this._items.length === 0;
    if (!first && !this._next) return;
    const controller = new AbortController();
    this.#controller = controller;
    this._loading = true;
    this._error = null;
    try {
      // The first page waits for the list's parts too (chunks of their own, loaded in parallel): the loading
      // state covers them, and a chunk that fails to load shows the error state with retry.
      const [page] = await Promise.all([
        this.api.visits(first ? this.#query() : { ...this.#query(), cursor: this._next! }, {
          signal: controller.signal,
        }),
        first ? this.#visits.ready() : undefined,
        first ? this.#virtualizer.ready() : undefined,
      ]);
      if (controller !== this.#controller) return;
      this._items = first ? page.items : [...this._items, ...page.items];
      this._next = page.nextCursor;
      this._totals = page.totals;
      if (page.facilities.length || first) this._facilities = page.facilities;
      this._announce = msg(
        str`Đã tải ${formatNumber(this._items.length, currentLocale())}/${formatNumber(page.totals.count, currentLocale())} lượt khám`,
      );
    } catch (e) {
      // A superseded request (a filter changed) is not an error the citizen needs to see.
      if (controller !== this.#controller || (isApiError(e) && e.kind === 'aborted')) return;
      this._error = e;
    } finally {
      if (controller === this.#controller) this._loading = false;
    }
  }

  readonly #retry = () => {
    if (this._items.length) void this._load();
    else this.#restart();
  };

  readonly #onRange = (e: RangeChangedEvent) => {
    if (e.last >= this._items.length - PREFETCH_ROWS && this._next && !this._loading && !this._error) void this._load();
  };

  #onFilter(e: Event): void {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    if (t.id === 'from') this.from = t.value;
    else if (t.id === 'to') this.to = t.value;
    else if (t.id === 'facility') this.facility = t.value;
    else if (t.id === 'kind') this.visitType = t.value;
    this.#filterChanged();
  }

  readonly #clearFilters = () => {
    this.from = this.to = this.facility = this.visitType = '';
    this.#filterChanged();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#from')?.focus());
  };

  /** The citizen changed a filter: the list reloads (willUpdate) and the portal hears of it. */
  #filterChanged(): void {
    this.emit<VssVisitsFilterDetail>('vss-visits-filter', {
      from: this._from,
      to: this._to,
      facility: this._facility,
      visitType: this._kind,
    });
  }

  private get _filtered(): boolean {
    return !!(this._from || this._to || this._facility || this._kind);
  }

  protected override render() {
    if (!this.session) return renderSessionExpired(this);
    if (this._error && isApiError(this._error) && this._error.kind === 'session_expired')
      return renderSessionExpired(this);
    return html`<div class="stack">
      ${this.#renderFilters()} ${this.#renderTotals()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announce}</div>
      ${this.#renderBody()} ${this.#visits.value?.renderDialog(this._open, this.#onClose, () => this._dialog?.close())}
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const on = (e: Event) => this.#onFilter(e);
    return html`<form class="filters" part="filters" aria-label=${msg('Lọc lượt khám')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="from">${msg('Từ ngày')}</label>
        <input id="from" type="date" .value=${this._from} max=${this._to || nothing} @change=${on} />
      </div>
      <div class="field">
        <label for="to">${msg('Đến ngày')}</label>
        <input
          id="to"
          type="date"
          .value=${this._to}
          min=${this._from || nothing}
          aria-invalid=${this._rangeError ? 'true' : 'false'}
          aria-describedby=${this._rangeError ? 'to-error' : nothing}
          @change=${on}
        />
        ${this._rangeError ? html`<span class="field-error" id="to-error">${this._rangeError}</span>` : nothing}
      </div>
      <div class="field">
        <label for="facility">${msg('Cơ sở KCB')}</label>
        <select id="facility" @change=${on}>
          <option value="" ?selected=${!this._facility}>${msg('Tất cả cơ sở')}</option>
          ${this._facilities.map(
            (f) =>
              html`<option value=${f.code} ?selected=${f.code === this._facility}>${`${f.name} (${f.code})`}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="kind">${msg('Loại KCB')}</label>
        <select id="kind" @change=${on}>
          <option value="" ?selected=${!this._kind}>${msg('Tất cả')}</option>
          <option value="inpatient" ?selected=${this._kind === 'inpatient'}>${msg('Nội trú')}</option>
          <option value="outpatient" ?selected=${this._kind === 'outpatient'}>${msg('Ngoại trú')}</option>
        </select>
      </div>
      ${
        this._filtered
          ? html`<div class="field"><button class="button link" type="button" @click=${this.#clearFilters}>${msg('Xóa bộ lọc')}</button></div>`
          : nothing
      }
    </form>`;
  }

  #renderTotals(): TemplateResult | typeof nothing {
    const t = this._totals;
    if (!t) return nothing;
    const locale = currentLocale();
    return html`<dl class="totals" part="totals" aria-label=${msg('Tổng cộng theo bộ lọc')}>
      <div><dt>${msg('Số lượt khám')}</dt><dd class="count">${formatNumber(t.count, locale)}</dd></div>
      <div><dt>${msg('Tổng chi phí')}</dt><dd class="total">${formatVnd(t.total, locale)}</dd></div>
      <div><dt>${msg('Quỹ BHYT trả')}</dt><dd class="insurance">${formatVnd(t.insurancePaid, locale)}</dd></div>
      <div><dt>${msg('Người bệnh trả')}</dt><dd class="patient">${formatVnd(t.patientPaid, locale)}</dd></div>
    </dl>`;
  }

  #renderBody(): TemplateResult {
    if (this._rangeError) return html``;
    if (!this._items.length) {
      if (this._error) return renderError(this._error, this.#retry, this);
      if (this._loading || !this._totals) return renderLoading(msg('Đang tải sổ khám chữa bệnh…'));
      if (this._filtered) {
        return html`<div class="state empty" part="state state-empty" role="status">
          <p>${msg('Không có lượt khám nào khớp với bộ lọc.')}</p>
          <button class="button secondary" type="button" @click=${this.#clearFilters}>${msg('Xóa bộ lọc')}</button>
        </div>`;
      }
      return renderEmpty(msg('Chưa có lượt khám chữa bệnh BHYT nào được ghi nhận.'));
    }
    return html`
      <!-- A Tab stop of its own, so the keyboard scrolls it in every engine (Chromium makes a scroller focusable
        only when nothing inside is, Firefox always, WebKit never), as the participation timeline does. -->
      <lit-virtualizer
        class="list"
        part="list"
        scroller
        tabindex="0"
        role="list"
        aria-label=${msg('Danh sách lượt khám')}
        .items=${this._items}
        .keyFunction=${(v: MedicalVisit) => v.id}
        .renderItem=${(v: MedicalVisit) => this.#visits.value!.renderRow(v, (visit) => void this._openVisit(visit))}
        @rangeChanged=${this.#onRange}
      ></lit-virtualizer>
      <div class="more">
        ${
          this._error
            ? html`<div class="state error" part="state state-error" role="alert">
              <p>${failureText(this._error)}</p>
              <button class="button secondary" part="retry-button" type="button" @click=${this.#retry}>${msg('Thử lại')}</button>
            </div>`
            : this._next
              ? html`<button class="button secondary" part="more-button" type="button" ?disabled=${this._loading} @click=${() => this._load()}>
                ${this._loading ? msg('Đang tải…') : msg('Tải thêm')}
              </button>`
              : nothing
        }
      </div>
    `;
  }

  private async _openVisit(v: MedicalVisit): Promise<void> {
    this._open = v;
    this.#returnTo = v.id;
    this.emit<VssVisitOpenDetail>('vss-visit-open', { id: v.id });
    await this.updateComplete;
    const d = this._dialog;
    if (d && !d.open) d.showModal();
  }

  // Focus goes back to the row that opened the dialog, even if the virtualizer recycled its element.
  readonly #onClose = async () => {
    const id = this.#returnTo;
    this._open = null;
    await this.updateComplete;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`button.row[data-id="${CSS.escape(id)}"]`);
    let row = find();
    if (!row) {
      const i = this._items.findIndex((v) => v.id === id);
      if (i >= 0) this._list?.scrollToIndex(i, 'center');
      await this._list?.layoutComplete;
      row = find();
    }
    row?.focus();
  };

  /** Reloads from the first page with the current filters (e.g. after the portal changed data). */
  reload(): void {
    this.#restart();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-medical-records': VssMedicalRecords;
  }
  interface HTMLElementEventMap {
    'vss-visit-open': CustomEvent<VssVisitOpenDetail>;
    'vss-visits-filter': CustomEvent<VssVisitsFilterDetail>;
  }
}
