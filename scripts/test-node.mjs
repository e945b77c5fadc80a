// Runs the tests that need Node rather than a browser (the mock backend as a real HTTP server) with Node's
// own test runner through tsx. Node 20's --test does not expand globs, so the files are found here.
// The counts are left in node_modules/.cache/vssid-counts/ for the browser run's reporter, so that the
// last line of `npm test` covers every suite.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeCounts } from './test-counts.mjs';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.node-test.ts')) out.push(p);
  }
  return out;
}

const files = find('test');
if (!files.length) {
  console.error('test-node: no *.node-test.ts files found');
  writeCounts('node', { passed: 0, failed: 1 });
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  encoding: 'utf8',
  env: { ...process.env, NODE_NO_WARNINGS: '1' },
});
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
const num = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(r.stdout)?.[1] ?? 0);
const passed = num('pass');
// a run that died before reporting still counts as a failure
const failed = num('fail') + (r.status !== 0 && num('fail') === 0 ? 1 : 0);
writeCounts('node', { passed, failed });
console.log(`node tests: ${passed} passed, ${failed} failed`);
process.exit(r.status ?? 1);
