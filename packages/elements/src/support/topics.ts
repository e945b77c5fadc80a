import { msg } from '@lit/localize';

/** The answers `<vss-support>` knows; other elements link to one with `topic="…"`. */
export const supportTopicIds = [
  'password',
  'sms',
  'wrong-data',
  'card-rejected',
  'change-contact',
  'locked',
  'register',
  'find-code',
] as const;
export type SupportTopicId = (typeof supportTopicIds)[number];

export interface SupportTopic {
  id: SupportTopicId;
  question: string;
  /** Paragraphs or steps, in order. */
  steps: string[];
  /** Ordered steps render as a numbered list. */
  ordered?: boolean;
  /** Extra words people search with that the text does not contain. */
  keywords: string;
}

/** Built on each render so the text follows the current language. */
export function supportTopics(): SupportTopic[] {
  return [
    {
      id: 'password',
      question: msg('Quên mật khẩu'),
      ordered: true,
      keywords: 'forgot password reset lay lai cap lai mat khau 8079 BH MK',
      steps: [
        msg('Ở màn hình đăng nhập, chọn "Quên mật khẩu".'),
        msg('Nhập mã số BHXH và số điện thoại đã đăng ký, rồi bấm "Tiếp tục".'),
        msg('Nhập mã OTP gửi đến email đã đăng ký (hiệu lực 5 phút) và bấm "Xác nhận".'),
        msg('Đặt mật khẩu mới theo hướng dẫn trên màn hình.'),
        msg(
          'Cách khác: nhắn tin BH MK <mã số BHXH> gửi 8079, hoặc gọi tổng đài 1900 9068 (nhánh 8) để được cấp lại mật khẩu.',
        ),
      ],
    },
    {
      id: 'sms',
      question: msg('Không nhận được tin nhắn SMS hoặc mã OTP'),
      keywords: 'otp tin nhan sms khong nhan duoc ma xac thuc',
      steps: [
        msg('Kiểm tra số điện thoại đã đăng ký đúng là số của bạn và điện thoại đang có sóng.'),
        msg('Xem mục tin nhắn bị chặn hoặc tin rác: tin nhắn được gửi từ BHXHVN hoặc đầu số 8079.'),
        msg('Mã OTP chỉ có hiệu lực 5 phút. Hãy đợi một phút rồi bấm gửi lại mã; không bấm gửi lại liên tục.'),
        msg(
          'Nếu đã đổi số điện thoại, hãy cập nhật số mới (xem "Đổi số điện thoại hoặc email") hoặc gọi tổng đài 1900 9068.',
        ),
      ],
    },
    {
      id: 'wrong-data',
      question: msg('Thông tin trên hồ sơ bị sai'),
      keywords: 'sai ho ten ngay sinh cccd dieu chinh thong tin wrong data',
      steps: [
        msg(
          'Họ tên, ngày sinh, giới tính hoặc số giấy tờ sai: liên hệ đơn vị nơi bạn làm việc hoặc cơ quan BHXH quản lý để điều chỉnh.',
        ),
        msg('Mang theo căn cước công dân và sổ BHXH hoặc thẻ BHYT khi đến cơ quan BHXH.'),
        msg(
          'Quá trình tham gia thiếu hoặc sai tháng: đề nghị đơn vị kiểm tra lại việc báo tăng, báo giảm và đóng tiền.',
        ),
        msg('Cần hỗ trợ thêm, gọi tổng đài 1900 9068.'),
      ],
    },
    {
      id: 'card-rejected',
      question: msg('Cơ sở khám chữa bệnh không chấp nhận thẻ'),
      keywords: 'benh vien khong nhan the bhyt dien tu kham chua benh hospital card',
      steps: [
        msg(
          'Thẻ BHYT trên ứng dụng (hình ảnh và mã QR) được dùng để khám chữa bệnh thay thẻ giấy từ 01/6/2021. Hãy đưa mã QR cho nhân viên quét, kèm căn cước công dân gắn chip.',
        ),
        msg('Kiểm tra thẻ còn giá trị sử dụng và nơi đăng ký khám chữa bệnh ban đầu trên thẻ.'),
        msg('Nếu thẻ hết hạn hoặc bị tạm dừng, liên hệ đơn vị hoặc cơ quan BHXH để được gia hạn.'),
        msg('Nếu vẫn bị từ chối, gọi tổng đài 1900 9068 ngay tại cơ sở khám chữa bệnh để được hỗ trợ.'),
      ],
    },
    {
      id: 'change-contact',
      question: msg('Đổi số điện thoại hoặc email'),
      ordered: true,
      keywords: 'thay doi so dien thoai email cap nhat lien he change phone',
      steps: [
        msg('Đăng nhập Cổng dịch vụ công của BHXH Việt Nam (dichvucong.baohiemxahoi.gov.vn).'),
        msg('Vào "Thông tin tài khoản" và sửa số điện thoại hoặc email.'),
        msg('Nhập mã kiểm tra và bấm "Ghi nhận".'),
        msg('Nhập mã OTP gửi qua email và bấm "Xác nhận".'),
      ],
    },
    {
      id: 'locked',
      question: msg('Tài khoản bị tạm khóa'),
      keywords: 'khoa tai khoan nhap sai mat khau nhieu lan locked',
      steps: [
        msg('Tài khoản tạm khóa 30 phút sau 5 lần nhập sai mật khẩu liên tiếp.'),
        msg('Đợi hết thời gian khóa rồi đăng nhập lại, hoặc dùng "Quên mật khẩu" để đặt mật khẩu mới và mở khóa ngay.'),
        msg('Nếu tài khoản vẫn bị khóa, gọi tổng đài 1900 9068.'),
      ],
    },
    {
      id: 'register',
      question: msg('Cách đăng ký tài khoản'),
      ordered: true,
      keywords: 'dang ky tai khoan giao dich dien tu moi register ca nhan',
      steps: [
        msg('Chuẩn bị ảnh chân dung, ảnh hai mặt căn cước công dân và mã số BHXH.'),
        msg(
          'Chọn "Đăng ký", rồi "Cá nhân", và khai tờ khai: họ tên, mã số BHXH, số giấy tờ, địa chỉ, số điện thoại di động của chính bạn, email.',
        ),
        msg('Chọn cơ quan BHXH gần nhất để nộp hồ sơ và bấm "Ghi nhận". Bạn nhận tin nhắn có mã hồ sơ.'),
        msg(
          'Đến cơ quan BHXH đã chọn để hoàn tất thủ tục. Tài khoản và mật khẩu được gửi qua tin nhắn khi hồ sơ được duyệt.',
        ),
      ],
    },
    {
      id: 'find-code',
      question: msg('Tìm mã số BHXH của bạn'),
      keywords: 'ma so bhxh tra cuu o dau quen ma so tim',
      steps: [
        msg('Mã số BHXH là mã số 10 chữ số trên sổ BHXH, hoặc 10 số cuối của mã thẻ BHYT.'),
        msg('Có thể tra cứu mã số BHXH trên Cổng dịch vụ công bằng họ tên, ngày sinh và số căn cước công dân.'),
        msg('Hoặc hỏi đơn vị nơi bạn làm việc, hoặc gọi tổng đài 1900 9068.'),
      ],
    },
  ];
}
