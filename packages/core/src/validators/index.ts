export * from './types.js';
export { compactCode, collapseSpaces } from './normalize.js';
export * from './codes.js';
export * from './identity.js';
export * from './contact.js';
export * from './password.js';
export * from './person.js';
export * from './registration.js';
