// The list elements (history, visits) import @lit-labs/virtualizer on demand through `listParts.virtualizer`
// (shared/virtualizer.ts). Setting `virtualizerChunk.load` puts a stand-in there whose import goes through
// `load(real)`, so a test can hold that import back or make it fail; `reset()` between tests.
import { listParts } from '../../packages/elements/src/shared/virtualizer.js';

type Load = (real: () => Promise<unknown>) => Promise<unknown>;

const real = listParts.virtualizer;

/** What stands for the virtualizer's dynamic import in the lists; `reset()` between tests. */
export const virtualizerChunk = {
  /** A new stand-in: lists mounted from now on go through it (a list that already has the module keeps it). */
  set load(load: Load) {
    listParts.virtualizer = (() => load(real)) as typeof real;
  },
  reset(): void {
    listParts.virtualizer = real;
  },
};

