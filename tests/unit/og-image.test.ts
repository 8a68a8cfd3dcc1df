import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { measureText, readFontMetrics, woffToSfnt } from '../../src/og/fonts.ts';
import {
  defaultCardSvg,
  escapeXml,
  fitText,
  fixCardSvg,
  normalizeSpace,
  OG_HEIGHT,
  OG_WIDTH,
  withEllipsis,
  wrapText,
  type FaceName,
  type FixCard,
  type Typesetter,
} from '../../src/og/layout.ts';
import { ogRenderer } from '../../src/og/renderer.ts';
import { decodePng } from '../helpers/png.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One unit per character (code point), so widths are easy to reason about. */
const chars = (s: string) => Array.from(s).length;

/** A typesetter with fixed-width faces: sans 0.5 em per character, mono 0.6 em. */
const fake: Typesetter = {
  face: (name: FaceName) => ({ family: name.startsWith('mono') ? 'Fake Mono' : 'Fake "Sans"', weight: name.endsWith('Bold') ? 700 : 400 }),
  measure: (text, name, size) => chars(text) * size * (name.startsWith('mono') ? 0.6 : 0.5),
};

/** The text content of every <text> element of an SVG, unescaped. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('escapeXml', () => {
  test.each([
    ['plain text', 'plain text'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['"x-api-key header is required"', '&quot;x-api-key header is required&quot;'],
    ["Can't log in", 'Can&apos;t log in'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['tab\tnewline\n kept', 'tab\tnewline\n kept'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
  ])('%j → %j', (input, expected) => expect(escapeXml(input)).toBe(expected));
});

describe('wrapText', () => {
  test.each<[string, number, number, string[], boolean]>([
    ['one two three', 7, 3, ['one two', 'three'], false],
    ['one two three', 100, 3, ['one two three'], false],
    ['  spaced\n\nout\ttext ', 20, 2, ['spaced out text'], false],
    ['', 10, 2, [], false],
    ['abcdefghij', 4, 3, ['abcd', 'efgh', 'ij'], false],
    ['a abcdefghij b', 4, 4, ['a', 'abcd', 'efgh', 'ij b'], false],
    ['one two three four five', 9, 2, ['one two', 'three…'], true],
    ['one two three four five', 13, 1, ['one two…'], true],
    ['abcdefghijklmnop', 5, 1, ['abcd…'], true],
    ['Fix this: then that', 10, 1, ['Fix this…'], true],
    ['first line — second part', 12, 1, ['first line…'], true],
    ['😀😀😀😀', 2, 2, ['😀😀', '😀😀'], false],
    ['anything', 10, 0, [], true],
  ])('%j in width %i, %i lines', (text, width, lines, expected, truncated) => {
    expect(wrapText(text, width, lines, chars)).toEqual({ lines: expected, truncated });
  });

  test('every line fits, the line count holds, and untruncated text is kept whole', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '"', '&', 'é') }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (text, width, maxLines) => {
          const { lines, truncated } = wrapText(text, width, maxLines, chars);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(width);
          if (truncated) expect(lines.at(-1)!.endsWith('…')).toBe(true);
          else expect(lines.join('').replace(/ /g, '')).toBe(normalizeSpace(text).replace(/ /g, ''));
        },
      ),
    );
  });
});

describe('withEllipsis', () => {
  test.each([
    ['short', 10, 'short…'],
    ['cut by words here', 12, 'cut by…'],
    ['unbreakable', 5, 'unbr…'],
    ['trailing comma,', 16, 'trailing comma…'],
    ['x', 0, '…'],
  ])('%j in width %i → %j', (line, width, expected) => expect(withEllipsis(line, width, chars)).toBe(expected));
});

describe('fitText', () => {
  const width = (s: string, size: number) => (chars(s) * size) / 10;
  test.each<[string, number, number, string[], boolean]>([
    // Fits at the largest size in two lines.
    ['aaaa bbbb', 100, 20, ['aaaa', 'bbbb'], false],
    // Too tall for two lines at 20: one line at 10.
    ['aaaa bbbb', 30, 10, ['aaaa bbbb'], false],
    // Fits at no size: the smallest, cut.
    ['aaaa bbbb cccc dddd eeee ffff', 20, 10, ['aaaa bbbb…'], true],
  ])('%j in height %i → size %i', (text, maxHeight, size, lines, truncated) => {
    const fitted = fitText(text, { sizes: [20, 10], maxWidth: 10, maxHeight, maxLines: 4, lineHeight: 1.2 }, width);
    expect(fitted).toMatchObject({ size, lines, truncated });
  });
});

describe('fixCardSvg', () => {
  const card: FixCard = {
    siteName: 'Sitename',
    articleId: 'KB-1234',
    clusterTitle: 'Keys & <auth>',
    title: `"Invalid bearer token": the key's sent as Authorization: Bearer`,
    signature: { message: 'x-api-key header is required', status: 401, type: 'authentication_error' },
  };

  test('is a 1200×630 SVG whose every text comes from the card, escaped', () => {
    const svg = fixCardSvg(card, fake);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${OG_WIDTH}" height="${OG_HEIGHT}"`));
    // No raw quote, apostrophe or ampersand in any text or attribute value.
    expect(svg.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&|>[^<]*["']|"[^"=]*"[^ />]/);
    expect(svg).toContain(`font-family="&apos;Fake &quot;Sans&quot;&apos;"`);
    expect(texts(svg)).toEqual([
      'S',
      'Sitename',
      'KB-1234',
      'Keys & <auth>',
      '401 · authentication_error',
      'x-api-key header is required',
      ...wrapText(card.title, 1040, 4, (s) => fake.measure(s, 'sansBold', 64)).lines,
    ]);
  });

  /** Baselines and size of the title lines (the only bold sans text of the fake typesetter). */
  const titleLines = (svg: string) =>
    [
      ...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-family="&apos;Fake &quot;Sans&quot;&apos;" font-weight="700" font-size="(\d+)"/g),
    ].map((m) => ({ y: Number(m[1]), size: Number(m[2]) }));
  const boxTop = (svg: string) => Number(/<clipPath id="message-box"><rect x="[\d.]+" y="([\d.]+)"/.exec(svg)?.[1]);

  test.each([
    ['a short title', 'short'],
    ['a long title', 'word '.repeat(60)],
  ])('%s stays above the message box, or inside the image without one', (_, title) => {
    const boxed = fixCardSvg({ ...card, title, signature: { message: 'error '.repeat(30), status: 500, type: 'api_error' } }, fake);
    const top = boxTop(boxed);
    expect(top).toBeGreaterThan(300);
    expect(titleLines(boxed).length).toBeGreaterThan(0);
    for (const line of titleLines(boxed)) expect(line.y + 0.25 * line.size).toBeLessThan(top);
    const bare = fixCardSvg({ ...card, title, signature: undefined }, fake);
    expect(bare).not.toContain('message-box');
    expect(titleLines(bare).length).toBeGreaterThanOrEqual(titleLines(boxed).length);
    for (const line of titleLines(bare)) expect(line.y + 0.25 * line.size).toBeLessThan(OG_HEIGHT - 40);
  });

  test('a signature without status or type shows only the message', () => {
    const svg = fixCardSvg({ ...card, signature: { message: 'Your account has been disabled' } }, fake);
    expect(texts(svg)).toContain('Your account has been disabled');
    expect(texts(svg).some((t) => t.includes('·'))).toBe(false);
  });

  test('a long site name is cut before the article ID', () => {
    const all = texts(fixCardSvg({ ...card, siteName: 'Name '.repeat(40) }, fake));
    expect(all[1]).toMatch(/^Name .*…$/);
    // Brand text starts at x = 80 + 44 + 15.3; the pill starts at 1120 - 7 × 15.6 - 36.
    expect(fake.measure(all[1]!, 'sansHeavy', 34)).toBeLessThanOrEqual(1120 - 7 * 15.6 - 36 - 32 - (80 + 44 + 34 * 0.45));
  });

  test('long titles and messages are cut with an ellipsis', () => {
    const svg = fixCardSvg({ ...card, title: 'long '.repeat(100), signature: { message: 'error '.repeat(100) } }, fake);
    const all = texts(svg);
    expect(all.filter((t) => t.endsWith('…'))).toHaveLength(2);
    expect(all.filter((t) => t.startsWith('error')).length).toBeLessThanOrEqual(2);
  });
});

