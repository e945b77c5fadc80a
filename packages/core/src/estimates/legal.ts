/**
 * The legal texts an estimate cites. Data only: an element words them in its own language ("Điều 66 khoản 1
 * Luật Bảo hiểm xã hội 41/2024/QH15" / "Law on Social Insurance 41/2024/QH15, Art. 66(1)").
 */

/** Every document cited, by a stable id. */
export const legalDocuments = {
  /** Luật Bảo hiểm xã hội, in force 1 July 2025. */
  social_insurance_law_2024: { kind: 'law', number: '41/2024/QH15', effective: '2025-07-01' },
  /** Bộ luật Lao động 2019 (retirement age, Art. 169). */
  labour_code_2019: { kind: 'code', number: '45/2019/QH14', effective: '2021-01-01' },
  /** Retirement-age roadmap by month of birth (Art. 4, Annex I). */
  decree_135_2020: { kind: 'decree', number: '135/2020/NĐ-CP', effective: '2021-01-01' },
  /** Salary adjustment coefficients settled in 2025. */
  circular_01_2025: { kind: 'circular', number: '01/2025/TT-BLĐTBXH', effective: '2025-01-01' },
  /** Salary adjustment coefficients settled in 2026 (BHXH Việt Nam letter of 3 Feb 2026). */
  letter_340_2026: { kind: 'letter', number: '340/BHXH-CSXH', effective: '2026-01-01' },
  /** Lương cơ sở 2,340,000 đ from 1 July 2024. */
  decree_73_2024: { kind: 'decree', number: '73/2024/NĐ-CP', effective: '2024-07-01' },
  /** Lương cơ sở 2,530,000 đ from 1 July 2026. */
  decree_161_2026: { kind: 'decree', number: '161/2026/NĐ-CP', effective: '2026-07-01' },
  /** Luật Bảo hiểm y tế as amended by Law 51/2024/QH15 (household payment, Art. 15). */
  health_insurance_law: { kind: 'law', number: '25/2008/QH12', effective: '2009-07-01' },
  /** Rural poverty line 1,500,000 đ/month (2022–2025, still in use). */
  decree_07_2021: { kind: 'decree', number: '07/2021/NĐ-CP', effective: '2022-01-01' },
  /** State support for voluntary BHXH (Art. 5). */
  decree_159_2025: { kind: 'decree', number: '159/2025/NĐ-CP', effective: '2025-07-01' },
} as const satisfies Record<
  string,
  { kind: 'law' | 'code' | 'decree' | 'circular' | 'letter'; number: string; effective: string }
>;

export type LegalDocumentId = keyof typeof legalDocuments;

/** One provision: document, article, and where it matters the clause (khoản) and point (điểm). */
export interface LegalRef {
  document: LegalDocumentId;
  article?: number;
  clause?: number;
  point?: string;
}

/** Short constructor for the tables below. */
function ref(document: LegalDocumentId, article?: number, clause?: number, point?: string): LegalRef {
  const r: LegalRef = { document };
  if (article !== undefined) r.article = article;
  if (clause !== undefined) r.clause = clause;
  if (point !== undefined) r.point = point;
  return r;
}

const LAW = 'social_insurance_law_2024';

/** The provisions each rule rests on, so every function cites the same ones. */
export const provisions = {
  yearsRounding: ref(LAW, 5, 6),
  pensionConditions: ref(LAW, 64, 1, 'a'),
  pensionRate: ref(LAW, 66, 1),
  longCareer: ref(LAW, 68),
  withdrawal: ref(LAW, 70),
  withdrawalAverage: ref(LAW, 70, 5),
  averageSalary: ref(LAW, 72),
  averageSalaryAdjusted: ref(LAW, 73),
  voluntaryPension: ref(LAW, 98),
  voluntaryRate: ref(LAW, 99),
  voluntaryWithdrawal: ref(LAW, 102),
  voluntaryAverage: ref(LAW, 104),
  minimumPension: ref(LAW, 141, 11),
  referenceLevel: ref(LAW, 141, 13),
  contributionBase: ref(LAW, 31),
  voluntaryContributionRate: ref(LAW, 32, 2),
  voluntaryFund: ref(LAW, 36, 1),
  voluntaryPayment: ref(LAW, 36, 2),
  retirementAge: ref('labour_code_2019', 169),
  retirementRoadmap: ref('decree_135_2020', 4),
  householdPayment: ref('health_insurance_law', 15),
  povertyLine: ref('decree_07_2021'),
  voluntarySupport: ref('decree_159_2025', 5),
} as const satisfies Record<string, LegalRef>;

/** Distinct references in first-seen order (two rules may cite the same provision). */
export function uniqueRefs(refs: readonly LegalRef[]): LegalRef[] {
  const seen = new Set<string>();
  const out: LegalRef[] = [];
  for (const r of refs) {
    const key = `${r.document}|${r.article ?? ''}|${r.clause ?? ''}|${r.point ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}
