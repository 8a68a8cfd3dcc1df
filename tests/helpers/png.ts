// Reads PNGs back with sharp (libvips and libspng), a decoder independent of src/og/png.ts, so a
// broken encoder cannot agree with itself: pixels expanded to RGB or RGBA, and the PNG colour type.
import sharp from 'sharp';

export interface DecodedPng {
  width: number;
  height: number;
  /** PNG colour type: 3 palette, 2 RGB, 6 RGBA. */
  colourType: 2 | 3 | 6;
  /** Channels of `pixels`: a palette image comes back as RGB. */
  channels: number;
  pixels: Uint8Array;
}

export async function decodePng(png: Uint8Array): Promise<DecodedPng> {
  const image = sharp(png);
  const meta = await image.metadata();
  if (meta.format !== 'png') throw new Error(`not a PNG: ${meta.format}`);
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    colourType: meta.isPalette ? 3 : meta.hasAlpha ? 6 : 2,
    channels: info.channels,
    pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
