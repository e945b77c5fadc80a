// `npm run pack`: builds the packages (scripts/build.mjs) and writes installable tarballs of @vssid/core,
// @vssid/elements and @vssid/mocks to dist/tarballs/ with plain `npm pack` (what `npm publish` would upload).
// Each is checked: license MIT with a LICENSE file, built .js and .d.ts and no source .ts, no workspace
// link among its dependencies.
// Usage: node scripts/pack.mjs [--no-build] [--quiet]   (--no-build packs dist/packages as it is)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const tarballDir = join(root, 'dist/tarballs');
/** The published packages, by their folder under dist/packages. */
export const packageDirs = ['core', 'elements', 'mocks'];

/**
 * Packs dist/packages/<name> for each package; returns what npm reports of each tarball.
 * @returns {{ name: string, version: string, filename: string, size: number, unpackedSize: number, files: { path: string }[] }[]}
 */
export function packAll() {
  rmSync(tarballDir, { recursive: true, force: true });
  mkdirSync(tarballDir, { recursive: true });
  return packageDirs.map((dir) => {
    const cwd = join(root, 'dist/packages', dir);
    if (!existsSync(join(cwd, 'package.json'))) throw new Error(`pack: ${cwd} is not built (run npm run build)`);
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tarballDir], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // a workspace .npmrc or a parent package must not change what goes in
      env: { ...process.env, npm_config_ignore_scripts: 'true' },
    });
    const [info] = JSON.parse(out);
    check(info, cwd);
    return info;
  });
}

/** What every tarball must be (see the issue "Ready to adopt"). */
function check(info, cwd) {
  const paths = info.files.map((f) => f.path);
  const problems = [];
  if (!paths.includes('LICENSE')) problems.push('no LICENSE');
  if (!paths.includes('CHANGELOG.md')) problems.push('no CHANGELOG.md');
  if (!paths.includes('README.md')) problems.push('no README.md');
  const sources = paths.filter((p) => /\.(c|m)?tsx?$/.test(p) && !/\.d\.(c|m)?ts$/.test(p));
  if (sources.length) problems.push(`source files: ${sources.slice(0, 5).join(', ')}`);
  if (!paths.some((p) => p.endsWith('.js')) || !paths.some((p) => p.endsWith('.d.ts')))
    problems.push('no built .js or .d.ts');
  const pkg = JSON.parse(
    execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd, encoding: 'utf8' }),
  );
  if (pkg.license !== 'MIT') problems.push(`license ${pkg.license}`);
  const links = Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies }).filter(([, v]) =>
    /^(workspace|file|link):/.test(v),
  );
  if (links.length) problems.push(`workspace links: ${links.map(([n, v]) => `${n}@${v}`).join(', ')}`);
  if (problems.length) throw new Error(`pack: ${info.name}: ${problems.join('; ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build'))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  const packed = packAll();
  if (!args.includes('--quiet')) {
    for (const p of packed) {
      console.log(
        `pack: dist/tarballs/${p.filename}`.padEnd(46) +
          `${(p.size / 1024).toFixed(1)} kB packed, ${(p.unpackedSize / 1024).toFixed(1)} kB unpacked, ${p.files.length} files`,
      );
    }
  }
}
