// Chromium reports "ResizeObserver loop completed with undelivered notifications" as a window error when a
// virtualised list or an image resizes during layout. It is benign, but mocha fails the test on any window
// error, so a test file with such elements lets exactly that one through.

/** Registers `before`/`after` hooks in the current `describe`; mocha installs its handler when the run starts, hence `before`. */
export function ignoreResizeObserverLoop(): void {
  let previous: OnErrorEventHandler = null;
  before(() => {
    previous = window.onerror;
    window.onerror = (m, ...rest) =>
      String(m).includes('ResizeObserver loop') ? true : (previous?.call(window, m, ...rest) ?? false);
  });
  after(() => {
    window.onerror = previous;
  });
}
