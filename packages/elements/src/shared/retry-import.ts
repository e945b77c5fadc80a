/**
 * Wraps the `import()` of a part loaded on demand, so that calling it again after a failed download (the
 * retry button of the part's error state) fetches the module again in every engine. Chromium and WebKit fetch
 * a failed module again on the next `import()`; Firefox remembers the failure in the page's module map for
 * the page's life, so there the module is asked for again under its own URL (which Firefox names in the
 * error) with a `retry` query: a new entry in the module map, whose own imports are the ones already loaded.
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  const failed = new Set<string>();
  let attempt = 0;
  return () =>
    load().catch((error: unknown) => {
      const url = /https?:\/\/[^\s'"]+/.exec(String(error))?.[0];
      // a first failure, or one without a URL: the caller shows its error state
      if (!url || !failed.has(url)) {
        if (url) failed.add(url);
        throw error;
      }
      return import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${++attempt}`) as Promise<T>;
    });
}
