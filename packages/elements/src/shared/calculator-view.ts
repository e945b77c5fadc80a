import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ErrorSummary, type FieldError } from './error-summary.js';
import { renderNumberField, type NumberField } from './estimate-text.js';

/** The status sentence and the result under the form; each calculator styles what its result holds. */
export const calculatorStyles = css`
  .summary-line:empty {
    display: none;
  }
  .summary-line {
    font-weight: 600;
  }
  .result {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 3px solid var(--_primary);
  }
`;

/** What a calculator needs of its element. */
export interface CalculatorHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The public calculators' form (household BHYT, voluntary BHXH), a part loaded on demand: one number typed
 * by the citizen, checked as they type and on "Tính tiền đóng" (listed in the error summary then, never
 * cleared), the choices each calculator adds, and the result: a sentence in a polite status line, the
 * details under it, and the element's event once the result is drawn. Each calculator says how the number
 * is checked and calculated and how the result reads.
 */
export abstract class CalculatorView<H extends CalculatorHost, F extends string, D> implements ReactiveController {
  /** The number as typed. */
  protected _text = '';
  private _errors: FieldError<F>[] = [];
  private _result?: D;
  /** A result calculated since the last update, to announce as an event once it is drawn. */
  private _toEmit?: D;
  private readonly _summary: ErrorSummary<F>;

  constructor(
    protected readonly h: H,
    /** The number's field: its input's id and name. */
    private readonly _field: F,
    private readonly _onResult: (detail: D) => void,
  ) {
    h.addController(this);
    this._summary = new ErrorSummary<F>(h, (f) => h.renderRoot.querySelector<HTMLElement>(`#${f}`));
  }

  hostUpdated(): void {
    const detail = this._toEmit;
    this._toEmit = undefined;
    if (detail) this._onResult(detail);
  }

  /** What is wrong with the number as typed, in the citizen's words; undefined when it can be calculated. */
  protected abstract _check(text: string): string | undefined;
  /** The result for the number as typed (already checked); undefined where the rules refuse the page's date. */
  protected abstract _compute(): D | undefined;
  /** The number's label and hint. */
  protected abstract _numberField(): Pick<NumberField, 'label' | 'hint' | 'amount'>;
  /** The calculator's other choices, under the number. */
  protected abstract _renderChoices(): TemplateResult;
  /** The result in one sentence, for the status line. */
  protected abstract _sentence(result: D): string;
  protected abstract _renderResult(result: D): TemplateResult;

  /** Calculates from the form; on wrong input lists the errors (with the summary when the citizen asked). */
  protected _calculate(fromSubmit: boolean): void {
    const problem = this._check(this._text);
    if (problem) {
      this._errors = [{ field: this._field, text: problem }];
      this._result = undefined;
      if (fromSubmit) this._summary.show();
      return;
    }
    this._errors = [];
    this._summary.hide();
    this._result = this._toEmit = this._compute();
  }

  /** Changes a choice and draws again. */
  protected _set(change: () => void): void {
    change();
    this.h.requestUpdate();
  }

  // arrow functions: Lit calls listeners with the element as `this`
  private readonly _onSubmit = (e: Event): void => {
    e.preventDefault();
    this._set(() => this._calculate(true));
  };

  private readonly _onInput = (e: Event): void => {
    this._text = (e.target as HTMLInputElement).value;
    if (this._errors.length && !this._check(this._text)) this._errors = [];
    this.h.requestUpdate();
  };

  render(): TemplateResult {
    const result = this._result;
    return html`<div class="stack">
        <form part="form" novalidate @submit=${this._onSubmit}>
          ${this._summary.render(this._errors)}
          ${renderNumberField({
            ...this._numberField(),
            id: this._field,
            error: this._errors[0]?.text,
            value: this._text,
            onInput: this._onInput,
            part: 'input',
          })}
          ${this._renderChoices()}
          <div class="actions">
            <button class="button" part="submit" type="submit">${msg('Tính tiền đóng')}</button>
          </div>
        </form>
        <p class="summary-line" role="status" aria-live="polite">${result ? this._sentence(result) : ''}</p>
        ${result ? this._renderResult(result) : nothing}
      </div>`;
  }
}
