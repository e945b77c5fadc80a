import { msg, str } from '@lit/localize';
import { isApiError, type ApiFailure } from '@vssid/core';
import { formatDateTime } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';

/** What the citizen is told for each kind of failure: plain words, never a code or a personal number. */
export function failureText(error: unknown): string {
  const f: ApiFailure = isApiError(error) ? error.failure : { kind: 'network', message: '' };
  switch (f.kind) {
    case 'network':
      return msg('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    case 'timeout':
      return msg('Máy chủ phản hồi quá lâu. Vui lòng thử lại.');
    case 'aborted':
      return msg('Yêu cầu đã bị hủy.');
    case 'invalid_response':
      return msg('Dữ liệu nhận được không hợp lệ. Vui lòng thử lại sau.');
    case 'session_expired':
      return msg('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    case 'password_change_required':
      return msg('Bạn cần đổi mật khẩu trước khi xem thông tin.');
    case 'invalid_credentials':
      return msg(str`Mã số BHXH hoặc mật khẩu không đúng. Còn ${f.attemptsLeft} lần thử.`);
    case 'locked':
      return msg(str`Tài khoản tạm khóa đến ${formatDateTime(f.lockedUntil, currentLocale())}.`);
    case 'rate_limited':
      return msg(str`Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(f.retryAfterSeconds)} giây.`);
    case 'validation':
      return msg('Một số thông tin chưa hợp lệ. Vui lòng kiểm tra lại.');
    case 'http':
      if (f.code === 'not_found') return msg('Không tìm thấy thông tin.');
      if (f.status >= 500) return msg('Hệ thống đang gặp sự cố. Vui lòng thử lại sau.');
      return msg('Yêu cầu không thực hiện được. Vui lòng thử lại.');
  }
}

/**
 * What to say when an OTP was refused, with the tries left when the server told them; null when the failure
 * is not about the OTP (then `failureText` applies).
 */
export function otpFailureText(error: unknown): string | null {
  const f = isApiError(error) ? error.failure : null;
  if (f?.kind !== 'http') return null;
  if (f.code === 'otp_invalid') {
    return f.attemptsLeft != null
      ? msg(str`Mã OTP không đúng. Còn ${f.attemptsLeft} lần thử; vui lòng kiểm tra tin nhắn và nhập lại.`)
      : msg('Mã OTP không đúng. Vui lòng kiểm tra tin nhắn và nhập lại.');
  }
  if (f.code === 'otp_expired') return msg('Mã OTP đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu mã mới.');
  return null;
}
