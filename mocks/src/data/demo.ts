/** The named demo accounts. Codes are synthetic; passwords are 8+ characters with letters and digits. */
export type PersonKind = 'worker' | 'pensioner' | 'child' | 'expired';

export interface DemoAccount {
  /** The mã số BHXH, also the login ID (`code` is the same value, kept short for tables). */
  socialInsuranceCode: string;
  code: string;
  password: string;
  label: { vi: string; en: string };
  special: { vi: string; en: string };
  /** Drives the generated person. */
  kind: PersonKind;
  mustChangePassword?: boolean;
  locked?: boolean;
  visitCount?: number;
  phone?: string;
  /** A card the fund has suspended (báo giảm: the employer reported the person leaving), with its check code. */
  suspendedCard?: { checkCode: '120' | '121' | '122' | '123' | '124' };
}

const accounts: Omit<DemoAccount, 'socialInsuranceCode'>[] = [
  {
    code: '7901234567',
    password: 'VssID@2026',
    kind: 'worker',
    phone: '0912345678',
    label: { vi: 'Người lao động', en: 'Ordinary worker' },
    special: {
      vi: 'Thẻ DN4, quá trình tham gia nhiều đơn vị, 3 tháng chưa đóng và cảnh báo nợ đóng',
      en: 'DN4 card, several employers, 3 unpaid months and an arrears notice',
    },
  },
  {
    code: '0112345678',
    password: 'k7Qm29xa',
    kind: 'worker',
    mustChangePassword: true,
    phone: '0983456789',
    label: { vi: 'Tài khoản mới cấp', en: 'Newly issued account' },
    special: {
      vi: 'Mật khẩu nhận qua SMS, bắt buộc đổi mật khẩu khi đăng nhập lần đầu',
      en: 'Password received by SMS; must change it at first login',
    },
  },
  {
    code: '4801234567',
    password: 'DaNang2026',
    kind: 'worker',
    locked: true,
    label: { vi: 'Tài khoản bị tạm khóa', en: 'Locked account' },
    special: {
      vi: 'Đã nhập sai mật khẩu 5 lần, khóa 30 phút (mở bằng đồng hồ giả lập hoặc lấy lại mật khẩu)',
      en: 'Already 5 failed logins, locked for 30 minutes (ends via the mock clock or a reset)',
    },
  },
  {
    code: '3101234567',
    password: 'Huutri1962',
    kind: 'pensioner',
    label: { vi: 'Người hưởng lương hưu', en: 'Pensioner' },
    special: {
      vi: '40 năm tham gia (≈1.500 dòng theo tháng), thẻ HT3, lương hưu hằng tháng',
      en: '40 years of history (≈1,500 monthly rows), HT3 card, monthly pension payments',
    },
  },
  {
    code: '7925000001',
    password: 'TreEm2021a',
    kind: 'child',
    label: { vi: 'Trẻ em dưới 6 tuổi', en: 'Child under 6' },
    special: { vi: 'Thẻ TE1 miễn phí, không có quá trình đóng', en: 'Free TE1 card, no contribution history' },
  },
  {
    code: '0198765432',
    password: 'KhamBenh10k',
    kind: 'worker',
    visitCount: 10_000,
    label: { vi: 'Nhiều lượt khám chữa bệnh', en: 'Many medical visits' },
    special: {
      vi: '10.000 lượt khám chữa bệnh để thử phân trang và bộ lọc',
      en: '10,000 medical visits for paging and filters',
    },
  },
  {
    code: '9201234567',
    password: 'HetHan2025',
    kind: 'expired',
    label: { vi: 'Thẻ hết hạn', en: 'Expired card' },
    special: {
      vi: 'Thẻ hộ gia đình GD4 đã hết giá trị sử dụng (mã kiểm tra 010), đang hưởng trợ cấp thất nghiệp',
      en: 'Household GD4 card expired (check code 010); receiving unemployment benefit',
    },
  },
  {
    code: '2401234567',
    password: 'TamDung2026',
    kind: 'worker',
    suspendedCard: { checkCode: '122' },
    label: { vi: 'Thẻ tạm dừng', en: 'Suspended card' },
    special: {
      vi: 'Đơn vị đã báo giảm (mã kiểm tra 122): thẻ DN4 tạm dừng giá trị sử dụng',
      en: 'Reported as leaving by the employer (check code 122): DN4 card suspended',
    },
  },
];

export const demoAccounts: DemoAccount[] = accounts.map((a) => ({ socialInsuranceCode: a.code, ...a }));

/** A dossier waiting at the office, so status lookups and the 409 path have data from the start. */
export const pendingDemoDossier = { code: '7912345678', officeCode: '01027', sequence: 107 } as const;

export const demoByCode = new Map(demoAccounts.map((a) => [a.code, a]));
