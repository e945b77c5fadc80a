// Shared pieces of the distribution builds (scripts/build.mjs, scripts/build-demo.mjs, scripts/build-frameworks.mjs).
import { readdirSync, existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyLiterals } from './minify-literals.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const coreClientSrc = join(root, 'packages/core/src/client');
export const elementsSrc = join(root, 'packages/elements/src');

/** Element folders: `packages/elements/src/<name>/` holding a same-named `<name>.ts`. */
export function elementFolders() {
  return readdirSync(elementsSrc)
    .filter(
      (name) => statSync(join(elementsSrc, name)).isDirectory() && existsSync(join(elementsSrc, name, `${name}.ts`)),
    )
    .sort();
}

/** Folders whose custom elements are defined through the guard below (the elements, the mock's inbox). */
const guardedRoots = [elementsSrc, join(root, 'mocks/src/sms-inbox')];
const isGuarded = (importer) => !!importer && guardedRoots.some((r) => importer.startsWith(r));
const guardedSpecifiers = ['lit/decorators.js', 'lit/decorators/custom-element.js'];

/** Every decorator of lit/decorators.js but customElement. */
const litDecorators = [
  'property',
  'state',
  'eventOptions',
  'query',
  'queryAll',
  'queryAsync',
  'queryAssignedElements',
  'queryAssignedNodes',
];

const GUARD = '\0vssid:guarded-custom-element';
const GUARDED_DECORATORS = '\0vssid:guarded-decorators';

const guardSource = `export const customElement = (tagName) => (cls, context) => {
  const define = () => { if (!customElements.get(tagName)) customElements.define(tagName, cls); };
  if (context !== undefined && typeof context === 'object' && 'addInitializer' in context) context.addInitializer(define);
  else define();
};`;

/**
 * Lit's `@customElement` calls `customElements.define`, which throws when the tag is already defined: a page
 * that loads the CDN file twice, or the CDN file plus a per-element entry, would break. In the built outputs
 * the elements' `lit/decorators.js` resolves to the same exports with a `customElement` that defines a tag
 * only once (the first definition wins); the sources keep plain Lit.
 * @returns {import('vite').Plugin}
 */
export function guardedDefine() {
  return {
    name: 'vssid-guarded-define',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!isGuarded(importer)) return null;
      if (source === 'lit/decorators.js') return GUARDED_DECORATORS;
      if (source === 'lit/decorators/custom-element.js') return GUARD;
      return null;
    },
    // Bundled dependencies define tags too (lit-virtualizer defines <lit-virtualizer>): every direct call is
    // guarded the same way. Lit's own decorator is covered here when lit is bundled.
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('customElements.define(')) return null;
      return {
        code: code.replace(
          /\bcustomElements\.define\(/g,
          '((n, c, o) => customElements.get(n) || customElements.define(n, c, o))(',
        ),
        map: null,
      };
    },
    load(id) {
      if (id === GUARD) return guardSource;
      // Lit's other decorators by name (an `export *` of an external module costs a namespace object at runtime).
      if (id === GUARDED_DECORATORS)
        return `export { ${litDecorators.join(', ')} } from 'lit/decorators.js';\n${guardSource}`;
      return null;
    },
  };
}

/** Barrels whose named imports go straight to the defining modules in the per-element CDN build. */
const DIRECT_BARRELS = /^(@vssid\/core(\/[a-z0-9-]+)?|@lit\/localize)$/;

/**
 * `import { x } from '@vssid/core/format'` goes straight to the module that defines `x`. A barrel makes every
 * module it re-exports a dependency of whoever imports one name from it; for the per-element CDN build that
 * decides what lands in the shared runtime chunk, so there the named imports of @vssid/core's entries and of
 * @lit/localize are rewritten to the defining modules (both are free of side effects, so skipping the barrel
 * loses nothing; @lit/localize's runtime-mode set-up, which the elements do not use, then stays out of every
 * page). Only named imports are rewritten; anything else stays as written.
 * @returns {import('vite').Plugin}
 */
