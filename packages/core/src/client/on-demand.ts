/**
 * `@vssid/core/on-demand`: the client as the elements use it, whose schemas (and zod) arrive with its first
 * request, the page-wide default client, and the way a module that failed to download is fetched again.
 */
export { OnDemandClient } from './on-demand-client.js';
export { createDefaultClient, getDefaultClient } from './default-client.js';
export { importAgain } from './import-again.js';
export { loadSchemas } from './schemas-on-demand.js';
export type { Answers } from './answer-schemas.js';
