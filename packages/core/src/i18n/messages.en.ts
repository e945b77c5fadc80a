import type { MessageCatalog } from './catalog.js';
import { sexText } from './strings.js';

/** English validation messages. */
export const messagesEn: MessageCatalog = {
  required: () => 'Please fill in this field',
  choice_invalid: () => 'Please choose a value from the list',
  consent_required: () => 'Please confirm the declaration before sending',
  sic_format: () => 'The social insurance number has exactly 10 digits',
  sic_from_card: (p) =>
    `This is a 15-character health insurance card code. Your social insurance number is its last 10 digits: ${p.suggestion}`,
  card_format: () =>
    'A health insurance card code has 15 characters: 2 letters, a benefit digit (1–5), a 2-digit province and the 10-digit social insurance number, e.g. DN4797901234567',
  card_group_unknown: (p) => `The participant group "${p.group}" (first 2 characters) is not a known group`,
  card_province_unknown: (p) => `The province code "${p.province}" (characters 4–5) is not a valid province`,
  card_sic_mismatch: () => 'The last 10 digits of the card code do not match the social insurance number you entered',
  card_digit_unexpected: (p) =>
    `Group ${p.group} usually has benefit level ${p.expected}, but the card shows ${p.digit}. Please check the card`,
  cccd_format: () => 'A citizen ID (CCCD) number has exactly 12 digits',
  cccd_province_unknown: (p) => `The first 3 digits of the CCCD number (${p.code}) are not a province code`,
  cccd_century_mismatch: (p) =>
    `The 4th digit of the CCCD number is ${p.digit} (${sexText(p.sex, 'en')}, born ${p.from}–${p.to}) but the date of birth is in ${p.birthYear}`,
  cccd_sex_mismatch: (p) =>
    `The 4th digit of the CCCD number is ${p.digit} (${sexText(p.sex, 'en')}) but the selected sex is ${sexText(p.declaredSex, 'en')}`,
  cccd_year_mismatch: (p) => `Digits 5–6 of the CCCD number are ${p.digits} but the year of birth is ${p.birthYear}`,
  cmnd_format: () => 'An old ID card (CMND) number has exactly 9 digits',
  passport_format: () => 'A passport number is 1 letter and 7 digits, e.g. C1234567',
  id_number_format: () => 'Not a valid ID number: CCCD 12 digits, CMND 9 digits or a passport (1 letter, 7 digits)',
  phone_format: () => 'A mobile number has 10 digits and starts with a carrier prefix (e.g. 0912345678)',
  phone_landline: () => 'This is a landline number. Please enter a mobile number to receive the OTP and password',
  phone_old_11_digits: (p) =>
    p.suggestion
      ? `11-digit mobile numbers became 10 digits in 2018. Your new number may be ${p.suggestion}`
      : '11-digit mobile numbers became 10 digits in 2018. Please enter the 10-digit number',
  phone_not_verified: () => 'Please verify your phone number with the OTP code',
  otp_format: (p) => `The OTP code has ${p.length ?? 6} digits`,
  password_length: (p) => `The password must be ${p.min} to ${p.max} characters long`,
  password_letter: () => 'The password needs at least one letter',
  password_digit: () => 'The password needs at least one digit',
  password_is_code: () => 'The password must not contain your social insurance number',
  password_same_as_old: () => 'The new password must differ from the old one',
  password_mismatch: () => 'The passwords do not match',
  dossier_format: () => 'A dossier number looks like NNNNN.GD/YYYY/NNNNN, e.g. 01027.GD/2026/00107',
  facility_format: () => 'A facility code has 5 digits: a 2-digit province and 3 digits, e.g. 79 - 123',
  facility_province_unknown: (p) => `The facility's province code "${p.province}" is not valid`,
  office_format: () => 'Please choose a social insurance office from the list',
  name_chars: (p) => `The full name may only contain Vietnamese letters and spaces (not "${p.char}")`,
  name_length: (p) => `The full name must be ${p.min} to ${p.max} characters long`,
  dob_format: () => 'Invalid date of birth; use dd/mm/yyyy',
  dob_future: () => 'The date of birth cannot be after today',
  dob_too_old: (p) => `Invalid date of birth (age over ${p.maxAge})`,
  email_format: () => 'Invalid email address, e.g. name@example.com',
  date_format: () => 'Invalid date; use dd/mm/yyyy',
  date_future: () => 'The date cannot be after today',
  date_before_birth: () => 'The issue date cannot be before the date of birth',
  text_too_long: (p) => `At most ${p.max} characters`,
};
