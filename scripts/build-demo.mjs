// The demo portal built for production, as a portal would ship it: dist/demo-static/
//   index.html             demo/index.html, loading only ./mock.js (and preloading ./vssid-elements.js);
//                          no inline script or style, so it runs under a strict CSP (script-src 'self')
//   vssid-elements.js      the CDN file from `node scripts/build.mjs`, unchanged, and its English pack
//   vssid-elements.en.js
//   mock.js                demo/main.ts bundled: starts the MSW worker, then imports ./vssid-elements.js
//                          (demo-only: the mock and faker live here, never in the CDN file)
//   mockServiceWorker.js, portal.css
// Usage: node scripts/build-demo.mjs   (runs scripts/build.mjs first when dist/cdn is missing)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CDN_ENGLISH_FILE, root } from './build-lib.mjs';

const out = join(root, 'dist/demo-static');
const cdn = join(root, 'dist/cdn/vssid-elements.js');
if (!existsSync(cdn))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet', '--no-types'], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    {
      // demo/main.ts imports the elements from source in dev; here it loads the CDN file next to it
      name: 'vssid-elements-from-cdn',
      enforce: 'pre',
      resolveId(source) {
        return source === '@vssid/elements' ? { id: './vssid-elements.js', external: true } : null;
      },
    },
  ],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000, // msw + faker: large, and demo-only
    lib: { entry: { mock: 'demo/main.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', codeSplitting: false, minify: true } },
  },
});

const mock = readFileSync(join(out, 'mock.js'), 'utf8');
if (!mock.includes('./vssid-elements.js')) throw new Error('build-demo: mock.js does not load ./vssid-elements.js');

copyFileSync(cdn, join(out, 'vssid-elements.js'));
copyFileSync(join(root, 'dist/cdn', CDN_ENGLISH_FILE), join(out, CDN_ENGLISH_FILE));
copyFileSync(join(root, 'demo/portal.css'), join(out, 'portal.css'));
copyFileSync(join(root, 'demo/favicon.svg'), join(out, 'favicon.svg'));
copyFileSync(join(root, 'mocks/public/mockServiceWorker.js'), join(out, 'mockServiceWorker.js'));

const source = readFileSync(join(root, 'demo/index.html'), 'utf8');
const devScript = /<script type="module" src="\.\/main\.ts"><\/script>/;
if (!devScript.test(source))
  throw new Error('build-demo: demo/index.html no longer loads ./main.ts; update this script');
const html = source.replace(
  devScript,
  [
    '<!-- A real portal loads only the elements: <script type="module" src="./vssid-elements.js"></script> -->',
    '    <link rel="modulepreload" href="./vssid-elements.js" />',
    '    <script type="module" src="./mock.js"></script>',
  ].join('\n'),
);
// A strict CSP (no 'unsafe-inline') must be able to serve this page.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle="|\son[a-z]+="/gi)].map((m) => m[0]);
if (inline.length) throw new Error(`build-demo: inline script or style in the page: ${inline.join(', ')}`);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), html);
console.log('demo: dist/demo-static/ (index.html, vssid-elements.js, mock.js, mockServiceWorker.js, portal.css)');
