import type { SVGTemplateResult } from 'lit';
import { qrMatrix as matrix, qrSvg as svgOf, type QrMatrix } from '../shared/qr-svg.js';

// The card's QR payload is only built once this module is there, so the card's first paint does not carry it.
export { buildCardQr } from '@vssid/core/domain';
export type { QrMatrix };

/**
 * The card's payload (ASCII: names and addresses are hex) at correction level M at least, which survives a
 * scratched phone screen or a poor print while keeping the code small enough for a card.
 */
export function qrMatrix(text: string): QrMatrix {
  return matrix(text, 'M');
}

/** The card's QR as one SVG path (see `shared/qr-svg.ts`). */
export function qrSvg(text: string, label: string): SVGTemplateResult {
  return svgOf(text, label, 'M');
}
