// The built outputs (`npm run build`, scripts/build-demo.mjs): what ships, and what must never ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain .mjs build helpers, no declarations
import { elementFolders, filesUnder, findMockMarkers, root } from '../../scripts/build-lib.mjs';

const dist = join(root as string, 'dist');
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const folders = elementFolders() as string[];
type Decl = { tagName?: string; customElement?: boolean; events?: { name: string }[] };
const manifest = json('cem/custom-elements.json') as { modules: { declarations?: Decl[] }[] };
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('no mock backend or faker code in the packages or the CDN files', () => {
  assert.deepEqual(findMockMarkers(join(dist, 'packages')), []);
  assert.deepEqual(findMockMarkers(join(dist, 'cdn')), []);
});

test('the marker check does find the mock where it is (the demo-only bundle)', () => {
  const hits = findMockMarkers(join(dist, 'demo-static')) as { file: string }[];
  assert.ok(hits.some((h) => h.file.endsWith('mock.js')), 'mock.js should contain MSW');
  assert.ok(!hits.some((h) => h.file.endsWith('vssid-elements.js')));
});

const staticImport = /(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["'`]/;
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

test('the CDN file is one self-contained module whose only other file is its English pack, loaded on demand', () => {
  const cdn = read('cdn/vssid-elements.js');
  assert.doesNotMatch(cdn, staticImport);
  assert.deepEqual(dynamicImports(cdn), ['./vssid-elements.en.js']);
  for (const t of tags) assert.ok(cdn.includes(t.tagName!), `${t.tagName} is not in the CDN file`);
  const english = read('cdn/vssid-elements.en.js');
  assert.doesNotMatch(english, staticImport);
  assert.deepEqual(dynamicImports(english), []);
  assert.match(english, /Social insurance code/);
  assert.match(english, /The social insurance number has exactly 10 digits/);
  // Vietnamese is the source language: the main file has it, and none of the English
  assert.match(cdn, /Mã số BHXH/);
  assert.doesNotMatch(cdn, /Social insurance code/);
  assert.equal(read('packages/elements/cdn/vssid-elements.en.js'), english);
});

test('every element folder is a package entry with declarations, and a CDN entry', () => {
  const pkg = json('packages/elements/package.json');
  assert.equal(pkg.name, '@vssid/elements');
  assert.equal(pkg.customElements, './custom-elements.json');
  for (const name of folders) {
    const entry = pkg.exports[`./${name}`];
    assert.ok(entry, `exports["./${name}"] missing`);
    assert.ok(existsSync(join(dist, 'packages/elements', entry.default)), `${entry.default} missing`);
    assert.ok(existsSync(join(dist, 'packages/elements', entry.types)), `${entry.types} missing`);
    assert.ok(existsSync(join(dist, 'cdn/elements', `${name}.js`)), `cdn/elements/${name}.js missing`);
  }
  const types = read('packages/elements/types/login/login.d.ts');
  assert.match(types, /interface HTMLElementTagNameMap/);
  assert.match(types, /'vss-login': VssLogin/);
  assert.ok(existsSync(join(dist, 'packages/core/types/index.d.ts')));
});

test('the package builds keep their dependencies external (no second lit, no bundled zod)', () => {
  const elements = read('packages/elements/index.js');
  assert.match(elements, /from ["']lit["']|from ["']\.\/chunks\//);
  // (the package's cdn/ copy of the self-contained file is meant to hold everything)
  const files = (filesUnder(join(dist, 'packages')) as string[]).filter((f) => f.endsWith('.js') && !f.includes('/cdn/'));
  const bundled = (marker: string) => files.filter((f) => readFileSync(f, 'utf8').includes(marker));
  assert.deepEqual(bundled('class ReactiveElement'), [], 'lit is bundled into a package build');
  assert.deepEqual(bundled('$ZodType'), [], 'zod is bundled into a package build');
});

test('VS Code custom data lists every tag with its attributes', () => {
  const data = json('cem/vscode.html-custom-data.json') as { version: number; tags: { name: string; attributes: { name: string }[] }[] };
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), tags.map((t) => t.tagName!).sort());
  const provider = data.tags.find((t) => t.name === 'vss-provider')!;
  assert.deepEqual(provider.attributes.map((a) => a.name).sort(), ['api-base', 'lang', 'memory-only', 'theme']);
  const theme = (provider.attributes as { name: string; values?: { name: string }[] }[]).find((a) => a.name === 'theme')!;
  assert.deepEqual(theme.values?.map((v) => v.name), ['auto', 'light', 'dark', 'lotus', 'contrast']);
});

test('the manifest documents events and only the public API', () => {
  const login = tags.find((t) => t.tagName === 'vss-login') as Decl & { members?: { name: string }[] };
  assert.ok(login.events?.some((e) => e.name === 'vss-login'));
  assert.ok(!login.members?.some((m) => m.name.startsWith('_')), 'private members in the manifest');
});

test('the page-level theme stylesheets match the provider themes', () => {
  execFileSync(process.execPath, [join(root as string, 'scripts/build-themes.mjs'), '--check'], { stdio: 'pipe' });
  assert.match(read('packages/elements/themes/lotus.css'), /:root,\n\.vss-theme-lotus \{[^}]*--vss-color-primary: #a3161a;/);
});

test('the production demo ships the CDN file unchanged and no inline script or style', () => {
  assert.equal(read('demo-static/vssid-elements.js'), read('cdn/vssid-elements.js'));
  assert.equal(read('demo-static/vssid-elements.en.js'), read('cdn/vssid-elements.en.js'));
  const html = read('demo-static/index.html');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style\b|\sstyle="/);
  assert.match(html, /<script type="module" src="\.\/mock\.js"><\/script>/);
});
