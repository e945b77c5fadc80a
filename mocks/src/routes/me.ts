/** The signed-in citizen's own data: profile, card, participation, benefits and medical visits. */
import { visitQueryParamsSchema, type Profile, type VisitPage, type VisitQueryParams } from '@vssid/core';
import type { MockBackend } from '../backend.js';
import { officeByCode } from '../data/geo.js';
import { benefitsOf, participationOf } from '../data/history.js';
import { cardCodeOf, type Person } from '../data/people.js';
import { filterVisits, visitAt } from '../data/visits.js';
import { json, validation, type FieldMessages } from '../http.js';
import { route, type Route } from '../route.js';
import { cardOf, personOf } from './shared.js';

function profileOf(p: Person): Profile {
  const office = officeByCode.get(p.officeCode)!;
  return {
    socialInsuranceCode: p.socialInsuranceCode,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    idType: p.idType,
    idNumber: p.idNumber,
    phone: p.phone,
    email: p.email,
    address: p.address,
    office: { code: office.code, name: office.name, parentName: office.parentName },
    cardCode: cardCodeOf(p),
  };
}

// ---------------------------------------------------------------- visits paging

function encodeCursor(offset: number, key: string): string {
  return btoa(JSON.stringify({ o: offset, k: key })).replace(/=+$/, '');
}
function decodeCursor(cursor: string, key: string): number | null {
  try {
    const v = JSON.parse(atob(cursor)) as { o?: unknown; k?: unknown };
    return typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.k === key ? v.o : null;
  } catch {
    return null;
  }
}

const visitMessages: FieldMessages = {
  from: 'Ngày không hợp lệ (YYYY-MM-DD).',
  to: 'Ngày không hợp lệ (YYYY-MM-DD).',
  facility: 'Mã cơ sở KCB gồm 5 chữ số.',
  type: 'Loại KCB không hợp lệ.',
  limit: 'Số dòng mỗi trang phải là số nguyên dương.',
  cursor: 'Con trỏ trang không hợp lệ.',
};

function visitsPage(b: MockBackend, code: string, q: VisitQueryParams): VisitPage {
  const { from, to, facility, type, cursor } = q;
  if (from && to && from > to) throw validation({ to: 'Đến ngày phải sau từ ngày.' });
  const limit = q.limit === undefined ? 50 : Math.min(Number(q.limit), 200);
  const p = personOf(b, code);
  const key = [from, to, facility, type].join('|');
  let offset = 0;
  if (cursor) {
    const o = decodeCursor(cursor, key);
    if (o === null) throw validation({ cursor: 'Con trỏ trang không hợp lệ.' });
    offset = o;
  }
  const anchor = b.state.dataDate;
  const set = filterVisits(p, anchor, { from, to, facility, type });
  const slice = set.indices.slice(offset, offset + limit);
  return {
    items: slice.map((i) => visitAt(p, i, anchor)),
    nextCursor: offset + limit < set.indices.length ? encodeCursor(offset + limit, key) : null,
    totals: set.totals,
    facilities: set.facilities,
  };
}

export const meRoutes: Route[] = [
  { method: 'get', path: '/api/me', session: 'citizen', run: ({ b, code }) => json(profileOf(personOf(b, code))) },
  { method: 'get', path: '/api/me/card', session: 'citizen', run: ({ b, code }) => json(cardOf(b, personOf(b, code))) },
  {
    method: 'get',
    path: '/api/me/participation',
    session: 'citizen',
    run: ({ b, code }) => json(participationOf(personOf(b, code), b.state.dataDate)),
  },
  {
    method: 'get',
    path: '/api/me/benefits',
    session: 'citizen',
    run: ({ b, code }) => json(benefitsOf(personOf(b, code), b.state.dataDate)),
  },
  route({
    method: 'get',
    path: '/api/me/visits',
    session: 'citizen',
    query: visitQueryParamsSchema,
    messages: visitMessages,
    run: ({ b, code, query }) => json(visitsPage(b, code, query)),
  }),
];
