/**
 * @vssid/core: the typed data layer of VssID Elements. No DOM beyond `fetch`, no mock.
 * Schemas (zod/mini), validators, formats and the HTTP client.
 */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './client/api.js';
export * from './client/index.js';
export * from './domain/index.js';
export * from './validators/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
export * from './media/image-type.js';
export * from './text/office-label.js';
export * from './analysis/index.js';
export * from './text/sms.js';
