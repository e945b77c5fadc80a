// Size gate of `npm test`: bundles the CDN file, the loader, @vssid/core and every element entry with esbuild
// (bench/size.mjs) and fails when a gzip size is over bench/budget.json. Sizes are deterministic, so this
// can gate; speed numbers live in `npm run bench` and never fail.
// Usage: node scripts/check-budget.mjs [--verbose]   (prints one summary line unless verbose or failing)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kB, measureSizes, root } from '../bench/size.mjs';
import { writeCounts } from './test-counts.mjs';

const verbose = process.argv.includes('--verbose');
const t0 = Date.now();
const budget = JSON.parse(readFileSync(join(root, 'bench/budget.json'), 'utf8'));
const rows = await measureSizes({ top: 5, withBrotli: false });

const limitOf = (r) => budget.gzip[r.name] ?? budget.gzip[r.kind];
const over = rows.filter((r) => r.gzip > limitOf(r));
const line = (r) =>
  `  ${r.name.padEnd(24)} ${kB(r.gzip).padStart(6)} kB gzip / ${kB(limitOf(r)).padStart(5)} kB budget` +
  (r.gzip > limitOf(r)
    ? `  OVER by ${kB(r.gzip - limitOf(r))} kB; biggest: ${r.top.map((t) => `${t.module} ${kB(t.bytes)}`).join(', ')}`
    : '');

if (verbose || over.length) for (const r of rows) console.log(line(r));
writeCounts('budget', { passed: rows.length - over.length, failed: over.length });

const cdn = rows.find((r) => r.name === 'cdn');
const loader = rows.find((r) => r.name === 'loader');
const biggest = rows.filter((r) => r.kind === 'element').sort((a, b) => b.gzip - a.gzip)[0];
const core = rows.find((r) => r.name === 'core');
const summary =
  `budget: cdn ${kB(cdn.gzip)} kB, loader ${kB(loader.gzip)} kB, core ${kB(core.gzip)} kB, largest element ${biggest.name} ${kB(biggest.gzip)} kB gzip; ` +
  `${rows.length - over.length}/${rows.length} within budget (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
if (over.length) {
  console.error(`${summary}\nbudget: ${over.length} over: ${over.map((r) => r.name).join(', ')} (see bench/README.md)`);
  process.exit(1);
}
console.log(summary);
// The enforced limits above are ratchets for bundles not yet at the issue's ceilings; say how far they are.
// (The per-page budgets need the built files and a browser: test/loader/pages.node-test.ts checks them.)
const ceilingOf = (r) => budget.issueCeiling?.[r.name] ?? budget.issueCeiling?.[r.kind];
const above = rows.filter((r) => ceilingOf(r) && r.gzip > ceilingOf(r));
if (above.length) {
  console.log(
    `budget: above the issue's ceilings: ${above.map((r) => `${r.name} ${kB(r.gzip)}/${kB(ceilingOf(r))}`).join(', ')} kB gzip`,
  );
}