export function directCoreImports() {
  /** @type {Map<string, Map<string, { file: string, name: string }>>} file → exported name → where it is defined */
  const exportsCache = new Map();
  let ts;
  const jsOf = (file) => ts.transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' }).code;
  // a relative specifier as written in a .ts source (`./x.js` for x.ts, `./dir/index.js`) or a .js one
  const rel = (from, spec) => {
    const js = join(from, '..', spec);
    if (from.endsWith('.js')) return js;
    const ts = js.replace(/\.js$/, '.ts');
    return existsSync(ts) ? ts : join(from, '..', spec.replace(/\.js$/, ''), 'index.ts');
  };
  /** What a core module exports, following `export … from` and `export *` to the defining module. */
  const exportsOf = (file, parse) => {
    if (exportsCache.has(file)) return exportsCache.get(file);
    const out = new Map();
    exportsCache.set(file, out);
    const ast = parse(jsOf(file));
    // (esbuild writes `export { a } from './m'` as an import plus a local export list)
    const imported = new Map();
    for (const n of ast.body) {
      if (n.type !== 'ImportDeclaration') continue;
      for (const sp of n.specifiers) {
        if (sp.type === 'ImportSpecifier')
          imported.set(sp.local.name, { from: rel(file, n.source.value), name: sp.imported.name ?? sp.imported.value });
      }
    }
    const follow = (from, name) => exportsOf(from, parse).get(name) ?? { file: from, name };
    for (const n of ast.body) {
      if (n.type === 'ExportAllDeclaration' && !n.exported) {
        for (const [k, v] of exportsOf(rel(file, n.source.value), parse))
          if (k !== 'default' && !out.has(k)) out.set(k, v);
      } else if (n.type === 'ExportNamedDeclaration' && n.source) {
        for (const sp of n.specifiers)
          out.set(
            sp.exported.name ?? sp.exported.value,
            follow(rel(file, n.source.value), sp.local.name ?? sp.local.value),
          );
      } else if (n.type === 'ExportNamedDeclaration' && n.declaration) {
        const names = n.declaration.declarations?.map((d) => d.id.name) ?? [n.declaration.id?.name];
        for (const name of names) if (name) out.set(name, { file, name });
      } else if (n.type === 'ExportNamedDeclaration') {
        for (const sp of n.specifiers) {
          const exported = sp.exported.name ?? sp.exported.value;
          const via = imported.get(sp.local.name);
          out.set(exported, via ? follow(via.from, via.name) : { file, name: exported });
        }
      }
    }
    return out;
  };
  return {
    name: 'vssid-direct-core-imports',
    async buildStart() {
      ts = await import('esbuild');
      exportsCache.clear();
    },
    // after the TypeScript transform, so the code parses as JavaScript
    async transform(code, id) {
      if (!id.startsWith(elementsSrc) || !/@vssid\/core|@lit\/localize/.test(code)) return null;
      const parse = (c) => this.parse(c);
      const edits = [];
      for (const n of this.parse(code).body) {
        if (n.type !== 'ImportDeclaration' || !DIRECT_BARRELS.test(n.source.value)) continue;
        if (!n.specifiers.length || n.specifiers.some((sp) => sp.type !== 'ImportSpecifier')) continue;
        const barrel = (await this.resolve(n.source.value, id))?.id;
        if (!barrel || !existsSync(barrel)) continue;
        const table = exportsOf(barrel, parse);
        const lines = n.specifiers.map((sp) => {
          const imported = sp.imported.name ?? sp.imported.value;
          const at = table.get(imported) ?? { file: barrel, name: imported };
          return `import { ${at.name} as ${sp.local.name} } from ${JSON.stringify(at.file)};`;
        });
        edits.push({ start: n.start, end: n.end, text: lines.join('\n') });
      }
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * The `external` option of a package build: the bare specifiers of `deps` (and their subpaths) stay
 * imports, except the Lit decorators the elements import, which the guard above replaces (it re-exports
 * the rest of them from 'lit/decorators.js', which then stays external).
 * @param {Record<string, string>} deps
 */
export function externalOf(deps) {
  const names = Object.keys(deps);
  return (id, importer) => {
    if (guardedSpecifiers.includes(id) && isGuarded(importer)) return false;
    return names.some((n) => id === n || id.startsWith(`${n}/`));
  };
}

/** Text that only the mock backend or faker contain: none of it may reach a shipped file. */
export const mockMarkers = [
  '[MSW]',
  'mockServiceWorker',
  'setupWorker',
  '@faker-js',
  'vssid-mock-backend',
  'faker.seed',
  'HttpResponse.error',
];

/** Every file under `dir` (recursively), not following links nor entering node_modules. */
export function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = lstatSync(p);
    if (s.isSymbolicLink() || name === 'node_modules') continue;
    if (s.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** Markers found in JS files under `dir`: `[{ file, marker }]`. */
export function findMockMarkers(dir) {
  const hits = [];
  for (const file of filesUnder(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const marker of mockMarkers) if (text.includes(marker)) hits.push({ file: relative(root, file), marker });
  }
  return hits;
}

/** The mock backend's own routes (`/api/dev/sms`, `/dev/faults`, …): only @vssid/mocks may name them. */
export const devRoutePattern = /\/api\/dev\/|\/dev\/(?:sms|faults|clock|reset|registrations)\b/;

/** Text files under `dir` that name a route of the mock's (scripts, declarations, data, styles, pages). */
export function findDevRoutes(dir) {
  return filesUnder(dir)
    .filter((f) => /\.(m?js|d\.ts|json|html|css)$/.test(f) && devRoutePattern.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f));
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** The static-import closure of an ES module file (relative `./` and `../` imports only). */
export function importClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    importClosure(join(file, '..', m[1]), seen);
  }
  return seen;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The Vite 8 (Rolldown) library build config of the shipped outputs, shared by scripts/build.mjs and the
 * size budget (bench/size.mjs measures the CDN file from exactly this build, in memory with `write: false`).
 * @param {{ entry: Record<string, string>, outDir: string, external?: (id: string) => boolean, minify?: boolean,
 *   split?: boolean, chunkGroups?: object[], write?: boolean, empty?: boolean,
 *   plugins?: import('vite').Plugin[], preserveModulesRoot?: string, sourcemap?: boolean,
 *   entrySignatures?: 'strict' | 'allow-extension' }} o
 *   `preserveModulesRoot`: one output file per source module, at its path below that folder (the
 *   published packages: every module path of the manifest and every deep import is a real file)
 * @returns {import('vite').InlineConfig}
 */
export function viteLibConfig({
  entry,
  outDir,
  external,
  minify = false,
  split = true,
  chunkGroups,
  write = true,
  empty = true,
  plugins = [],
  preserveModulesRoot,
  // the published packages ship .js and .d.ts only (their sources are not in them to map to)
  sourcemap = !minify && !preserveModulesRoot,
  entrySignatures,
}) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [guardedDefine(), minifyLiterals(), ...plugins],
    // Library mode leaves process.env alone; the self-contained files have no bundler after them.
    define: external ? {} : { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: empty,
      write,
      target: 'es2022',
      minify,
      sourcemap,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external,
        ...(entrySignatures ? { preserveEntrySignatures: entrySignatures } : {}),
        // the literal minifier is slow by design (it parses every element source); no need to say so each build
        checks: { pluginTimings: false },
        output: {
          // lib mode keeps whitespace for es output unless told; the CDN files are fully minified
          minify,
          // and without annotation comments (/* @__PURE__ */, @vite-ignore): a minified file is final, no bundler
          // reads it after this, and the runtime alone held some 330 of them (0.4 kB gzip on every page)
          ...(minify ? { comments: { annotation: false } } : {}),
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: split ? (chunkGroups ? { groups: chunkGroups } : true) : false,
          ...(preserveModulesRoot
            ? { preserveModules: true, preserveModulesRoot: join(root, preserveModulesRoot) }
            : {}),
        },
      },
    },
  };
}

