import type { CardStatus } from '../schemas/card.js';
import type { ProofClaimName } from '../proofs/claim-names.js';

/**
 * The words of a proof's claims in one language: a label per claim and the sentences around its values
 * (dates arrive formatted, numbers as numbers). A missing entry is a compile error.
 */
export interface ProofTextCatalog {
  readonly labels: Readonly<Record<ProofClaimName, string>>;
  /** The card's state and its validity dates (`to` null: no end date). */
  readonly cardValidity: (status: CardStatus, from: string, to: string | null) => string;
  /** Mức hưởng: the digit and the share the fund pays, in percent. */
  readonly benefitLevel: (level: number, fundShare: number) => string;
}

/** Vietnamese, the default. */
export const proofTextsVi: ProofTextCatalog = {
  labels: {
    card_valid: 'Giá trị sử dụng thẻ BHYT',
    card_benefit_level: 'Mức hưởng BHYT',
    card_group: 'Đối tượng tham gia BHYT',
    bhxh_years: 'Thời gian đóng BHXH',
    bhyt_continuous_years: 'Thời gian tham gia BHYT liên tục',
    full_name: 'Họ và tên',
    birth_year: 'Năm sinh',
  },
  cardValidity: (status, from, to) => {
    const span = to ? `từ ${from} đến ${to}` : `từ ${from}, không thời hạn`;
    if (status === 'valid') return `Thẻ còn giá trị sử dụng ${span}`;
    if (status === 'expired') return `Thẻ đã hết giá trị sử dụng (giá trị ${span})`;
    return `Thẻ đang tạm dừng giá trị sử dụng (giá trị ${span})`;
  },
  benefitLevel: (level, fundShare) =>
    `Mức ${level}: quỹ BHYT chi trả ${fundShare}% chi phí khám chữa bệnh trong phạm vi được hưởng`,
};
