// @custom-elements-manifest/analyzer configuration (run through scripts/build-cem.mjs).
// `packagejson: false`: otherwise cem writes a "customElements" field into package.json on every run
// (and `--packagejson false` on the command line crashes), so it has to be said here.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/elements/src/i18n/locales/**'],
  outdir: 'dist/cem',
  litelement: true,
  packagejson: false,
};
