import { VssElement } from './vss-element.js';

/**
 * Base of the form parts (`<vss-otp-input>`, `<vss-office-picker>`, `<vss-photo-input>`): a form-associated
 * custom element, so it submits its value under `name` in a plain `<form>`, blocks submission while invalid,
 * and resets and disables with the form. Subclasses set the value and validity through `internals`.
 */
export class VssFormElement extends VssElement {
  static formAssociated = true;

  /** The element's link to its form: `setFormValue`, `setValidity`. */
  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A form submission or reportValidity() that finds the field invalid fires `invalid`.
    this.addEventListener('invalid', () => this.invalidated());
  }

  /** Hook: the form found this field invalid; show its message now even if the user never visited it. */
  protected invalidated(): void {}

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity, as for a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message a browser shows for an invalid field (Vietnamese or English). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the field takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** True when valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the field's message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
