// `npm run build`: everything a portal or a package registry gets, in dist/.
//   dist/packages/core      @vssid/core: one file per package.json export over shared chunks, .d.ts in types/
//                           (zod external)
//   dist/packages/elements  @vssid/elements: one .js and one .d.ts per source module, at its source path
//                           (`login/login.js`, entry `@vssid/elements/login`), so every module path of the
//                           manifest and every deep import resolves; custom-elements.json and the types and
//                           editor data generated from it (jsx.d.ts, vue.d.ts, vscode.*.json, web-types.json);
//                           themes/*.css and the CDN files in cdn/; lit (a peer), @lit/*, core external
//   dist/packages/mocks     @vssid/mocks: the mock backend (worker, node server, `vssid-mock-server`) and the
//                           demo-only <vss-sms-inbox>, one .js and .d.ts per module
//   dist/cdn/vssid-loader.js     the one script tag a portal adds: defines each tag when it first appears,
//                           loading that element's files from elements/ all at once (map generated here)
//   dist/cdn/vssid-loader.css    hides undefined tags in the space they will take
//   dist/cdn/vssid-loader.manifest.json  the loader's map, for tools (tag → files)
//   dist/cdn/vssid-elements.js   ONE self-contained minified file defining every tag; it loads
//   dist/cdn/vssid-elements.en.js  (its English pack) only when a page shows English
//   dist/cdn/elements/<name>.js  per-element script entries with shared chunks (lit; data = client, schemas,
//                           zod; the rest split by use), self-contained
//   dist/cdn/themes/*.css        page-level theme stylesheets (also in the elements package)
//   dist/cem/                custom-elements.json (Storybook's, with the mock's inbox) and package/ (see
//                           scripts/build-cem.mjs)
// Each package folder is what `npm run pack` (scripts/pack.mjs) turns into a tarball: built .js and .d.ts,
// package.json, LICENSE, CHANGELOG.md; no source .ts. Vite 8 (Rolldown) library builds; declarations by
// tsc 7 (emitDeclarationOnly). Fails when a mock or faker marker reaches core, elements or the CDN files,
// or when any of them names the mock's /dev/ routes. Prints raw and gzip sizes.
// Usage: node scripts/build.mjs [--no-types] [--quiet]
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import {
  elementFolders,
  externalOf,
  findDevRoutes,
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
import { buildCem, packageCemDir } from './build-cem.mjs';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const log = (...a) => quiet || console.log(...a);
const dist = join(root, 'dist');
const t0 = Date.now();
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const corePkg = readJson('packages/core/package.json');
const elementsPkg = readJson('packages/elements/package.json');
const mocksPkg = readJson('mocks/package.json');
const elements = elementFolders();
// @vssid/core's entries are its package.json exports ('.' -> index, './format' -> format, ...)
const coreEntryName = (key) => (key === '.' ? 'index' : key.slice(2));
const coreEntries = Object.fromEntries(
  Object.entries(corePkg.exports).map(([key, src]) => [coreEntryName(key), join('packages/core', src)]),
);
/** What a package build leaves as imports: its dependencies and peers. */
const runtimeDeps = (pkg) => ({ ...pkg.dependencies, ...pkg.peerDependencies });

/** One Vite library build (see viteLibConfig). */
const lib = (options) => build(viteLibConfig(options));

rmSync(join(dist, 'packages'), { recursive: true, force: true });
rmSync(join(dist, 'cdn'), { recursive: true, force: true });

// (a) the packages
const coreOut = join(dist, 'packages/core');
await lib({ entry: coreEntries, outDir: coreOut, external: externalOf(runtimeDeps(corePkg)), sourcemap: false });
const elementsOut = join(dist, 'packages/elements');
await lib({
  entry: {
    index: 'packages/elements/src/index.ts',
    ...Object.fromEntries(elements.map((n) => [`${n}/${n}`, `packages/elements/src/${n}/${n}.ts`])),
  },
  outDir: elementsOut,
  external: externalOf(runtimeDeps(elementsPkg)),
  preserveModulesRoot: 'packages/elements/src',
});
// @vssid/mocks: its exports and the server command; Node's own modules stay imports
const mocksOut = join(dist, 'packages/mocks');
const mocksExternal = externalOf(runtimeDeps(mocksPkg));
await lib({
  entry: Object.fromEntries(
    [...Object.values(mocksPkg.exports), './src/bin.ts']
      .filter((src) => src.endsWith('.ts'))
      .map((src) => [src.replace(/^\.\/src\//, '').replace(/\.ts$/, ''), join('mocks', src)]),
  ),
  outDir: mocksOut,
  external: (id, importer) => id.startsWith('node:') || mocksExternal(id, importer),
  preserveModulesRoot: 'mocks/src',
});
cpSync(join(root, 'mocks/public/mockServiceWorker.js'), join(mocksOut, 'mockServiceWorker.js'));
const mocksBin = join(mocksOut, 'bin.js');
writeFileSync(mocksBin, `#!/usr/bin/env node\n${readFileSync(mocksBin, 'utf8').replace(/^#!.*\n/, '')}`);
chmodSync(mocksBin, 0o755);

// (b) the CDN files: every dependency inside, minified
const cdnOut = join(dist, 'cdn');
await build(cdnFileBuild(cdnOut));
await build(cdnEnglishBuild(cdnOut));
const elementsOutput = await build(await cdnElementsBuild(join(cdnOut, 'elements')));
// the loader: one small module knowing, for every tag, the whole set of files it needs
const loaderChunks = (Array.isArray(elementsOutput) ? elementsOutput : [elementsOutput])
  .flatMap((o) => o.output)
  .filter((o) => o.type === 'chunk');
const map = loaderMap(loaderChunks);
writeFileSync(join(cdnOut, LOADER_FILE), await loaderCode(map));
// the same map for tools and tests (pages never fetch it)
writeFileSync(join(cdnOut, LOADER_MANIFEST_FILE), JSON.stringify(map, null, 1) + '\n');
writeFileSync(join(cdnOut, LOADER_CSS_FILE), loaderCss(Object.keys(map.tags).map((t) => `vss-${t}`)));

// (c, d) the manifest and the types and editor data generated from it
await buildCem();
cpSync(packageCemDir, elementsOut, { recursive: true });
for (const f of ['vssid-elements.js', CDN_ENGLISH_FILE]) cpSync(join(cdnOut, f), join(elementsOut, 'cdn', f));
// page-level theme stylesheets, regenerated from the source of the provider's themes
execFileSync(process.execPath, [join(root, 'scripts/build-themes.mjs')], { stdio: 'ignore' });
cpSync(join(root, 'packages/elements/themes'), join(elementsOut, 'themes'), { recursive: true });
cpSync(join(root, 'packages/elements/themes'), join(cdnOut, 'themes'), { recursive: true });

// Declarations: tsc 7 over the three packages' sources, then each package gets its own tree (the elements'
// and the mocks' next to their modules, core's in types/).
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
        rootDir: rel('.'),
        types: ['node'],
      },
      include: [rel('packages/core/src'), rel('packages/elements/src'), rel('mocks/src')],
      exclude: [],
    }),
  );
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(cache, 'tsconfig.types.json')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (e) {
    // Type errors do not stop the emit; report them (the typecheck step is where they fail the build).
    const out = String(/** @type {any} */ (e).stdout ?? '');
    console.warn(
      `build: tsc reported type errors while writing declarations:\n${out.split('\n').slice(0, 10).join('\n')}`,
    );
  }
  cpSync(join(typesTmp, 'packages/core/src'), join(coreOut, 'types'), { recursive: true });
  cpSync(join(typesTmp, 'packages/elements/src'), elementsOut, { recursive: true });
  cpSync(join(typesTmp, 'mocks/src'), mocksOut, { recursive: true });
}