/** The CDN file's English pack, next to it: the one file it may load, and only when a page shows English. */
export const CDN_ENGLISH_FILE = 'vssid-elements.en.js';
const englishPack = join(elementsSrc, 'i18n/english.ts');

/**
 * The CDN file's build: packages/elements/src/index.ts with every dependency inside, minified, one file,
 * except the English pack, which stays a dynamic import of `./vssid-elements.en.js` (see cdnEnglishBuild);
 * the elements' other on-demand parts are inside, imported eagerly (see eagerImports).
 */
export const cdnFileBuild = (outDir, write = true) =>
  viteLibConfig({
    entry: { 'vssid-elements': 'packages/elements/src/index.ts' },
    outDir,
    minify: true,
    split: false,
    write,
    plugins: [
      eagerImports(),
      {
        // One file has nothing to fetch later: the client the elements use is the one with the schemas at hand.
        name: 'vssid-cdn-client-at-once',
        enforce: 'pre',
        resolveId: (source, importer) =>
          source === './on-demand-client.js' && importer?.startsWith(coreClientSrc) ? '\0vssid-client-at-once' : null,
        load: (id) =>
          id === '\0vssid-client-at-once'
            ? `export { VssClient as OnDemandClient } from ${JSON.stringify(join(coreClientSrc, 'vss-client.ts'))};`
            : null,
      },
      {
        name: 'vssid-cdn-english-pack',
        enforce: 'pre',
        async resolveId(source, importer, options) {
          if (source !== './english.js' || !importer?.startsWith(join(elementsSrc, 'i18n'))) return null;
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          return resolved?.id === englishPack ? { id: `./${CDN_ENGLISH_FILE}`, external: true } : null;
        },
      },
    ],
  });

