// Suites that run outside the browser runner (node tests, the Storybook smoke test) leave their counts
// here; the browser runner's reporter adds them to the closing "N passed, N failed" line of `npm test`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const countsDir = 'node_modules/.cache/vssid-counts';

/** Records one suite's counts under `name` (replacing an earlier run's). */
export function writeCounts(name, { passed, failed, skipped = 0 }) {
  mkdirSync(countsDir, { recursive: true });
  writeFileSync(join(countsDir, `${name}.json`), JSON.stringify({ passed, failed, skipped }));
}

/** Sums every recorded suite. */
export function readCounts() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(countsDir)) return total;
  for (const f of readdirSync(countsDir)) {
    if (!f.endsWith('.json')) continue;
    const c = JSON.parse(readFileSync(join(countsDir, f), 'utf8'));
    total.passed += c.passed ?? 0;
    total.failed += c.failed ?? 0;
    total.skipped += c.skipped ?? 0;
  }
  return total;
}

/** Forgets earlier runs, so a suite that did not run this time is not counted. */
export function clearCounts() {
  rmSync(countsDir, { recursive: true, force: true });
}
