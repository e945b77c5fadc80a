/**
 * Image type by content (magic bytes), never by file name or the browser's guess: a photo renamed
 * `.jpg` is still recognised, and a text file renamed `.jpg` is refused before it is sent.
 */

export type ImageMediaType = 'image/jpeg' | 'image/png' | 'image/heic';

/** Bytes needed to recognise every supported type (ISO-BMFF box header + brand). */
export const IMAGE_SNIFF_BYTES = 12;

// HEIF/HEIC major brands an ISO-BMFF `ftyp` box carries for still images from phones.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, HEIC `????ftyp<brand>`; null for anything else. */
export function sniffImageType(head: Uint8Array): ImageMediaType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return 'image/png';
  if (head.length >= 12) {
    const box = String.fromCharCode(...head.subarray(4, 12));
    if (box.startsWith('ftyp') && HEIF_BRANDS.has(box.slice(4))) return 'image/heic';
  }
  return null;
}

/** Reads the first bytes of a Blob or File and sniffs them. */
export async function detectImageType(blob: Blob): Promise<ImageMediaType | null> {
  const head = new Uint8Array(await blob.slice(0, IMAGE_SNIFF_BYTES).arrayBuffer());
  return sniffImageType(head);
}

/** Scale factor that brings the long side of `width × height` down to `maxSide` (1 when already small). */
export function downscaleFactor(width: number, height: number, maxSide: number): number {
  const long = Math.max(width, height);
  return long > maxSide ? maxSide / long : 1;
}

/** A file size for people: "850 KB", "6,2 MB" (Vietnamese number conventions in both languages). Binary units, as file managers show. */
export function formatFileSize(bytes: number, _locale: 'vi' | 'en' = 'vi'): string {
  const tag = 'vi-VN';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