/**
 * In the one-file CDN build nothing is fetched on demand (but the English pack), so the elements' `import()`
 * boundaries, and the one by which the client fetches the schemas of the answers, would only cost wrappers
 * around every module behind them: they become plain imports there. The package builds and the per-element
 * CDN entries keep them.
 * @returns {import('vite').Plugin}
 */
function eagerImports() {
  const schemasOnDemand = join(root, 'packages/core/src/client/schemas-on-demand.ts');
  return {
    name: 'vssid-cdn-eager-imports',
    // after the TypeScript transform, so the code parses as JavaScript
    transform(code, id) {
      if (!(id.startsWith(elementsSrc) || id === schemasOnDemand) || !code.includes('import(')) return null;
      const found = [];
      const walk = (n) => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(walk);
        if (n.type === 'ImportExpression' && n.source.type === 'Literal' && n.source.value !== './english.js')
          found.push(n);
        for (const k in n) if (k !== 'type' && typeof n[k] === 'object') walk(n[k]);
      };
      walk(this.parse(code));
      if (!found.length) return null;
      let out = code;
      const head = [];
      // from the end, so that earlier offsets stay right
      for (const [i, n] of [...found].sort((a, b) => b.start - a.start).entries()) {
        head.push(`import * as __vssEager${i} from ${JSON.stringify(n.source.value)};`);
        out = `${out.slice(0, n.start)}Promise.resolve(__vssEager${i})${out.slice(n.end)}`;
      }
      return { code: `${head.join('\n')}\n${out}`, map: null };
    },
  };
}

/** The English pack of the CDN file: packages/elements/src/i18n/english.ts alone, data only, minified. */
export const cdnEnglishBuild = (outDir, write = true) =>
  viteLibConfig({
    entry: { [CDN_ENGLISH_FILE.replace(/\.js$/, '')]: englishPack },
    outDir,
    minify: true,
    split: false,
    write,
    empty: false,
  });

/**
 * What every element needs before it can render, whatever page it is on: the element base class and its
 * on-demand parts controller, the provider, the design tokens, the shared states (failure texts, hotline), and
 * so Lit, its localisation and context, and the data layer; plus two small helpers most elements use (number
 * formats, the card-code shape), cheaper inside than as files of their own. These seeds (paths under
 * packages/) are bundled alone first; the modules that bundle uses form the runtime chunk of the per-element
 * CDN build.
 */
export const RUNTIME_SEEDS = [
  'elements/src/base/vss-element.ts',
  'elements/src/base/on-demand.ts',
  'elements/src/provider/provider.ts',
  'elements/src/styles/tokens.ts',
  'elements/src/shared/states.ts',
  'core/src/format/numbers.ts',
  'core/src/domain/card-code-shape.ts',
  // the contract's value lists: shared with the schemas that the client fetches later, they would otherwise be
  // a small file of their own on many pages
  'core/src/schemas/values.ts',
  'core/src/proofs/claim-names.ts',
];

