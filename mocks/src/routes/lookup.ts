/** The public lookups by name and date of birth: a citizen's social-insurance code, a BHYT card's validity. */
import { cardLookupRequestSchema, codeLookupRequestSchema, type CardLookupResult } from '@vssid/core';
import { demoAccounts } from '../data/demo.js';
import { cardCodeOf, knownPersons } from '../data/people.js';
import { json, problem, validation } from '../http.js';
import { post, type Route } from '../route.js';
import { cardOf, limits, personOf, rateLimited } from './shared.js';

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}

export const lookupRoutes: Route[] = [
  post('/api/lookup/social-insurance-code', codeLookupRequestSchema, ({ body, b }) => {
    const wait = b.hit('lookup:code', limits.lookupPerWindow, limits.lookupWindowMs);
    if (wait !== null) throw rateLimited(wait);
    const id = body.idNumber.replace(/[\s.\-]/g, '').toUpperCase();
    // Only people the backend has met can be found: a code cannot be derived from an ID number.
    const codes = new Set<string>([
      ...demoAccounts.map((a) => a.code),
      ...Object.keys(b.state.accounts),
      ...Object.keys(b.state.declared),
      ...Object.values(b.state.dossiers).map((d) => d.socialInsuranceCode),
      ...knownPersons().map((p) => p.socialInsuranceCode),
    ]);
    for (const code of codes) {
      const p = personOf(b, code);
      if (p.idNumber === id && p.dateOfBirth === body.dateOfBirth && sameName(p.fullName, body.fullName))
        return json({ socialInsuranceCode: code, fullName: p.fullName });
    }
    throw problem(404, 'not_found', 'Không tìm thấy mã số BHXH khớp với thông tin đã nhập.');
  }),
  post('/api/cards/lookup', cardLookupRequestSchema, ({ body, b }) => {
    const cardCode = body.cardCode.replace(/[\s\-]/g, '').toUpperCase();
    if (!/^[A-Z]{2}[1-5]\d{2}\d{10}$/.test(cardCode)) throw validation({ cardCode: 'Mã thẻ BHYT gồm 15 ký tự.' });
    const p = personOf(b, cardCode.slice(5));
    if (cardCodeOf(p) !== cardCode || p.dateOfBirth !== body.dateOfBirth || !sameName(p.fullName, body.fullName))
      throw problem(404, 'not_found', 'Không tìm thấy thẻ BHYT khớp với thông tin đã nhập.');
    const c = cardOf(b, p);
    const out: CardLookupResult = {
      cardCode: c.cardCode,
      fullName: c.fullName,
      dateOfBirth: c.dateOfBirth,
      sex: c.sex,
      facility: c.facility,
      validFrom: c.validFrom,
      validTo: c.validTo,
      fiveYearsFrom: c.fiveYearsFrom,
      status: c.status,
      checkCode: c.checkCode,
    };
    return json(out);
  }),
];
