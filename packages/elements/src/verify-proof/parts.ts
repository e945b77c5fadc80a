/**
 * The parts of `<vss-verify-proof>` its first paint does not need, each behind its own `import()`:
 * - `check`: the signature check and the verdict's view, fetched as soon as the keys are there (so it is
 *   on the device before anything is read, online or not);
 * - `decoder`: the QR decoder (the `qr` package's reader, about 15 kB gzip), only for a camera frame or a
 *   photo, and only when the browser has no `BarcodeDetector` that reads QR codes. Pasting never loads it.
 * One object so a test can stand in a loader that fails.
 */
export const verifyParts = {
  check: () => import('./check.js'),
  decoder: () => import('./decoder.js'),
};
