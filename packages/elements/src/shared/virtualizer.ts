/**
 * `<lit-virtualizer>` for the long lists (participation history, medical visits), defined on demand so that
 * a list's first paint (its loading state, the filters) does not wait for it. One object so a test can
 * stand in a loader that is slow or fails (read by `OnDemand` at every use).
 */
export const listParts = { virtualizer: () => import('@lit-labs/virtualizer') };
