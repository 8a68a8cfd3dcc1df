import { describe, expect, test } from 'vitest';
import { encodePng } from '../../src/og/png.ts';
import { decodePng as decode } from '../helpers/png.ts';

describe('encodePng', () => {
  test.each([
    [1, 1],
    [3, 2],
    [17, 5],
  ])('round-trips %i×%i RGBA pixels exactly', (width, height) => {
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + 11) % 256);
    const decoded = decode(encodePng(pixels, width, height));
    expect(decoded).toMatchObject({ width, height, depth: 8, colourType: 6 });
    expect(decoded.pixels).toEqual(pixels);
  });

  test.each([
    [new Uint8Array(15), 2, 2, /15 bytes of pixels for 2×2 \(expected 16\)/],
    [new Uint8Array(0), 0, 1, /bad size 0×1/],
    [new Uint8Array(8), 1.5, 1, /bad size 1.5×1/],
  ])('refuses mismatched input (%#)', (pixels, width, height, message) => {
    expect(() => encodePng(pixels, width, height)).toThrow(message);
  });

  test('the same pixels always give the same bytes', () => {
    const pixels = new Uint8Array(64 * 64 * 4).fill(200);
    expect(encodePng(pixels, 64, 64)).toEqual(encodePng(pixels, 64, 64));
  });
});