const SEEDS_ENTRY = 'vssid-runtime-seeds';

/**
 * The modules the runtime seeds use (tree-shaken: a module counts only if some of its code is kept), with the
 * per-element build's plugins, so that the answer is about the same modules.
 * @returns {Promise<Set<string>>}
 */
export async function runtimeModules() {
  const { build } = await import('vite');
  const result = await build(
    viteLibConfig({
      entry: { seeds: SEEDS_ENTRY },
      outDir: join(root, 'node_modules/.cache/vssid-build/seeds'),
      minify: true,
      write: false,
      plugins: [
        directCoreImports(),
        {
          name: 'vssid-runtime-seeds',
          enforce: 'pre',
          resolveId: (source) => (source.endsWith(SEEDS_ENTRY) ? `\0${SEEDS_ENTRY}` : null),
          load: (id) =>
            // every export of every seed is used (as the entry's), so nothing of theirs is shaken off
            id === `\0${SEEDS_ENTRY}`
              ? RUNTIME_SEEDS.map(
                  (s, i) => `export * as s${i} from ${JSON.stringify(join(root, 'packages', s))};`,
                ).join('\n')
              : null,
        },
      ],
    }),
  );
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  // what the entry loads statically (the English pack behind its import() is not the runtime)
  const files = new Set();
  const visit = (f) => {
    if (files.has(f)) return;
    files.add(f);
    byFile.get(f).imports.forEach(visit);
  };
  visit(chunks.find((c) => c.isEntry).fileName);
  const used = new Set();
  for (const f of files)
    for (const [id, m] of Object.entries(byFile.get(f).modules)) if (m.renderedLength > 0) used.add(id);
  return used;
}

/**
 * Shared chunks by purpose, beside the runtime: a page loads one file for each purpose it has rather than one per
 * module that a few elements share (each small file costs a request and compresses worse alone). Only what
 * entries load up front (`$initial`); parts loaded later keep their own files.
 */
const PURPOSE_CHUNKS = [
  // what a form needs before it is sent: core's checks and their messages
  {
    name: 'forms',
    test: /core[\\/]src[\\/](validators[\\/]|i18n[\\/](format-issue|messages\.vi))/,
  },
  // the error summary, apart: the form controls check fields but show none, and the estimates and the proof
  // page show one but check nothing of core's
  { name: 'summary', test: /elements[\\/]src[\\/]shared[\\/]error-summary/ },
  // what the record views (and the estimates built on them) share: their data tasks, the date tables, code
  // formatting, money and benefit levels
  {
    name: 'records',
    test: /@lit[\\/]task[\\/]|elements[\\/]src[\\/]base[\\/]session-task|core[\\/]src[\\/](domain[\\/](dates|money|benefit-levels)|format[\\/]codes)/,
  },
  // the participation analysis: the history's first view and the estimates' parts
  { name: 'participation', test: /core[\\/]src[\\/]analysis[\\/](participation|months)/ },
].map((g) => ({ ...g, tags: ['$initial'] }));

/**
 * The per-element CDN entries (dist/cdn/elements/<name>.js): every element folder as an entry, minified, with
 * everything inside, over as few shared chunks as the pages allow. What every element needs is one runtime
 * chunk ({@link runtimeModules}; it rides in the provider's file, which every page has); what several elements
 * share goes by purpose ({@link PURPOSE_CHUNKS}); each element's own code is its entry, which may also carry
 * code shared with its own parts ('allow-extension'). Imports of @vssid/core's entries and @lit/localize go
 * straight to the defining modules ({@link directCoreImports}) so that a barrel drags nothing into a chunk.
 */
export const cdnElementsBuild = async (outDir, write = true) => {
  const runtime = await runtimeModules();
  return viteLibConfig({
    entry: Object.fromEntries(elementFolders().map((n) => [n, `packages/elements/src/${n}/${n}.ts`])),
    outDir,
    minify: true,
    write,
    plugins: [directCoreImports()],
    entrySignatures: 'allow-extension',
    chunkGroups: [{ name: 'runtime', test: (id) => runtime.has(id), priority: 2 }, ...PURPOSE_CHUNKS],
  });
};

