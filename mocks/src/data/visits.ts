import type { MedicalVisit, VisitTotals } from '@vssid/core';
import { addDays, type Person } from './people.js';
import { Rng, hash32 } from './random.js';

/** ICD-10 codes with their Vietnamese names (Bộ Y tế's list); flags: c = seen in children, i = inpatient-typical. */
const diagnoses: [string, string, string][] = [
  ['J06.9', 'Nhiễm trùng đường hô hấp trên cấp tính, không đặc hiệu', 'c'],
  ['J02.9', 'Viêm họng cấp, không đặc hiệu', 'c'],
  ['J20.9', 'Viêm phế quản cấp, không đặc hiệu', 'c'],
  ['A09', 'Tiêu chảy và viêm dạ dày - ruột do nhiễm trùng', 'c'],
  ['R50.9', 'Sốt, không đặc hiệu', 'c'],
  ['B34.9', 'Nhiễm virus, không đặc hiệu', 'c'],
  ['H66.9', 'Viêm tai giữa, không đặc hiệu', 'c'],
  ['I10', 'Bệnh lý tăng huyết áp vô căn (nguyên phát)', ''],
  ['E11.9', 'Bệnh đái tháo đường không phụ thuộc insulin, không có biến chứng', ''],
  ['E78.5', 'Tăng lipid máu, không đặc hiệu', ''],
  ['K29.7', 'Viêm dạ dày, không đặc hiệu', ''],
  ['K21.9', 'Bệnh trào ngược dạ dày - thực quản không có viêm thực quản', ''],
  ['M54.5', 'Đau vùng thắt lưng', ''],
  ['M17.9', 'Thoái hóa khớp gối, không đặc hiệu', ''],
  ['N39.0', 'Nhiễm khuẩn hệ tiết niệu, vị trí không xác định', ''],
  ['H10.9', 'Viêm kết mạc, không đặc hiệu', 'c'],
  ['K02.9', 'Sâu răng, không đặc hiệu', 'c'],
  ['L30.9', 'Viêm da, không đặc hiệu', 'c'],
  ['R51', 'Đau đầu', ''],
  ['J45.9', 'Hen, không đặc hiệu', 'c'],
  ['Z00.0', 'Khám sức khỏe tổng quát', ''],
  ['J18.9', 'Viêm phổi, không đặc hiệu', 'ci'],
  ['A90', 'Sốt Dengue [sốt xuất huyết cổ điển]', 'ci'],
  ['I63.9', 'Nhồi máu não, không đặc hiệu', 'i'],
  ['I25.1', 'Bệnh tim do xơ vữa động mạch', 'i'],
  ['K35.8', 'Viêm ruột thừa cấp, khác và không xác định', 'i'],
  ['S52.5', 'Gãy đầu dưới xương quay', 'i'],
  ['N18.9', 'Bệnh thận mạn, không đặc hiệu', 'i'],
];

/** 15% of lương cơ sở (2,340,000 đ): below it a visit is paid in full (§3.2, §9). */
export const smallVisitThreshold = 351_000;

const DAY = 86_400_000;
const r100 = (n: number) => Math.round(n / 100) * 100;

/**
 * Visit `index` of a person's record book (0 = newest), built from its own seed so any page costs only its
 * rows. Dates fall back from `anchor` at an even pace with jitter inside each slot, so order is by index.
 */
