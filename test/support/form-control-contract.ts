// The form-control contract every control built on VssFormElement keeps (packages/elements/src/base/
// vss-form-element.ts), checked the same way for each one, in a plain <form> as a page would use it.
import { expect } from '@esm-bundle/chai';
import type { VssFormElement } from '../../packages/elements/src/base/vss-form-element.js';
import { cleanup, mount, settle } from './dom.js';
import { html } from 'lit';

/** One form control as the shared suite drives it. */
export interface FormControlCase<T extends VssFormElement> {
  /** The control's tag; its module must be imported by the calling test file. */
  tag: string;
  /** Gives the control a valid, non-empty value (what the user ends up with: a code, an office, a photo). */
  fill(el: T): void;
  /** The inner control the user operates, which a disabled field disables. */
  inner(el: T): HTMLInputElement | HTMLSelectElement;
  /** A value the browser may hand back to `formStateRestoreCallback` (omit if the control cannot take one). */
  restorable?: string;
}

interface Mounted<T> {
  form: HTMLFormElement;
  fieldset: HTMLFieldSetElement;
  el: T;
}

/** Runs the shared contract suite (one `describe`) against the control `c` describes. */
export function runFormControlTests<T extends VssFormElement>(c: FormControlCase<T>): void {
  async function inForm(setup: (el: T) => void = () => {}): Promise<Mounted<T>> {
    const form = await mount<HTMLFormElement>(html`<form><fieldset></fieldset></form>`);
    const fieldset = form.querySelector('fieldset')!;
    const el = document.createElement(c.tag) as T;
    el.name = 'field';
    setup(el);
    fieldset.append(el);
    await settle(el);
    return { form, fieldset, el };
  }

  describe(`${c.tag}: form-control contract`, () => {
    afterEach(() => cleanup());

    it('submits its value under its name, and knows its form', async () => {
      const { form, el } = await inForm();
      expect(el.getAttribute('name'), 'name reflects').to.equal('field');
      expect(el.form).to.equal(form);
      c.fill(el);
      await settle(el);
      expect(el.value).to.not.equal('');
      expect(new FormData(form).get('field')).to.equal(el.value);
    });

    it('required and empty: valueMissing with a message, the form invalid; a value fixes both', async () => {
      const { form, el } = await inForm((e) => (e.required = true));
      expect(el.getAttribute('required'), 'required reflects').to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      c.fill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('a disabled fieldset disables it (formDisabledCallback): not validated, not submitted', async () => {
      const { form, fieldset, el } = await inForm((e) => (e.required = true));
      c.fill(el);
      fieldset.disabled = true;
      await settle(el);
      expect(c.inner(el).disabled, 'inner control disabled').to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(new FormData(form).has('field')).to.equal(false);
      fieldset.disabled = false;
      await settle(el);
      expect(c.inner(el).disabled, 'enabled again').to.equal(false);
      expect(new FormData(form).get('field')).to.equal(el.value);
    });

    it('its own disabled property does the same', async () => {
      const { form, el } = await inForm((e) => (e.disabled = true));
      c.fill(el);
      await settle(el);
      expect(el.getAttribute('disabled'), 'disabled reflects').to.equal('');
      expect(c.inner(el).disabled).to.equal(true);
      expect(new FormData(form).has('field')).to.equal(false);
    });

    it('form.reset() empties it: required-invalid again, and no longer user-invalid', async () => {
      const { form, el } = await inForm((e) => (e.required = true));
      // a validation that finds it empty marks it as visited
      el.checkValidity();
      await settle(el);
      expect(el.matches(':state(user-invalid)'), 'user-invalid after a failed check').to.equal(true);
      c.fill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      form.reset();
      await settle(el);
      expect(el.value).to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('setCustomValidity(message) is customError with that message and blocks the form; "" clears it', async () => {
      const { form, el } = await inForm();
      c.fill(el);
      await settle(el);
      el.setCustomValidity('Đã dùng ở hồ sơ khác');
      expect(el.validity.customError).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal('Đã dùng ở hồ sơ khác');
      expect(form.checkValidity()).to.equal(false);
      el.setCustomValidity('');
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it("setCustomValidity keeps the field's own check: required and empty stays valueMissing", async () => {
      const { el } = await inForm((e) => (e.required = true));
      const own = el.validationMessage;
      el.setCustomValidity('Chọn lại');
      expect(el.validity.valueMissing && el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Chọn lại');
      el.setCustomValidity('');
      expect(el.validity.customError).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(own);
    });

    if (c.restorable !== undefined) {
      const saved = c.restorable;
      it('takes back the value the browser restores (formStateRestoreCallback)', async () => {
        const { form, el } = await inForm();
        el.formStateRestoreCallback(saved);
        await settle(el);
        expect(el.value).to.equal(saved);
        expect(new FormData(form).get('field')).to.equal(saved);
      });
    }
  });
}
