export { VssClient, SESSION_CHANGE, SESSION_EXPIRED } from './vss-client.js';
export type { VssClientOptions, VssClientEventMap, SessionStorageLike } from './vss-client.js';
