// 1,200 randomly malformed server answers fed to the client: each call must either resolve with data that
// passed its schema or reject with an ApiError. Nothing else may escape: no raw TypeError, no SyntaxError,
// no unhandled rejection, no window error.
import { expect } from '@esm-bundle/chai';
import { ApiError, VssClient, type VssApi } from '@vssid/core';
import { mulberry32, pick } from './random.js';
import { bodyText } from './mutate.js';

type Call = (c: VssApi) => Promise<unknown>;

// Plausible answers per endpoint: the fuzzer mutates them, so the malformed data is "almost right",
// which is what a buggy backend or a proxy produces.
const samples: { name: string; call: Call; body: unknown }[] = [
  { name: 'provinces', call: (c) => c.provinces({ fresh: true }), body: [{ code: '01', name: 'Hà Nội' }] },
  {
    name: 'offices',
    call: (c) => c.offices('01', { fresh: true }),
    body: [{ code: '01027', name: 'BHXH cơ sở Hai Bà Trưng', provinceCode: '01', parentName: 'BHXH TP. Hà Nội' }],
  },
  {
    name: 'me',
    call: (c) => c.me({ fresh: true }),
    body: {
      socialInsuranceCode: '7901234567',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-05-12',
      sex: 'male',
      idType: 'cccd',
      idNumber: '079090000123',
      phone: '0912345678',
      email: 'an@example.vn',
      address: '12 Lê Lợi, Quận 1, TP.HCM',
      office: { code: '79001', name: 'BHXH cơ sở Quận 1', parentName: 'BHXH TP. Hồ Chí Minh' },
      cardCode: 'DN4797901234567',
    },
  },
  {
    name: 'card',
    call: (c) => c.card({ fresh: true }),
    body: {
      cardCode: 'DN4797901234567',
      socialInsuranceCode: '7901234567',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-05-12',
      sex: 'male',
      address: '12 Lê Lợi',
      facility: { code: '79123', name: 'Bệnh viện Quận 1' },
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      fiveYearsFrom: '2021-01-01',
      status: 'valid',
      checkCode: '000',
      issuedAt: '2026-01-01',
    },
  },
  {
    name: 'participation',
    call: (c) => c.participation({ fresh: true }),
    body: {
      socialInsuranceCode: '7901234567',
      periods: [
        {
          id: 'p1',
          insuranceType: 'BHXH',
          fromMonth: '2020-01',
          toMonth: '2020-12',
          employerCode: 'TA0001',
          employerName: 'Công ty TNHH An Phát',
          position: 'Kế toán',
          salaryBase: 8_000_000,
          months: 12,
          rate: 25.5,
          unpaidMonths: 0,
          voluntary: false,
        },
      ],
      arrears: [],
    },
  },
  {
    name: 'benefits',
    call: (c) => c.benefits({ fresh: true }),
    body: [
      {
        id: 'b1',
        regime: 'sickness',
        period: '2025-03',
        fromDate: '2025-03-01',
        toDate: '2025-03-05',
        days: 5,
        amount: 1_250_000,
        status: 'paid',
        paymentMethod: 'bank',
        paidAt: '2025-04-02',
        proposingUnit: 'Công ty TNHH An Phát',
      },
    ],
  },
  {
    name: 'visits',
    call: (c) => c.visits({ limit: 1 }, { fresh: true }),
    body: {
      items: [
        {
          id: 'v1',
          admittedAt: '2025-01-02T08:00:00+07:00',
          dischargedAt: '2025-01-02T10:00:00+07:00',
          facilityCode: '79123',
          facilityName: 'Bệnh viện Quận 1',
          typeCode: '01',
          kind: 'outpatient',
          referral: 'right_level',
          diagnosisCode: 'J06.9',
          diagnosisName: 'Nhiễm trùng hô hấp trên cấp',
          secondaryCodes: [],
          result: 1,
          treatmentDays: 0,
          costs: {
            lab: 0,
            imaging: 0,
            drugs: 120000,
            blood: 0,
            procedures: 0,
            supplies: 0,
            consultation: 38700,
            transport: 0,
          },
          total: 158700,
          insurancePaid: 158700,
          coPayment: 0,
          selfPaid: 0,
          otherSources: 0,
        },
      ],
      nextCursor: null,
      totals: { count: 1, total: 158700, insurancePaid: 158700, patientPaid: 0 },
      facilities: [{ code: '79123', name: 'Bệnh viện Quận 1' }],
    },
  },
  {
    name: 'login',
    call: (c) => c.login('7901234567', 'VssID2026'),
    body: { token: 't0k3n', expiresAt: '2026-11-25T10:00:00Z', mustChangePassword: false },
  },
  {
    name: 'otp',
    call: (c) => c.requestRegistrationOtp('0912345678'),
    body: { expiresInSeconds: 300, resendAfterSeconds: 60 },
  },
  // proofs (issue 17): the list a citizen sees and the key set a verifier trusts
  {
    name: 'proofs',
    call: (c) => c.proofs({ fresh: true }),
    body: [
      {
        id: 'p0123456789abcdef0123',
        token: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln',
        createdAt: '2026-11-25T10:00:00.000Z',
        expiresAt: '2026-11-25T10:30:00.000Z',
        claims: {
          card_valid: { status: 'valid', from: '2026-01-01', to: '2026-12-31' },
          bhxh_years: { years: 6, months: 3 },
          birth_year: 1990,
        },
      },
    ],
  },
  {
    name: 'proofKeys',
    call: (c) => c.proofKeys({ fresh: true }),
    body: {
      keys: [
        {
          kty: 'EC',
          crv: 'P-256',
          x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
          y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
          kid: 'k1',
          alg: 'ES256',
          use: 'sig',
        },
      ],
    },
  },
  { name: 'proofStatus', call: (c) => c.proofStatus('p0123456789abcdef0123'), body: { status: 'active' } },
];

describe('client against 1,200 randomly malformed responses', () => {
  const escaped: unknown[] = [];
  const onError = (e: ErrorEvent) => escaped.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(e.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}: 300 cases, every failure is an ApiError`, async function () {
      this.timeout(30000);
      const rand = mulberry32(seed);
      let resolved = 0;
      let rejected = 0;
      for (let i = 0; i < 300; i++) {
        const sample = pick(rand, samples);
        const { status, text, type } = bodyText(sample.body, rand);
        const fakeFetch = async () =>
          new Response(status === 204 ? null : text, { status, headers: { 'content-type': type, 'retry-after': '0' } });
        // no retries and no waiting: the subject is parsing, not backoff
        const client = new VssClient({
          fetch: fakeFetch as typeof fetch,
          retries: 0,
          cacheTtlMs: 0,
          sleep: async () => {},
        });
        try {
          await sample.call(client);
          resolved++;
        } catch (e) {
          if (!(e instanceof ApiError)) {
            throw new Error(`seed ${seed} case ${i} (${sample.name}, ${status}): escaped ${String(e)}`);
          }
          rejected++;
        }
      }
      expect(resolved + rejected).to.equal(300);
      // the corpus is mostly broken: most calls must be refused, not silently accepted
      expect(rejected).to.be.greaterThan(200);
      await new Promise((r) => setTimeout(r, 0));
      expect(escaped, 'uncaught errors').to.deep.equal([]);
    });
  }

  it('accepts the unmutated samples (the fuzzer starts from valid data)', async () => {
    for (const sample of samples) {
      const client = new VssClient({
        fetch: (async () =>
          new Response(JSON.stringify(sample.body), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          })) as typeof fetch,
        retries: 0,
        cacheTtlMs: 0,
      });
      await sample.call(client);
    }
  });
});
