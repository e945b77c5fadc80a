import { expect } from '@esm-bundle/chai';
import {
  benefitListSchema,
  bhytCardSchema,
  cardLookupResultSchema,
  codeLookupResultSchema,
  participationHistorySchema,
  profileSchema,
  visitPageSchema,
} from '@vssid/core';
import { validateCccd, validatePhone } from '@vssid/core/validators';
import { contractPaths } from '@vssid/core/openapi';
import { backend, createBackend, createHandlers, demoAccounts, generatePerson, regionalMinimum } from '@vssid/mocks';
import { getResponse } from 'msw';
import { api, assertSchema, login, reset, startWorker } from './helpers.js';

const pw = (code: string) => demoAccounts.find((a) => a.code === code)!.password;
async function as(code: string) {
  const token = await login(code, pw(code));
  const get = async (path: string) => {
    const r = await api('GET', path, undefined, token);
    expect(r.status, path).to.equal(200);
    return r.body;
  };
  return { token, get };
}

describe('mocks: the citizen data', () => {
  before(startWorker);
  beforeEach(reset);

  it('the ordinary worker: DN4 card, history with rates and minimum wage, unpaid months and an arrear', async () => {
    const { get } = await as('7901234567');
    const me = await get('/api/me');
    assertSchema(profileSchema, me);
    const card = await get('/api/me/card');
    assertSchema(bhytCardSchema, card);
    expect(card.cardCode).to.match(/^DN4\d{2}7901234567$/);
    expect(me.cardCode).to.equal(card.cardCode);
    expect(card).to.include({ status: 'valid', checkCode: '000' });
    expect(validateCccd(me.idNumber, { dateOfBirth: me.dateOfBirth, sex: me.sex }).ok).to.equal(true);
    expect(validatePhone(me.phone).ok).to.equal(true);
    expect(me.fullName.split(' ').length).to.be.at.least(3);
    expect(me.fullName).to.equal(me.fullName.normalize('NFC'));
    const h = await get('/api/me/participation');
    assertSchema(participationHistorySchema, h);
    const rates = { BHXH: 25.5, BHYT: 4.5, BHTN: 2, BHTNLD_BNN: 0.5 } as Record<string, number>;
    for (const p of h.periods) {
      expect(p.rate).to.equal(rates[p.insuranceType]);
      expect(p.salaryBase).to.be.at.least(regionalMinimum(Number(p.fromMonth.slice(0, 4))));
    }
    expect(new Set(h.periods.map((p: { employerCode: string }) => p.employerCode)).size).to.be.at.least(2);
    expect(h.periods.some((p: { unpaidMonths: number }) => p.unpaidMonths > 0)).to.equal(true);
    expect(h.arrears).to.have.length(1);
    expect(h.arrears[0].amounts.bhxh).to.be.greaterThan(0);
    assertSchema(benefitListSchema, await get('/api/me/benefits'));
  });

  it('the pensioner: about 1,500 monthly rows over 40 years and monthly pension payments', async () => {
    const { get } = await as('3101234567');
    const h = await get('/api/me/participation');
    assertSchema(participationHistorySchema, h);
    expect(h.periods.length).to.be.within(1400, 1700);
    const bhxh = h.periods.filter((p: { insuranceType: string }) => p.insuranceType === 'BHXH');
    expect(bhxh).to.have.length(480);
    const benefits = await get('/api/me/benefits');
    assertSchema(benefitListSchema, benefits);
    expect(benefits.length).to.be.greaterThan(20);
    expect(benefits.every((b: { regime: string }) => b.regime === 'pension')).to.equal(true);
    expect((await get('/api/me/card')).cardCode.slice(0, 3)).to.equal('HT3');
  });

  it('the child: free TE1 card, under 6, no history', async () => {
    const { get } = await as('7925000001');
    const card = await get('/api/me/card');
    expect(card.cardCode.slice(0, 3)).to.equal('TE1');
    const ageDays = (Date.now() - Date.parse(card.dateOfBirth)) / 86_400_000;
    expect(ageDays).to.be.below(6 * 365);
    expect((await get('/api/me/participation')).periods).to.have.length(0);
    expect(await get('/api/me/benefits')).to.have.length(0);
  });

  it('the expired card: status expired, check code 010', async () => {
    const { get } = await as('9201234567');
    const card = await get('/api/me/card');
    assertSchema(bhytCardSchema, card);
    expect(card).to.include({ status: 'expired', checkCode: '010' });
    expect(card.validTo < new Date().toISOString().slice(0, 10)).to.equal(true);
  });

  it('any valid code yields the same person every time, consistent with its CCCD and card', async () => {
    const code = String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)).slice(0, 10);
    const a = generatePerson(code, '2026-11-25');
    const b = generatePerson(code, '2026-11-25');
    expect(a).to.equal(b); // memoised
    const other = createBackend({ persist: false });
    expect(JSON.stringify(generatePerson(code, other.state.dataDate))).to.equal(
      JSON.stringify(generatePerson(code, backend.state.dataDate)),
    );
    expect(validateCccd(a.idNumber, { dateOfBirth: a.dateOfBirth, sex: a.sex }).ok).to.equal(true);
    const p = generatePerson(code, backend.state.dataDate);
    const card = `${p.card.group}${p.card.digit}${p.card.province}${code}`;
    const r = await api('POST', '/api/cards/lookup', {
      cardCode: card,
      fullName: p.fullName.toUpperCase(),
      dateOfBirth: p.dateOfBirth,
    });
    expect(r.status).to.equal(200);
    assertSchema(cardLookupResultSchema, r.body);
    expect(r.body.fullName).to.equal(p.fullName);
  });
});

