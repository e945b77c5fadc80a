/**
 * Province codes (domain.md §4). Cards, CCCDs and facility codes issued before 1/7/2025 carry the
 * 63 old codes; every new code reuses an old one, so validators accept exactly the 63 old codes.
 * Names are proper names and stay untranslated.
 */

/** A province as it existed until 30/6/2025. */
export interface OldProvince {
  readonly code: string;
  readonly name: string;
}

/** A province from 1/7/2025 (NQ 202/2025/QH15), with the old provinces merged into it. */
export interface NewProvince {
  readonly code: string;
  readonly name: string;
  /** Old codes now inside this province; its own code first when it kept one. */
  readonly oldCodes: readonly string[];
}

/** The 63 old provinces in code order. */
export const OLD_PROVINCES: readonly OldProvince[] = [
  ['01', 'Hà Nội'],
  ['02', 'Hà Giang'],
  ['04', 'Cao Bằng'],
  ['06', 'Bắc Kạn'],
  ['08', 'Tuyên Quang'],
  ['10', 'Lào Cai'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Yên Bái'],
  ['17', 'Hòa Bình'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Giang'],
  ['25', 'Phú Thọ'],
  ['26', 'Vĩnh Phúc'],
  ['27', 'Bắc Ninh'],
  ['30', 'Hải Dương'],
  ['31', 'Hải Phòng'],
  ['33', 'Hưng Yên'],
  ['34', 'Thái Bình'],
  ['35', 'Hà Nam'],
  ['36', 'Nam Định'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Bình'],
  ['45', 'Quảng Trị'],
  ['46', 'Thừa Thiên Huế'],
  ['48', 'Đà Nẵng'],
  ['49', 'Quảng Nam'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Bình Định'],
  ['54', 'Phú Yên'],
  ['56', 'Khánh Hòa'],
  ['58', 'Ninh Thuận'],
  ['60', 'Bình Thuận'],
  ['62', 'Kon Tum'],
  ['64', 'Gia Lai'],
  ['66', 'Đắk Lắk'],
  ['67', 'Đắk Nông'],
  ['68', 'Lâm Đồng'],
  ['70', 'Bình Phước'],
  ['72', 'Tây Ninh'],
  ['74', 'Bình Dương'],
  ['75', 'Đồng Nai'],
  ['77', 'Bà Rịa – Vũng Tàu'],
  ['79', 'TP. Hồ Chí Minh'],
  ['80', 'Long An'],
  ['82', 'Tiền Giang'],
  ['83', 'Bến Tre'],
  ['84', 'Trà Vinh'],
  ['86', 'Vĩnh Long'],
  ['87', 'Đồng Tháp'],
  ['89', 'An Giang'],
  ['91', 'Kiên Giang'],
  ['92', 'Cần Thơ'],
  ['93', 'Hậu Giang'],
  ['94', 'Sóc Trăng'],
  ['95', 'Bạc Liêu'],
  ['96', 'Cà Mau'],
].map(([code, name]) => Object.freeze({ code: code!, name: name! }));

/** The 34 provinces from 1/7/2025 with the merge map (new code ← old codes). */
export const NEW_PROVINCES: readonly NewProvince[] = (
  [
    ['01', 'Hà Nội', ['01']],
    ['04', 'Cao Bằng', ['04']],
    ['08', 'Tuyên Quang', ['08', '02']],
    ['11', 'Điện Biên', ['11']],
    ['12', 'Lai Châu', ['12']],
    ['14', 'Sơn La', ['14']],
    ['15', 'Lào Cai', ['15', '10']],
    ['19', 'Thái Nguyên', ['19', '06']],
    ['20', 'Lạng Sơn', ['20']],
    ['22', 'Quảng Ninh', ['22']],
    ['24', 'Bắc Ninh', ['24', '27']],
    ['25', 'Phú Thọ', ['25', '26', '17']],
    ['31', 'Hải Phòng', ['31', '30']],
    ['33', 'Hưng Yên', ['33', '34']],
    ['37', 'Ninh Bình', ['37', '35', '36']],
    ['38', 'Thanh Hóa', ['38']],
    ['40', 'Nghệ An', ['40']],
    ['42', 'Hà Tĩnh', ['42']],
    ['44', 'Quảng Trị', ['44', '45']],
    ['46', 'TP. Huế', ['46']],
    ['48', 'Đà Nẵng', ['48', '49']],
    ['51', 'Quảng Ngãi', ['51', '62']],
    ['52', 'Gia Lai', ['52', '64']],
    ['56', 'Khánh Hòa', ['56', '58']],
    ['66', 'Đắk Lắk', ['66', '54']],
    ['68', 'Lâm Đồng', ['68', '67', '60']],
    ['75', 'Đồng Nai', ['75', '70']],
    ['79', 'TP. Hồ Chí Minh', ['79', '74', '77']],
    ['80', 'Tây Ninh', ['80', '72']],
    ['82', 'Đồng Tháp', ['82', '87']],
    ['86', 'Vĩnh Long', ['86', '83', '84']],
    ['91', 'An Giang', ['91', '89']],
    ['92', 'Cần Thơ', ['92', '94', '93']],
    ['96', 'Cà Mau', ['96', '95']],
  ] as const
).map(([code, name, oldCodes]) => Object.freeze({ code, name, oldCodes }));

const oldByCode = new Map(OLD_PROVINCES.map((p) => [p.code, p]));
const newByCode = new Map(NEW_PROVINCES.map((p) => [p.code, p]));
const newByOldCode = new Map(NEW_PROVINCES.flatMap((p) => p.oldCodes.map((c) => [c, p] as const)));

/** Whether `code` is one of the 63 old province codes, the set every validator accepts. */
export function isProvinceCode(code: string): boolean {
  return oldByCode.has(code);
}

/** The old province for a 2-digit code, or undefined. */
export function getOldProvince(code: string): OldProvince | undefined {
  return oldByCode.get(code);
}

/** The new (post-1/7/2025) province with this code, or undefined. */
export function getNewProvince(code: string): NewProvince | undefined {
  return newByCode.get(code);
}

/** An old code resolved against the 2025 merger. */
export interface ResolvedProvince {
  readonly code: string;
  /** The name the code had until 30/6/2025. */
  readonly oldName: string;
  /** The province it belongs to now. */
  readonly current: { readonly code: string; readonly name: string };
  /**
   * `merged`: now part of a province with another name ("Yên Bái (nay thuộc Lào Cai)");
   * `renamed`: same territory, new name (Thừa Thiên Huế → TP. Huế); `unchanged` otherwise.
   */
  readonly change: 'unchanged' | 'merged' | 'renamed';
}

/**
 * Resolves an old province code (card characters 4–5, a CCCD's digits 2–3, a facility prefix) to its
 * old name and the province it belongs to since 1/7/2025. Undefined for a code outside the 63.
 */
export function resolveOldProvince(code: string): ResolvedProvince | undefined {
  const old = oldByCode.get(code);
  const current = newByOldCode.get(code);
  if (!old || !current) return undefined;
  const change = old.name === current.name ? 'unchanged' : current.oldCodes.length > 1 ? 'merged' : 'renamed';
  return { code, oldName: old.name, current: { code: current.code, name: current.name }, change };
}
