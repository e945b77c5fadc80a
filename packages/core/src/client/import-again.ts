/** Module URLs whose `import()` has failed once in this page (see {@link importAgain}). */
const failedUrls = new Set<string>();

/**
 * Runs `load`, a function around one `import()`, so that running it again after a failed download fetches the
 * module again in every engine. Chromium and WebKit fetch a failed module again on the next `import()`;
 * Firefox keeps the failure in the page's module map for the page's life, so there the module is asked for
 * again under the URL Firefox names in its error, with a `retry` query: a new entry in the module map, whose
 * own imports are the ones already loaded. (A module's own static imports cannot be fetched again that way:
 * what may fail on its own must be a module loaded on its own.)
 */
export function importAgain<M>(load: () => Promise<M>): Promise<M> {
  return load().catch((error: unknown) => {
    const url = /https?:\/\/[^\s'"?]+/.exec(String(error))?.[0];
    // a first failure (the set grows), or one without a URL: the caller reports it
    if (!url || failedUrls.size < failedUrls.add(url).size) throw error;
    return import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<M>;
  });
}
