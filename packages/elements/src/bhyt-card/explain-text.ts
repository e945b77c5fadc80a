import { msg, str } from '@lit/localize';
import type { BhytGroupNumber, CoPaymentRule } from '@vssid/core/domain';
import { lowCostThreshold } from './card-text.js';

/** Wording only `<vss-card-explain>` uses (who pays, why an estimate came out so); loaded with it. */

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
      return msg(
        'Đã đủ 05 năm liên tục và số tiền cùng chi trả trong năm vượt 6 tháng lương cơ sở nên quỹ BHYT trả 100%.',
      );
    case 'standard':
      return digit === 3
        ? msg('Mức hưởng 3: quỹ BHYT trả 95%, bạn cùng chi trả 5%.')
        : msg('Mức hưởng 4: quỹ BHYT trả 80%, bạn cùng chi trả 20%.');
  }
}
