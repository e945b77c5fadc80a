// Writes the custom-elements manifest and everything generated from it:
//   dist/cem/custom-elements.json   every element, the mock's demo inbox included (Storybook's docs pages)
//   dist/cem/package/               what @vssid/elements ships, generated from its own manifest by the
//                                   maintained cem-tools generators:
//     custom-elements.json          the package's elements, module paths as published (`login/login.js`)
//     jsx.d.ts                      JSX types for React 19 (also Preact, Solid, …): @wc-toolkit/jsx-types
//     vue.d.ts                      Vue 3 template types (GlobalComponents): custom-element-vuejs-integration
//     vscode.html-custom-data.json, vscode.css-custom-data.json   custom-element-vs-code-integration
//     web-types.json                JetBrains IDEs: custom-element-jet-brains-integration
// The generated type files import the element classes as `@vssid/elements/<module path>`, which resolves
// both in this workspace (to the sources) and in an installed package (to the .d.ts files).
// Usage: node scripts/build-cem.mjs [--quiet]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cemDir = join(root, 'dist/cem');
export const packageCemDir = join(cemDir, 'package');
const elementsPkgDir = join(root, 'packages/elements');
const elementsName = JSON.parse(readFileSync(join(elementsPkgDir, 'package.json'), 'utf8')).name;

/** Runs the analyzer; its outdir is relative to the working folder, so it runs from the repo root. */
export function analyze() {
  const bin = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  let err = '';
  try {
    execFileSync(process.execPath, [bin, 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (e) {
    err = String(/** @type {any} */ (e).stderr ?? e);
    throw new Error(`cem: the analyzer failed:\n${err}`);
  }
  return JSON.parse(readFileSync(join(cemDir, 'custom-elements.json'), 'utf8'));
}

/** Every declared custom element of the manifest, with the module it lives in. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.push({ ...d, modulePath: mod.path });
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The package's own manifest: the modules of packages/elements (the analyzer also reads the mock's inbox). */
export function packageManifest(manifest) {
  return { ...manifest, modules: manifest.modules.filter((m) => !m.path.startsWith('mocks/')) };
}

/** Runs `fn` with the generators' console chatter (one "generated" line each) held back. */
function quietly(fn) {
  const log = console.log;
  console.log = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
  }
}

/**
 * The form controls fire native `input` and `change` from the element itself (VssFormElement), so their
 * `onInput`/`onChange` props get the element as `currentTarget`: React's controlled pattern
 * `onInput={(e) => setOtp(e.currentTarget.value)}` then types without a cast. The generator types every
 * element's DOM events with a plain `Event`.
 */
function typeFormControlEvents(file, elements) {
  let text = readFileSync(file, 'utf8');
  const anchor = 'type BaseEvents = {';
  if (!text.includes(anchor)) throw new Error(`cem: ${file} has no BaseEvents to extend`);
  const controls = elements.filter((e) => e.superclass?.name === 'VssFormElement');
  for (const { name } of controls) {
    const uses = `${name}Props & BaseProps<${name}> & BaseEvents`;
    if (!text.includes(uses)) throw new Error(`cem: ${file} does not type ${name} as expected`);
    text = text.replaceAll(uses, `${name}Props & BaseProps<${name}> & FormControlEvents<${name}>`);
  }
  const formEvents = `/** Native input and change events of a form control, fired by the element itself. */
type FormControlEvents<T extends HTMLElement> = Omit<BaseEvents, 'onInput' | 'onChange'> & {
  onInput?: (event: Event & { currentTarget: T }) => void;
  onChange?: (event: Event & { currentTarget: T }) => void;
};

`;
  writeFileSync(file, text.replace(anchor, formEvents + anchor));
}

/**
 * The editor and framework files of the package, generated from its manifest into `outDir`.
 * @param {any} manifest the package manifest (see packageManifest)
 */
export async function writeGenerated(manifest, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
  const elements = elementsOf(manifest);
  const importPath = (modulePath) => `${elementsName}/${modulePath}`;
  const modulePathOf = new Map(elements.map((e) => [e.tagName, e.modulePath]));
  // JSX: `on<event-name>` props typed with the element as target and its detail; attributes and properties
  quietly(() =>
    generateJsxTypes(manifest, {
      outdir: outDir,
      fileName: 'jsx.d.ts',
      componentTypePath: (_name, _tag, modulePath) => importPath(modulePath),
      stronglyTypedEvents: true,
      includeDefaultDOMEvents: true,
    }),
  );
  typeFormControlEvents(join(outDir, 'jsx.d.ts'), elements);
  // Vue's generator wraps an event's type in CustomEvent<…> itself, so it is given the detail type.
  const detailsOnly = structuredClone(manifest);
  for (const el of detailsOnly.modules.flatMap((m) => m.declarations ?? [])) {
    for (const e of el.events ?? []) if (e.type?.text) e.type.text = e.type.text.replace(/^CustomEvent<(.*)>$/, '$1');
  }
  quietly(() =>
    generateVuejsTypes(detailsOnly, {
      outdir: outDir,
      fileName: 'vue.d.ts',
      componentTypePath: (_name, tag) => importPath(modulePathOf.get(tag)),
    }),
  );
  // The generator (1.4.0) names an event's prop `onvss-login`; Vue's template checker looks `@vss-login` up
  // as `onVssLogin` (camelized, as Vue itself does), so without this the handlers' events are untyped.
  const vueFile = join(outDir, 'vue.d.ts');
  const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  writeFileSync(
    vueFile,
    readFileSync(vueFile, 'utf8').replace(/"on(vss-[a-z-]+)"\?:/g, (_, name) => `${camel(`on-${name}`)}?:`),
  );
  quietly(() =>
    generateVsCodeCustomElementData(manifest, {
      outdir: outDir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
      hideLogs: true,
    }),
  );
  // web-types carry the package's name and version, which the generator reads from ./package.json on import
  const cwd = process.cwd();
  process.chdir(elementsPkgDir);
  try {
    const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');
    quietly(() =>
      generateJetBrainsWebTypes(manifest, {
        outdir: outDir,
        webTypesFileName: 'web-types.json',
        typesSrc: 'parsedType',
        hideLogs: true,
      }),
    );
  } finally {
    process.chdir(cwd);
  }
}

/** The manifest (dist/cem) and the package's generated files (dist/cem/package). */
export async function buildCem() {
  const manifest = analyze();
  await writeGenerated(packageManifest(manifest), packageCemDir);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await buildCem();
  const tags = elementsOf(manifest).map((e) => e.tagName);
  if (!process.argv.includes('--quiet')) console.log(`cem: ${tags.length} elements (${tags.join(', ')}) → dist/cem`);
}