describe('mocks: lookups', () => {
  before(startWorker);
  beforeEach(reset);

  it('finds a social-insurance code from name, date of birth and ID number, else 404', async () => {
    const { get } = await as('7901234567');
    const me = await get('/api/me');
    const r = await api('POST', '/api/lookup/social-insurance-code', {
      fullName: me.fullName,
      dateOfBirth: me.dateOfBirth,
      idNumber: me.idNumber,
    });
    expect(r.status).to.equal(200);
    assertSchema(codeLookupResultSchema, r.body);
    expect(r.body.socialInsuranceCode).to.equal('7901234567');
    const miss = await api('POST', '/api/lookup/social-insurance-code', {
      fullName: me.fullName,
      dateOfBirth: '1990-01-01',
      idNumber: me.idNumber,
    });
    expect(miss.status).to.equal(404);
    expect(miss.body.code).to.equal('not_found');
  });

  it('rate-limits the code lookup with 429', async () => {
    const body = { fullName: 'Ai Đó', dateOfBirth: '1990-01-01', idNumber: '001090000000' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await api('POST', '/api/lookup/social-insurance-code', body)).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).to.equal(true);
    expect(statuses[10]).to.equal(429);
  });

  it("looks up a card's validity, 404 when name or birth date do not match", async () => {
    const { get } = await as('9201234567');
    const card = await get('/api/me/card');
    const r = await api('POST', '/api/cards/lookup', {
      cardCode: card.cardCode,
      fullName: card.fullName,
      dateOfBirth: card.dateOfBirth,
    });
    expect(r.status).to.equal(200);
    expect(r.body).to.include({ status: 'expired', checkCode: '010' });
    expect(
      (
        await api('POST', '/api/cards/lookup', {
          cardCode: card.cardCode,
          fullName: 'Người Khác Tên',
          dateOfBirth: card.dateOfBirth,
        })
      ).status,
    ).to.equal(404);
    expect(
      (await api('POST', '/api/cards/lookup', { cardCode: 'XX', fullName: 'A B', dateOfBirth: card.dateOfBirth }))
        .status,
    ).to.equal(422);
  });
});

