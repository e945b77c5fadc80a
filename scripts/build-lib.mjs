// Shared pieces of the distribution builds (scripts/build.mjs, scripts/build-demo.mjs, scripts/build-frameworks.mjs).
import { readdirSync, existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyLiterals } from './minify-literals.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const elementsSrc = join(root, 'packages/elements/src');

/** Element folders: `packages/elements/src/<name>/` holding a same-named `<name>.ts`. */
export function elementFolders() {
  return readdirSync(elementsSrc)
    .filter((name) => statSync(join(elementsSrc, name)).isDirectory() && existsSync(join(elementsSrc, name, `${name}.ts`)))
    .sort();
}

/** Folders whose custom elements are defined through the guard below (the elements, the mock's inbox). */
const guardedRoots = [elementsSrc, join(root, 'mocks/src/sms-inbox')];
const isGuarded = (importer) => !!importer && guardedRoots.some((r) => importer.startsWith(r));
const guardedSpecifiers = ['lit/decorators.js', 'lit/decorators/custom-element.js'];

/** Every decorator of lit/decorators.js but customElement. */
const litDecorators = ['property', 'state', 'eventOptions', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'queryAssignedNodes'];

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
        code: code.replace(/\bcustomElements\.define\(/g, '((n, c, o) => customElements.get(n) || customElements.define(n, c, o))('),
        map: null,
      };
    },
    load(id) {
      if (id === GUARD) return guardSource;
      // Lit's other decorators by name (an `export *` of an external module costs a namespace object at runtime).
      if (id === GUARDED_DECORATORS) return `export { ${litDecorators.join(', ')} } from 'lit/decorators.js';\n${guardSource}`;
      return null;
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
export const mockMarkers = ['[MSW]', 'mockServiceWorker', 'setupWorker', '@faker-js', 'vssid-mock-backend', 'faker.seed', 'HttpResponse.error'];

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
 *   split?: boolean, chunkGroups?: { name: string, test: RegExp }[], write?: boolean, empty?: boolean,
 *   plugins?: import('vite').Plugin[], preserveModulesRoot?: string, sourcemap?: boolean }} o
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
        // the literal minifier is slow by design (it parses every element source); no need to say so each build
        checks: { pluginTimings: false },
        output: {
          // lib mode keeps whitespace for es output unless told; the CDN files are fully minified
          minify,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: split ? (chunkGroups ? { groups: chunkGroups } : true) : false,
          ...(preserveModulesRoot ? { preserveModules: true, preserveModulesRoot: join(root, preserveModulesRoot) } : {}),
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
 * boundaries would only cost wrappers around every module behind them: they become plain imports there.
 * The package builds and the per-element CDN entries keep them.
 * @returns {import('vite').Plugin}
 */
function eagerImports() {
  return {
    name: 'vssid-cdn-eager-imports',
    // after the TypeScript transform, so the code parses as JavaScript
    transform(code, id) {
      if (!id.startsWith(elementsSrc) || !code.includes('import(')) return null;
      const found = [];
      const walk = (n) => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(walk);
        if (n.type === 'ImportExpression' && n.source.type === 'Literal' && n.source.value !== './english.js') found.push(n);
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
 * The per-element CDN entries (dist/cdn/elements/<name>.js): every element folder as an entry, minified,
 * with everything inside, over shared chunks. Every element needs Lit and the data layer, so those are two
 * cached chunks; the rest (validators, domain tables, child elements, on-demand parts) is split by use, so a
 * page with a card does not download the registration's rules.
 */
export const cdnElementsBuild = (outDir, write = true) =>
  viteLibConfig({
    entry: Object.fromEntries(elementFolders().map((n) => [n, `packages/elements/src/${n}/${n}.ts`])),
    outDir,
    minify: true,
    write,
    chunkGroups: [
      // Lit's runtime and the localisation every element renders with; directives, @lit/task and
      // @lit/context's provider side are split by use like the rest
      { name: 'lit', test: /node_modules[\\/](lit[\\/]|lit-html[\\/]lit-html\.js|lit-element[\\/]|@lit[\\/](reactive-element|localize)[\\/])/ },
      { name: 'data', test: /packages[\\/]core[\\/]src[\\/](client|schemas|errors)|node_modules[\\/]zod[\\/]/ },
    ],
  });
