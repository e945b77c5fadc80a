/**
 * The registration draft: everything the citizen entered, kept in sessionStorage so a reload, a failed
 * submit or a step back loses nothing. sessionStorage (not localStorage) because the draft holds personal
 * data and must not outlive the browser tab; photos are kept as their upload id plus a small preview.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IdType, Office, Upload } from '@vssid/core';
import type { PhotoDraft } from '../photo-input/photo-input.js';

export type StepNumber = 1 | 2 | 3 | 4 | 5;
export const STEP_COUNT = 5;

export interface PersonalFields {
  fullName: string;
  /** As typed (dd/mm/yyyy); converted to ISO when sent. */
  dateOfBirth: string;
  sex: '' | 'male' | 'female';
  socialInsuranceCode: string;
  idType: IdType;
  idNumber: string;
  idIssueDate: string;
  idIssuePlace: string;
  address: string;
  email: string;
}

export type PhotoSlot = 'portrait' | 'idFront' | 'idBack';
export const PHOTO_SLOTS: readonly PhotoSlot[] = ['portrait', 'idFront', 'idBack'];

export interface RegistrationDraft {
  v: 1;
  step: StepNumber;
  /** Furthest step reached, so the indicator can offer a jump back to any visited step. */
  maxStep: StepNumber;
  fields: PersonalFields;
  phone: string;
  /** The phone number the token belongs to; changing the number drops the token. */
  verifiedPhone: string;
  phoneToken: string;
  phoneTokenExpiresAt: string;
  office: Office | null;
  provinceCode: string;
  photos: Record<PhotoSlot, PhotoDraft | null>;
  consent: boolean;
}

export function emptyDraft(): RegistrationDraft {
  return {
    v: 1,
    step: 1,
    maxStep: 1,
    fields: {
      fullName: '',
      dateOfBirth: '',
      sex: '',
      socialInsuranceCode: '',
      idType: 'cccd',
      idNumber: '',
      idIssueDate: '',
      idIssuePlace: '',
      address: '',
      email: '',
    },
    phone: '',
    verifiedPhone: '',
    phoneToken: '',
    phoneTokenExpiresAt: '',
    office: null,
    provinceCode: '',
    photos: { portrait: null, idFront: null, idBack: null },
    consent: false,
  };
}

/** The storage key for a form's `draft-key`. */
export function storageKeyFor(draftKey: string): string {
  return `vss-draft:${draftKey || 'vssid.registration'}`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function photo(v: unknown): PhotoDraft | null {
  if (!v || typeof v !== 'object') return null;
  const p = v as { upload?: Partial<Upload>; preview?: unknown };
  const u = p.upload;
  if (!u || typeof u.id !== 'string' || !u.id) return null;
  const mediaType = u.mediaType === 'image/png' || u.mediaType === 'image/heic' ? u.mediaType : 'image/jpeg';
  return {
    upload: { id: u.id, mediaType, size: typeof u.size === 'number' ? u.size : 0 },
    preview: typeof p.preview === 'string' && p.preview.startsWith('data:image/') ? p.preview : null,
  };
}

/**
 * Reads a stored draft defensively: storage is user-controlled, so every field is checked and anything
 * odd falls back to empty rather than breaking the form.
 */
export function loadDraft(key: string): RegistrationDraft | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!data || data.v !== 1) return null;
  const d = emptyDraft();
  const f = (data.fields ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(d.fields) as (keyof PersonalFields)[]) {
    if (k === 'sex') d.fields.sex = f.sex === 'male' || f.sex === 'female' ? f.sex : '';
    else if (k === 'idType') d.fields.idType = f.idType === 'cmnd' || f.idType === 'passport' ? f.idType : 'cccd';
    else d.fields[k] = str(f[k]);
  }
  const step = Number(data.step);
  d.step = (step >= 1 && step <= STEP_COUNT ? Math.floor(step) : 1) as StepNumber;
  const max = Number(data.maxStep);
  d.maxStep = Math.max(d.step, max >= 1 && max <= STEP_COUNT ? Math.floor(max) : 1) as StepNumber;
  d.phone = str(data.phone);
  d.verifiedPhone = str(data.verifiedPhone);
  d.phoneToken = str(data.phoneToken);
  d.phoneTokenExpiresAt = str(data.phoneTokenExpiresAt);
  const o = data.office as Partial<Office> | null;
  d.office =
    o && typeof o.code === 'string' && typeof o.name === 'string'
      ? {
          code: o.code,
          name: o.name,
          parentName: str(o.parentName),
          provinceCode: str(o.provinceCode) || o.code.slice(0, 2),
        }
      : null;
  d.provinceCode = str(data.provinceCode);
  const photos = (data.photos ?? {}) as Record<string, unknown>;
  for (const slot of PHOTO_SLOTS) d.photos[slot] = photo(photos[slot]);
  d.consent = data.consent === true;
  return d;
}

