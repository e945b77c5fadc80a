// Runs the node-side tests (the mock HTTP server over real sockets) with node's built-in runner via tsx.
// Node 20's --test does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/mocks';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.node-test.ts'))
  .map((f) => join(dir, f));
if (!files.length) {
  console.error('test-node: no *.node-test.ts files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
