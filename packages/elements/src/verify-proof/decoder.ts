/**
 * Reads a QR code from pixels with the `qr` package's decoder: plain JavaScript (no eval, no WebAssembly),
 * so it runs under a strict Content-Security-Policy. Loaded on demand (see `parts.ts`).
 */
import { decodeQR } from 'qr/decode.js';

/** Larger sources are scaled down first: a phone photo has ten times the pixels a code needs. */
const MAX_SIDE = 1280;

let canvas: HTMLCanvasElement | undefined;
let context: CanvasRenderingContext2D | null = null;

/**
 * The text of the first QR code in `source` (a video showing the camera, an image, a bitmap), or null
 * when none can be read. Never throws.
 */
export function readQr(source: CanvasImageSource, width: number, height: number): string | null {
  if (!(width > 0 && height > 0)) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  canvas ??= document.createElement('canvas');
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    context = null;
  }
  // willReadFrequently: the pixels are read back every frame, which a GPU-backed canvas makes slow
  context ??= canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  try {
    context.drawImage(source, 0, 0, w, h);
    return decodeQR({ width: w, height: h, data: context.getImageData(0, 0, w, h).data });
  } catch {
    return null; // no code in sight, or a frame that is not ready: the next one may do
  } finally {
    // nothing read is kept: the pixels are wiped once decoded
    context.clearRect(0, 0, w, h);
  }
}
