// `npm run build`: everything a portal or a package registry gets, in dist/.
//   dist/packages/core      @vssid/core as ES modules + .d.ts (zod external)
//   dist/packages/elements  @vssid/elements: one entry per element (`@vssid/elements/login`), shared chunks,
//                           .d.ts, custom-elements.json, VS Code data; lit, @lit/*, core external
//   dist/cdn/vssid-loader.js     the one script tag a portal adds: defines each tag when it first appears,
//                           loading that element's files from elements/ all at once (map generated here)
//   dist/cdn/vssid-loader.css    hides undefined tags in the space they will take
//   dist/cdn/vssid-loader.manifest.json  the loader's map, for tools (tag → files)
//   dist/cdn/vssid-elements.js   ONE self-contained minified file defining every tag; it loads
//   dist/cdn/vssid-elements.en.js  (its English pack) only when a page shows English
//   dist/cdn/elements/<name>.js  per-element script entries with shared chunks (lit; data = client, schemas,
//                           zod; the rest split by use), self-contained
//   dist/cdn/themes/*.css        page-level theme stylesheets (also in the elements package)
//   dist/cem/                custom-elements.json + vscode.html-custom-data.json
// Vite 8 (Rolldown) library builds; declarations by tsc 7 (emitDeclarationOnly). Fails when a mock or
// faker marker reaches any output. Prints raw and gzip sizes.
// Usage: node scripts/build.mjs [--no-types] [--quiet]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import {
  elementFolders,
  elementsSrc,
  findMockMarkers,
  gzipSize,
  importClosure,
  kb,
  root,
  viteLibConfig,
  cdnFileBuild,
  cdnEnglishBuild,
  cdnElementsBuild,
  CDN_ENGLISH_FILE,
  LOADER_CSS_FILE,
  LOADER_FILE,
  LOADER_MANIFEST_FILE,
  loaderCode,
  loaderCss,
  loaderMap,
} from './build-lib.mjs';
import { analyze, vscodeData } from './build-cem.mjs';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const log = (...a) => quiet || console.log(...a);
const dist = join(root, 'dist');
const t0 = Date.now();
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const corePkg = readJson('packages/core/package.json');
const elementsPkg = readJson('packages/elements/package.json');
const elements = elementFolders();
// @vssid/core's entries are its package.json exports ('.' -> index, './format' -> format, ...)
const coreEntryName = (key) => (key === '.' ? 'index' : key.slice(2));
const coreEntries = Object.fromEntries(
  Object.entries(corePkg.exports).map(([key, src]) => [coreEntryName(key), join('packages/core', src)]),
);

/** Bare specifiers of `deps` (and their subpaths) stay imports in the package builds. */
const externalOf = (deps) => {
  const names = Object.keys(deps);
  return (id) => names.some((n) => id === n || id.startsWith(`${n}/`));
};

/** One Vite library build (see viteLibConfig). */
const lib = (options) => build(viteLibConfig(options));

rmSync(join(dist, 'packages'), { recursive: true, force: true });
rmSync(join(dist, 'cdn'), { recursive: true, force: true });

// (a) the packages
const coreOut = join(dist, 'packages/core');
await lib({
  entry: coreEntries,
  outDir: coreOut,
  external: externalOf(corePkg.dependencies ?? {}),
});
const elementsOut = join(dist, 'packages/elements');
const elementEntries = Object.fromEntries(elements.map((n) => [n, `packages/elements/src/${n}/${n}.ts`]));
await lib({
  entry: { index: 'packages/elements/src/index.ts', ...elementEntries },
  outDir: elementsOut,
  external: externalOf(elementsPkg.dependencies ?? {}),
});

