// Start of `npm test`: forget the counts of earlier runs (see test-counts.mjs).
import { clearCounts } from './test-counts.mjs';
clearCounts();
