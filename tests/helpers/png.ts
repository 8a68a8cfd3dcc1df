// Reads back the PNGs src/og/png.ts writes (RGBA, unfiltered rows), checking every chunk's CRC.
import { expect } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';

/** Read a PNG back: checks the signature and every chunk's CRC, returns the header and unfiltered pixels. */
export function decodePng(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  const colourType = chunks[0]!.data[9]!;
  expect(chunks.map((c) => c.type)).toEqual(colourType === 3 ? ['IHDR', 'PLTE', 'IDAT', 'IEND'] : ['IHDR', 'IDAT', 'IEND']);
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  const raw = inflateSync(chunks.at(-2)!.data);
  const bytesPerPixel = colourType === 2 ? 3 : colourType === 3 ? 1 : 4;
  const stride = width * bytesPerPixel;
  // Palette images come back as RGB (3 channels).
  const channels = colourType === 3 ? 3 : bytesPerPixel;
  const palette = colourType === 3 ? chunks[1]!.data : undefined;
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)], `filter byte of row ${y}`).toBe(0);
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (!palette) pixels.set(row, y * stride);
    else {
      const top = Math.max(...row);
      expect(top * 3, `palette index in row ${y}`).toBeLessThan(palette.length);
      for (let x = 0; x < width; x++) pixels.set(palette.subarray(row[x]! * 3, row[x]! * 3 + 3), (y * width + x) * 3);
    }
  }
  return { width, height, depth: chunks[0]!.data[8], colourType, channels, pixels };
}
