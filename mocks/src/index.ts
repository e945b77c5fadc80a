/**
 * @vssid/mocks: a stateful mock of the VssID HTTP contract for the browser worker, Storybook, tests and
 * the loopback node server. `handlers` run over one default backend (sessionStorage-backed in a browser).
 */
import { createBackend } from './backend.js';
import type { RequestHandler } from 'msw';
import { createHandlers } from './handlers.js';

export { createBackend, MockBackend, initialState, storageKey } from './backend.js';
export type { BackendOptions, MockState, FaultKind, FaultState, ProofKeyState, ProofState } from './backend.js';
export { createHandlers, faultMatches, limits, personOf } from './handlers.js';
export { mockProofIssuer, proofLimits } from './proofs.js';
export { demoAccounts, pendingDemoDossier } from './data/demo.js';
export type { DemoAccount, PersonKind } from './data/demo.js';
export { generatePerson, cardCodeOf } from './data/people.js';
export type { Person, Declared, Facility } from './data/people.js';
export { participationOf, benefitsOf, rates, regionalMinimum } from './data/history.js';
export { visitAt, filterVisits } from './data/visits.js';
export { provinces, offices, oldProvinceCodes } from './data/geo.js';

/** The default backend behind `handlers`. */
export const backend = createBackend();
export const handlers: RequestHandler[] = createHandlers(backend);
