/** Provinces and social-security offices: public, read-only, from the code tables in `data/geo.ts`. */
import { officesQuerySchema } from '@vssid/core';
import { offices, provinces } from '../data/geo.js';
import { json } from '../http.js';
import { route, type Route } from '../route.js';

export const geoRoutes: Route[] = [
  { method: 'get', path: '/api/provinces', run: () => json(provinces) },
  route({
    method: 'get',
    path: '/api/offices',
    query: officesQuerySchema,
    messages: { province: 'Mã tỉnh gồm 2 chữ số.' },
    run: ({ query }) => json(offices.filter((o) => o.provinceCode === query.province)),
  }),
];
