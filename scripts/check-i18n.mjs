// Fails when any message of the elements lacks an English translation, or when the generated runtime
// locale module is stale. Vietnamese is the source language, so only English needs targets.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (args) => execFileSync('npx', ['lit-localize', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
// the same lock as scripts/i18n-add.mjs: extract rewrites the xliff file
const lock = 'packages/elements/xliff/.lock';
for (let i = 0; ; i++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (i > 100) throw new Error(`${lock} is held; remove it if no run is going on`);
    execFileSync('sleep', ['0.2']);
  }
}
let xliff;
try {
  run(['extract']);
  xliff = readFileSync('packages/elements/xliff/en.xlf', 'utf8');
  run(['build']);
} finally {
  rmSync(lock, { recursive: true, force: true });
}
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
for (const [, id, body] of missing) {
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
  console.error(`missing English for ${id}: ${source}`);
}
if (missing.length) {
  console.error(`i18n: ${missing.length} of ${units.length} messages have no English translation`);
  process.exit(1);
}
console.log(`i18n: ${units.length} messages, all translated to English`);
