// The built outputs (`npm run build`, scripts/build-demo.mjs): what ships, and what must never ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// @ts-expect-error plain .mjs build helpers, no declarations
import { elementFolders, filesUnder, findDevRoutes, findMockMarkers, root } from '../../scripts/build-lib.mjs';

const dist = join(root as string, 'dist');
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const folders = elementFolders() as string[];
type Decl = { name: string; tagName?: string; customElement?: boolean; events?: { name: string; type?: { text: string } }[] };
type Manifest = { modules: { path: string; declarations?: Decl[]; exports?: { declaration: { module?: string } }[] }[] };
// the package's own manifest (dist/cem/custom-elements.json also has the mock's demo inbox, for Storybook)
const manifest = json('cem/package/custom-elements.json') as Manifest;
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('no mock backend or faker code in the production packages or the CDN files', () => {
  assert.deepEqual(findMockMarkers(join(dist, 'packages/core')), []);
  assert.deepEqual(findMockMarkers(join(dist, 'packages/elements')), []);
  assert.deepEqual(findMockMarkers(join(dist, 'cdn')), []);
});

test('the marker check does find the mock where it is (the demo-only bundle)', () => {
  const hits = findMockMarkers(join(dist, 'demo-static')) as { file: string }[];
  assert.ok(hits.some((h) => h.file.endsWith('mock.js')), 'mock.js should contain MSW');
  assert.ok(!hits.some((h) => h.file.endsWith('vssid-elements.js')));
});

const staticImport = /(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["'`]/;
// files a bundle imports; a specifier built at run time (the on-demand loader's refetch of a module that failed
// to download, under its own URL) names no file of the build
const dynamicImports = (code: string) =>
  [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).filter((s) => !s!.includes('${'));

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
  const types = read('packages/elements/login/login.d.ts');
  assert.match(types, /interface HTMLElementTagNameMap/);
  assert.match(types, /'vss-login': VssLogin/);
  assert.ok(existsSync(join(dist, 'packages/core/types/index.d.ts')));
});

