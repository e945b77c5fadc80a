// Every specifier given on the command line resolves from this app, as Node resolves it, or as TypeScript
// does for a types-only export (`@vssid/elements/jsx`). Prints {specifier: resolved file or error}.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const out = {};
for (const spec of process.argv.slice(2)) {
  try {
    out[spec] = fileURLToPath(import.meta.resolve(spec));
  } catch (e) {
    const [, name, sub] = /^(@[^/]+\/[^/]+)(\/.*)?$/.exec(spec) ?? [];
    const pkgFile = name && join(dirname(fileURLToPath(import.meta.url)), 'node_modules', name, 'package.json');
    const entry =
      pkgFile && existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')).exports?.[`.${sub ?? ''}`] : undefined;
    const types =
      entry && typeof entry === 'object' && !('default' in entry) ? join(dirname(pkgFile), entry.types) : null;
    out[spec] = types && existsSync(types) ? types : `ERROR ${e.code ?? e.message}`;
  }
}
console.log(JSON.stringify(out));
