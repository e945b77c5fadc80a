// A rendered QR code as a camera or a photo would show it: the element's SVG drawn on a canvas with a white
// margin, and an independent reader (jsQR, a devDependency the elements never ship) to read it back.

/** Draws `svg` (a QR of an element) centred on a white canvas `size` px square, the code `codePx` wide. */
export async function qrCanvas(svg: SVGSVGElement, size = 480, codePx = 400): Promise<HTMLCanvasElement> {
  const xml = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  await img.decode();
  URL.revokeObjectURL(url);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  const at = (size - codePx) / 2;
  ctx.drawImage(img, at, at, codePx, codePx);
  return canvas;
}

/** The canvas as a PNG file, as a photo picked in a file input would arrive. */
export function canvasFile(canvas: HTMLCanvasElement, name = 'ma-qr.png'): Promise<File> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(new File([b], name, { type: 'image/png' })) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

/** Puts `file` into a file input and fires `change`, as choosing it in the picker does. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

let jsqr: Promise<void> | undefined;
/** Loads jsQR (a UMD bundle, not ESM) with a script tag: it sets `window.jsQR`. */
function loadJsQr(): Promise<void> {
  jsqr ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/jsqr/dist/jsQR.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('jsQR did not load'));
    document.head.append(s);
  });
  return jsqr;
}
type JsQr = (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;

/** What another QR reader (jsQR) reads in `svg`, or null. */
export async function readWithJsQr(svg: SVGSVGElement): Promise<string | null> {
  await loadJsQr();
  // whole pixels per module (quiet zone included), as a screenshot of a phone would have
  const side = (Number(svg.dataset['modules']) + 8) * 5;
  const canvas = await qrCanvas(svg, side + 40, side);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
  return jsQR(data.data, canvas.width, canvas.height)?.data ?? null;
}
