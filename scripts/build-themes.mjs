// Writes packages/elements/themes/<theme>.css, page-level stylesheets with the same tokens as
// `<vss-provider theme="…">`, for portals that theme the whole page (or use no provider). The values are
// read from packages/elements/src/styles/themes.ts, the one place they are written.
// Usage: node scripts/build-themes.mjs [--check]   (--check: fail when the files are out of date)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

const source = readFileSync(join(root, 'packages/elements/src/styles/themes.ts'), 'utf8');
const outDir = join(root, 'packages/elements/themes');

/** `{ name: 'lotus', comment: '…', body: '…declarations…' }` for each `:host([theme='…'])` block. */
export function themeBlocks(text) {
  const blocks = [];
  for (const m of text.matchAll(/:host\(\[theme='([a-z-]+)'\]\)\s*\{([^}]*)\}/g)) {
    // the comment right before the block, if any, describes the theme
    const comment = /\/\*\s*((?:(?!\*\/)[^])*?)\s*\*\/\s*$/.exec(text.slice(0, m.index))?.[1] ?? '';
    blocks.push({ name: m[1], comment: comment.replace(/\s+/g, ' '), body: m[2] });
  }
  return blocks;
}

function render({ name, comment, body }) {
  const decls = body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `  ${d};`)
    .join('\n');
  return `/* VssID Elements: the "${name}" theme for a whole page.${comment ? ` ${comment}` : ''}
 * Generated from packages/elements/src/styles/themes.ts by scripts/build-themes.mjs; do not edit.
 * <link rel="stylesheet" href="…/themes/${name}.css"> sets the public --vss-* tokens on :root, so every
 * VssID element on the page (with or without <vss-provider>) takes this look. Add class="vss-theme-${name}"
 * to one container instead to theme only that part of the page. */
:root,
.vss-theme-${name} {
${decls}
}
`;
}

const blocks = themeBlocks(source);
if (blocks.length === 0) throw new Error('build-themes: no :host([theme=…]) block found in themes.ts');
const check = process.argv.includes('--check');
const stale = [];
mkdirSync(outDir, { recursive: true });
for (const block of blocks) {
  const file = join(outDir, `${block.name}.css`);
  const css = render(block);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== css) stale.push(file);
  } else writeFileSync(file, css);
}
if (stale.length) {
  console.error(`build-themes: out of date (run node scripts/build-themes.mjs):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`themes: ${blocks.map((b) => `${b.name}.css`).join(', ')}${check ? ' up to date' : ' written'}`);
