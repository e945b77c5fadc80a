// Writes the custom-elements manifest (dist/cem/custom-elements.json, read by Storybook's docs pages and
// shipped with the package) and VS Code's HTML custom data derived from it
// (dist/cem/vscode.html-custom-data.json: tag and attribute completion and hover docs in .html files).
// Usage: node scripts/build-cem.mjs [outDir]   (default dist/cem)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? 'dist/cem';

/** Runs the analyzer; its outdir is relative to the working folder, so it runs from the repo root. */
export function analyze() {
  const bin = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [bin, 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(join(root, 'dist/cem/custom-elements.json'), 'utf8'));
}

/** Every declared custom element of the manifest, with the module it lives in. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.push({ ...d, modulePath: mod.path });
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * Named string unions of the sources (`type Theme = 'a' | 'b'`, or `(typeof names)[number]` over an
 * `as const` array), so an attribute typed `ThemeName` still gets its value list in the editor.
 */
function namedUnions() {
  const out = new Map();
  const src = join(root, 'packages');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts'], { cwd: src, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('.d.ts'));
  for (const f of files) {
    const text = readFileSync(join(src, f), 'utf8');
    for (const [, name, union] of text.matchAll(/export type (\w+) =\s*((?:\|?\s*'[^']*'\s*)+);/g)) out.set(name, union);
    for (const [, name, arr] of text.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) {
      const list = new RegExp(`const ${arr} = \\[([^\\]]*)\\] as const`).exec(text)?.[1];
      if (list) out.set(name, list.split(',').map((s) => s.trim()).filter(Boolean).join(' | '));
    }
  }
  return out;
}
let unions;

/** `'a' | 'b' | "c"` (or a named union of them) → ['a', 'b', 'c']; any other type → no value list. */
function literalValues(type) {
  unions ??= namedUnions();
  const text = unions.get((type ?? '').trim()) ?? type ?? '';
  const parts = text.split('|').map((s) => s.trim()).filter((s) => s && s !== 'undefined');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => ({ name: p.slice(1, -1) }));
}

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** VS Code's HTML custom data format, version 1.1. */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => {
      const extras = [
        ...(el.events ?? []).map((e) => `@fires ${e.name}${e.description ? ` — ${clean(e.description)}` : ''}`),
        ...(el.slots ?? []).map((s) => `@slot ${s.name || '(default)'}${s.description ? ` — ${clean(s.description)}` : ''}`),
        ...(el.cssParts ?? []).map((p) => `@csspart ${p.name}${p.description ? ` — ${clean(p.description)}` : ''}`),
        ...(el.cssProperties ?? []).map((p) => `@cssprop ${p.name}${p.description ? ` — ${clean(p.description)}` : ''}`),
      ];
      return {
        name: el.tagName,
        description: [clean(el.description || el.summary), ...extras].filter(Boolean).join('\n\n'),
        attributes: (el.attributes ?? []).map((a) => {
          const values = literalValues(a.type?.text);
          const type = a.type?.text ? `\`${a.type.text}\`` : '';
          const dflt = a.default ? ` (default \`${a.default}\`)` : '';
          return {
            name: a.name,
            description: [clean(a.description), type && `${type}${dflt}`].filter(Boolean).join('\n\n'),
            ...(values ? { values } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          };
        }),
      };
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = analyze();
  mkdirSync(join(root, outDir), { recursive: true });
  if (outDir !== 'dist/cem') writeFileSync(join(root, outDir, 'custom-elements.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(root, outDir, 'vscode.html-custom-data.json'), JSON.stringify(vscodeData(manifest), null, 2) + '\n');
  const tags = elementsOf(manifest).map((e) => e.tagName);
  console.log(`cem: ${tags.length} elements (${tags.join(', ')}) → ${outDir}`);
}
