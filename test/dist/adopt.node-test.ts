// The packages as a portal team gets them. The tarballs `npm run pack` writes (scripts/pack.mjs, packed
// here from the build `npm test` has just made) are installed with plain npm into a fresh app in the
// system's temporary folder: no workspace link, no path into this repository. test/adopt/app is all that
// app writes by hand. From that app:
//   - Node imports @vssid/core and @vssid/core/validators and validates a code;
//   - every @vssid/* specifier the docs and sources name resolves;
//   - a client generated from the contract the mock serves (@hey-api/openapi-ts) compiles and works;
//   - tsc --strict checks plain TS, React 19 TSX and the generated client, vue-tsc a Vue 3 SFC, on the
//     shipped types only (each file also has lines that must NOT compile, so a type gone `any` fails);
//   - Vite bundles a page importing @vssid/elements/login and @vssid/elements/bhyt-card, and in Chromium
//     a citizen signs in and sees the card, against `vssid-mock-server` from the @vssid/mocks tarball.
// npm's own cache makes every run after the first an offline install.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error plain .mjs build helpers, no declarations
import { packAll } from '../../scripts/pack.mjs';

const root = join(import.meta.dirname, '../..');
const appSource = join(root, 'test/adopt/app');
type Packed = { name: string; filename: string; size: number; unpackedSize: number; files: { path: string }[] };

let app = '';
let packed: Packed[] = [];
let mockOrigin = '';
const children: ChildProcess[] = [];
let browser: Browser | undefined;

/** Runs a command in the app; resolves with its stdout, rejects with the end of its output. */
function run(cmd: string, args: string[], env: Record<string, string> = {}, timeoutMs = 240_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      cmd,
      args,
      { cwd: app, env: { ...process.env, ...env, npm_config_update_notifier: 'false' }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
        reject(new Error(`${cmd} ${args.join(' ')} failed (${err.code ?? err.signal}):\n${tail}`));
      },
    ),
  );
}
const bin = (name: string) => join(app, 'node_modules/.bin', name);

