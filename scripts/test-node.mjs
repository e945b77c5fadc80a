// Runs the tests that need Node rather than a browser (the mock backend as a real HTTP server), with
// Node's own test runner through tsx. Their counts are left for the browser run's reporter, so the last
// line of `npm test` covers both.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
mkdirSync('node_modules/.cache', { recursive: true });
const countsFile = 'node_modules/.cache/vssid-node-tests.json';
if (files.length === 0) {
  writeFileSync(countsFile, JSON.stringify({ passed: 0, failed: 0 }));
  process.exit(0);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  encoding: 'utf8',
  env: { ...process.env, NODE_NO_WARNINGS: '1' },
});
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
const num = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(r.stdout)?.[1] ?? 0);
const passed = num('pass');
const failed = num('fail') + (r.status !== 0 && num('fail') === 0 ? 1 : 0);
writeFileSync(countsFile, JSON.stringify({ passed, failed }));
console.log(`node tests: ${passed} passed, ${failed} failed`);
process.exit(r.status ?? 1);
