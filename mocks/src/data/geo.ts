import type { Office, Province } from '@vssid/core';

/** The 34 provinces in force since 1 July 2025 (NQ 202/2025/QH15, codes from QĐ 19/2025/QĐ-TTg). */
export const provinces: Province[] = [
  ['01', 'Hà Nội'], ['04', 'Cao Bằng'], ['08', 'Tuyên Quang'], ['11', 'Điện Biên'], ['12', 'Lai Châu'],
  ['14', 'Sơn La'], ['15', 'Lào Cai'], ['19', 'Thái Nguyên'], ['20', 'Lạng Sơn'], ['22', 'Quảng Ninh'],
  ['24', 'Bắc Ninh'], ['25', 'Phú Thọ'], ['31', 'Hải Phòng'], ['33', 'Hưng Yên'], ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'], ['40', 'Nghệ An'], ['42', 'Hà Tĩnh'], ['44', 'Quảng Trị'], ['46', 'Huế'],
  ['48', 'Đà Nẵng'], ['51', 'Quảng Ngãi'], ['52', 'Gia Lai'], ['56', 'Khánh Hòa'], ['66', 'Đắk Lắk'],
  ['68', 'Lâm Đồng'], ['75', 'Đồng Nai'], ['79', 'Hồ Chí Minh'], ['80', 'Tây Ninh'], ['82', 'Đồng Tháp'],
  ['86', 'Vĩnh Long'], ['91', 'An Giang'], ['92', 'Cần Thơ'], ['96', 'Cà Mau'],
].map(([code, name]) => ({ code: code!, name: name! }));

/** Centrally run cities take "TP." in the office's parent name; the others are "tỉnh". */
const cities = new Set(['01', '31', '46', '48', '79', '92']);

/** The 63 province codes valid until 30 June 2025: still printed on cards and CCCDs (§4). */
export const oldProvinceCodes = [
  '01', '02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '22', '24', '25', '26', '27', '30', '31',
  '33', '34', '35', '36', '37', '38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '60', '62',
  '64', '66', '67', '68', '70', '72', '74', '75', '77', '79', '80', '82', '83', '84', '86', '87', '89', '91', '92', '93',
  '94', '95', '96',
] as const;

