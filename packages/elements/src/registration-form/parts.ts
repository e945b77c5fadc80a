import type { OnDemand } from '../base/on-demand.js';

/**
 * The form's parts that its first paint does not need, each behind its own `import()`: the rules the
 * fields are checked by, "Tra cứu mã số BHXH", the "Làm lại từ đầu" confirmation, the steps after the first one, the receipt (with the printable declaration), the dossier status view, and the child
 * elements of steps 2–4. One object so a test can stand in a loader that fails.
 */
export const formParts = {
  checks: () => import('./checks.js'),
  lookup: () => import('./lookup.js'),
  startOver: () => import('./start-over.js'),
  steps: () => import('./steps.js'),
  receipt: () => import('./receipt.js'),
  status: () => import('./status.js'),
  photo: () => import('../photo-input/photo-input.js'),
  otp: () => import('../otp-input/otp-input.js'),
  office: () => import('../office-picker/office-picker.js'),
};

export type PartName = keyof typeof formParts;
export type PartModule<K extends PartName> = Awaited<ReturnType<(typeof formParts)[K]>>;

/** What each step shows (index = step; 1 is the form itself, always there). */
export const STEP_SHOWS: readonly (readonly PartName[])[] = [
  [],
  [],
  ['steps', 'photo'],
  ['steps'],
  ['steps', 'office'],
  ['steps'],
];

/**
 * What each step may open: the OTP box once a code is sent, the receipt after "Ghi nhận". Right after a
 * render the form fetches what its current and next step show or may open.
 */
export const STEP_OPENS: readonly (readonly PartName[])[] = [[], ['lookup', 'startOver'], [], ['otp'], [], ['receipt']];

/** The form's part controllers, by name (the form creates one per part). */
export type FormParts = { [K in PartName]: OnDemand<K, typeof formParts> };
