/**
 * Wraps the `import()` of a part loaded on demand, so that calling it again after a failed download (the
 * retry button of the part's error state) fetches the module again in every engine. Chromium and WebKit fetch
 * a failed module again on the next `import()`; Firefox remembers the failure in the page's module map for
 * the page's life, so there the module is asked for again under its own URL with a `retry` query: a new entry
 * in the module map, whose own imports are the ones already loaded.
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  const failedBefore = new Set<string>();
  let attempt = 0;
  return async () => {
    try {
      return await load();
    } catch (error) {
      const url = failedUrl(error);
      // a first failure, or one without a URL to ask for again: the caller shows its error state
      if (!url || !failedBefore.has(url)) {
        if (url) failedBefore.add(url);
        throw error;
      }
      const again = new URL(url);
      again.searchParams.set('retry', String(++attempt));
      return (await import(/* @vite-ignore */ again.href)) as T;
    }
  };
}

/** The module URL an engine names in a failed import's message (Firefox and Chromium do; WebKit does not). */
function failedUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const found = /\b(https?:\/\/\S+?)(?=[\s'"]|$)/.exec(message);
  return found ? found[1]!.replace(/[.,;)]+$/, '') : null;
}
