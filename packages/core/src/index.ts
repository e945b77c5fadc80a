/**
 * @vssid/core: the typed data layer of VssID Elements. No DOM beyond `fetch`, no mock.
 * Schemas (zod/mini), validators, formats and the HTTP client.
 */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './client/api.js';
export * from './client/index.js';
