/** The contract itself, generated from the same zod schemas the client validates with. */
import { buildOpenApiDocument } from '@vssid/core/openapi';
import { json } from '../http.js';
import type { Route } from '../route.js';

export const openApiRoutes: Route[] = [
  { method: 'get', path: '/api/openapi.json', run: () => json(buildOpenApiDocument()) },
];
