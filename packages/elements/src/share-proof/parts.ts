/**
 * The parts of `<vss-share-proof>` its first paint does not need, each behind its own `import()`: the
 * proof's view with the QR encoder and the claims in words, fetched once the citizen's proofs are there
 * (and needed only when a code is shown).
 * One object so a test can stand in a loader that fails (read by `OnDemand` at every use).
 */
export const shareParts = {
  shown: () => import('./shown.js'),
};
