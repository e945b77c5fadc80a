// Images made in the browser for the photo and registration tests.

/** A real image drawn on a canvas, encoded by the browser. */
export function drawImage(
  width: number,
  height: number,
  type: 'image/jpeg' | 'image/png' = 'image/jpeg',
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const g = ctx.createLinearGradient(0, 0, width, height);
  g.addColorStop(0, '#0b5cad');
  g.addColorStop(1, '#ffbf47');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.beginPath();
  ctx.arc(width / 2, height / 2, Math.min(width, height) / 4, 0, Math.PI * 2);
  ctx.fill();
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.92));
}

/** Bytes that start like an iPhone HEIC (an ISO-BMFF `ftyp` box with brand `heic`). */
export function fakeHeic(size = 4096): File {
  const bytes = new Uint8Array(size);
  bytes.set([0, 0, 0, 24, ...'ftypheic'].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)));
  bytes.set(
    [...'mif1heic'].map((c) => c.charCodeAt(0)),
    12,
  );
  return new File([bytes], 'IMG_0001.HEIC', { type: '' });
}
