import { faker } from '@faker-js/faker/locale/vi';
import type { CardStatus, IdType, Sex } from '@vssid/core';
import { offices, oldProvinceCodes, provinceDisplayName } from './geo.js';
import { demoByCode, type PersonKind } from './demo.js';
import { Rng, fold, hash32 } from './random.js';

export interface Facility {
  code: string;
  name: string;
}

/** What a citizen can declare on the tờ khai; after approval it overrides the generated identity. */
export interface Declared {
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  idType: IdType;
  idNumber: string;
  idIssueDate: string;
  idIssuePlace: string;
  address: string;
  email: string;
  phone: string;
  officeCode: string;
}

export interface Person extends Declared {
  socialInsuranceCode: string;
  kind: PersonKind;
  card: {
    group: string;
    digit: number;
    province: string;
    facility: Facility;
    validFrom: string;
    validTo: string | null;
    fiveYearsFrom: string | null;
    status: CardStatus;
    checkCode: string;
  };
  /** Facilities of the record book; the first is the registered primary-care one. */
  facilities: Facility[];
  visitCount: number;
  /** Month the person started contributing (YYYY-MM), null for none. */
  careerStart: string | null;
}

const mobilePrefixes = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '086',
  '096',
  '097',
  '098',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
  '091',
  '094',
  '070',
  '076',
  '077',
  '078',
  '079',
  '089',
  '090',
  '093',
  '052',
  '056',
  '058',
  '092',
  '059',
  '099',
  '087',
  '055',
];

const middleMale = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Xuân'];
const middleFemale = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Thùy', 'Hồng', 'Kim'];

export function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
export function addYears(iso: string, years: number): string {
  return String(Number(iso.slice(0, 4)) + years).padStart(4, '0') + iso.slice(4);
}
export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
export function monthsBetween(from: string, to: string): number {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1
  );
}

function localities(provinceCode: string): string[] {
  return offices.filter((o) => o.provinceCode === provinceCode).map((o) => o.name.replace('BHXH cơ sở ', ''));
}

/** A facility keeps one code whoever visits it: the number derives from the name. */
function facility(provinceCode: string, name: string): Facility {
  return { code: provinceCode + String(100 + (hash32(name) % 900)), name };
}

const central: Facility[] = [
  { code: '01929', name: 'Bệnh viện Bạch Mai' },
  { code: '01910', name: 'Bệnh viện Hữu nghị Việt Đức' },
  { code: '79024', name: 'Bệnh viện Chợ Rẫy' },
  { code: '46001', name: 'Bệnh viện Trung ương Huế' },
];

function facilitiesFor(provinceCode: string, rng: Rng): Facility[] {
  const pname = provinceDisplayName(provinceCode);
  const locs = localities(provinceCode);
  const loc = rng.pick(locs);
  const other = rng.pick(locs);
  const list = [
    facility(provinceCode, `Trung tâm Y tế ${loc}`),
    facility(provinceCode, `Bệnh viện Đa khoa ${pname}`),
    facility(provinceCode, `Bệnh viện Đa khoa khu vực ${other}`),
    facility(provinceCode, `Bệnh viện Y học cổ truyền ${pname}`),
    rng.pick(central),
  ];
  return list.filter((f, i) => list.findIndex((g) => g.code === f.code) === i);
}

function cccd(rng: Rng, dob: string, sex: Sex): string {
  const prov = rng.pick(oldProvinceCodes);
  const year = Number(dob.slice(0, 4));
  const century = Math.floor((year - 1900) / 100);
  return '0' + prov + String(century * 2 + (sex === 'female' ? 1 : 0)) + dob.slice(2, 4) + rng.digits(6);
}

const memo = new Map<string, Person>();

/**
 * The person behind any 10-digit code, the same every time: faker (vi) is seeded with the code, so no
 * person exists before it is asked for. `today` anchors ages and card dates.
 */
