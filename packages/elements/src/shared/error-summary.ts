import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * One wrong field as an error summary lists it.
 * @typeParam K - The element's field keys.
 */
export interface FieldError<K extends string = string> {
  /** The field's key: its link leads to the control of this field. */
  readonly field: K;
  /** What the link says, in the UI language. */
  readonly text: string;
}

/**
 * The error summary's look; add it once to the styles of an element that shows one. It reads the theme's
 * private variables (`--_danger`, `--_space`, …) that `tokens` defines.
 */
export const errorSummaryStyles = css`
  .error-summary {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
`;

/**
 * "Có lỗi cần sửa" (the GOV.UK error summary): a box above a form that lists what keeps it from being sent,
 * each message a link that focuses its field. It is shown by {@link ErrorSummary.show} (a refused submit),
 * takes focus once drawn, and lists whatever errors the element passes to {@link ErrorSummary.render} from
 * then on, so a fixed field leaves the list as the citizen corrects it. It disappears when the list is empty
 * or on {@link ErrorSummary.hide}.
 *
 * The same markup everywhere: `<div id="error-summary" class="error-summary" part="error-summary"
 * role="alert" tabindex="-1">` labelled by its `<h3 id="summary-title">` (one level under an element's own
 * `<h2>` title), then a `<ul>` of links. The ids are fixed: an element has one summary in its shadow root.
 *
 * @typeParam K - The element's field keys.
 */
export class ErrorSummary<K extends string = string> {
  #on = false;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #control: (field: K) => HTMLElement | null | undefined;
  readonly #controlId: (field: K) => string;

  /**
   * @param host - The element; it draws again when the summary comes or goes, and the summary is looked up in
   *   its `renderRoot` to take focus once its `updateComplete` resolves (so an element whose `updateComplete`
   *   waits for the part that draws the summary gets it focused too).
   * @param control - The control a field's link moves focus to (scrolled to the middle of the view first).
   * @param controlId - The id of that control, for the link's `href`; the key itself when left out.
   */
  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    control: (field: K) => HTMLElement | null | undefined,
    controlId: (field: K) => string = (field) => field,
  ) {
    this.#host = host;
    this.#control = control;
    this.#controlId = controlId;
  }

  /** Turns the summary on and moves focus to it once it is drawn (again, if it already was). */
  show(): void {
    const host = this.#host;
    this.#on = true;
    host.requestUpdate();
    // After the update: focus leaving a field fires its blur, whose check may update the element again.
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus());
  }

  /** Turns the summary off (a new step, a successful send, a reset). */
  hide(): void {
    if (this.#on) {
      this.#on = false;
      this.#host.requestUpdate();
    }
  }

  /** The summary listing `errors`, or nothing while it is off or the list is empty. */
  render(errors: readonly FieldError<K>[]): TemplateResult | typeof nothing {
    return this.#on && errors.length
      ? html`<div id="error-summary" class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
          <h3 id="summary-title">${msg('Có lỗi cần sửa')}</h3>
          <ul>
            ${errors.map(
              ({ field, text }) =>
                html`<li>
                  <a
                    href="#${this.#controlId(field)}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      const control = this.#control(field);
                      control?.scrollIntoView({ block: 'center' });
                      control?.focus();
                    }}
                    >${text}</a
                  >
                </li>`,
            )}
          </ul>
        </div>`
      : nothing;
  }
}
