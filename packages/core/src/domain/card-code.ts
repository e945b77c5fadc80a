/** Reading a BHYT card code ("explain my card") and the card's QR payload (domain.md §3.2, §6). */

import type { Sex } from '../schemas/common.js';
import type { BhytCard } from '../schemas/card.js';
import {
  getBhytGroup,
  UNLABELLED_GROUP_CODES,
  DEFENCE_POLICE_GROUP_CODES,
  type BenefitDigit,
  type BhytGroupNumber,
} from './bhyt-groups.js';
import { resolveOldProvince, type ResolvedProvince } from './provinces.js';
import { parseDateInput } from './dates.js';
import { CARD_CODE_PATTERN, normalizeCardCode } from './card-code-shape.js';

export { CARD_CODE_PATTERN, normalizeCardCode };

/** Everything a card code tells, for the "explain my card" view. */
export interface ParsedCardCode {
  readonly code: string;
  readonly groupCode: string;
  /** Payer group 1–5; null for unlabelled codes and LH. */
  readonly group: BhytGroupNumber | null;
  /** In the table or in the accepted-but-unlabelled list. */
  readonly groupKnown: boolean;
  /** Vietnamese meaning, null when unlabelled or unknown. */
  readonly groupMeaning: string | null;
  readonly benefitDigit: BenefitDigit;
  /** The digit the group carries today; null when not known. */
  readonly expectedDigit: BenefitDigit | null;
  /** `expected` matches; `historic` matches an older/upcoming digit; `unexpected` a warning only; `unknown`. */
  readonly digitCheck: 'expected' | 'historic' | 'unexpected' | 'unknown';
  readonly provinceCode: string;
  /** Undefined when the province code is not one of the 63. */
  readonly province: ResolvedProvince | undefined;
  readonly socialInsuranceCode: string;
  /** The card may be issued by BHXH Bộ Quốc phòng / Bộ Công an. */
  readonly mayBeDefenceOrPolice: boolean;
}

/**
 * Splits a card code into its parts and looks each one up. Returns undefined when the text does not
 * have the card shape; an unknown group or province is reported in the result, not rejected.
 */
export function parseCardCode(input: string): ParsedCardCode | undefined {
  const code = normalizeCardCode(input);
  const m = CARD_CODE_PATTERN.exec(code);
  if (!m) return undefined;
  const [, groupCode, digitText, provinceCode, socialInsuranceCode] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const benefitDigit = Number(digitText) as BenefitDigit;
  const entry = getBhytGroup(groupCode);
  const unlabelledDigit = UNLABELLED_GROUP_CODES.get(groupCode);
  const expectedDigit = entry?.digit ?? unlabelledDigit ?? null;
  const digitCheck =
    expectedDigit === null
      ? 'unknown'
      : expectedDigit === benefitDigit
        ? 'expected'
        : entry?.otherDigits?.includes(benefitDigit)
          ? 'historic'
          : 'unexpected';
  return {
    code,
    groupCode,
    group: entry?.group ?? null,
    groupKnown: entry !== undefined || UNLABELLED_GROUP_CODES.has(groupCode),
    groupMeaning: entry?.meaning ?? null,
    benefitDigit,
    expectedDigit,
    digitCheck,
    provinceCode,
    province: resolveOldProvince(provinceCode),
    socialInsuranceCode,
    mayBeDefenceOrPolice: DEFENCE_POLICE_GROUP_CODES.has(groupCode),
  };
}

/** The fields of the card QR (§6 ⚠️; fields 8, 9 and 11+ have no confirmed meaning and are kept raw). */
export interface CardQrData {
  cardCode: string;
  fullName: string;
  /** ISO date. */
  dateOfBirth: string;
  sex: Sex;
  address: string;
  /** 5-digit facility code (printed `PP - NNN`). */
  facilityCode: string;
  validFrom: string;
  /** Null when the card has no end date (cards since 2017 print none). */
  validTo: string | null;
  /** Field 10: contact person or parent (children's cards), decoded. */
  contact: string;
  /** Fields 8, 9 and from 11 on, as read. */
  extra: string[];
}

const utf8 = new TextEncoder();

/** UTF-8 bytes as lower-case hex, the QR's encoding of names and addresses. */
export function toHexUtf8(text: string): string {
  return Array.from(utf8.encode(text.normalize('NFC')), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex of UTF-8 back to text; undefined for odd length, non-hex or invalid UTF-8. */
export function fromHexUtf8(hex: string): string | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return undefined;
  }
}

function qrDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Reads the pipe-separated card QR payload. Returns undefined when a required field (card code,
 * name, date of birth, sex, facility, start date) is missing or malformed.
 */
export function parseCardQr(text: string): CardQrData | undefined {
  // Some readers keep a trailing "$" terminator or a line break.
  const fields = text.trim().replace(/\$$/, '').split('|');
  if (fields.length < 8) return undefined;
  const f = (i: number) => (fields[i] ?? '').trim();
  const cardCode = normalizeCardCode(f(0));
  if (!CARD_CODE_PATTERN.test(cardCode)) return undefined;
  const fullName = fromHexUtf8(f(1));
  const address = f(4) === '' ? '' : fromHexUtf8(f(4));
  const contact = f(10) === '' ? '' : (fromHexUtf8(f(10)) ?? f(10));
  const dateOfBirth = parseDateInput(f(2));
  const sex: Sex | undefined = f(3) === '1' ? 'male' : f(3) === '2' ? 'female' : undefined;
  const facility = /^(\d{2})\s*-?\s*(\d{3})$/.exec(f(5));
  const validFrom = parseDateInput(f(6));
  const validTo = f(7) === '' ? null : parseDateInput(f(7));
  if (!fullName || address === undefined || !dateOfBirth || !sex || !facility || !validFrom || validTo === undefined) {
    return undefined;
  }
  return {
    cardCode,
    fullName,
    dateOfBirth,
    sex,
    address,
    facilityCode: facility[1]! + facility[2]!,
    validFrom,
    validTo,
    contact,
    extra: [f(8), f(9), ...fields.slice(11).map((x) => x.trim())],
  };
}

/** The card data {@link buildCardQr} needs. */
export type CardQrInput = Pick<
  BhytCard,
  'cardCode' | 'fullName' | 'dateOfBirth' | 'sex' | 'address' | 'validFrom' | 'validTo'
> & {
  facility: { code: string };
  contact?: string;
};

/** Builds the card QR payload (dates dd/mm/yyyy, name, address and contact as hex of UTF-8). */
export function buildCardQr(card: CardQrInput): string {
  const fac = card.facility.code;
  return [
    card.cardCode,
    toHexUtf8(card.fullName),
    qrDate(card.dateOfBirth),
    card.sex === 'male' ? '1' : '2',
    toHexUtf8(card.address),
    `${fac.slice(0, 2)} - ${fac.slice(2)}`,
    qrDate(card.validFrom),
    card.validTo ? qrDate(card.validTo) : '',
    '',
    '',
    card.contact ? toHexUtf8(card.contact) : '',
  ].join('|');
}
