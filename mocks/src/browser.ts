/** The mock backend in a service worker, for the demo, Storybook and browser tests. */
import { setupWorker } from 'msw/browser';
import { handlers } from './index.js';

export * from './index.js';
export const worker = setupWorker(...handlers);
