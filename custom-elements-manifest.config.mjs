// @custom-elements-manifest/analyzer configuration (run through scripts/build-cem.mjs).
// `packagejson: false`: otherwise cem writes a "customElements" field into package.json on every run
// (and `--packagejson false` on the command line crashes), so it has to be said here.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/elements/src/i18n/locales/**'],
  outdir: 'dist/cem',
  litelement: true,
  packagejson: false,
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
  ],
};
