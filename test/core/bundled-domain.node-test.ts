// @vssid/core bundled by esbuild the way the demo's mock.js is (test/security/csp.node-test.ts): one file,
// no splitting, so a lazy import() turns the modules it reaches into lazily initialised wrappers. With
// core's "sideEffects" list, a value re-exported through two barrels (domain/index → bhyt-groups →
// benefit-levels) lost its initialiser call, and BENEFIT_LEVELS was undefined at run time: the mock's
// POST /api/me/proofs threw "Cannot read properties of undefined (reading '4')" in the CSP demo.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('@vssid/core/domain bundled with a lazy import next to it', () => {
  it('keeps the benefit levels initialised', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vssid-domain-bundle-'));
    try {
      const file = join(out, 'entry.mjs');
      await build({
        absWorkingDir: root,
        stdin: {
          contents: [
            "import { BENEFIT_LEVELS, isBenefitDigit } from '@vssid/core/domain';",
            // the demo loads its SMS inbox on demand, and with it core's i18n (which reads the groups): that import makes the wrappers
            "export const later = () => import('@vssid/core/i18n');",
            'export const share = isBenefitDigit(4) ? BENEFIT_LEVELS[4].fundShare : -1;',
          ].join('\n'),
          resolveDir: root,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['browser', 'production'],
        tsconfig: join(root, 'tsconfig.json'),
        outfile: file,
        logLevel: 'silent',
      });
      const mod = (await import(pathToFileURL(file).href)) as { share: number };
      assert.equal(mod.share, 0.8);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
