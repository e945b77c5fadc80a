import { VssElement } from './vss-element.js';

/**
 * Base of the form parts (`<vss-otp-input>`, `<vss-office-picker>`, `<vss-photo-input>`): a form-associated
 * custom element that behaves like a native field, so a plain `<form>` and every framework's form binding
 * (Vue's `v-model`, Angular's `ngModel` and reactive forms with `ngDefaultControl`, React's controlled
 * inputs) work without glue code:
 *
 * - it submits its `value` under `name`, blocks submission while invalid, resets and disables with the form;
 * - a change the user makes fires the native `input` event (bubbling, composed), and `change` when the user
 *   commits it, with the element as the target and `value` already updated; setting `value` fires nothing;
 * - the inner controls' own `input`/`change` events stay inside, so a listener sees one event per change;
 * - `setCustomValidity()` adds the page's own message, as on a native input;
 * - `:state(user-invalid)` matches while the field is invalid after the user changed it or a submission
 *   tried it (like `:user-invalid`): style it with `vss-office-picker:state(user-invalid) { … }`.
 *
 * Subclasses report their own validity through {@link setValidity} and the user's changes through
 * {@link announceInput} and {@link announceChange}.
 */
export class VssFormElement extends VssElement {
  static formAssociated = true;

  /** The element's link to its form: `setFormValue`, and validity through {@link setValidity}. */
  protected readonly internals: ElementInternals;

  private _own: { flags: ValidityStateFlags; message: string; anchor?: HTMLElement } = { flags: {}, message: '' };
  private _customMessage = '';
  private _interacted = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A form submission or reportValidity() that finds the field invalid fires `invalid`.
    this.addEventListener('invalid', () => {
      this._interacted = true;
      this._syncStates();
      this.invalidated();
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The shadow controls' `input` (composed) would reach the page as the element's own, with the value not
    // yet changed (a half-typed search, a file still uploading); the element fires its own when it has one.
    const keepInside = (e: Event) => e.stopPropagation();
    root.addEventListener('input', keepInside);
    root.addEventListener('change', keepInside);
    return root;
  }

  /** Hook: the form found this field invalid; show its message now even if the user never visited it. */
  protected invalidated(): void {}

  /** The user changed the value (it is already set): fires `input`, as a native field does on each edit. */
  protected announceInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /**
   * The user committed a change (left the field after editing, picked a choice): fires `change`, and the
   * field counts as visited for `:state(user-invalid)`.
   */
  protected announceChange(): void {
    this.markInteracted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The user has visited the field (left it after typing, picked something): its invalid state shows. */
  protected markInteracted(): void {
    if (this._interacted) return;
    this._interacted = true;
    this._syncStates();
  }

  /** Whether the user has visited the field since it was created or reset. */
  protected get interacted(): boolean {
    return this._interacted;
  }

  /**
   * The element's own verdict on its value: no flags when valid, else the flags with the message to show
   * and the inner control the browser points at. A message from {@link setCustomValidity} is kept on top.
   */
  protected setValidity(flags: ValidityStateFlags = {}, message = '', anchor?: HTMLElement): void {
    this._own = { flags, message, anchor };
    this._applyValidity();
  }

  private _applyValidity(): void {
    const { flags, message, anchor } = this._own;
    const custom = this._customMessage;
    // as on a native input, the page's message is the one shown (with no flag set, the field is valid)
    this.internals.setValidity(custom ? { ...flags, customError: true } : flags, custom || message, anchor);
    this._syncStates();
  }

  private _syncStates(): void {
    try {
      // CustomStateSet: Chrome 125, Firefox 126, Safari 17.4; older engines get no :state() styling
      (this.internals.states as CustomStateSet | undefined)?.[this._interacted && !this.validity.valid ? 'add' : 'delete']('user-invalid');
    } catch {
      // an engine that only knows the older `--name` form of custom states
    }
  }

  /**
   * Marks the field invalid with the page's own message (a non-empty string), or valid again (`''`), as
   * `HTMLInputElement.setCustomValidity()` does; the element's own checks still apply.
   */
  setCustomValidity(message: string): void {
    this._customMessage = String(message ?? '');
    this._applyValidity();
    this.requestUpdate();
  }

  /** Called when the form resets: the field counts as not visited again. Subclasses call it first. */
  formResetCallback(): void {
    this._interacted = false;
    this._syncStates();
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity, as for a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message a browser shows for an invalid field (Vietnamese or English, or the custom one). */
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