describe('defaultCardSvg', () => {
  test('shows the site name, tagline and footer', () => {
    const svg = defaultCardSvg({ siteName: 'Sitename', tagline: 'A "tagline" & more', footer: 'example.org' }, fake);
    expect(texts(svg)).toEqual(['S', 'Sitename', 'A "tagline" & more', 'example.org']);
  });
});

describe('fonts and rendering', () => {
  const require = createRequire(import.meta.url);
  const font = (file: string) => woffToSfnt(readFileSync(require.resolve(file)));

  test.each([
    ['@fontsource/inter/files/inter-latin-700-normal.woff', 'Inter', 700],
    ['@fontsource/jetbrains-mono/files/jetbrains-mono-latin-500-normal.woff', 'JetBrains Mono Medium', 500],
  ])('%s unpacks to family %j, weight %i', (file, family, weight) => {
    const metrics = readFontMetrics(font(file));
    expect(metrics).toMatchObject({ family, weight });
    expect(metrics.advances.get('A'.codePointAt(0)!)).toBeGreaterThan(0);
  });

  test('measures proportional and monospaced text', () => {
    const inter = readFontMetrics(font('@fontsource/inter/files/inter-latin-400-normal.woff'));
    const mono = readFontMetrics(font('@fontsource/jetbrains-mono/files/jetbrains-mono-latin-500-normal.woff'));
    expect(measureText(inter, 'iiii', 40)).toBeLessThan(measureText(inter, 'WWWW', 40));
    expect(measureText(inter, 'Hello', 80)).toBeCloseTo(2 * measureText(inter, 'Hello', 40));
    expect(measureText(mono, 'iiii', 40)).toBe(measureText(mono, 'WWWW', 40));
    expect(measureText(mono, 'ab', 100)).toBe(120);
  });

  test('rejects a file that is not WOFF', () => expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/));

  test.each(['render', 'renderWhole'] as const)('%s draws a fix card as a 1200×630 PNG', async (method) => {
    const renderer = ogRenderer();
    const png = renderer[method](
      fixCardSvg(
        { siteName: 'Sitename', articleId: 'KB-1', clusterTitle: 'A & B', title: `It's "quoted"`, signature: { message: '<none>' } },
        renderer,
      ),
    );
    const { width, height, colourType, channels, pixels } = await decodePng(png);
    expect([width, height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    // The fast path writes a palette image; resvg's whole rendering is RGBA and opaque everywhere
    // (its premultiplied pixels are written as straight RGBA).
    expect(colourType).toBe(method === 'render' ? 3 : 6);
    if (channels === 4) expect(pixels.filter((_, i) => i % 4 === 3 && pixels[i] !== 255).length).toBe(0);
    const at = (x: number, y: number) => [...pixels.subarray((y * width + x) * channels, (y * width + x) * channels + 3)];
    // The accent stripe on top, the dark background below it.
    expect(at(0, 0)).toEqual([0xfd, 0xba, 0x74]);
    expect(at(0, 20)).toEqual([0x1c, 0x19, 0x17]);
    // Text was drawn: the title's near-white pixels exist.
    let light = 0;
    for (let i = 0; i < pixels.length; i += channels) if (pixels[i]! > 240 && pixels[i + 1]! > 240) light++;
    expect(light).toBeGreaterThan(500);
  });
});
