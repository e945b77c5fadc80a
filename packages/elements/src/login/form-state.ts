import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ApiError } from '@vssid/core';
import { ErrorSummary } from '../shared/error-summary.js';
import type { Field, FieldMessage } from './fields.js';

/** What the login box says besides the fields' own messages; {@link FormState.reset} clears them all. */
export interface FormMessages {
  /** The server's refusal or a failed request, shown as an alert with what to do next. */
  failure: ApiError | null;
  /** A confirmation above the form ("Bạn đã đăng xuất."), in the UI language at render time. */
  notice: FieldMessage | null;
  /** The OTP boxes' own message: the code the server refused. */
  otpError: string;
}

/**
 * The login box's fields: what is typed in each, which are wrong and why (with the error summary that lists
 * them), and the messages about the last request. The element and the steps it loads on demand both read
 * and change them here, through its methods (the messages with {@link FormState.set}); every change draws the
 * element again.
 *
 * The inputs themselves are in the element's light DOM, under ids made from `idPrefix`.
 */
export class FormState implements ReactiveController, FormMessages {
  failure: ApiError | null = null;
  notice: FieldMessage | null = null;
  otpError = '';
  #values: Readonly<Record<Field, string>> = {
    code: '',
    password: '',
    phone: '',
    otp: '',
    oldPassword: '',
    newPassword: '',
    confirmation: '',
  };
  #errors: Readonly<Partial<Record<Field, FieldMessage>>> = {};
  readonly #summary: ErrorSummary<Field>;
  /** The citizen typed a code (the `code` attribute no longer fills it). */
  #codeEdited = false;
  /** Between the host's update and its end: a focused input removed then fires blur. */
  #drawing = false;

  readonly #host: ReactiveControllerHost & ParentNode & { readonly renderRoot: ParentNode };
  readonly #idPrefix: string;
  readonly #check: (key: Field) => FieldMessage | null;

  /**
   * @param host - The element: its light DOM holds the inputs, its shadow root the error summary.
   * @param idPrefix - Makes the inputs' ids unique in the page.
   * @param check - The client-side problem with one field as the current view judges it, or null.
   */
  constructor(
    host: ReactiveControllerHost & ParentNode & { readonly renderRoot: ParentNode },
    idPrefix: string,
    check: (key: Field) => FieldMessage | null,
  ) {
    this.#host = host;
    this.#idPrefix = idPrefix;
    this.#check = check;
    host.addController(this);
    this.#summary = new ErrorSummary(
      host,
      (k) => this.input(k),
      (k) => this.id(k),
    );
  }

  /** @internal */
  hostUpdate(): void {
    this.#drawing = true;
  }

  /** @internal */
  hostUpdated(): void {
    this.#drawing = false;
  }

  /** What is typed in each field. */
  get values(): Readonly<Record<Field, string>> {
    return this.#values;
  }

  /** The message of each field marked wrong. */
  get errors(): Readonly<Partial<Record<Field, FieldMessage>>> {
    return this.#errors;
  }

  /** Changes some fields' values (what the inputs show at the next render). */
  setValues(values: Partial<Record<Field, string>>): void {
    this.#values = { ...this.#values, ...values };
    this.#host.requestUpdate();
  }

  /** Fills the code from the element's `code` attribute, unless the citizen has typed one. */
  prefill(code: string): void {
    if (!this.#codeEdited) this.setValues({ code });
  }

  /** The citizen typed in a field: a field already marked wrong is checked again, others wait for blur or submit. */
  typed(key: Field, value: string): void {
    this.setValues({ [key]: value });
    if (key === 'code') this.#codeEdited = true;
    this.recheck(key);
  }

  /** A field lost focus: the code and the phone are checked as the citizen leaves them (a pasted card code shows early), the repetition once typed. */
  blurred(key: Field): void {
    // A field removed while the element draws (a new view) fires blur too: no reason to check it.
    if (this.#drawing) return;
    const value = this.#values[key];
    if (((key === 'code' || key === 'phone') && value.trim() !== '') || (key === 'confirmation' && value !== '')) {
      this.setError(key, this.check(key));
    }
  }

  /** Changes some of the messages. */
  set(messages: Partial<FormMessages>): void {
    Object.assign(this, messages);
    this.#host.requestUpdate();
  }

  /** The client-side problem with one field, or null. */
  check(key: Field): FieldMessage | null {
    return this.#check(key);
  }

  /** Marks one field wrong with `message`, or clears its mark. */
  setError(key: Field, message: FieldMessage | null): void {
    const next = { ...this.#errors };
    if (message) next[key] = message;
    else delete next[key];
    this.#errors = next;
    this.#host.requestUpdate();
  }

  /** Checks a field again if it is marked wrong, so the mark goes as the citizen fixes it. */
  recheck(key: Field): void {
    if (this.#errors[key]) this.setError(key, this.check(key));
  }

  /** Marks exactly these fields and lists them in the error summary, which takes focus; none clears both. */
  showErrors(errors: Partial<Record<Field, FieldMessage>>): void {
    this.#errors = errors;
    if (Object.keys(errors).length) this.#summary.show();
    else this.#summary.hide();
    this.#host.requestUpdate();
  }

  /** Clears every mark and message (a new view, a sign-out). */
  reset(): void {
    this.showErrors({});
    this.set({ failure: null, notice: null, otpError: '' });
  }

  /** The error summary of the fields `keys` that are marked wrong, or nothing. */
  renderSummary(keys: readonly Field[]): TemplateResult | typeof nothing {
    const errors = this.#errors;
    return this.#summary.render(keys.flatMap((field) => (errors[field] ? [{ field, text: errors[field]() }] : [])));
  }

  /** A field's input id in the page (`form`: the `<form>` they belong to). */
  id(key: Field | 'form'): string {
    return `${this.#idPrefix}-${key}`;
  }

  /** A field's input in the light DOM (for the OTP, its `<vss-otp-input>`). */
  input(key: Field): (HTMLElement & { value: string }) | null {
    return this.#host.querySelector(`#${this.id(key)}`);
  }
}
