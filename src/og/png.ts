/**
 * A minimal PNG encoder for the social images: 8-bit RGB, palette or RGBA, no filtering, zlib at a fast level.
 * resvg's own `asPng()` spends about 7 ms per 1200×630 image on adaptive filtering; the images
 * are mostly flat colour, so unfiltered rows at level 3 take about 3 ms and stay about as small.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function checkSize(width: number, height: number) {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`encodePng: bad size ${width}×${height}`);
  }
}

/** PNG bytes of `width`×`height` straight (not premultiplied) RGBA pixels, row by row. */
export function encodePng(rgba: Uint8Array, width: number, height: number, level = 3): Uint8Array<ArrayBuffer> {
  checkSize(width, height);
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(`encodePng: ${rgba.length} bytes of pixels for ${width}×${height} (expected ${stride * height})`);
  }
  // Each row starts with its filter type; 0 (none) keeps encoding a plain copy.
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return encodeRows(raw, width, height, 6, level);
}

/**
 * PNG bytes of rows already in PNG layout: each row is its filter byte (0) then its pixels, RGB
 * (colour type 2), palette indexes (3, with `palette` as 0xRRGGBB numbers) or RGBA (6). Callers
 * that build images in this layout skip a copy.
 */
export function encodeRows(
  rows: Uint8Array,
  width: number,
  height: number,
  colourType: 2 | 3 | 6,
  level = 3,
  palette: readonly number[] = [],
): Uint8Array<ArrayBuffer> {
  checkSize(width, height);
  if (colourType === 3 && (palette.length < 1 || palette.length > 256))
    throw new RangeError(`encodePng: a palette of ${palette.length} colours (1 to 256)`);
  const expected = (width * (colourType === 2 ? 3 : colourType === 3 ? 1 : 4) + 1) * height;
  if (rows.length !== expected)
    throw new RangeError(`encodePng: ${rows.length} bytes of rows for ${width}×${height} (expected ${expected})`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, colourType, 0, 0, 0], 8); // bit depth 8, colour type, deflate, no filter method, no interlace
  const parts = [SIGNATURE, chunk('IHDR', header)];
  if (colourType === 3) {
    const plte = new Uint8Array(palette.length * 3);
    palette.forEach((colour, i) => plte.set([colour >> 16, (colour >> 8) & 255, colour & 255], i * 3));
    parts.push(chunk('PLTE', plte));
  }
  parts.push(chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', new Uint8Array(0)));
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
