import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
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
export class ErrorSummary<K extends string = string> implements ReactiveController {
  private _on = false;
  private _focus = false;

  /**
   * @param _host - The element; the summary is looked up in its `renderRoot` to take focus.
   * @param _control - The control a field's link moves focus to (scrolled to the middle of the view first).
   * @param _controlId - The id of that control, for the link's `href`; the key itself when left out.
   */
  constructor(
    private readonly _host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly _control: (field: K) => HTMLElement | null | undefined,
    private readonly _controlId: (field: K) => string = (field) => field,
  ) {
    _host.addController(this);
  }

  /** Turns the summary on and moves focus to it once it is drawn (again, if it already was). */
  show(): void {
    this._on = this._focus = true;
    this._host.requestUpdate();
  }

  /** Turns the summary off (a new step, a successful send, a reset). */
  hide(): void {
    if (this._on) {
      this._on = this._focus = false;
      this._host.requestUpdate();
    }
  }

  /** @internal */
  hostUpdated(): void {
    // Waits for the first update that draws it (the element may still be loading the part that does).
    const box = this._focus && this._host.renderRoot.querySelector<HTMLElement>('#error-summary');
    if (box) {
      this._focus = false;
      // After the update: focus leaving a field fires its blur, whose check may update the element again.
      void Promise.resolve().then(() => box.focus());
    }
  }

  /** The summary listing `errors`, or nothing while it is off or the list is empty. */
  render(errors: readonly FieldError<K>[]): TemplateResult | typeof nothing {
    return this._on && errors.length
      ? html`<div id="error-summary" class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
          <h3 id="summary-title">${msg('Có lỗi cần sửa')}</h3>
          <ul>
            ${errors.map(
              ({ field, text }) =>
                html`<li>
                  <a
                    href="#${this._controlId(field)}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      const control = this._control(field);
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
