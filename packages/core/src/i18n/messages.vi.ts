import type { MessageCatalog } from './catalog.js';
import { sexText } from './strings.js';

/** Vietnamese validation messages: say what is wrong and what the right shape is. */
export const messagesVi: MessageCatalog = {
  required: () => 'Vui lòng nhập thông tin này',
  choice_invalid: () => 'Vui lòng chọn một giá trị trong danh sách',
  consent_required: () => 'Vui lòng xác nhận cam kết trước khi gửi tờ khai',
  sic_format: () => 'Mã số BHXH gồm đúng 10 chữ số',
  sic_from_card: (p) => `Đây là mã thẻ BHYT (15 ký tự). Mã số BHXH là 10 số cuối: ${p.suggestion}`,
  card_format: () =>
    'Mã thẻ BHYT gồm 15 ký tự: 2 chữ cái, 1 chữ số mức hưởng (1–5), 2 số mã tỉnh và 10 số mã BHXH, ví dụ DN4797901234567',
  card_group_unknown: (p) => `Mã đối tượng "${p.group}" (2 ký tự đầu) không có trong danh mục đối tượng tham gia BHYT`,
  card_province_unknown: (p) => `Mã tỉnh "${p.province}" (ký tự 4–5) không phải mã tỉnh, thành phố hợp lệ`,
  card_sic_mismatch: () => '10 số cuối của mã thẻ BHYT không trùng với mã số BHXH đã nhập',
  card_digit_unexpected: (p) =>
    `Đối tượng ${p.group} thường có mức hưởng ${p.expected}, nhưng mã thẻ ghi mức hưởng ${p.digit}. Vui lòng kiểm tra lại thẻ`,
  cccd_format: () => 'Số CCCD gồm đúng 12 chữ số',
  cccd_province_unknown: (p) => `3 số đầu của số CCCD (${p.code}) không phải mã tỉnh, thành phố nơi đăng ký khai sinh`,
  cccd_century_mismatch: (p) =>
    `Số CCCD có chữ số thứ 4 là ${p.digit} (${sexText(p.sex, 'vi')}, sinh ${p.from}–${p.to}) nhưng ngày sinh là ${p.birthYear}`,
  cccd_sex_mismatch: (p) =>
    `Số CCCD có chữ số thứ 4 là ${p.digit} (giới tính ${sexText(p.sex, 'vi')}) nhưng giới tính đã chọn là ${sexText(p.declaredSex, 'vi')}`,
  cccd_year_mismatch: (p) => `Chữ số thứ 5–6 của số CCCD là ${p.digits} nhưng năm sinh là ${p.birthYear}`,
  cmnd_format: () => 'Số CMND gồm đúng 9 chữ số',
  passport_format: () => 'Số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567',
  id_number_format: () =>
    'Số giấy tờ không đúng dạng: CCCD 12 chữ số, CMND 9 chữ số hoặc hộ chiếu 1 chữ cái và 7 chữ số',
  phone_format: () => 'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng đầu số của nhà mạng (ví dụ 0912345678)',
  phone_landline: () => 'Đây là số điện thoại cố định. Vui lòng nhập số di động để nhận mã OTP và mật khẩu',
  phone_old_11_digits: (p) =>
    p.suggestion
      ? `Số di động 11 số đã được chuyển sang 10 số từ năm 2018. Số mới của bạn có thể là ${p.suggestion}`
      : 'Số di động 11 số đã được chuyển sang 10 số từ năm 2018. Vui lòng nhập số 10 chữ số',
  phone_not_verified: () => 'Vui lòng xác thực số điện thoại bằng mã OTP',
  otp_format: (p) => `Mã OTP gồm ${p.length ?? 6} chữ số`,
  password_length: (p) => `Mật khẩu dài từ ${p.min} đến ${p.max} ký tự`,
  password_letter: () => 'Mật khẩu phải có ít nhất một chữ cái',
  password_digit: () => 'Mật khẩu phải có ít nhất một chữ số',
  password_is_code: () => 'Mật khẩu không được chứa mã số BHXH',
  password_same_as_old: () => 'Mật khẩu mới phải khác mật khẩu cũ',
  password_mismatch: () => 'Mật khẩu nhập lại không khớp',
  dossier_format: () => 'Mã hồ sơ có dạng NNNNN.GD/YYYY/NNNNN, ví dụ 01027.GD/2026/00107',
  facility_format: () => 'Mã cơ sở KCB gồm 5 chữ số: 2 số mã tỉnh và 3 số, ví dụ 79 - 123',
  facility_province_unknown: (p) => `Mã tỉnh "${p.province}" của cơ sở KCB không hợp lệ`,
  office_format: () => 'Vui lòng chọn cơ quan BHXH trong danh sách',
  name_chars: (p) => `Họ và tên chỉ gồm chữ cái tiếng Việt và khoảng trắng (không dùng "${p.char}")`,
  name_length: (p) => `Họ và tên dài từ ${p.min} đến ${p.max} ký tự`,
  dob_format: () => 'Ngày sinh không hợp lệ, nhập theo dạng dd/mm/yyyy',
  dob_future: () => 'Ngày sinh không được sau ngày hôm nay',
  dob_too_old: (p) => `Ngày sinh không hợp lệ (tuổi lớn hơn ${p.maxAge})`,
  email_format: () => 'Địa chỉ email không hợp lệ, ví dụ ten@example.com',
  date_format: () => 'Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy',
  date_future: () => 'Ngày không được sau ngày hôm nay',
  date_before_birth: () => 'Ngày cấp không được trước ngày sinh',
  text_too_long: (p) => `Tối đa ${p.max} ký tự`,
};
