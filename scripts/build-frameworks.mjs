// Builds the React 19, Vue 3 and Angular 22 pages (demo/react, demo/vue, demo/angular) with Vite into
// dist/demo-<name>, against the BUILT packages (dist/packages/*), as an app that installed @vssid/elements from
// a registry would. Angular compiles through @analogjs/vite-plugin-angular, from demo/angular's own packages
// (Angular's compiler needs TypeScript 6.0; the workspace type-checks with TypeScript 7).
// Usage: node scripts/build-frameworks.mjs [react|vue|angular]   (runs scripts/build.mjs first when dist/packages is missing)
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { root } from './build-lib.mjs';

const pkgs = join(root, 'dist/packages');
if (!existsSync(join(pkgs, 'elements/index.js')) || !existsSync(join(pkgs, 'core/index.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet', '--no-types'], { stdio: 'inherit' });
}
// "Install" each built package's dependencies: its node_modules is the workspace package's.
for (const name of ['core', 'elements']) {
  const link = join(pkgs, name, 'node_modules');
  if (!existsSync(link) && !isLink(link)) symlinkSync(join(root, 'packages', name, 'node_modules'), link, 'dir');
}
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

// The workspace links @vssid/* to sources; these pages take the built files instead.
const alias = [
  { find: /^@vssid\/elements$/, replacement: join(pkgs, 'elements/index.js') },
  { find: /^@vssid\/core$/, replacement: join(pkgs, 'core/index.js') },
];
const corePkg = JSON.parse(readFileSync(join(pkgs, 'core/package.json'), 'utf8'));
if (corePkg.name !== '@vssid/core') throw new Error('build-frameworks: dist/packages/core is not @vssid/core');

/** The Angular plugin, loaded from demo/angular's packages. */
async function angularPlugins() {
  const fromAngular = createRequire(join(root, 'demo/angular/package.json'));
  const { default: angular } = await import(pathToFileURL(fromAngular.resolve('@analogjs/vite-plugin-angular')).href);
  const app = join(root, 'demo/angular/src');
  return angular({
    tsconfig: join(root, 'demo/angular/tsconfig.app.json'),
    workspaceRoot: join(root, 'demo/angular'),
    // only the app's own files are Angular's; the packages' TypeScript is Vite's, as on the other pages
    transformFilter: (_code, id) => id.startsWith(app),
    // the templates type-checked (strictTemplates), as `npm run typecheck` checks the React and Vue pages
    disableTypeChecking: false,
  });
}

const pages = {
  react: { plugins: () => [react()] },
  vue: {
    plugins: () => [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('vss-') } } })],
  },
  angular: { plugins: angularPlugins },
};
const wanted = process.argv[2] ? [process.argv[2]] : Object.keys(pages);
for (const name of wanted) {
  const t0 = Date.now();
  await build({
    configFile: false,
    root: join(root, 'demo', name),
    base: './',
    publicDir: join(root, 'mocks/public'),
    logLevel: 'warn',
    mode: 'production',
    plugins: await pages[name].plugins(),
    resolve: { alias },
    build: {
      outDir: join(root, `dist/demo-${name}`),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000, // the mock backend (msw + faker) is large, and demo-only
    },
  });
  console.log(`frameworks: dist/demo-${name}/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
