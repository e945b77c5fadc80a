/**
 * BHYT participant groups (đối tượng, card characters 1–2) and benefit levels (mức hưởng, character 3),
 * per QĐ 1351/QĐ-BHXH as reworded by QĐ 1697/QĐ-BHXH (domain.md §3.2).
 */

import type { BenefitDigit } from './benefit-levels.js';

// the values come through ./index.ts straight from benefit-levels: a value re-export here made esbuild (sideEffects + a lazy
// import) leave BENEFIT_LEVELS uninitialised in the demo bundle
export type { BenefitDigit, BenefitLevel } from './benefit-levels.js';

/** Who pays: 1 employee + employer · 2 BHXH fund · 3 state budget · 4 budget-supported · 5 household. */
export type BhytGroupNumber = 1 | 2 | 3 | 4 | 5;

export interface BhytGroup {
  readonly code: string;
  /** Null where the law is too new to place it with confidence (LH). */
  readonly group: BhytGroupNumber | null;
  /** Vietnamese meaning as worded in the regulation (shown as data, not translated). */
  readonly meaning: string;
  /** The digit cards of this group carry today. */
  readonly digit: BenefitDigit;
  /** Digits seen on older or upcoming cards (2018, 2023, 2026 changes): a mismatch with these is expected. */
  readonly otherDigits?: readonly BenefitDigit[];
  /** ⚠️ from a single secondary source. */
  readonly unconfirmed?: boolean;
}

/** Marked free of side effects so that a bundle that does not use the table leaves it out. */
/* @__NO_SIDE_EFFECTS__ */
function g(
  group: BhytGroupNumber | null,
  code: string,
  meaning: string,
  digit: BenefitDigit,
  extra: Pick<BhytGroup, 'otherDigits' | 'unconfirmed'> = {},
): BhytGroup {
  return Object.freeze({ code, group, meaning, digit, ...extra });
}