/** Writes the draft; a full storage (quota) only costs the persistence, never the form. */
export function saveDraft(key: string, draft: RegistrationDraft): boolean {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing was kept
  }
}

const SAVE_DELAY_MS = 400;

/**
 * The draft of one form: read when the element connects or its key changes, saved a moment after each
 * change and at once when the page is hidden or left, dropped once the declaration is received.
 */
export class DraftController implements ReactiveController {
  /** The draft as the citizen left it; change it through {@link update}. */
  value = emptyDraft();
  // #names: the bundler shortens them (this ships with the form's first paint)
  readonly #host: ReactiveControllerHost;
  readonly #draftKey: () => string;
  readonly #onLoad: () => void;
  #key = '';
  #timer?: ReturnType<typeof setTimeout>;
  /** Received: nothing is saved until {@link reset}. */
  #done = false;

  /**
   * @param draftKey The element's `draft-key`.
   * @param onLoad Called when another draft was read (the form's messages start afresh).
   */
  constructor(host: ReactiveControllerHost, draftKey: () => string, onLoad: () => void) {
    this.#host = host;
    this.#draftKey = draftKey;
    this.#onLoad = onLoad;
    host.addController(this);
  }

  hostConnected(): void {
    this.load();
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('pagehide', this.#flush);
  }

  hostDisconnected(): void {
    this.#flush();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('pagehide', this.#flush);
  }

  /** Reads the draft kept under the element's key, unless it is the one already here. */
  load(): void {
    const key = storageKeyFor(this.#draftKey());
    if (key === this.#key) return;
    this.#key = key;
    this.value = loadDraft(key) ?? emptyDraft();
    this.#onLoad();
    this.#host.requestUpdate();
  }

  update(patch: Partial<RegistrationDraft>): void {
    this.value = { ...this.value, ...patch };
    this.#host.requestUpdate();
    if (this.#done) return;
    this.#stop();
    this.#timer = setTimeout(this.#flush, SAVE_DELAY_MS);
  }

  setField<K extends keyof PersonalFields>(key: K, value: PersonalFields[K]): void {
    this.update({ fields: { ...this.value.fields, [key]: value } });
  }

  saveNow(): void {
    this.#stop();
    if (!this.#done) saveDraft(this.#key, this.value);
  }

  /** The declaration was received: the draft goes. */
  received(): void {
    this.#stop();
    clearDraft(this.#key);
    this.#done = true;
  }

  /** "Làm lại từ đầu" or a new registration: an empty draft, saved again from now on. */
  reset(): void {
    this.received();
    this.#done = false;
    this.value = emptyDraft();
    this.#host.requestUpdate();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Saves now what is waiting to be saved. */
  readonly #flush = (): void => {
    if (this.#timer === undefined) return;
    this.#stop();
    saveDraft(this.#key, this.value);
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#flush();
  };
}
