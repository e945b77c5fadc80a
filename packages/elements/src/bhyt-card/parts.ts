/**
 * The card's parts that are not needed for its first paint, each behind its own `import()`: the QR encoder
 * and the groups' meanings (both used once the card data is there) and `<vss-card-explain>` (when the
 * citizen opens the explanation).
 * One object so a test can stand in a loader that fails (read by `OnDemand` at every use).
 */
export const cardParts = {
  qr: () => import('./qr.js'),
  meaning: () => import('./meaning.js'),
  explain: () => import('./card-explain.js'),
};