test('the package builds keep their dependencies external (no second lit, no bundled zod)', () => {
  assert.match(read('packages/elements/base/vss-element.js'), /from ["']lit["']/);
  assert.match(read('packages/elements/login/login.js'), /from ["']@vssid\/core["']/);
  // (the package's cdn/ copy of the self-contained file is meant to hold everything)
  const files = (filesUnder(join(dist, 'packages')) as string[]).filter((f) => f.endsWith('.js') && !f.includes('/cdn/'));
  const bundled = (marker: string) => files.filter((f) => readFileSync(f, 'utf8').includes(marker));
  assert.deepEqual(bundled('class ReactiveElement'), [], 'lit is bundled into a package build');
  assert.deepEqual(bundled('$ZodType'), [], 'zod is bundled into a package build');
});

test('VS Code and JetBrains data list every tag with its attributes and their values', () => {
  const data = json('packages/elements/vscode.html-custom-data.json') as {
    version: number;
    tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
  };
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), tags.map((t) => t.tagName!).sort());
  const provider = data.tags.find((t) => t.name === 'vss-provider')!;
  assert.deepEqual(provider.attributes.map((a) => a.name).sort(), ['api-base', 'lang', 'memory-only', 'theme']);
  const theme = provider.attributes.find((a) => a.name === 'theme')!;
  assert.deepEqual(theme.values?.map((v) => v.name), ['auto', 'light', 'dark', 'lotus', 'contrast']);
  const web = json('packages/elements/web-types.json') as { name: string; version: string; contributions: { html: { elements: { name: string }[] } } };
  assert.equal(web.name, '@vssid/elements');
  assert.equal(web.version, json('packages/elements/package.json').version);
  assert.deepEqual(web.contributions.html.elements.map((e) => e.name).sort(), tags.map((t) => t.tagName!).sort());
});

test('the manifest gives every event its type and every module its published file', () => {
  assert.ok(tags.length >= 12);
  for (const t of tags) {
    for (const e of t.events ?? []) assert.match(e.type?.text ?? '', /^CustomEvent<.+>$/, `${t.tagName} ${e.name}: no type`);
  }
  const login = tags.find((t) => t.tagName === 'vss-login')!;
  assert.equal(login.events!.find((e) => e.name === 'vss-login')!.type!.text, 'CustomEvent<LoginDetail>');
  const pkgDir = join(dist, 'packages/elements');
  const modules = manifest.modules.map((m) => m.path);
  assert.ok(modules.includes('login/login.js'));
  for (const path of modules) {
    assert.ok(existsSync(join(pkgDir, path)), `${path} is not in the package`);
    assert.ok(existsSync(join(pkgDir, path.replace(/\.js$/, '.d.ts'))), `${path}: no declarations next to it`);
  }
  // a re-export's module is written as the source wrote it: relative to the module that re-exports
  const referenced = manifest.modules.flatMap((m) =>
    (m.exports ?? []).flatMap((x) => (x.declaration.module ? [join(x.declaration.module.startsWith('.') ? dirname(m.path) : '', x.declaration.module)] : [])),
  );
  for (const path of referenced) assert.ok(existsSync(join(pkgDir, path)), `${path} (referenced) is not in the package`);
  assert.ok(!tags.some((t) => t.tagName === 'vss-sms-inbox'), 'the demo inbox is not part of the elements package');
});

test('the JSX and Vue types are generated from the manifest, shipped and referenced from package.json', () => {
  const pkg = json('packages/elements/package.json');
  assert.equal(pkg.customElements, './custom-elements.json');
  assert.equal(pkg['web-types'], './web-types.json');
  assert.deepEqual(pkg.exports['./jsx'], { types: './jsx.d.ts' });
  assert.deepEqual(pkg.exports['./vue'], { types: './vue.d.ts' });
  const jsx = read('packages/elements/jsx.d.ts');
  // (assert.ok: a failed match would print the whole 100 kB file)
  assert.ok(/from "@vssid\/elements\/login\/login\.js"/.test(jsx), 'jsx.d.ts imports the element classes from the package');
  assert.ok(/"onvss-login"\?:/.test(jsx), 'jsx.d.ts types the vss-login handler');
  assert.ok(/declare module ["']react["']/.test(jsx), "jsx.d.ts adds the tags to React's JSX");
  const vue = read('packages/elements/vue.d.ts');
  assert.ok(/onVssLogin\?: \(e: CustomEvent<LoginDetail>\) => void/.test(vue), 'vue.d.ts types @vss-login');
  assert.ok(/interface GlobalComponents extends CustomElements/.test(vue), "vue.d.ts adds the tags to Vue's components");
  for (const tag of tags) {
    assert.ok(jsx.includes(`"${tag.tagName}":`), `${tag.tagName} missing from jsx.d.ts`);
    assert.ok(vue.includes(`"${tag.tagName}":`), `${tag.tagName} missing from vue.d.ts`);
  }
});

test("no production file names the mock's /dev/ routes (the check finds them in @vssid/mocks)", () => {
  for (const d of ['packages/core', 'packages/elements', 'cdn']) assert.deepEqual(findDevRoutes(join(dist, d)), [], d);
  const inMocks = findDevRoutes(join(dist, 'packages/mocks')) as string[];
  assert.ok(inMocks.some((f) => f.endsWith('dev-client.js')), 'the route check found nothing where the route is');
  const elements = json('packages/elements/package.json');
  assert.ok(!Object.keys(elements.exports).some((k) => k.includes('sms-inbox')));
  assert.doesNotMatch(read('cdn/vssid-elements.js'), /vss-sms-inbox/);
  assert.doesNotMatch(read('packages/elements/index.js'), /sms-inbox/);
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

test('MIT LICENSE at the root and in every package, the same text; a CHANGELOG in Keep a Changelog form', () => {
  const license = readFileSync(join(root as string, 'LICENSE'), 'utf8');
  assert.match(license, /^MIT License\n/);
  const versions = new Set<string>();
  for (const dir of ['packages/core', 'packages/elements', 'mocks']) {
    assert.equal(readFileSync(join(root as string, dir, 'LICENSE'), 'utf8'), license, `${dir}/LICENSE differs`);
    const pkg = JSON.parse(readFileSync(join(root as string, dir, 'package.json'), 'utf8'));
    assert.equal(pkg.license, 'MIT');
    versions.add(pkg.version);
  }
  assert.equal(versions.size, 1, 'the three packages are released under one version');
  const changelog = readFileSync(join(root as string, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, /keepachangelog\.com/);
  const version = JSON.parse(readFileSync(join(root as string, 'packages/elements/package.json'), 'utf8')).version;
  assert.match(changelog, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'), 'the current version has no entry');
});