describe('mocks: medical visits', () => {
  before(startWorker);
  beforeEach(reset);

  it('pages 10,000 visits newest first: default 50, at most 200, opaque cursor', async () => {
    const { get } = await as('0198765432');
    const first = await get('/api/me/visits');
    assertSchema(visitPageSchema, first);
    expect(first.items).to.have.length(50);
    expect(first.totals.count).to.equal(10_000);
    const big = await get('/api/me/visits?limit=500');
    expect(big.items).to.have.length(200);
    const next = await get(`/api/me/visits?limit=200&cursor=${encodeURIComponent(big.nextCursor)}`);
    const all = [...big.items, ...next.items];
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1].admittedAt >= all[i].admittedAt, `order at ${i}`).to.equal(true);
    expect(new Set(all.map((v: { id: string }) => v.id)).size).to.equal(400);
    expect(first.items[0]).to.deep.equal(big.items[0]);
  });

  it('filters by type, facility and dates, and the totals cover the whole filtered set', async () => {
    const { token, get } = await as('0198765432');
    const all = await get('/api/me/visits?limit=1');
    const facility = all.facilities[0].code;
    const q = `type=inpatient&facility=${facility}&from=2015-01-01&to=2024-12-31`;
    let page = await get(`/api/me/visits?${q}&limit=200`);
    const items = [...page.items];
    while (page.nextCursor) {
      page = await get(`/api/me/visits?${q}&limit=200&cursor=${encodeURIComponent(page.nextCursor)}`);
      items.push(...page.items);
    }
    expect(items.length).to.equal(page.totals.count).and.to.be.greaterThan(0);
    expect(page.totals.count).to.be.below(all.totals.count);
    const sum = (k: string) => items.reduce((a: number, v: Record<string, number>) => a + v[k]!, 0);
    expect(sum('total')).to.equal(page.totals.total);
    expect(sum('insurancePaid')).to.equal(page.totals.insurancePaid);
    expect(sum('coPayment') + sum('selfPaid')).to.equal(page.totals.patientPaid);
    for (const v of items) {
      expect(v.kind).to.equal('inpatient');
      expect(v.facilityCode).to.equal(facility);
      expect(v.admittedAt.slice(0, 10) >= '2015-01-01' && v.admittedAt.slice(0, 10) <= '2024-12-31').to.equal(true);
    }
    const bad = await api(
      'GET',
      `/api/me/visits?cursor=${encodeURIComponent(all.nextCursor)}&type=inpatient`,
      undefined,
      token,
    );
    expect(bad.status).to.equal(422); // a cursor belongs to its filter
    expect((await api('GET', '/api/me/visits?from=yesterday', undefined, token)).body.fields).to.have.property('from');
  });

  it('money columns add up and the co-payment follows the benefit digit', async () => {
    const worker = await as('7901234567'); // DN4: 80% above the small-visit threshold
    const w = await worker.get('/api/me/visits?limit=200');
    let copaid = 0;
    for (const v of w.items) {
      expect(v.insurancePaid + v.coPayment + v.selfPaid + v.otherSources).to.equal(v.total);
      expect(Object.values(v.costs as Record<string, number>).reduce((a, b) => a + b, 0)).to.equal(v.total);
      expect(v.diagnosisCode).to.match(/^[A-Z]\d{2}(\.\d{1,3})?$/);
      const covered = v.total - v.selfPaid - v.otherSources;
      if (covered >= 351_000) {
        expect(v.insurancePaid).to.equal(Math.round(covered * 0.8));
        copaid++;
      } else expect(v.coPayment).to.equal(0);
    }
    expect(copaid).to.be.greaterThan(0);
    const child = await as('7925000001'); // TE1: the fund pays everything covered
    for (const v of (await child.get('/api/me/visits')).items) expect(v.coPayment).to.equal(0);
  });
});

describe('mocks: contract document and persistence', () => {
  before(startWorker);
  beforeEach(reset);

  it('serves an OpenAPI 3.1 document listing every contract path and no dev path', async () => {
    const r = await api('GET', '/api/openapi.json');
    expect(r.body.openapi).to.equal('3.1.0');
    expect(Object.keys(r.body.paths)).to.include.members([...contractPaths]);
    expect(Object.keys(r.body.paths).some((p) => p.startsWith('/api/dev'))).to.equal(false);
    expect(r.body.components.schemas.RegistrationRequest.required).to.include('phoneToken');
    expect(r.body.paths['/api/me/visits'].get.responses['200'].content['application/json'].schema.$ref).to.equal(
      '#/components/schemas/VisitPage',
    );
  });

  it('keeps the state across a reload: a new backend from the same sessionStorage', async () => {
    const token = await login('7901234567', 'VssID@2026');
    await api('POST', '/api/registrations/otp', { phone: '0912000999' });
    const reloaded = createBackend({ persist: true });
    expect(reloaded.state.sessions[token]?.code).to.equal('7901234567');
    expect(reloaded.state.sms.some((s) => s.to === '0912000999')).to.equal(true);
    const handlers = createHandlers(reloaded);
    const res = await getResponse(
      handlers,
      new Request(new URL('/api/me', location.href), { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(res!.status).to.equal(200);
    expect(((await res!.json()) as { socialInsuranceCode: string }).socialInsuranceCode).to.equal('7901234567');
    const memoryOnly = createBackend({ persist: false });
    expect(memoryOnly.state.sessions[token]).to.equal(undefined);
  });
});