export function visitAt(p: Person, index: number, anchor: string): MedicalVisit {
  const rng = new Rng(hash32(p.socialInsuranceCode) ^ Math.imul(index + 1, 0x9e3779b1));
  const spanDays = p.visitCount > 500 ? 15 * 365 : p.kind === 'child' ? 4 * 365 : 8 * 365;
  // A continuous instant per index keeps the order strict even with several visits a day; the time within
  // the day is then squeezed into opening hours (07:00-17:00), which preserves order.
  const slotMs = (spanDays * DAY) / p.visitCount;
  const local = Date.parse(anchor + 'T00:00:00Z') - (index + 0.1 + 0.8 * rng.float()) * slotMs;
  const dayStart = Math.floor(local / DAY) * DAY;
  const minutes = 7 * 60 + Math.floor(((local - dayStart) / DAY) * 600);
  const day = new Date(dayStart).toISOString().slice(0, 10);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const inpatient = rng.chance(0.12);
  const pool = diagnoses.filter(
    ([, , f]) =>
      (p.kind === 'child' ? f.includes('c') : true) &&
      (inpatient ? f.includes('i') || rng.chance(0.1) : !f.includes('i')),
  );
  const [diagnosisCode, diagnosisName] = rng.pick(pool.length ? pool : diagnoses);
  const secondary = rng.chance(0.3) ? [rng.pick(diagnoses)[0]].filter((c) => c !== diagnosisCode) : [];
  const f = index % 7 === 0 ? p.facilities[0]! : rng.pick(p.facilities);
  const admittedAt = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
  const treatmentDays = inpatient ? rng.int(2, 10) : 0;
  const outDay = inpatient ? addDays(day, treatmentDays) : day;
  const outHour = inpatient ? rng.int(8, 16) : Math.min(hour + rng.int(1, 3), 20);
  const outMinute = inpatient ? rng.int(0, 59) : minute;
  const dischargedAt = `${outDay}T${String(outHour).padStart(2, '0')}:${String(outMinute).padStart(2, '0')}:00+07:00`;
  const referralRoll = rng.float();
  const referral = referralRoll < 0.8 ? 'right_level' : referralRoll < 0.9 ? 'emergency' : 'wrong_level';

  const costs = inpatient
    ? {
        lab: r100(rng.int(300_000, 2_500_000)),
        imaging: r100(rng.int(0, 3_000_000)),
        drugs: r100(rng.int(500_000, 8_000_000)),
        blood: rng.chance(0.05) ? r100(rng.int(500_000, 2_000_000)) : 0,
        procedures: rng.chance(0.4) ? r100(rng.int(1_000_000, 15_000_000)) : 0,
        supplies: r100(rng.int(100_000, 2_000_000)),
        consultation: treatmentDays * 321_000,
        transport: referral === 'emergency' && rng.chance(0.3) ? r100(rng.int(200_000, 1_500_000)) : 0,
      }
    : {
        lab: rng.chance(0.5) ? r100(rng.int(50_000, 400_000)) : 0,
        imaging: rng.chance(0.25) ? r100(rng.int(60_000, 500_000)) : 0,
        drugs: r100(rng.int(30_000, 700_000)),
        blood: 0,
        procedures: rng.chance(0.1) ? r100(rng.int(50_000, 600_000)) : 0,
        supplies: rng.chance(0.2) ? r100(rng.int(10_000, 150_000)) : 0,
        consultation: 50_600,
        transport: 0,
      };
  const total = Object.values(costs).reduce((a, b) => a + b, 0);
  // Part outside the BHYT scope is paid by the patient (t_bntt) or, rarely, by another source.
  const outside = rng.chance(0.3) ? r100(total * (0.03 + rng.float() * 0.15)) : 0;
  const otherSources = outside && rng.chance(0.15) ? r100(outside / 2) : 0;
  const selfPaid = outside - otherSources;
  const covered = total - outside;
  const d = p.card.digit;
  const full = d === 1 || d === 2 || d === 5 || covered < smallVisitThreshold;
  const rate = full ? 1 : d === 3 ? 0.95 : 0.8;
  const insurancePaid = Math.round(covered * rate);
  return {
    id: `${p.socialInsuranceCode}-${String(index).padStart(6, '0')}`,
    admittedAt,
    dischargedAt,
    facilityCode: f.code,
    facilityName: f.name,
    typeCode: inpatient ? '03' : rng.chance(0.85) ? '01' : '02',
    kind: inpatient ? 'inpatient' : 'outpatient',
    referral,
    diagnosisCode,
    diagnosisName,
    secondaryCodes: secondary,
    result: inpatient ? rng.pick([1, 1, 2, 2, 2, 3]) : rng.pick([1, 2, 2]),
    treatmentDays,
    costs,
    total,
    insurancePaid,
    coPayment: covered - insurancePaid,
    selfPaid,
    otherSources,
  };
}

export interface VisitFilter {
  from?: string;
  to?: string;
  facility?: string;
  type?: 'inpatient' | 'outpatient';
}

interface Filtered {
  indices: number[];
  totals: VisitTotals;
  /** Facilities of the whole record book (every visit is scanned anyway). */
  facilities: { code: string; name: string }[];
}
const filterMemo = new Map<string, Filtered>();

/** Indices and totals of the filtered record book, computed once per person, anchor and filter. */
export function filterVisits(p: Person, anchor: string, f: VisitFilter): Filtered {
  const key = [p.socialInsuranceCode, p.visitCount, p.card.digit, anchor, f.from, f.to, f.facility, f.type].join('|');
  const hit = filterMemo.get(key);
  if (hit) return hit;
  const indices: number[] = [];
  const totals: VisitTotals = { count: 0, total: 0, insurancePaid: 0, patientPaid: 0 };
  const seen = new Map<string, string>();
  for (let i = 0; i < p.visitCount; i++) {
    const v = visitAt(p, i, anchor);
    seen.set(v.facilityCode, v.facilityName);
    const day = v.admittedAt.slice(0, 10);
    if (f.from && day < f.from) continue;
    if (f.to && day > f.to) continue;
    if (f.facility && v.facilityCode !== f.facility) continue;
    if (f.type && v.kind !== f.type) continue;
    indices.push(i);
    totals.count++;
    totals.total += v.total;
    totals.insurancePaid += v.insurancePaid;
    totals.patientPaid += v.coPayment + v.selfPaid;
  }
  const facilities = [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const result = { indices, totals, facilities };
  if (filterMemo.size > 200) filterMemo.clear();
  filterMemo.set(key, result);
  return result;
}