// Local offices (BHXH cơ sở) are named after the former districts they serve. Hà Nội keeps explicit codes
// because the guide's example office, Hai Bà Trưng, is 01027; elsewhere codes run 001, 002, ….
const hanoi: [string, string][] = [
  ['001', 'Ba Đình'], ['002', 'Hoàn Kiếm'], ['006', 'Đống Đa'], ['005', 'Cầu Giấy'], ['027', 'Hai Bà Trưng'],
  ['008', 'Hoàng Mai'], ['004', 'Long Biên'], ['268', 'Hà Đông'],
];
const localities: Record<string, string[]> = {
  '04': ['Thành phố Cao Bằng', 'Trùng Khánh', 'Hòa An'],
  '08': ['Thành phố Tuyên Quang', 'Hà Giang', 'Chiêm Hóa'],
  '11': ['Điện Biên Phủ', 'Mường Lay', 'Tuần Giáo'],
  '12': ['Thành phố Lai Châu', 'Tam Đường', 'Than Uyên'],
  '14': ['Thành phố Sơn La', 'Mộc Châu', 'Mai Sơn'],
  '15': ['Thành phố Lào Cai', 'Yên Bái', 'Sa Pa'],
  '19': ['Thành phố Thái Nguyên', 'Bắc Kạn', 'Phổ Yên'],
  '20': ['Thành phố Lạng Sơn', 'Cao Lộc', 'Hữu Lũng'],
  '22': ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái'],
  '24': ['Thành phố Bắc Ninh', 'Bắc Giang', 'Từ Sơn'],
  '25': ['Việt Trì', 'Vĩnh Yên', 'Hòa Bình', 'Phúc Yên'],
  '31': ['Lê Chân', 'Ngô Quyền', 'Hải Dương', 'Thủy Nguyên'],
  '33': ['Thành phố Hưng Yên', 'Thái Bình', 'Văn Lâm'],
  '37': ['Hoa Lư', 'Nam Định', 'Phủ Lý', 'Tam Điệp'],
  '38': ['Thành phố Thanh Hóa', 'Sầm Sơn', 'Bỉm Sơn'],
  '40': ['Vinh', 'Cửa Lò', 'Thái Hòa'],
  '42': ['Thành phố Hà Tĩnh', 'Hồng Lĩnh', 'Kỳ Anh'],
  '44': ['Đông Hà', 'Đồng Hới', 'Ba Đồn'],
  '46': ['Thuận Hóa', 'Phú Xuân', 'Hương Thủy'],
  '48': ['Hải Châu', 'Thanh Khê', 'Tam Kỳ', 'Hội An'],
  '51': ['Thành phố Quảng Ngãi', 'Kon Tum', 'Đức Phổ'],
  '52': ['Pleiku', 'Quy Nhơn', 'An Nhơn'],
  '56': ['Nha Trang', 'Cam Ranh', 'Phan Rang - Tháp Chàm'],
  '66': ['Buôn Ma Thuột', 'Tuy Hòa', 'Buôn Hồ'],
  '68': ['Đà Lạt', 'Bảo Lộc', 'Gia Nghĩa', 'Phan Thiết'],
  '75': ['Biên Hòa', 'Long Khánh', 'Đồng Xoài', 'Nhơn Trạch'],
  '79': ['Quận 1', 'Bình Thạnh', 'Thủ Đức', 'Tân Bình', 'Thủ Dầu Một', 'Vũng Tàu'],
  '80': ['Thành phố Tây Ninh', 'Tân An', 'Bến Lức'],
  '82': ['Mỹ Tho', 'Cao Lãnh', 'Sa Đéc'],
  '86': ['Thành phố Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
  '91': ['Long Xuyên', 'Rạch Giá', 'Châu Đốc', 'Phú Quốc'],
  '92': ['Ninh Kiều', 'Sóc Trăng', 'Vị Thanh'],
  '96': ['Thành phố Cà Mau', 'Bạc Liêu', 'Năm Căn'],
};

export function parentOfficeName(provinceCode: string): string {
  const p = provinces.find((x) => x.code === provinceCode);
  if (!p) return 'BHXH Việt Nam';
  return cities.has(p.code) ? `BHXH TP. ${p.name}` : `BHXH tỉnh ${p.name}`;
}

export const offices: Office[] = provinces.flatMap((p) => {
  const list: [string, string][] =
    p.code === '01' ? hanoi : (localities[p.code] ?? []).map((n, i) => [String(i + 1).padStart(3, '0'), n]);
  return list.map(([num, n]) => ({
    code: p.code + num,
    name: `BHXH cơ sở ${n}`,
    provinceCode: p.code,
    parentName: parentOfficeName(p.code),
  }));
});

export const officeByCode = new Map(offices.map((o) => [o.code, o]));

/** Name of a province for an old (pre-July 2025) code, for addresses and hospital names. */
export const oldProvinceNames: Record<string, string> = {
  '01': 'Hà Nội', '02': 'Hà Giang', '04': 'Cao Bằng', '06': 'Bắc Kạn', '08': 'Tuyên Quang', '10': 'Lào Cai',
  '11': 'Điện Biên', '12': 'Lai Châu', '14': 'Sơn La', '15': 'Yên Bái', '17': 'Hòa Bình', '19': 'Thái Nguyên',
  '20': 'Lạng Sơn', '22': 'Quảng Ninh', '24': 'Bắc Giang', '25': 'Phú Thọ', '26': 'Vĩnh Phúc', '27': 'Bắc Ninh',
  '30': 'Hải Dương', '31': 'Hải Phòng', '33': 'Hưng Yên', '34': 'Thái Bình', '35': 'Hà Nam', '36': 'Nam Định',
  '37': 'Ninh Bình', '38': 'Thanh Hóa', '40': 'Nghệ An', '42': 'Hà Tĩnh', '44': 'Quảng Bình', '45': 'Quảng Trị',
  '46': 'Thừa Thiên Huế', '48': 'Đà Nẵng', '49': 'Quảng Nam', '51': 'Quảng Ngãi', '52': 'Bình Định', '54': 'Phú Yên',
  '56': 'Khánh Hòa', '58': 'Ninh Thuận', '60': 'Bình Thuận', '62': 'Kon Tum', '64': 'Gia Lai', '66': 'Đắk Lắk',
  '67': 'Đắk Nông', '68': 'Lâm Đồng', '70': 'Bình Phước', '72': 'Tây Ninh', '74': 'Bình Dương', '75': 'Đồng Nai',
  '77': 'Bà Rịa - Vũng Tàu', '79': 'TP. Hồ Chí Minh', '80': 'Long An', '82': 'Tiền Giang', '83': 'Bến Tre',
  '84': 'Trà Vinh', '86': 'Vĩnh Long', '87': 'Đồng Tháp', '89': 'An Giang', '91': 'Kiên Giang', '92': 'Cần Thơ',
  '93': 'Hậu Giang', '94': 'Sóc Trăng', '95': 'Bạc Liêu', '96': 'Cà Mau',
};

/** How a province is written in addresses and hospital names ("TP. Hồ Chí Minh", "Hà Nội"). */
export function provinceDisplayName(code: string): string {
  if (code === '79') return 'TP. Hồ Chí Minh';
  return provinces.find((p) => p.code === code)?.name ?? oldProvinceNames[code] ?? '';
}
