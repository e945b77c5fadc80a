/**
 * The form's state besides the draft (draft.ts): what the citizen sees of messages, the lookup, the OTP,
 * the submission and the receipt. One object the parts read and change through `set`, which renders the
 * form again; none of them knows the element.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RegistrationReceipt } from '@vssid/core';
import type { DeclarationData } from './declaration.js';
import type { PersonalFields } from './draft.js';
import type { FieldError } from '../shared/error-summary.js';

/** The text inputs: the personal fields, plus the phone which lives beside them in the draft. */
export type TextKey = Exclude<keyof PersonalFields, 'sex' | 'idType'> | 'phone';
export type SubmitProblem = { kind: 'conflict' } | { kind: 'failure'; error: unknown };
export type { FieldError } from '../shared/error-summary.js';

export interface LookupState {
  open: boolean;
  fullName: string;
  dateOfBirth: string;
  idNumber: string;
  busy: boolean;
  /** Field → message for the lookup's own inputs. */
  errors: Partial<Record<'fullName' | 'dateOfBirth' | 'idNumber', string>>;
  result: { code: string; fullName: string } | null;
  error: unknown;
  notFound: boolean;
}

export interface OtpState {
  /** idle: nothing sent yet; sent: a code is on its way, the OTP box shows. */
  phase: 'idle' | 'sending' | 'sent' | 'verifying';
  resendAfter: number;
  sentTo: string;
  error: unknown;
}

/** Detail of `vss-registered`. */
export interface RegisteredDetail {
  dossierNumber: string;
  status: RegistrationReceipt['status'];
  submittedAt: string;
  officeCode: string;
}

export interface Success {
  receipt: RegistrationReceipt;
  declaration: DeclarationData;
  phone: string;
  socialInsuranceCode: string;
}

export interface FormFields {
  /** Fields whose message is shown: left at least once, or checked by step-next / submit. */
  shown: ReadonlySet<string>;
  /** Messages the server sent for fields (422); each goes when its field is edited. */
  serverErrors: Readonly<Record<string, string>>;
  summary: FieldError[] | null;
  lookup: LookupState;
  otp: OtpState;
  submitting: boolean;
  submitProblem: SubmitProblem | null;
  success: Success | null;
  confirmReset: boolean;
  copied: boolean;
}

export type FormState = Readonly<FormFields> & {
  /** Changes some fields and renders the form again. */
  set(patch: Partial<FormFields>): void;
  /** The control to focus once the next render is done (kept while a part it may be in loads). */
  focusNext: string | null;
};

export const newOtp = (): OtpState => ({ phase: 'idle', resendAfter: 0, sentTo: '', error: null });

/** A fresh form: nothing shown, looked up, sent or submitted. */
export const freshFields = (): FormFields => ({
  shown: new Set(),
  serverErrors: {},
  summary: null,
  lookup: {
    open: false,
    fullName: '',
    dateOfBirth: '',
    idNumber: '',
    busy: false,
    errors: {},
    result: null,
    error: null,
    notFound: false,
  },
  otp: newOtp(),
  submitting: false,
  submitProblem: null,
  success: null,
  confirmReset: false,
  copied: false,
});

export function formState(host: ReactiveControllerHost): FormState {
  const state: FormState = {
    ...freshFields(),
    focusNext: null,
    set(patch) {
      Object.assign(state, patch);
      host.requestUpdate();
    },
  };
  return state;
}
