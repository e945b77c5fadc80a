/**
 * The registration declaration (tờ khai) checked as a whole. The form and the mock server both call
 * this, so a rule changes in one place.
 */

import type { RegistrationRequest } from '../schemas/registration.js';
import type { TodayInput } from '../domain/dates.js';
import { validateSocialInsuranceCode } from './codes.js';
import { validateOfficeCode } from './places.js';
import { validateEmail, validatePhone } from './contact.js';
import { validateIdNumber } from './identity.js';
import { validateDateOfBirth, validateFullName, validateIssueDate, validateText } from './person.js';
import type { ValidationIssue, ValidationResult } from './types.js';

/** Field keys of a registration issue: RegistrationRequest keys, photos as `photos.portrait` etc. */
export type RegistrationField =
  Exclude<keyof RegistrationRequest, 'photos'> | `photos.${keyof RegistrationRequest['photos']}`;

export interface RegistrationOptions {
  today?: TodayInput;
  /**
   * Whether the ID card photos are required. The office may waive them when the CCCD matches the
   * population database (§2 step 3), which only the server knows; the portrait is always required.
   */
  requireIdPhotos?: boolean;
}

/**
 * Every field issue of a (possibly partial) registration draft, including the cross-field CCCD
 * rules (century/sex digit and birth year against date of birth and sex) and the issue date against
 * the date of birth. Returns an empty object when the draft can be submitted.
 */
export function validateRegistration(
  draft: Partial<RegistrationRequest>,
  opts: RegistrationOptions = {},
): Record<string, ValidationIssue> {
  // Keys are RegistrationField values; typed as string keys so callers can index by any field name.
  const out: Record<string, ValidationIssue> = {};
  const put = (field: RegistrationField, r: ValidationResult) => {
    if (!r.ok) out[field] = r.issue;
    return r.ok ? r.value : undefined;
  };

  put('fullName', validateFullName(draft.fullName ?? ''));
  const dob = put('dateOfBirth', validateDateOfBirth(draft.dateOfBirth ?? '', { today: opts.today }));
  const sex = draft.sex === 'male' || draft.sex === 'female' ? draft.sex : undefined;
  if (draft.sex === undefined) out.sex = { code: 'required' };
  else if (!sex) out.sex = { code: 'choice_invalid' };
  put('socialInsuranceCode', validateSocialInsuranceCode(draft.socialInsuranceCode ?? ''));

  const idType = draft.idType;
  if (idType !== undefined && idType !== 'cccd' && idType !== 'cmnd' && idType !== 'passport') {
    out.idType = { code: 'choice_invalid' };
  } else {
    // Cross-checks only against values that are themselves valid, so one mistake is reported once.
    put('idNumber', validateIdNumber(idType, draft.idNumber ?? '', { dateOfBirth: dob, sex }));
  }
  put('idIssueDate', validateIssueDate(draft.idIssueDate ?? '', { dateOfBirth: dob, today: opts.today }));
  put('idIssuePlace', validateText(draft.idIssuePlace ?? '', { max: 255 }));
  put('address', validateText(draft.address ?? '', { max: 255 }));
  put('email', validateEmail(draft.email ?? ''));
  put('phone', validatePhone(draft.phone ?? ''));
  if (!draft.phoneToken) out.phoneToken = { code: 'phone_not_verified' };
  put('officeCode', validateOfficeCode(draft.officeCode ?? ''));

  const photos = draft.photos;
  if (!photos?.portrait) out['photos.portrait'] = { code: 'required' };
  if (opts.requireIdPhotos !== false) {
    if (!photos?.idFront) out['photos.idFront'] = { code: 'required' };
    if (!photos?.idBack) out['photos.idBack'] = { code: 'required' };
  }
  if (draft.consent !== true) out.consent = { code: 'consent_required' };
  return out;
}