/** The group table in legal order (the order decides which group a person with several is carded under). */
export const BHYT_GROUPS: readonly BhytGroup[] = [
  g(1, 'DN', 'Người lao động trong doanh nghiệp', 4),
  g(1, 'HX', 'Người lao động trong hợp tác xã', 4),
  g(
    1,
    'CH',
    'Người lao động trong cơ quan nhà nước, đơn vị sự nghiệp, lực lượng vũ trang, tổ chức chính trị – xã hội',
    4,
  ),
  g(1, 'NN', 'Người lao động trong tổ chức nước ngoài, tổ chức quốc tế tại Việt Nam', 4),
  g(1, 'TK', 'Người lao động trong tổ chức khác', 4),
  g(1, 'HC', 'Cán bộ, công chức, viên chức', 4),
  g(1, 'XK', 'Người hoạt động không chuyên trách cấp xã', 4),
  g(2, 'HT', 'Người hưởng lương hưu, trợ cấp mất sức lao động', 3),
  g(2, 'TB', 'Người hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng', 4),
  g(2, 'NO', 'Người nghỉ ốm dài ngày; người nghỉ thai sản', 4),
  g(2, 'CT', 'Người từ đủ 80 tuổi hưởng trợ cấp tuất hằng tháng', 2, { otherDigits: [4] }),
  g(2, 'XB', 'Cán bộ xã hưởng trợ cấp bảo hiểm xã hội', 4),
  g(2, 'TN', 'Người hưởng trợ cấp thất nghiệp', 4),
  g(2, 'CS', 'Công nhân cao su hưởng trợ cấp hằng tháng', 4),
  g(3, 'QN', 'Quân nhân', 5),
  g(3, 'CA', 'Công an nhân dân', 5),
  g(3, 'CY', 'Người làm công tác cơ yếu', 5),
  g(3, 'XN', 'Cán bộ xã hưởng trợ cấp từ ngân sách nhà nước', 4),
  g(3, 'MS', 'Người thôi hưởng trợ cấp mất sức lao động', 4),
  g(3, 'CC', 'Người có công với cách mạng', 1),
  g(3, 'CK', 'Người có công khác', 2),
  g(3, 'CB', 'Cựu chiến binh', 2),
  g(3, 'KC', 'Người tham gia kháng chiến', 4, { otherDigits: [2] }),
  g(3, 'HD', 'Đại biểu Quốc hội, đại biểu Hội đồng nhân dân', 4),
  g(3, 'TE', 'Trẻ em dưới 6 tuổi', 1),
  g(3, 'BT', 'Người hưởng trợ cấp bảo trợ xã hội hằng tháng', 2),
  g(3, 'HN', 'Người thuộc hộ nghèo', 2),
  g(3, 'DT', 'Người dân tộc thiểu số sống ở vùng kinh tế – xã hội khó khăn', 2),
  g(3, 'DK', 'Người sống ở vùng kinh tế – xã hội đặc biệt khó khăn', 2),
  g(3, 'XD', 'Người sống ở xã đảo, huyện đảo', 2),
  g(3, 'TS', 'Thân nhân liệt sĩ', 2),
  g(3, 'TC', 'Thân nhân người có công với cách mạng', 3),
  g(3, 'TQ', 'Thân nhân quân nhân', 4),
  g(3, 'TA', 'Thân nhân công an nhân dân', 4),
  g(3, 'TY', 'Thân nhân người làm công tác cơ yếu', 4),
  g(3, 'HG', 'Người hiến bộ phận cơ thể', 4),
  g(3, 'LS', 'Lưu học sinh', 4),
  g(3, 'PV', 'Người phục vụ người có công', 3, { otherDigits: [4], unconfirmed: true }),
  g(3, 'HK', 'Người thuộc hộ nghèo đa chiều không thiếu hụt bảo hiểm y tế', 3),
  g(3, 'ND', 'Nghệ nhân; người thuộc hộ thu nhập thấp', 4),
  g(4, 'CN', 'Người thuộc hộ cận nghèo', 3, { otherDigits: [2], unconfirmed: true }),
  g(4, 'HS', 'Học sinh', 4),
  g(4, 'SV', 'Sinh viên', 4),
  g(4, 'GB', 'Người thuộc hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình', 4),
  g(5, 'GD', 'Người tham gia theo hộ gia đình', 4),
  g(null, 'LH', 'Người từ đủ 75 tuổi hưởng trợ cấp hưu trí xã hội', 2, { unconfirmed: true }),
];

/** Codes seen on real cards whose meaning is unconfirmed: accepted, shown without a label. */
export const UNLABELLED_GROUP_CODES: ReadonlyMap<string, BenefitDigit | null> = /* @__PURE__ */ new Map<
  string,
  BenefitDigit | null
>([
  ['AK', 2],
  ['TG', 3],
  ['DS', 3],
  ['TV', 4],
  ['TH', 4],
  ['TD', 4],
  ['TU', 4],
  ['BA', 4],
  ['MN', null],
]);

/** Groups whose cards may come from BHXH Bộ Quốc phòng / Bộ Công an instead of VSS. */
export const DEFENCE_POLICE_GROUP_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'QN',
  'HC',
  'LS',
  'XK',
  'CY',
  'CA',
]);

const byCode = /* @__PURE__ */ new Map(/* @__PURE__ */ BHYT_GROUPS.map((x) => [x.code, x]));

/** The group entry for a 2-letter code, or undefined (also for unlabelled codes). */
export function getBhytGroup(code: string): BhytGroup | undefined {
  return byCode.get(code);
}

/** Whether a group code is accepted on a card: labelled or known-but-unlabelled. */
export function isKnownGroupCode(code: string): boolean {
  return byCode.has(code) || UNLABELLED_GROUP_CODES.has(code);
}

/** Position of a code in legal order (for choosing among several groups); unlabelled codes sort last. */
export function groupLegalOrder(code: string): number {
  const i = BHYT_GROUPS.findIndex((x) => x.code === code);
  return i < 0 ? BHYT_GROUPS.length : i;
}
