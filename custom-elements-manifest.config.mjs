// @custom-elements-manifest/analyzer configuration (run through scripts/build-cem.mjs, which also writes the
// editor and framework types from the manifest with their maintained generators).
// `packagejson: false`: otherwise cem writes a "customElements" field into package.json on every run
// (and `--packagejson false` on the command line crashes), so it has to be said here.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/** Where a module of packages/elements/src is in the published package: `login/login.ts` -> `login/login.js`. */
const elementsSrc = 'packages/elements/src/';
export const publishedPath = (p) =>
  p.startsWith(elementsSrc) ? p.slice(elementsSrc.length).replace(/\.ts$/, '.js') : p;

/** `HTMLElementEventMap` entries of the sources: event name -> the event's type, e.g. `CustomEvent<LoginDetail>`. */
const eventTypes = new Map();

export default {
  // The mock's demo inbox is analysed for Storybook's docs pages; the package's manifest leaves it out.
  globs: ['packages/elements/src/**/*.ts', 'mocks/src/sms-inbox/*.ts'],
  // the loader is a file of the CDN folder (it loads its siblings), not a module of the package
  exclude: [
    '**/*.test.ts',
    '**/*.stories.ts',
    'packages/elements/src/i18n/locales/**',
    'packages/elements/src/loader/**',
  ],
  outdir: 'dist/cem',
  litelement: true,
  packagejson: false,
  // the type parser needs a type checker: one program over the analysed sources
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.cem.json');
    return program.getSourceFiles().filter((sf) => globs.some((g) => sf.fileName.endsWith(g)));
  },
  plugins: [
    {
      // The manifest documents the public API only: docs tables and editor hints should not offer a
      // portal the private state (`_x`, `#x`, private/protected members) or static plumbing (`styles`).
      name: 'vssid-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name),
            );
          }
        }
      },
    },
    {
      // `@fires` gives each event its name; its type comes from the one place the sources type it, the
      // global HTMLElementEventMap, so the manifest (and every type generated from it) cannot disagree.
      name: 'vssid-event-types',
      analyzePhase({ ts, node }) {
        if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
        for (const m of node.members) {
          if (ts.isPropertySignature(m) && m.type && ts.isStringLiteral(m.name))
            eventTypes.set(m.name.text, m.type.getText());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            // The form controls' native `input`, `change` and `invalid` are what every field fires: frameworks
            // and the DOM typings know them already, and a generator given `Event` would import it from the module.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('vss-'));
            for (const e of decl.events ?? []) {
              const text = eventTypes.get(e.name);
              if (text && !e.type?.text) e.type = { text };
            }
          }
        }
      },
    },
    // `ThemeName` and friends expanded to their literal values (`parsedType`), for editor value lists
    typeParserPlugin(),
    {
      // Module paths as published (`login/login.js`, next to `login/login.d.ts`), so that tools generating
      // wrappers or types from the manifest write imports that resolve in the installed package.
      name: 'vssid-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const walk = (v, key) => {
          if (typeof v === 'string') return key === 'path' || key === 'module' ? publishedPath(v) : v;
          if (Array.isArray(v)) return v.map((x) => walk(x, key));
          if (v && typeof v === 'object') {
            for (const k of Object.keys(v)) v[k] = walk(v[k], k);
          }
          return v;
        };
        walk(customElementsManifest);
      },
    },
  ],
};