// package.json of each built package: the workspace's own metadata, pointing at the built files, with
// workspace links turned into ranges of the version published alongside.
const types = (p) => (args.includes('--no-types') ? {} : { types: p });
const published = { [corePkg.name]: corePkg.version, [elementsPkg.name]: elementsPkg.version };
const ranges = (deps) =>
  deps &&
  Object.fromEntries(Object.entries(deps).map(([n, v]) => [n, v.startsWith('workspace:') ? `^${published[n]}` : v]));
/** name, version, description, license, keywords, homepage, repository: the same in every package.json. */
const metadata = (pkg) => ({
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  keywords: pkg.keywords,
  homepage: pkg.homepage,
  repository: pkg.repository,
  type: 'module',
});
const sourceDir = {
  [corePkg.name]: 'packages/core',
  [elementsPkg.name]: 'packages/elements',
  [mocksPkg.name]: 'mocks',
};
const writePackage = (dir, pkg, fields) => {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...metadata(pkg), ...fields }, null, 2) + '\n');
  for (const f of ['LICENSE', 'CHANGELOG.md']) cpSync(join(root, f), join(dir, f));
  cpSync(join(root, sourceDir[pkg.name], 'README.md'), join(dir, 'README.md'));
};
/** `./x.ts` source path -> `./x.js` built path, and the same for its declarations. */
const builtJs = (src) => src.replace(/^\.\/src\//, './').replace(/\.ts$/, '.js');
const builtDts = (src) => builtJs(src).replace(/\.js$/, '.d.ts');

writePackage(coreOut, corePkg, {
  // importing the English messages registers them
  sideEffects: ['./messages-en.js'],
  main: './index.js',
  ...types('./types/index.d.ts'),
  exports: {
    ...Object.fromEntries(
      Object.entries(corePkg.exports).map(([key, src]) => [
        key,
        {
          ...types(src.replace(/^\.\/src\//, './types/').replace(/\.ts$/, '.d.ts')),
          default: `./${coreEntryName(key)}.js`,
        },
      ]),
    ),
    './package.json': './package.json',
  },
  dependencies: ranges(corePkg.dependencies),
});
writePackage(elementsOut, elementsPkg, {
  main: './index.js',
  ...types('./index.d.ts'),
  customElements: './custom-elements.json',
  'web-types': './web-types.json',
  exports: {
    '.': { ...types('./index.d.ts'), default: './index.js' },
    ...Object.fromEntries(elements.map((n) => [`./${n}`, { ...types(`./${n}/${n}.d.ts`), default: `./${n}/${n}.js` }])),
    // every module by its path (the manifest's module paths, and the building blocks @vssid/mocks reuses)
    './*.js': { ...types('./*.d.ts'), default: './*.js' },
    // types only: JSX (React 19, Preact, Solid, …) and Vue templates, generated from the manifest
    './jsx': { types: './jsx.d.ts' },
    './vue': { types: './vue.d.ts' },
    './cdn': './cdn/vssid-elements.js',
    './cdn/*': './cdn/*',
    './themes/*': './themes/*',
    './custom-elements.json': './custom-elements.json',
    './web-types.json': './web-types.json',
    './vscode.html-custom-data.json': './vscode.html-custom-data.json',
    './vscode.css-custom-data.json': './vscode.css-custom-data.json',
    './package.json': './package.json',
  },
  dependencies: ranges(elementsPkg.dependencies),
  peerDependencies: elementsPkg.peerDependencies,
});
writePackage(mocksOut, mocksPkg, {
  main: './index.js',
  ...types('./index.d.ts'),
  bin: { 'vssid-mock-server': './bin.js' },
  exports: {
    ...Object.fromEntries(
      Object.entries(mocksPkg.exports).map(([key, src]) => [key, { ...types(builtDts(src)), default: builtJs(src) }]),
    ),
    './mockServiceWorker.js': './mockServiceWorker.js',
    './package.json': './package.json',
  },
  dependencies: ranges(mocksPkg.dependencies),
  peerDependencies: ranges(mocksPkg.peerDependencies),
  peerDependenciesMeta: mocksPkg.peerDependenciesMeta,
});

// No mock, no faker, no route of the mock's in anything shipped for production.
const production = ['packages/core', 'packages/elements', 'cdn'].map((d) => join(dist, d));
const leaks = production.flatMap((d) => findMockMarkers(d));
if (leaks.length) {
  console.error(
    `build: mock/faker code reached the outputs:\n${leaks.map((l) => `  ${l.file}: ${l.marker}`).join('\n')}`,
  );
  process.exit(1);
}
const devRoutes = production.flatMap((d) => findDevRoutes(d));
if (devRoutes.length) {
  console.error(
    `build: the mock's /dev/ routes are named in production files:\n${devRoutes.map((f) => `  ${f}`).join('\n')}`,
  );
  process.exit(1);
}

// Sizes: the CDN file, then each element's script entry with everything it loads.
const cdnFile = readFileSync(join(cdnOut, 'vssid-elements.js'));
const sizes = {
  cdn: { raw: cdnFile.length, gzip: gzipSize(cdnFile) },
  cdnEnglish: { gzip: gzipSize(readFileSync(join(cdnOut, CDN_ENGLISH_FILE))) },
  loader: {
    gzip: gzipSize(readFileSync(join(cdnOut, LOADER_FILE))),
    css: gzipSize(readFileSync(join(cdnOut, LOADER_CSS_FILE))),
  },
  elements: Object.fromEntries(
    elements.map((n) => {
      const entry = join(cdnOut, 'elements', `${n}.js`);
      const files = [...importClosure(entry)];
      const all = Buffer.concat(files.map((f) => readFileSync(f)));
      return [
        n,
        { entryGzip: gzipSize(readFileSync(entry)), withChunksGzip: gzipSize(all), withChunksRaw: all.length },
      ];
    }),
  ),
};
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
log(`build: ${elements.length} element entries (${elements.join(', ')})`);
log(
  `  dist/cdn/${LOADER_FILE}  ${kb(sizes.loader.gzip)} gzip (${Object.keys(map.tags).length} tags, ${map.files.length} files); ${LOADER_CSS_FILE} ${kb(sizes.loader.css)} gzip`,
);
log(
  `  dist/cdn/vssid-elements.js  ${kb(sizes.cdn.raw)} min, ${kb(sizes.cdn.gzip)} gzip (+ ${CDN_ENGLISH_FILE} ${kb(sizes.cdnEnglish.gzip)} gzip when English is shown)`,
);
for (const [n, s] of Object.entries(sizes.elements)) {
  log(
    `  dist/cdn/elements/${n}.js`.padEnd(52) +
      `entry ${kb(s.entryGzip)} gzip; with its chunks ${kb(s.withChunksGzip)} gzip`,
  );
}
log(
  `build: done in ${((Date.now() - t0) / 1000).toFixed(1)} s (no mock or faker code, no /dev/ route in the production outputs)`,
);
