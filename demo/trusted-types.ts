// The portal page is served with `require-trusted-types-for 'script'`. MSW registers its service worker with a
// plain string URL, which Trusted Types refuses; this default policy lets exactly the mock's worker script of
// this origin through and refuses every other string. Demo-only: the elements themselves need no policy
// beyond Lit's own.
interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}
const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
// a portal that already set its own default policy keeps it
if (factory && !factory.defaultPolicy)
  factory.createPolicy('default', {
    createScriptURL(url: string): string {
      const u = new URL(url, location.href);
      if (u.origin === location.origin && u.pathname.endsWith('/mockServiceWorker.js')) return url;
      throw new TypeError(`Trusted Types: refused script URL ${u.pathname}`);
    },
  });