/** Starts a long-running command of the app; resolves once `ready` matches its output. */
function start(cmd: string, args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<RegExpExecArray> {
  // NO_COLOR: with CI set, Vite colours its output and the port number sits between escape codes
  const child = spawn(cmd, args, { cwd: app, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${cmd} did not start:\n${seen}`)), 60_000);
    const onData = (d: Buffer) => {
      seen += d.toString().replace(/\x1b\[[0-9;]*m/g, '');
      const m = ready.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${cmd} exited (${code}):\n${seen}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Bytes and file count of a folder. */
function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const s = sizeOf(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

describe('adopting the packages: tarballs installed with plain npm into a fresh app', { timeout: 900_000 }, () => {
  before(async () => {
    packed = packAll() as Packed[];
    for (const p of packed) {
      console.log(`  ${p.filename}: ${(p.size / 1024).toFixed(1)} kB packed, ${(p.unpackedSize / 1024).toFixed(1)} kB unpacked, ${p.files.length} files`);
    }
    app = mkdtempSync(join(tmpdir(), 'vssid-adopt-'));
    cpSync(appSource, app, { recursive: true });
    mkdirSync(join(app, 'vendor'));
    for (const p of packed) cpSync(join(root, 'dist/tarballs', p.filename), join(app, 'vendor', p.filename.replace(/-\d+\.\d+\.\d+.*\.tgz$/, '.tgz')));
    const t0 = Date.now();
    const flags = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
    try {
      await run('npm', [...flags, '--offline']);
    } catch {
      // the first run on a machine: whatever npm's cache lacks comes from the registry
      await run('npm', [...flags, '--prefer-offline']);
    }
    console.log(`  npm install in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const [, origin] = await start(process.execPath, [bin('vssid-mock-server')], /on (http:\/\/127\.0\.0\.1:\d+)\/api/, { PORT: '0' });
    mockOrigin = origin!;
  });

  after(async () => {
    await browser?.close();
    for (const c of children) c.kill();
    if (app && !process.env.KEEP_ADOPT_APP) rmSync(app, { recursive: true, force: true });
  });

  it('installs the three packages from their tarballs alone, with one copy of lit', async () => {
    assert.ok(relative(root, app).startsWith('..'), 'the app is outside the repository');
    for (const name of ['core', 'elements', 'mocks']) {
      const dir = join(app, 'node_modules/@vssid', name);
      assert.ok(!lstatSync(dir).isSymbolicLink(), `@vssid/${name} is a link, not an installed package`);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      assert.equal(pkg.license, 'MIT');
      assert.ok(existsSync(join(dir, 'LICENSE')));
      for (const v of Object.values({ ...pkg.dependencies, ...pkg.peerDependencies }) as string[]) assert.doesNotMatch(v, /^(workspace|file|link):/);
    }
    const elements = JSON.parse(readFileSync(join(app, 'node_modules/@vssid/elements/package.json'), 'utf8'));
    assert.equal(elements.peerDependencies.lit, '^3.2.0');
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path.includes('@vssid/')) assert.match(entry.resolved ?? '', /^file:vendor\//, `${path} came from ${entry.resolved}`);
    }
    const lits = Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/lit$/.test(p));
    assert.deepEqual(lits, ['node_modules/lit'], 'lit installed more than once');
  });

  it('Node imports @vssid/core and @vssid/core/validators and validates a code', async () => {
    const out = JSON.parse(await run(process.execPath, ['check-node.mjs']));
    assert.deepEqual(out.good, { ok: true, value: '7901234567' });
    assert.deepEqual(out.bad, { ok: false, issue: { code: 'sic_format' } });
    assert.equal(out.client, 'function');
  });

  it('resolves every @vssid/* import the docs and sources name', async () => {
    const texts = [
      ...['README.md', 'CHANGELOG.md'].map((f) => readFileSync(join(root, f), 'utf8')),
      ...(readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(root, 'stories', f), 'utf8'))),
      ...['packages/core/src', 'packages/elements/src', 'mocks/src'].flatMap((d) =>
        (readdirSync(join(root, d), { recursive: true }) as string[])
          .filter((f) => f.endsWith('.ts'))
          .map((f) => readFileSync(join(root, d, f), 'utf8')),
      ),
    ];
    const specs = new Set<string>();
    // whole specifiers only (`@vssid/elements/themes/*.css` is a pattern, not an import)
    for (const t of texts) for (const m of t.matchAll(/@vssid\/(?:core|elements|mocks)(?:\/[\w.-]+)*(?![\w.]*\/)/g)) specs.add(m[0].replace(/[.]$/, ''));
    assert.ok(specs.has('@vssid/elements/login') && specs.has('@vssid/core/validators') && specs.size > 15, [...specs].join(' '));
    const resolved = JSON.parse(await run(process.execPath, ['resolve.mjs', ...specs])) as Record<string, string>;
    const failed = Object.entries(resolved).filter(([, v]) => v.startsWith('ERROR'));
    assert.deepEqual(failed, [], 'imports named in the docs or sources that an installed app cannot resolve');
  });

  it('generates a TypeScript client from the contract the mock serves (@hey-api/openapi-ts)', async () => {
    await run(bin('openapi-ts'), ['-i', `${mockOrigin}/api/openapi.json`, '-o', 'src/api', '-c', '@hey-api/client-fetch', '--no-log-file', '-s']);
    const sdk = readFileSync(join(app, 'src/api/sdk.gen.ts'), 'utf8');
    for (const fn of ['listProvinces', 'loginWithPassword', 'getCard', 'listVisits']) assert.match(sdk, new RegExp(`export const ${fn}\\b`));
    const size = sizeOf(join(app, 'src/api'));
    console.log(`  generated client: ${size.files} files, ${(size.bytes / 1024).toFixed(1)} kB`);
  });

  it('type-checks plain TypeScript, React 19 TSX and the generated client with tsc --strict, on the shipped types', async () => {
    await run(bin('tsc'), ['-p', 'tsconfig.json', '--strict']);
  });

  it('type-checks a Vue 3 single-file component with vue-tsc, on the shipped types', async () => {
    await run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json']);
  });

  it('runs the generated client against the mock: typed answers, the documented 401, the session where declared', async () => {
    await run(bin('vite'), ['build', '--ssr', 'src/client-usage.ts', '--outDir', 'build-node', '--logLevel', 'warn'], { VITE_MOCK_ORIGIN: mockOrigin });
    const out = JSON.parse(await run(process.execPath, ['build-node/client-usage.js']));
    assert.deepEqual(out, { provinces: 34, denied: 'session_expired', cardCode: 'DN4797901234567' });
  });

  it('bundles a page with Vite and, in Chromium against the mock from the tarball, signs in and shows the card', async () => {
    await run(bin('vite'), ['build', '--logLevel', 'warn']);
    const port = await freePort();
    await start(bin('vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], /Local:/, { MOCK_API: mockOrigin });
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=vi-VN'],
    });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    // the built page loads only its own bundle: nothing from the workspace, nothing from a CDN
    const scripts = await page.$$eval('script[src]', (s) => s.map((e) => (e as HTMLScriptElement).src));
    assert.ok(scripts.every((s) => s.startsWith(`http://127.0.0.1:${port}/assets/`)), scripts.join(' '));
    await page.waitForSelector('vss-login input[name="code"]');
    await page.type('vss-login input[name="code"]', '7901234567');
    await page.type('vss-login input[name="password"]', 'VssID@2026');
    await page.click('vss-login >>> [part~="submit-button"]');
    await page.waitForFunction(() => document.getElementById('status')?.dataset['card'], { timeout: 30_000 });
    const status = await page.$eval('#status', (e) => ({ text: e.textContent, card: (e as HTMLElement).dataset['card'] }));
    assert.deepEqual(status, { text: 'Đã đăng nhập: 7901234567', card: 'DN4797901234567' });
    // the card as printed: "DN · 4 · 79 · 7901234567", "Còn giá trị sử dụng"
    const cardText = await page.$eval('vss-bhyt-card', (e) => e.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.ok(cardText.replace(/[^A-Z0-9]/g, '').includes('DN4797901234567'), cardText);
    assert.match(cardText, /Còn giá trị sử dụng/);
    assert.deepEqual(problems, []);
  });
});
