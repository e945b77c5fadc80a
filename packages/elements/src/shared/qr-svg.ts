import { svg, type SVGTemplateResult } from 'lit';
import { generate, correction } from 'lean-qr';

/** The error-correction levels a caller may ask for as the least it accepts. */
export type QrLevel = 'L' | 'M';

/** The QR's module matrix: `true` = dark. Exposed so tests can compare it with an independent reading. */
export interface QrMatrix {
  size: number;
  /** The QR version (1 to 40): the side is `17 + 4 × version` modules. */
  version: number;
  dark(x: number, y: number): boolean;
}

/**
 * Encodes `text` at `level` at least; lean-qr raises the level when the same version has room, so the code
 * never grows for the extra safety it gets.
 */
export function qrMatrix(text: string, level: QrLevel): QrMatrix {
  const code = generate(text, { minCorrectionLevel: correction[level] });
  return { size: code.size, version: (code.size - 17) / 4, dark: (x, y) => code.get(x, y) };
}

/**
 * The QR as one SVG path, built with Lit's `svg` template (no innerHTML, so it passes a strict CSP with
 * Trusted Types). Each row becomes horizontal runs; the 4-module quiet zone is part of the viewBox. Always
 * black on white, whatever the theme: scanners need the contrast, and an inverted code fails many of them.
 */
export function qrSvg(text: string, label: string, level: QrLevel): SVGTemplateResult {
  const m = qrMatrix(text, level);
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
  return svg`<svg class="qr-svg" viewBox="0 0 ${box} ${box}" role="img" aria-label=${label} shape-rendering="crispEdges" data-modules=${m.size} data-version=${m.version}>
    <rect width=${box} height=${box} fill="#fff"></rect>
    <path d=${parts.join('')} fill="#000"></path>
  </svg>`;
}
