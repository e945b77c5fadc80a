/**
 * The part of `<vss-verify-proof>` fetched only when it is needed: the QR decoder (the `qr` package's
 * reader, about 15 kB gzip), for a camera frame or a photo when the browser has no `BarcodeDetector`.
 * Checking a pasted code never loads it. One object so a test can stand in a loader that fails.
 */
export const verifyParts = {
  decoder: () => import('./decoder.js'),
};