// (b) the CDN files: every dependency inside, minified
const cdnOut = join(dist, 'cdn');
await build(cdnFileBuild(cdnOut));
await build(cdnEnglishBuild(cdnOut));
const elementsOutput = await build(await cdnElementsBuild(join(cdnOut, 'elements')));
// the loader: one small module knowing, for every tag, the whole set of files it needs
const loaderChunks = (Array.isArray(elementsOutput) ? elementsOutput : [elementsOutput]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
const map = loaderMap(loaderChunks);
writeFileSync(join(cdnOut, LOADER_FILE), await loaderCode(map));
// the same map for tools and tests (pages never fetch it)
writeFileSync(join(cdnOut, LOADER_MANIFEST_FILE), JSON.stringify(map, null, 1) + '\n');
writeFileSync(join(cdnOut, LOADER_CSS_FILE), loaderCss(Object.keys(map.tags).map((t) => `vss-${t}`)));

// (c, d) the manifest and VS Code data
const manifest = analyze();
writeFileSync(join(dist, 'cem/vscode.html-custom-data.json'), JSON.stringify(vscodeData(manifest), null, 2) + '\n');
cpSync(join(dist, 'cem'), elementsOut, { recursive: true });
for (const f of ['vssid-elements.js', CDN_ENGLISH_FILE]) cpSync(join(cdnOut, f), join(elementsOut, 'cdn', f));
// page-level theme stylesheets, regenerated from the source of the provider's themes
execFileSync(process.execPath, [join(root, 'scripts/build-themes.mjs')], { stdio: 'ignore' });
cpSync(join(root, 'packages/elements/themes'), join(elementsOut, 'themes'), { recursive: true });
cpSync(join(root, 'packages/elements/themes'), join(cdnOut, 'themes'), { recursive: true });

// Declarations: tsc 7 over both packages' sources, then each package gets its own tree.
if (!args.includes('--no-types')) {
  const cache = join(root, 'node_modules/.cache/vssid-build');
  const typesTmp = join(cache, 'types');
  rmSync(typesTmp, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const rel = (p) => relative(cache, join(root, p));
  writeFileSync(
    join(cache, 'tsconfig.types.json'),
    JSON.stringify({
      extends: rel('tsconfig.json'),
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: 'types',
        rootDir: rel('packages'),
        types: [],
      },
      include: [rel('packages/core/src'), rel('packages/elements/src')],
      exclude: [],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(cache, 'tsconfig.types.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    // Type errors do not stop the emit; report them (the typecheck step is where they fail the build).
    const out = String(/** @type {any} */ (e).stdout ?? '');
    console.warn(`build: tsc reported type errors while writing declarations:\n${out.split('\n').slice(0, 10).join('\n')}`);
  }
  cpSync(join(typesTmp, 'core/src'), join(coreOut, 'types'), { recursive: true });
  cpSync(join(typesTmp, 'elements/src'), join(elementsOut, 'types'), { recursive: true });
}

// package.json of each built package: the workspace's own, pointing at the built files.
const types = (p) => (args.includes('--no-types') ? {} : { types: p });
writeFileSync(
  join(coreOut, 'package.json'),
  JSON.stringify(
    {
      name: corePkg.name,
      version: corePkg.version,
      description: corePkg.description,
      type: 'module',
      // importing the English messages registers them
      sideEffects: ['./messages-en.js'],
      exports: Object.fromEntries(
        Object.entries(corePkg.exports).map(([key, src]) => [
          key,
          { ...types(src.replace(/^\.\/src\//, './types/').replace(/\.ts$/, '.d.ts')), default: `./${coreEntryName(key)}.js` },
        ]),
      ),
      dependencies: corePkg.dependencies,
    },
    null,
    2,
  ),
);
writeFileSync(
  join(elementsOut, 'package.json'),
  JSON.stringify(
    {
      name: elementsPkg.name,
      version: elementsPkg.version,
      description: elementsPkg.description,
      type: 'module',
      // importing an entry defines its tags
      sideEffects: ['./index.js', ...elements.map((n) => `./${n}.js`), './chunks/*.js', './cdn/*.js'],
      customElements: './custom-elements.json',
      exports: {
        '.': { ...types('./types/index.d.ts'), default: './index.js' },
        ...Object.fromEntries(elements.map((n) => [`./${n}`, { ...types(`./types/${n}/${n}.d.ts`), default: `./${n}.js` }])),
        './cdn': './cdn/vssid-elements.js',
        './themes/*': './themes/*',
        './custom-elements.json': './custom-elements.json',
        './vscode.html-custom-data.json': './vscode.html-custom-data.json',
      },
      dependencies: { ...elementsPkg.dependencies, [corePkg.name]: corePkg.version },
    },
    null,
    2,
  ),
);

// No mock, no faker, in anything shipped.
const leaks = ['packages', 'cdn'].flatMap((d) => findMockMarkers(join(dist, d)));
if (leaks.length) {
  console.error(`build: mock/faker code reached the outputs:\n${leaks.map((l) => `  ${l.file}: ${l.marker}`).join('\n')}`);
  process.exit(1);
}

// Sizes: the CDN file, then each element's script entry with everything it loads.
const cdnFile = readFileSync(join(cdnOut, 'vssid-elements.js'));
const sizes = {
  cdn: { raw: cdnFile.length, gzip: gzipSize(cdnFile) },
  cdnEnglish: { gzip: gzipSize(readFileSync(join(cdnOut, CDN_ENGLISH_FILE))) },
  loader: { gzip: gzipSize(readFileSync(join(cdnOut, LOADER_FILE))), css: gzipSize(readFileSync(join(cdnOut, LOADER_CSS_FILE))) },
  elements: Object.fromEntries(
    elements.map((n) => {
      const entry = join(cdnOut, 'elements', `${n}.js`);
      const files = [...importClosure(entry)];
      const all = Buffer.concat(files.map((f) => readFileSync(f)));
      return [n, { entryGzip: gzipSize(readFileSync(entry)), withChunksGzip: gzipSize(all), withChunksRaw: all.length }];
    }),
  ),
};
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
log(`build: ${elements.length} element entries (${elements.join(', ')})`);
log(`  dist/cdn/${LOADER_FILE}  ${kb(sizes.loader.gzip)} gzip (${Object.keys(map.tags).length} tags, ${map.files.length} files); ${LOADER_CSS_FILE} ${kb(sizes.loader.css)} gzip`);
log(`  dist/cdn/vssid-elements.js  ${kb(sizes.cdn.raw)} min, ${kb(sizes.cdn.gzip)} gzip (+ ${CDN_ENGLISH_FILE} ${kb(sizes.cdnEnglish.gzip)} gzip when English is shown)`);
for (const [n, s] of Object.entries(sizes.elements)) {
  log(`  dist/cdn/elements/${n}.js`.padEnd(52) + `entry ${kb(s.entryGzip)} gzip; with its chunks ${kb(s.withChunksGzip)} gzip`);
}
log(`build: done in ${((Date.now() - t0) / 1000).toFixed(1)} s (no mock or faker code in the outputs)`);
