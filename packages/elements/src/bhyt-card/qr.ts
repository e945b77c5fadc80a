import { svg, type SVGTemplateResult } from 'lit';
import { generate, correction } from 'lean-qr';

// The card's QR payload is only built once this module is there, so the card's first paint does not carry it.
export { buildCardQr } from '@vssid/core/domain';

/** The QR's module matrix: `true` = dark. Exposed so tests can compare it with an independent reading. */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/**
 * Encodes `text` (the card payload is ASCII: names and addresses are hex) at correction level M, which
 * survives a scratched phone screen or a poor print while keeping the code small enough for a card.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, dark: (x, y) => code.get(x, y) };
}

/**
 * The QR as one SVG path, built with Lit's `svg` template (no innerHTML, so it passes a strict CSP with
 * Trusted Types). Each row becomes horizontal runs; the 4-module quiet zone is part of the viewBox.
 */
export function qrSvg(text: string, label: string): SVGTemplateResult {
  const m = qrMatrix(text);
  const quiet = 4;
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark(x, y)) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`);
    }
  }
  const box = m.size + quiet * 2;
  // shape-rendering crispEdges keeps module edges sharp when scaled, which scanners need.
  return svg`<svg class="qr-svg" viewBox="0 0 ${box} ${box}" role="img" aria-label=${label} shape-rendering="crispEdges" data-modules=${m.size}>
    <rect width=${box} height=${box} fill="#fff"></rect>
    <path d=${parts.join('')} fill="#000"></path>
  </svg>`;
}
