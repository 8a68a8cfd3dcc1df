import { describe, expect, test } from 'vitest';
import { encodePng, encodeRows } from '../../src/og/png.ts';
import { decodePng as decode } from '../helpers/png.ts';

describe('encodePng', () => {
  test.each([
    [1, 1],
    [3, 2],
    [17, 5],
  ])('round-trips %i×%i RGBA pixels exactly', async (width, height) => {
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + 11) % 256);
    const decoded = await decode(encodePng(pixels, width, height));
    expect(decoded).toMatchObject({ width, height, colourType: 6, channels: 4 });
    expect(decoded.pixels).toEqual(pixels);
  });

  test.each([
    [new Uint8Array(15), 2, 2, /15 bytes of pixels for 2×2 \(expected 16\)/],
    [new Uint8Array(0), 0, 1, /bad size 0×1/],
    [new Uint8Array(8), 1.5, 1, /bad size 1.5×1/],
  ])('refuses mismatched input (%#)', (pixels, width, height, message) => {
    expect(() => encodePng(pixels, width, height)).toThrow(message);
  });
});

describe('encodeRows with a palette', () => {
  test('writes PLTE and index rows that read back as the palette colours', async () => {
    const palette = [0x1c1917, 0xfdba74, 0xffffff];
    const rows = Uint8Array.of(0, 0, 1, 2, 0, 2, 1, 0); // two rows of three pixels, each after its filter byte
    const decoded = await decode(encodeRows(rows, 3, 2, 3, 3, palette));
    expect(decoded).toMatchObject({ width: 3, height: 2, colourType: 3, channels: 3 });
    expect([...decoded.pixels]).toEqual([
      0x1c, 0x19, 0x17, 0xfd, 0xba, 0x74, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfd, 0xba, 0x74, 0x1c, 0x19, 0x17,
    ]);
  });

  test.each([[[]], [Array.from({ length: 257 }, (_, i) => i)]])('refuses a palette of %#', (palette) => {
    expect(() => encodeRows(new Uint8Array(2), 1, 1, 3, 3, palette)).toThrow(/a palette of \d+ colours \(1 to 256\)/);
  });
});