export function generatePerson(code: string, today: string): Person {
  const key = code + '|' + today;
  const hit = memo.get(key);
  if (hit) return hit;
  const demo = demoByCode.get(code);
  const kind: PersonKind = demo?.kind ?? 'worker';
  faker.seed(Number(code));
  const rng = new Rng('person:' + code);
  const year = Number(today.slice(0, 4));

  const sex: Sex = kind === 'pensioner' ? 'male' : rng.chance(0.5) ? 'male' : 'female';
  const family = faker.person.lastName();
  let given = faker.person.firstName(sex).normalize('NFC');
  // The vi locale's first names are usually "middle given"; add a middle name when it gave one word.
  if (!given.includes(' ')) given = `${rng.pick(sex === 'male' ? middleMale : middleFemale)} ${given}`;
  const fullName = `${family} ${given}`.normalize('NFC');

  let dob: string;
  if (kind === 'pensioner')
    dob = `1962-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  else if (kind === 'child') dob = addDays(today, -rng.int(400, 2000));
  else {
    const age = kind === 'expired' ? rng.int(25, 45) : rng.int(24, 55);
    dob = `${year - age}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  }

  // Offices are spread over the country; codes starting with a new province code live there.
  const own = offices.filter((o) => o.provinceCode === code.slice(0, 2));
  const office = own.length ? rng.pick(own) : rng.pick(offices);
  const province = office.provinceCode;
  const facilities = facilitiesFor(province, rng);
  const pname = provinceDisplayName(province);

  const idNumber = cccd(rng, dob, sex);
  const idIssueDate =
    kind === 'child'
      ? addDays(dob, rng.int(30, 200))
      : `${rng.int(2021, Math.max(2021, year - 1))}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const phone = demo?.phone ?? rng.pick(mobilePrefixes) + rng.digits(7);
  const street = `${faker.person.lastName()} ${faker.person.firstName('male')}`.normalize('NFC');
  const ward = faker.person.firstName('female').normalize('NFC');
  const address = `Số ${rng.int(1, 250)} đường ${street}, phường ${ward}, ${pname}`;
  const email = `${fold(given).toLowerCase().replace(/\s+/g, '')}.${fold(family).toLowerCase()}${rng.int(10, 99)}@gmail.com`;

  const careerStart =
    kind === 'child'
      ? null
      : kind === 'pensioner'
        ? '1983-01'
        : addMonths(`${Math.max(Number(dob.slice(0, 4)) + 22, 2000)}-${String(rng.int(1, 12)).padStart(2, '0')}`, 0);

  let card: Person['card'];
  const primary = facilities[0]!;
  if (kind === 'child') {
    card = {
      group: 'TE',
      digit: 1,
      province,
      facility: primary,
      validFrom: dob,
      validTo: addDays(addYears(dob, 6), -1),
      fiveYearsFrom: null,
      status: 'valid',
      checkCode: '000',
    };
  } else if (kind === 'pensioner') {
    card = {
      group: 'HT',
      digit: 3,
      province,
      facility: primary,
      validFrom: '2023-01-01',
      validTo: null,
      fiveYearsFrom: '1998-01-01',
      status: 'valid',
      checkCode: '000',
    };
  } else if (kind === 'expired') {
    const validTo = addDays(today, -rng.int(20, 90));
    card = {
      group: 'GD',
      digit: 4,
      province,
      facility: primary,
      validFrom: addDays(addYears(validTo, -1), 1),
      validTo,
      fiveYearsFrom: null,
      status: 'expired',
      checkCode: '010',
    };
  } else {
    const start = careerStart!;
    const five = addMonths(start, 60);
    card = {
      group: 'DN',
      digit: 4,
      province,
      facility: primary,
      validFrom: `${year}-01-01`,
      validTo: null,
      fiveYearsFrom: five <= today.slice(0, 7) ? `${five}-01` : null,
      status: 'valid',
      checkCode: '000',
    };
  }

  // báo giảm: the card stops until a new employer (or the citizen) declares again
  if (demo?.suspendedCard) card = { ...card, status: 'suspended', checkCode: demo.suspendedCard.checkCode };

  const visitCount =
    demo?.visitCount ?? (kind === 'pensioner' ? 180 : kind === 'child' ? 18 : kind === 'expired' ? 12 : rng.int(8, 60));

  const person: Person = {
    socialInsuranceCode: code,
    kind,
    fullName,
    dateOfBirth: dob,
    sex,
    idType: 'cccd',
    idNumber,
    idIssueDate,
    idIssuePlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    address,
    email,
    phone,
    officeCode: office.code,
    card,
    facilities,
    visitCount,
    careerStart,
  };
  memo.set(key, person);
  return person;
}

/** Generated persons seen so far (the code lookup can only find people it has met). */
export function knownPersons(): Person[] {
  return [...memo.values()];
}

export function cardCodeOf(p: Person): string {
  return `${p.card.group}${p.card.digit}${p.card.province}${p.socialInsuranceCode}`;
}
