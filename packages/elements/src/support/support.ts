import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { matchesSearch } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { base, tokens } from '../styles/tokens.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { stateStyles } from '../shared/states.js';
import { HOTLINE_DISPLAY, HOTLINE_TEL } from '../shared/hotline.js';
import { supportTopics, type SupportTopic, type SupportTopicId } from './topics.js';
import { supportStyles } from './support.styles.js';

export type { SupportTopicId } from './topics.js';
export { supportTopicIds } from './topics.js';

/** The office-hours switchboard of VSS (domain.md §2). */
const OFFICE_LINE_DISPLAY = '024 37899999';
const OFFICE_LINE_TEL = 'tel:02437899999';

export interface SupportTopicDetail {
  topic: SupportTopicId;
}

/**
 * Help where a citizen is stuck: the 24/7 hotline as a tap-to-call link, and answers to common problems
 * (forgot password, no SMS, wrong data, card refused at the hospital, changing phone or e-mail, locked
 * account, registering, finding the social-insurance code). The answers can be searched with or without
 * Vietnamese diacritics ("quen mat khau" finds "Quên mật khẩu").
 *
 * @element vss-support
 * @fires vss-support-topic - An answer was opened. `detail: { topic: 'password' | 'sms' | 'wrong-data' | 'card-rejected' | 'change-contact' | 'locked' | 'register' | 'find-code' }`
 * @csspart hotline - The hotline box.
 * @csspart search - The search input.
 * @csspart count - The live result count.
 * @csspart topic - Each answer (`<details>`).
 * @csspart question - Each answer's summary line.
 * @cssprop --vss-color-primary - Links, the hotline box border and question text.
 * @cssprop --vss-radius - Corners of the boxes.
 */
@customElement('vss-support')
export class VssSupport extends VssElement {
  static override styles = [tokens, base, stateStyles, disclosureStyles, supportStyles];

  /**
   * Opens one answer: `password`, `sms`, `wrong-data`, `card-rejected`, `change-contact`, `locked`,
   * `register` or `find-code`. Other elements' error states link here with it.
   */
  @property({ reflect: true }) topic = '';

  /** Level of the element's headings, to fit the page's outline (2 = under the page's h1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The search text (also settable from outside to pre-fill a search). */
  @property() query = '';

  @state() private _open = new Set<string>();
  private _firstDone = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic') && this.topic) this._open = new Set([...this._open, this.topic]);
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed);
    // A topic set after the first render comes from a link the user followed: bring it into view.
    if (changed.has('topic') && this.topic && this._firstDone) {
      const summary = this.renderRoot.querySelector<HTMLElement>(`#topic-${CSS.escape(this.topic)} > summary`);
      summary?.focus();
      summary?.scrollIntoView?.({ block: 'nearest' });
    }
    this._firstDone = true;
  }

  private _matches(): SupportTopic[] {
    return supportTopics().filter((t) => matchesSearch([t.question, ...t.steps, t.keywords].join(' '), this.query));
  }

  private _onToggle(t: SupportTopic, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    const was = this._open.has(t.id);
    if (open === was) return;
    const next = new Set(this._open);
    if (open) next.add(t.id);
    else next.delete(t.id);
    this._open = next;
    if (open) this.emit<SupportTopicDetail>('vss-support-topic', { topic: t.id });
  }

  protected override render() {
    const list = this._matches();
    const searching = this.query.trim() !== '';
    const count = searching
      ? list.length === 0
        ? msg(str`Không tìm thấy câu trả lời nào cho "${this.query.trim()}".`)
        : msg(str`Tìm thấy ${list.length} câu trả lời.`)
      : msg(str`${list.length} câu hỏi thường gặp.`);
    return html`<div class="support">
      <div class="hotline" part="hotline">
        <div class="h" role="heading" aria-level=${this.headingLevel}>${msg('Tổng đài hỗ trợ BHXH Việt Nam')}</div>
        <p class="line">
          <a class="tel" href=${HOTLINE_TEL}>${HOTLINE_DISPLAY}</a>
          <span>${msg('Phục vụ 24/7, cả ngày nghỉ và ngày lễ.')}</span>
        </p>
        <p class="line">
          <a class="tel small" href=${OFFICE_LINE_TEL}>${OFFICE_LINE_DISPLAY}</a>
          <span>${msg('Trong giờ hành chính.')}</span>
        </p>
      </div>
      <div class="faq">
        <div class="h" role="heading" aria-level=${this.headingLevel}>${msg('Câu hỏi thường gặp')}</div>
        <div class="search">
          <label for="q">${msg('Tìm câu trả lời')}</label>
          <p class="hint" id="q-hint">${msg('Gõ có dấu hoặc không dấu, ví dụ: quen mat khau.')}</p>
          <input
            id="q"
            part="search"
            type="search"
            autocomplete="off"
            aria-describedby="q-hint"
            aria-controls="topics"
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
        <p class="count" part="count" role="status" aria-live="polite">${count}</p>
        ${
          list.length === 0
            ? html`<div class="state empty" part="state state-empty">
              <p>${msg('Hãy thử từ khóa khác, hoặc gọi tổng đài 1900 9068 để được hướng dẫn.')}</p>
              <button class="button secondary" type="button" @click=${this._clear}>${msg('Xóa từ khóa tìm kiếm')}</button>
            </div>`
            : nothing
        }
        <div id="topics" class="topics">
          ${list.map(
            (
              t,
            ) => html`<details id="topic-${t.id}" part="topic" ?open=${this._open.has(t.id)} @toggle=${(e: Event) => this._onToggle(t, e)}>
              <summary part="question">${t.question}</summary>
              <div class="answer">
                ${
                  t.ordered
                    ? html`<ol>${t.steps.map((s) => html`<li>${s}</li>`)}</ol>`
                    : html`<ul>${t.steps.map((s) => html`<li>${s}</li>`)}</ul>`
                }
              </div>
            </details>`,
          )}
        </div>
      </div>
    </div>`;
  }

  private _clear = async () => {
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-support': VssSupport;
  }
  interface HTMLElementEventMap {
    'vss-support-topic': CustomEvent<SupportTopicDetail>;
  }
}
