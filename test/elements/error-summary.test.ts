import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ErrorSummary, errorSummaryStyles, type FieldError } from '../../packages/elements/src/shared/error-summary.js';
import { base, tokens } from '../../packages/elements/src/styles/tokens.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

type Key = 'name' | 'phone';

/** Test-only: a form with two fields whose error summary lists what `errors` holds. */
@customElement('test-error-summary')
class TestErrorSummary extends LitElement {
  static override styles = [tokens, base, errorSummaryStyles];
  errors: FieldError<Key>[] = [];
  readonly summary = new ErrorSummary<Key>(
    this,
    (k) => this.renderRoot.querySelector<HTMLElement>(`#f-${k}`),
    (k) => `f-${k}`,
  );
  protected override render() {
    return html`<h2>Form</h2>
      ${this.summary.render(this.errors)}
      <label for="f-name">Name</label><input id="f-name" />
      <label for="f-phone">Phone</label><input id="f-phone" />
      <button type="button">Send</button>`;
  }
}
void TestErrorSummary;

const errors: FieldError<Key>[] = [
  { field: 'name', text: 'Fill in your name' },
  { field: 'phone', text: 'A mobile number has 10 digits' },
];

describe('shared error summary', () => {
  afterEach(cleanup);

  it('is drawn only once shown and while it has something to list', async () => {
    const el = await mount<TestErrorSummary>(html`<test-error-summary></test-error-summary>`);
    el.errors = errors;
    el.requestUpdate();
    await settle(el);
    expect(maybeDeep(el, '[part="error-summary"]')).to.equal(null);
    el.summary.show();
    await settle(el);
    expect(maybeDeep(el, '[part="error-summary"]')).to.not.equal(null);
    el.errors = [];
    el.requestUpdate();
    await settle(el);
    expect(maybeDeep(el, '[part="error-summary"]')).to.equal(null);
  });

  it('has one shape: role alert, an h3 naming it, one link per field; it takes focus when shown, again on each show', async () => {
    const el = await mount<TestErrorSummary>(html`<test-error-summary></test-error-summary>`);
    el.errors = errors;
    el.summary.show();
    await settle(el);
    const box = deep(el, '#error-summary');
    expect(box.getAttribute('part')).to.equal('error-summary');
    expect(box.classList.contains('error-summary')).to.equal(true);
    expect(box.getAttribute('role')).to.equal('alert');
    const title = deep(el, '#summary-title');
    expect(title.tagName).to.equal('H3');
    expect(box.getAttribute('aria-labelledby')).to.equal('summary-title');
    expect(textOf(title)).to.equal('Có lỗi cần sửa');
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#f-name', 'Fill in your name'],
      ['#f-phone', 'A mobile number has 10 digits'],
    ]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(el, 'button').focus();
    el.summary.show();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
  });

  it('moves focus to the field a link names, and goes on hide', async () => {
    const el = await mount<TestErrorSummary>(html`<test-error-summary></test-error-summary>`);
    el.errors = errors;
    el.summary.show();
    await settle(el);
    deep(el, '#error-summary').querySelectorAll('a')[1]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-phone');
    el.summary.hide();
    await settle(el);
    expect(maybeDeep(el, '#error-summary')).to.equal(null);
  });
});
