// Adds English translations to packages/elements/xliff/en.xlf, then rebuilds the runtime locale module.
// Usage: node scripts/i18n-add.mjs translations.json
// The JSON maps a Vietnamese source text to its English text; placeholders are written {0}, {1}, … in both
// (in the order they appear in the source). A lock directory keeps parallel runs from overwriting each other.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const file = 'packages/elements/xliff/en.xlf';
const lock = 'packages/elements/xliff/.lock';
const wanted = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plain = (xml) =>
  unescape(xml.replace(/<x id="(\d+)"[^>]*\/>/g, (_, n) => `{${n}}`))
    .replace(/\s+/g, ' ')
    .trim();

for (let i = 0; ; i++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (i > 100) throw new Error(`${lock} is held; remove it if no run is going on`);
    execFileSync('sleep', ['0.2']);
  }
}
try {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
  let xliff = readFileSync(file, 'utf8');
  let added = 0;
  const used = new Set();
  xliff = xliff.replace(
    /(<trans-unit id="[^"]+"[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (all, open, source, close, target) => {
      const key = plain(source);
      if (!(key in wanted)) return all;
      used.add(key);
      const xs = [...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]);
      const byId = new Map(xs);
      const text = escape(wanted[key]).replace(/\{(\d+)\}/g, (m, n) => byId.get(n) ?? m);
      added++;
      return `${open}${source}${close}\n  <target>${text}</target>`;
    },
  );
  writeFileSync(file, xliff);
  execFileSync('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
  const unused = Object.keys(wanted).filter((k) => !used.has(k));
  console.log(`i18n-add: ${added} translations written`);
  if (unused.length)
    console.log(`i18n-add: no message matches these keys (check the exact source text):\n  ${unused.join('\n  ')}`);
} finally {
  rmSync(lock, { recursive: true, force: true });
}
