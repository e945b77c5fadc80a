// Bundle sizes, measured the way a portal would ship the code: each entry bundled with everything it
// imports (Lit, @lit/*, @vssid/core, zod/mini), minified ES2022 with Lit's html``/css`` literals minified too
// (as scripts/build.mjs ships them), then gzip -9 and brotli 11.
// Used by scripts/check-budget.mjs (budget gate in `npm test`) and bench/run.mjs (the table).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cdnElementsBuild, cdnEnglishBuild, cdnFileBuild, loaderCode, loaderMap } from '../scripts/build-lib.mjs';
import { minifyLiteralsEsbuild } from '../scripts/minify-literals.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const elementsSrc = join(root, 'packages/elements/src');

/**
 * @vssid/core's entries as its package.json exports them: 'core' is the main entry, 'core/<sub>' the others.
 * `./openapi` is left out: it builds the OpenAPI document for tooling and is never loaded by a page.
 */
function coreEntries() {
  const { exports } = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
  return Object.entries(exports)
    .filter(([key]) => key !== './openapi')
    .map(([key, src]) => ({
      name: key === '.' ? 'core' : `core/${key.slice(2)}`,
      kind: 'core',
      entry: join('packages/core', src),
    }));
}

/** Element folders that have `<name>/<name>.ts` (the per-element entries). */
export function elementEntries() {
  return readdirSync(elementsSrc, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(elementsSrc, d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort();
}

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/**
 * Bundles one entry in memory with code splitting, as a page loads it: the entry and the chunks it imports
 * statically come at once (`bytes`, what the budget counts); chunks behind a dynamic `import()` (the
 * English catalogue, parts an element loads when first needed) come later, on demand (`lazyBytes`).
 */
async function bundle(entry) {
  const outdir = join(root, 'node_modules/.cache/vssid-bench/out');
  const r = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // the published builds: no 'development' condition, so Lit's production code
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    // keep Vietnamese as UTF-8 (esbuild's default escapes it as \uXXXX; Vite keeps it)
    charset: 'utf8',
    metafile: true,
    // as shipped: Lit templates and styles minified (scripts/minify-literals.mjs)
    plugins: [minifyLiteralsEsbuild()],
    write: false,
    outdir,
    logLevel: 'silent',
  });
  const byPath = new Map(r.outputFiles.map((f) => [relative(root, f.path), Buffer.from(f.contents)]));
  const outputs = r.metafile.outputs;
  // with splitting, what sits behind an import() is an entry point too: take the one asked for
  const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint === entry && k.endsWith('.js'));
  // static closure of the entry
  const initial = new Set();
  const visit = (k) => {
    if (initial.has(k)) return;
    initial.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryOut);
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const cat = (keys) => Buffer.concat(keys.map((k) => byPath.get(k) ?? Buffer.alloc(0)));
  return {
    bytes: cat([...initial]),
    lazyBytes: cat(js.filter((k) => !initial.has(k))),
    metafile: { outputs: Object.fromEntries([...initial].map((k) => [k, outputs[k]])) },
  };
}

