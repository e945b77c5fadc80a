// Lit's html`` and css`` literals keep their source indentation through every JS minifier. The shipped
// builds (scripts/build.mjs) and the size budget (bench/size.mjs) pass the elements' sources through Lit's own
// minifier (@lit-labs/rollup-plugin-minify-html-literals: html-minifier for templates, lightningcss for styles)
// so both measure and ship the same bytes. Only packages/elements is touched: core has no templates.
import { readFile } from 'node:fs/promises';
import minifyLiteralsPlugin from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const elementSource = /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/;

/**
 * For Vite/Rolldown builds. A literal the minifier cannot parse fails the build rather than shipping
 * unminified silently.
 * @returns {import('vite').Plugin}
 */
export function minifyLiterals() {
  const plugin = minifyLiteralsPlugin({ filter: (id) => elementSource.test(id), failOnError: true });
  return { ...plugin, name: 'vssid-minify-literals' };
}

/**
 * The same transform for esbuild (the size measure).
 * @returns {import('esbuild').Plugin}
 */
export function minifyLiteralsEsbuild() {
  return {
    name: 'vssid-minify-literals',
    setup(b) {
      b.onLoad({ filter: elementSource }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const result = await minifyHTMLLiterals(source, { fileName: path });
        return { contents: result ? result.code : source, loader: 'ts' };
      });
    },
  };
}

/**
 * The same transform for @web/dev-server (the browser tests run the shipped form of the templates). Listed
 * before the esbuild plugin, so it sees TypeScript.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function minifyLiteralsDevServer() {
  return {
    name: 'vssid-minify-literals',
    async transform(context) {
      if (!elementSource.test(context.path) || typeof context.body !== 'string') return undefined;
      const result = await minifyHTMLLiterals(context.body, { fileName: context.path });
      return result ? { body: result.code } : undefined;
    },
  };
}
