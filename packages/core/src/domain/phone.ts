/** Vietnamese mobile prefixes after the 2018 renumbering (domain.md §3.4 ⚠️). */

export type MobileCarrier = 'viettel' | 'vinaphone' | 'mobifone' | 'vietnamobile' | 'gmobile' | 'itelecom' | 'reddi';

/** Carrier brand names (proper names, not translated). */
export const CARRIER_NAMES: Readonly<Record<MobileCarrier, string>> = {
  viettel: 'Viettel',
  vinaphone: 'Vinaphone',
  mobifone: 'MobiFone',
  vietnamobile: 'Vietnamobile',
  gmobile: 'Gmobile',
  itelecom: 'Itelecom',
  reddi: 'Reddi',
};

const PREFIX_GROUPS: Readonly<Record<MobileCarrier, readonly string[]>> = {
  viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  vinaphone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  mobifone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  vietnamobile: ['052', '056', '058', '092'],
  gmobile: ['059', '099'],
  itelecom: ['087'],
  reddi: ['055'],
};

/** Every 3-digit mobile prefix (with the leading 0) mapped to its carrier. */
export const MOBILE_PREFIXES: ReadonlyMap<string, MobileCarrier> = new Map(
  (Object.entries(PREFIX_GROUPS) as [MobileCarrier, readonly string[]][]).flatMap(([carrier, prefixes]) =>
    prefixes.map((p) => [p, carrier] as const),
  ),
);

/** The strict mobile pattern of §3.4 (normalised `0` + 9 digits). */
export const MOBILE_PATTERN = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/;

/**
 * Pre-2018 11-digit prefixes and their 10-digit replacements (the 2018 renumbering), so that an old
 * number can be answered with the number it became.
 */
export const OLD_MOBILE_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['0120', '070'],
  ['0121', '079'],
  ['0122', '077'],
  ['0126', '076'],
  ['0128', '078'],
  ['0123', '083'],
  ['0124', '084'],
  ['0125', '085'],
  ['0127', '081'],
  ['0129', '082'],
  ['0162', '032'],
  ['0163', '033'],
  ['0164', '034'],
  ['0165', '035'],
  ['0166', '036'],
  ['0167', '037'],
  ['0168', '038'],
  ['0169', '039'],
  ['0186', '056'],
  ['0188', '058'],
  ['0199', '059'],
]);

/** The carrier of a normalised 10-digit mobile number, or undefined. */
export function mobileCarrier(phone: string): MobileCarrier | undefined {
  return MOBILE_PATTERN.test(phone) ? MOBILE_PREFIXES.get(phone.slice(0, 3)) : undefined;
}

/** The 10-digit number an old 11-digit mobile number became, or undefined. */
export function convertOldMobile(phone: string): string | undefined {
  if (!/^01\d{9}$/.test(phone)) return undefined;
  const next = OLD_MOBILE_PREFIXES.get(phone.slice(0, 4));
  return next ? next + phone.slice(4) : undefined;
}
