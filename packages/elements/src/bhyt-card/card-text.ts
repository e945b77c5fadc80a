import { msg, str } from '@lit/localize';
import { LOW_COST_SHARE, baseSalaryOn, todayIso } from '@vssid/core/domain';
import { formatVnd } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';

/**
 * Plain-words explanations of a card code's parts, shared by the card and the explainer. The legal tables
 * live in core; only the wording for the citizen lives here, in both languages. What only the explainer
 * says is in explain-text.ts, so it loads with the explainer.
 */

/**
 * 15% of the lương cơ sở in force on `today` (ISO date, default the current day), the cost under which every
 * visit is paid in full: 351.000 ₫ until 30 June 2026, 379.500 ₫ from 1 July 2026 (the dated table in core).
 */
export function lowCostThreshold(today?: string): string {
  return formatVnd(baseSalaryOn(todayIso(today)) * LOW_COST_SHARE, currentLocale());
}

/** What the fund pays for a benefit digit (mức hưởng), with the figures of `today` (ISO date, default now). */
export function benefitText(digit: number, today?: string): string {
  const t = lowCostThreshold(today);
  switch (digit) {
    case 1:
      return msg(
        'quỹ BHYT trả 100% chi phí trong phạm vi được hưởng, không giới hạn tỷ lệ thuốc, vật tư, dịch vụ kỹ thuật',
      );
    case 2:
      return msg(
        'quỹ BHYT trả 100% chi phí trong phạm vi được hưởng (có giới hạn tỷ lệ) và chi phí vận chuyển người bệnh',
      );
    case 3:
      return msg(
        str`quỹ BHYT trả 95%; trả 100% khi khám tại tuyến xã hoặc khi chi phí một lần khám thấp hơn 15% lương cơ sở (${t})`,
      );
    case 4:
      return msg(
        str`quỹ BHYT trả 80%; trả 100% khi khám tại tuyến xã hoặc khi chi phí một lần khám thấp hơn 15% lương cơ sở (${t})`,
      );
    case 5:
      return msg('quỹ BHYT trả 100% chi phí, kể cả chi phí ngoài phạm vi được hưởng, và chi phí vận chuyển người bệnh');
    default:
      return '';
  }
}

/** The card-check code (mã kiểm tra) in words, for the codes a citizen may meet. */
export function checkCodeText(code: string): string | undefined {
  switch (code) {
    case '000':
      return msg('Thẻ còn giá trị sử dụng.');
    case '001':
    case '002':
      return msg('Thẻ do BHXH Bộ Quốc phòng hoặc Bộ Công an quản lý.');
    case '003':
    case '004':
      return msg('Đã được cấp thẻ mới; hãy dùng thẻ mới.');
    case '010':
      return msg('Thẻ đã hết giá trị sử dụng.');
    case '110':
      return msg('Thẻ đã bị thu hồi.');
    case '120':
    case '121':
    case '122':
    case '123':
    case '124':
      return msg('Đơn vị đã báo giảm, thẻ tạm dừng sử dụng. Hãy liên hệ đơn vị hoặc cơ quan BHXH.');
    default:
      return undefined;
  }
}
