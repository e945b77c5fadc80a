import { property } from 'lit/decorators.js';
import { VssElement } from './vss-element.js';

/** What is wrong with a field's value: the validity flag, the message, the inner control the browser points at. */
export interface FieldIssue {
  flag: keyof ValidityStateFlags;
  message: string;
  anchor?: HTMLElement | null;
}

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
 * The contract every control shares lives here: `name`, `required`, `disabled` (also from a disabled
 * `<fieldset>`), `value`, reset and restore, `setCustomValidity()`. A subclass says what is wrong with its
 * value in {@link issue}, hands value and validity to the form with {@link syncForm}, and reports the user's
 * changes through {@link announceInput} and {@link announceChange}.
 */
export abstract class VssFormElement extends VssElement {
  static formAssociated = true;

  /** Form field name the value is submitted under. */
  @property({ reflect: true }) name = '';
  /** The field must have a value before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** No interaction, and the value is not submitted (a disabled `<fieldset>` around it does the same). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The value the form submits (empty: none). */
  abstract value: string;

  /** The element's link to its form (`setFormValue`; validity goes through {@link syncForm}). */
  protected readonly internals: ElementInternals;

  #formDisabled = false;
  #customMessage = '';
  #interacted = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A form submission or reportValidity() that finds the field invalid fires `invalid`.
    this.addEventListener('invalid', () => {
      this.#interacted = true;
      this.#syncStates();
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
    if (this.#interacted) return;
    this.#interacted = true;
    this.#syncStates();
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>` around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** The element's own verdict on its value: null when valid. Each control implements it. */
  protected abstract issue(): FieldIssue | null;

  /**
   * Hands the form the value (`null` submits nothing; by default nothing while disabled or empty) and the
   * validity {@link issue} finds, with a message from {@link setCustomValidity} kept on top.
   */
  protected syncForm(submitted: string | null = this.isDisabled || !this.value ? null : this.value): void {
    this.internals.setFormValue(submitted, this.value);
    this.#applyValidity();
  }

  #applyValidity(): void {
    const own = this.issue();
    const custom = this.#customMessage;
    // as on a native input, the page's message is the one shown; with no flag set the field is valid
    const flags = { ...(own && { [own.flag]: true }), customError: !!custom };
    this.internals.setValidity(flags, custom || own?.message, own?.anchor ?? undefined);
    this.#syncStates();
  }

  #syncStates(): void {
    // CustomStateSet (Chrome 125, Firefox 126, Safari 17.4); older engines get no :state() styling
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    const userInvalid = this.#interacted && !this.internals.validity.valid;
    try {
      if (userInvalid) states.add('user-invalid');
      else states.delete('user-invalid');
    } catch {
      // an engine that only knows the older `--name` form of custom states
    }
  }

  /**
   * Marks the field invalid with the page's own message (a non-empty string), or valid again (`''`), as
   * `HTMLInputElement.setCustomValidity()` does; the element's own checks still apply.
   */
  setCustomValidity(message: string): void {
    this.#customMessage = String(message ?? '');
    this.#applyValidity();
    this.requestUpdate();
  }

  /** Called when the form resets: the field counts as not visited again. Subclasses call it first. */
  formResetCallback(): void {
    this.#interacted = false;
    this.#syncStates();
  }

  /** Called when a `<fieldset>` around the field is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** Called when the browser restores the field (back/forward, autofill of a session): the value it saved. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state == 'string') this.value = state;
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
