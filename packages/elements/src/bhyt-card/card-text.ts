import { msg, str } from '@lit/localize';
import { BASE_SALARY, LOW_COST_SHARE, formatVnd, type BhytGroupNumber, type CoPaymentRule } from '@vssid/core';
import { currentLocale } from '../i18n/localization.js';

/**
 * Plain-words explanations of a card code's parts, shared by the card and the explainer. The legal tables
 * live in core; only the wording for the citizen lives here, in both languages.
 */

/** 15% of lương cơ sở (351.000 ₫), the cost under which every visit is paid in full. */
export function lowCostThreshold(): string {
  return formatVnd(BASE_SALARY * LOW_COST_SHARE, currentLocale());
}

/** What the fund pays for a benefit digit (mức hưởng). */
export function benefitText(digit: number): string {
  const t = lowCostThreshold();
  switch (digit) {
    case 1:
      return msg('quỹ BHYT trả 100% chi phí trong phạm vi được hưởng, không giới hạn tỷ lệ thuốc, vật tư, dịch vụ kỹ thuật');
    case 2:
      return msg('quỹ BHYT trả 100% chi phí trong phạm vi được hưởng (có giới hạn tỷ lệ) và chi phí vận chuyển người bệnh');
    case 3:
      return msg(str`quỹ BHYT trả 95%; trả 100% khi khám tại tuyến xã hoặc khi chi phí một lần khám thấp hơn 15% lương cơ sở (${t})`);
    case 4:
      return msg(str`quỹ BHYT trả 80%; trả 100% khi khám tại tuyến xã hoặc khi chi phí một lần khám thấp hơn 15% lương cơ sở (${t})`);
    case 5:
      return msg('quỹ BHYT trả 100% chi phí, kể cả chi phí ngoài phạm vi được hưởng, và chi phí vận chuyển người bệnh');
    default:
      return '';
  }
}

/** Who pays the premium for a group number (nhóm 1–5). */
export function payerText(group: BhytGroupNumber | null): string {
  switch (group) {
    case 1:
      return msg('Nhóm 1: người lao động và người sử dụng lao động cùng đóng');
    case 2:
      return msg('Nhóm 2: tổ chức bảo hiểm xã hội đóng');
    case 3:
      return msg('Nhóm 3: ngân sách nhà nước đóng');
    case 4:
      return msg('Nhóm 4: ngân sách nhà nước hỗ trợ một phần mức đóng');
    case 5:
      return msg('Nhóm 5: tham gia theo hộ gia đình');
    default:
      return msg('Chưa xác định nhóm người đóng');
  }
}

/** Why the estimate came out as it did. */
export function ruleText(rule: CoPaymentRule, digit: number): string {
  switch (rule) {
    case 'full_benefit':
      return msg(str`Mức hưởng ${digit}: quỹ BHYT trả toàn bộ chi phí trong phạm vi được hưởng.`);
    case 'low_cost':
      return msg(str`Chi phí thấp hơn 15% lương cơ sở (${lowCostThreshold()}) nên quỹ BHYT trả 100%.`);
    case 'commune':
      return msg('Khám chữa bệnh tại tuyến xã nên quỹ BHYT trả 100%.');
    case 'five_years':
      return msg('Đã đủ 05 năm liên tục và số tiền cùng chi trả trong năm vượt 6 tháng lương cơ sở nên quỹ BHYT trả 100%.');
    case 'standard':
      return digit === 3
        ? msg('Mức hưởng 3: quỹ BHYT trả 95%, bạn cùng chi trả 5%.')
        : msg('Mức hưởng 4: quỹ BHYT trả 80%, bạn cùng chi trả 20%.');
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