// ---- the loader (dist/cdn/vssid-loader.js) ---------------------------------------------------------------

/** Where the loader's source lives (TSDoc there says what it does). */
export const loaderSrc = join(elementsSrc, 'loader/vssid-loader.ts');
export const LOADER_FILE = 'vssid-loader.js';
export const LOADER_CSS_FILE = 'vssid-loader.css';
export const LOADER_MANIFEST_FILE = 'vssid-loader.manifest.json';

/**
 * The tags each element folder defines, found in its sources (`@customElement('vss-…')`), by module path:
 * a new folder joins the loader's map by itself.
 * @returns {Map<string, string[]>} absolute module path → tags it defines
 */
export function tagModules() {
  const out = new Map();
  for (const folder of elementFolders()) {
    const dir = join(elementsSrc, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const tags = [...text.matchAll(/@customElement\(\s*['"](vss-[a-z0-9-]+)['"]\s*\)/g)].map((m) => m[1]);
      if (tags.length) out.set(join(dir, name), tags);
    }
  }
  return out;
}

/**
 * The loader's map from the per-element CDN build's output: for every tag, the chunk holding the module that
 * defines it and every chunk that one imports statically, transitively (what a page needs before the tag can
 * upgrade; parts loaded later through `import()` are not in it). Paths are relative to dist/cdn/elements/.
 * @param {{ fileName: string, imports: string[], moduleIds: string[] }[]} chunks
 * @returns {{ files: string[], tags: Record<string, number[]> }}
 */
export function loaderMap(chunks) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = [];
  const index = (f) => (files.includes(f) ? files.indexOf(f) : files.push(f) - 1);
  const tags = {};
  for (const [module, names] of tagModules()) {
    const home = chunks.find((c) => c.moduleIds.includes(module));
    if (!home) throw new Error(`loader: no chunk holds ${relative(root, module)}`);
    const set = new Set();
    const visit = (f) => {
      if (set.has(f)) return;
      set.add(f);
      for (const i of byFile.get(f).imports) visit(i);
    };
    visit(home.fileName);
    for (const tag of names) tags[tag.replace(/^vss-/, '')] = [...set].map(index);
  }
  return { files, tags };
}

/**
 * The loader as shipped: its source and the generated map bundled by esbuild into one small module, which
 * resolves the chunks against its own URL (`import.meta.url`) and exports `load(...tags)`.
 * @param {{ files: string[], tags: Record<string, number[]> }} map
 * @returns {Promise<string>} the code
 */
export async function loaderCode(map) {
  const { build } = await import('esbuild');
  const r = await build({
    stdin: {
      contents:
        `import { startLoader } from ${JSON.stringify(loaderSrc)};\n` +
        `export const { load } = startLoader(${JSON.stringify(map)}, new URL('elements/', import.meta.url).href);\n`,
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'vssid-loader.entry.ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

/**
 * The loader's stylesheet: every known tag hidden while undefined, in the space it will take where that is
 * known (packages/elements/src/loader/reserve.json), so nothing below it moves when it upgrades. The
 * provider holds the portal's own content: it is never hidden, only laid out as it will be (`display: contents`).
 * @param {string[]} tags every tag of the map, `vss-` included
 */
export function loaderCss(tags) {
  const reserve = JSON.parse(readFileSync(join(elementsSrc, 'loader/reserve.json'), 'utf8'));
  const decls = (o) =>
    Object.entries(o)
      .filter(([k]) => k !== 'wide')
      .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
      .join(';');
  const hidden = tags.filter((t) => reserve[t]?.display !== 'contents');
  const rules = [`:is(${hidden.join(',')}):not(:defined){display:block;visibility:hidden}`];
  const wide = [];
  for (const t of tags) {
    if (!reserve[t]) continue;
    rules.push(`${t}:not(:defined){${decls(reserve[t])}}`);
    if (reserve[t].wide) wide.push(`${t}:not(:defined){${decls(reserve[t].wide)}}`);
  }
  if (wide.length) rules.push(`@media (min-width:48rem){${wide.join('')}}`);
  // no comment in the file: every page downloads it (README "Embedding" says what it does)
  return `${rules.join('\n')}\n`;
}