/** dist/cdn/vssid-elements.js as scripts/build.mjs builds it (one file: what elements load on demand is inlined). */
async function cdnBundle() {
  const outDir = join(root, 'node_modules/.cache/vssid-bench/cdn');
  const chunksOf = (result) =>
    (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const [main, english] = await Promise.all([
    viteBuild(cdnFileBuild(outDir, false)),
    viteBuild(cdnEnglishBuild(outDir, false)),
  ]);
  const chunks = chunksOf(main);
  const inputs = {};
  for (const c of chunks)
    for (const [path, m] of Object.entries(c.modules))
      inputs[relative(root, path)] = { bytesInOutput: m.renderedLength };
  const code = (cs) => Buffer.concat(cs.map((c) => Buffer.from(c.code)));
  // the English pack (vssid-elements.en.js) is the one file the CDN file loads, and only for English
  return { bytes: code(chunks), lazyBytes: code(chunksOf(english)), metafile: { outputs: { cdn: { inputs } } } };
}

/**
 * The per-element CDN entries (dist/cdn/elements/<name>.js) as scripts/build.mjs builds them, in memory:
 * for each entry, the chunks it imports statically (`bytes`) and those it can reach through `import()`.
 * @returns {Promise<Map<string, {bytes: Buffer, lazyBytes: Buffer, metafile: object}>>}
 */
async function shippedElementBundles() {
  const result = await viteBuild(await cdnElementsBuild(join(root, 'node_modules/.cache/vssid-bench/elements'), false));
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start, follow) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || !byFile.has(f)) return;
      seen.add(f);
      for (const i of follow(byFile.get(f))) visit(i);
    };
    start.forEach(visit);
    return seen;
  };
  const out = new Map();
  for (const entry of chunks.filter((c) => c.isEntry)) {
    const initial = closure([entry.fileName], (c) => c.imports);
    const everything = closure([entry.fileName], (c) => [...c.imports, ...c.dynamicImports]);
    const lazy = [...everything].filter((f) => !initial.has(f));
    const code = (files) => Buffer.concat([...files].map((f) => Buffer.from(byFile.get(f).code)));
    const inputs = {};
    for (const f of initial)
      for (const [path, m] of Object.entries(byFile.get(f).modules))
        inputs[relative(root, path)] = { bytesInOutput: m.renderedLength };
    out.set(entry.name, {
      bytes: code(initial),
      lazyBytes: code(lazy),
      metafile: { outputs: { [entry.fileName]: { inputs } } },
    });
  }
  // the loader, with the map of this very build (what its figure depends on)
  out.set('\0loader', {
    bytes: Buffer.from(await loaderCode(loaderMap(chunks))),
    lazyBytes: Buffer.alloc(0),
    metafile: { outputs: {} },
  });
  return out;
}

/** Where a module's bytes come from, grouped by package (node_modules) or source folder. */
function groupOf(path) {
  const nm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return nm[1];
  const src = /packages\/(\w+)\/src\/([^/]+)/.exec(path);
  if (src) return `@vssid/${src[1]}/${src[2].replace(/\.ts$/, '')}`;
  return path;
}

/** Top contributors of the initial load: bytes each module adds (esbuild: minified; Vite: before minifying). */
function topModules(metafile, n = 8) {
  const byGroup = new Map();
  for (const out of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
      const g = groupOf(path);
      byGroup.set(g, (byGroup.get(g) ?? 0) + bytesInOutput);
    }
  }
  return [...byGroup.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([module, bytes]) => ({ module, bytes }));
}

/**
 * Measures the CDN file (packages/elements/src/index.ts), the loader, each entry of @vssid/core alone and every
 * element entry.
 * @returns {Promise<{name: string, kind: 'cdn'|'loader'|'core'|'element', entry: string, raw: number, gzip: number, brotli: number (NaN unless withBrotli), lazyGzip: number (chunks loaded on demand), top: {module: string, bytes: number}[]}[]>}
 */
export async function measureSizes({ top = 8, withBrotli = true } = {}) {
  const targets = [
    { name: 'cdn', kind: 'cdn', entry: 'packages/elements/src/index.ts' },
    { name: 'loader', kind: 'loader', entry: 'packages/elements/src/loader/vssid-loader.ts' },
    ...coreEntries(),
    ...elementEntries().map((n) => ({ name: n, kind: 'element', entry: `packages/elements/src/${n}/${n}.ts` })),
  ];
  // The CDN file and the element entries are measured as shipped: the very builds scripts/build.mjs writes
  // (Vite), in memory. @vssid/core's entries are what a bundler user's build takes in (esbuild).
  const [cdn, elements, ...cores] = await Promise.all([
    cdnBundle(),
    shippedElementBundles(),
    ...targets.filter((t) => t.kind === 'core').map((t) => bundle(t.entry)),
  ]);
  const bundles = targets.map((t) =>
    t.kind === 'cdn'
      ? cdn
      : t.kind === 'loader'
        ? elements.get('\0loader')
        : t.kind === 'element'
          ? elements.get(t.name)
          : cores.shift(),
  );
  return targets.map((t, i) => {
    const { bytes, lazyBytes, metafile } = bundles[i];
    const b = withBrotli ? brotli(bytes) : NaN;
    const lazyGzip = lazyBytes.length ? gzip(lazyBytes) : 0;
    return { ...t, raw: bytes.length, gzip: gzip(bytes), brotli: b, lazyGzip, top: topModules(metafile, top) };
  });
}

export const kB = (n) => (n / 1000).toFixed(1);
export const rel = (p) => relative(root, p);
