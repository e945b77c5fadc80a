// The list elements (history, visits) load what they show once the data is there, <lit-virtualizer>
// included, as a part of their own (participation-history/timeline.ts, medical-records/visits.ts) through
// the loader object each element exports. `listCode(parts, key)` stands in that loader: setting `load`
// makes the part's import go through `load(real)`, so a test can hold it back or make it fail; `reset()`
// between tests.

type Load = (real: () => Promise<unknown>) => Promise<unknown>;

export function listCode<K extends string>(parts: Record<K, () => Promise<unknown>>, key: K) {
  const real = parts[key];
  return {
    /** A new stand-in: lists that do not have the part yet go through it. */
    set load(load: Load) {
      parts[key] = () => load(real);
    },
    reset(): void {
      parts[key] = real;
    },
  };
}
