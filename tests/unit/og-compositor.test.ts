import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { escapeXml, fixCardSvg, defaultCardSvg, type FixCard } from '../../src/og/layout.ts';
import { createRenderer } from '../../src/og/renderer.ts';
import { decodePng } from '../helpers/png.ts';

const cards: FixCard[] = [
  {
    siteName: 'Unstuck',
    articleId: 'KB-1002',
    clusterTitle: 'Capacity & limits',
    title: 'Overloaded 529 — the API is temporarily overloaded, what to do',
    signature: { message: 'Overloaded', status: 529, type: 'overloaded_error' },
  },
  {
    siteName: 'Unstuck',
    articleId: 'KB-77',
    clusterTitle: 'Requests',
    title: `"prompt is too long": fix <context> window errors`,
    signature: { message: 'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row' },
  },
  { siteName: 'Unstuck', articleId: 'KB-1', clusterTitle: 'Apps', title: 'Claude shows a blank page (Ωmega, naïve café)' },
];

/** Pixels of a PNG as RGB, for comparing our fast path (palette or RGB) with resvg's (RGBA). */
async function rgb(png: Uint8Array) {
  const { width, height, channels, pixels } = await decodePng(png);
  const out = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < pixels.length; i += channels, j += 3) out.set(pixels.subarray(i, i + 3), j);
  return { width, height, out };
}

/** Ink per row: how far each row's pixels are from the card's background colour, summed. */
function rowInk({ width, height, out }: { width: number; height: number; out: Uint8Array }) {
  const [r, g, b] = [out[20 * width * 3]!, out[20 * width * 3 + 1]!, out[20 * width * 3 + 2]!];
  const rows = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      rows[y]! += Math.abs(out[i]! - r) + Math.abs(out[i + 1]! - g) + Math.abs(out[i + 2]! - b);
    }
  }
  return rows;
}

/** Relative difference of two images' row ink profiles: 0 when every row holds the same amount of ink. */
function profileError(a: Awaited<ReturnType<typeof rgb>>, b: Awaited<ReturnType<typeof rgb>>) {
  const pa = rowInk(a);
  const pb = rowInk(b);
  let diff = 0;
  let total = 0;
  for (let y = 0; y < pa.length; y++) {
    diff += Math.abs(pa[y]! - pb[y]!);
    total += pb[y]!;
  }
  return diff / total;
}

describe('social-image compositor (fast path)', () => {
  const renderer = createRenderer();

  test.each(cards.map((card, i) => [i, card] as const))('card %i matches resvg rendering the whole SVG', async (_, card) => {
    const svg = fixCardSvg(card, renderer);
    const fast = await rgb(renderer.render(svg));
    const whole = await rgb(renderer.renderWhole(svg));
    expect([fast.width, fast.height]).toEqual([whole.width, whole.height]);
    // Shapes are identical; glyphs sit within a pixel or two (no kerning, quarter-pixel positions).
    // Every row holds the same ink within 5% (glyphs sit a pixel or two apart: resvg kerns pairs and
    // places them at any fraction of a pixel, the fast path does not kern and uses quarter pixels)…
    expect(profileError(fast, whole)).toBeLessThan(0.05);
    // …while an image missing its title, or all its text, is far off.
    const noTitle = await rgb(renderer.renderWhole(svg.replace(/<text[^>]*font-size="(?:64|58|52|46)"[^>]*>[^<]*<\/text>/g, '')));
    const noText = await rgb(renderer.renderWhole(svg.replace(/<text[\s\S]*?<\/text>/g, '')));
    expect(profileError(noTitle, whole)).toBeGreaterThan(0.3);
    expect(profileError(noText, whole)).toBeGreaterThan(0.5);
  });

  test('the default card goes through the fast path too, and matches', async () => {
    const svg = defaultCardSvg({ siteName: 'Unstuck', tagline: 'Fixes for the errors people hit', footer: 'example.org' }, renderer);
    expect((await decodePng(renderer.render(svg))).colourType).toBe(3);
    expect(profileError(await rgb(renderer.render(svg)), await rgb(renderer.renderWhole(svg)))).toBeLessThan(0.05);
  });

  test('an image does not depend on what was rendered before (reproducible builds)', () => {
    const svg = fixCardSvg(cards[0]!, renderer);
    const warm = createRenderer();
    warm.render(fixCardSvg(cards[1]!, warm));
    warm.render(fixCardSvg(cards[2]!, warm));
    expect(warm.render(svg)).toEqual(createRenderer().render(svg));
  });

  test('glyphs come out the same however many were rendered with them (reproducible builds)', () => {
    // Every text run of the card again, holding every printable ASCII character, at four sub-pixel
    // offsets: one call renders about two thousand glyph masks. Where a glyph lands among them must
    // not change its pixels (resvg's output depends on position past about 16,000 px).
    const svg = fixCardSvg(cards[1]!, renderer);
    const ascii = escapeXml(Array.from({ length: 95 }, (_, i) => String.fromCharCode(126 - i)).join(''));
    const text = /<text x="(-?[\d.]+)"([^>]*)>[^<]*<\/text>/g;
    const runs = [...svg.matchAll(text)].flatMap(([, x, rest]) =>
      [0, 0.25, 0.5, 0.75].map((shift) => `<text x="${Number(x) + shift}"${rest}>${ascii}</text>`),
    );
    const specimen = svg.replace(text, '').replace('</svg>', `${runs.join('')}</svg>`);
    const warm = createRenderer();
    warm.render(specimen);
    expect(warm.render(svg)).toEqual(createRenderer().render(svg));
  });

  test('an SVG beyond shapes and plain text runs is rendered whole by resvg', async () => {
    const svg = fixCardSvg(cards[0]!, renderer).replace('</svg>', '<text x="10" y="10"><tspan>nested</tspan></text></svg>');
    const png = renderer.render(svg);
    expect((await decodePng(png)).colourType).toBe(6);
    expect(png).toEqual(renderer.renderWhole(svg));
  });

  test("the cache version names resvg's installed version and every font file's hash", () => {
    const resvg = (JSON.parse(readFileSync('node_modules/@resvg/resvg-js/package.json', 'utf8')) as { version: string }).version;
    expect(renderer.version).toMatch(new RegExp(`^resvg-${resvg.replace(/\./g, '\\.')}(/[0-9a-f]{24}){6}/compositor-`));
  });
});
