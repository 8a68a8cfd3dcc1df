/**
 * The fast path of the social-image renderer. Our cards are flat shapes plus lines of text
 * (src/og/layout.ts). resvg needs about 5 ms per card (and 6 MB of fresh buffers), most of it
 * re-parsing fonts and rasterising the same glyphs again. Here resvg renders only:
 *   - the card without its text (the shapes vary little from card to card, so these are cached), and
 *   - each glyph once per face, size and quarter-pixel position, always at the same spot of a
 *     fixed grid (see renderMasks), many glyphs per resvg call;
 * then each card's text is alpha-blended from those glyph masks onto a copy of its shapes, and the
 * result is encoded as a palette PNG (RGB when its colours do not fit 256). Text is placed with the same advance widths the layout measured
 * with (no kerning). An SVG this does not understand returns `undefined`: the caller renders it
 * with resvg as a whole.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { measureText, type FontMetrics } from './fonts.ts';
import { cssString, escapeXml } from './layout.ts';
import { encodeRows } from './png.ts';

/** Quarter-pixel horizontal positions: glyph masks are rendered at 0, .25, .5 and .75 px. */
const PHASES = 4;
/** Empty pixels around each glyph cell, so antialiased edges are never cut. */
const PAD = 4;
/** Keep at most this many text-free backgrounds (each is one RGB frame and one palette frame). */
const MAX_BACKGROUNDS = 16;
/**
 * Palette images: 1 byte per pixel instead of 3, so a third of the bytes to compress. Text coverage
 * is quantised to 32 levels per (underlying colour, text colour) pair; a card whose shapes have more
 * than MAX_SHAPE_COLOURS colours, with more than MAX_FILLS text colours, or that needs more than
 * 256 colours in all is written as RGB instead.
 */
const MAX_SHAPE_COLOURS = 160;
const MAX_FILLS = 8;
const LEVELS = 32;

interface Mask {
  /** Offset of the mask's top-left pixel from the pen position (integer x, baseline y). */
  dx: number;
  dy: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

interface Background {
  rows: Uint8Array;
  indexed: { rows: Uint8Array; palette: number[] } | undefined;
}

interface Placed {
  key: string;
  penX: number;
  baseline: number;
  rgb: [number, number, number];
}

interface Run {
  x: number;
  y: number;
  font: number;
  size: number;
  rgb: [number, number, number];
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

const TEXT =
  /<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-family="([^"]*)" font-weight="(\d+)" font-size="([\d.]+)" fill="#([0-9a-fA-F]{6})"(?: text-anchor="(start|middle|end)")?>([^<]*)<\/text>/g;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
const unescapeXml = (s: string) => s.replace(/&(?:lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e]!);
/** SVG's default whitespace handling (xml:space="default"). */
const svgSpace = (s: string) =>
  s
    .replace(/[\n\r]/g, '')
    .replace(/\t/g, ' ')
    .replace(/ +/g, ' ')
    .trim();

/** A glyph mask to render: face (index into the fonts), size in px, quarter-pixel phase, character. */
interface Glyph {
  font: number;
  size: number;
  phase: number;
  codePoint: number;
}

/**
 * Characters that can stand alone in an SVG text element: XML allows them, and they are neither
 * control characters nor half of a surrogate pair. Anything else (which the cards never hold)
 * gets no mask and so draws nothing.
 */
const drawable = (codePoint: number) =>
  codePoint >= 0x20 &&
  !(codePoint >= 0x7f && codePoint <= 0x9f) &&
  !(codePoint >= 0xd800 && codePoint <= 0xdfff) &&
  codePoint !== 0xfffe &&
  codePoint !== 0xffff;

/** Glyph cells are laid out by blocks of this many code points, BLOCK_COLUMNS to a row. */
const BLOCK = 128;
const BLOCK_COLUMNS = 16;

/**
 * The drawable characters of a block in cell order: lowercase letters first, then capitals, then
 * digits, then the rest, each by code point. Cards are mostly lowercase text, so the glyphs a card
 * needs usually sit in the first rows and the canvas that draws them stays small.
 */
const slotCache = new Map<number, Map<number, number>>();
function blockSlots(block: number): Map<number, number> {
  let slots = slotCache.get(block);
  if (slots) return slots;
  const order = (codePoint: number) => {
    const char = String.fromCodePoint(codePoint);
    return /\p{Ll}/u.test(char) ? 0 : /\p{Lu}/u.test(char) ? 1 : /\p{N}/u.test(char) ? 2 : 3;
  };
  const drawn: number[] = [];
  for (let codePoint = block * BLOCK; codePoint < (block + 1) * BLOCK; codePoint++) if (drawable(codePoint)) drawn.push(codePoint);
  drawn.sort((a, b) => order(a) - order(b) || a - b);
  slots = new Map(drawn.map((codePoint, slot) => [codePoint, slot]));
  slotCache.set(block, slots);
  return slots;
}

/**
 * The fixed layout of one face, size and block of code points: BLOCK_COLUMNS cells to a row, each
 * as wide as its character's advance plus room for side bearings (f, j) on both sides, and tall
 * enough for accents and descenders. It depends on nothing but its arguments.
 */
function blockGrid(font: FontMetrics, size: number, block: number) {
  const left = Math.ceil(size * 0.25) + PAD;
  const ascent = Math.ceil(size * 1.25) + PAD;
  const cellHeight = ascent + Math.ceil(size * 0.5) + PAD;
  const cells = new Map<number, { x: number; y: number; width: number }>();
  let x = 0;
  for (const [codePoint, slot] of blockSlots(block)) {
    if (slot % BLOCK_COLUMNS === 0) x = 0;
    const width = left + Math.ceil(measureText(font, String.fromCodePoint(codePoint), size) + size * 0.25) + PAD;
    cells.set(codePoint, { x, y: Math.floor(slot / BLOCK_COLUMNS) * cellHeight, width });
    x += width;
  }
  return {
    left,
    ascent,
    cellHeight,
    /** Where a drawable character's cell is, and how wide. */
    cell: (codePoint: number) => cells.get(codePoint)!,
  };
}

export interface Compositor {
  /** PNG of a card SVG, or `undefined` when the SVG holds anything but shapes and plain text runs. */
  render(svg: string): Uint8Array<ArrayBuffer> | undefined;
}

export function createCompositor(fonts: FontMetrics[], options: ResvgRenderOptions, width: number, height: number): Compositor {
  const stride = width * 3 + 1;
  const backgrounds = new Map<string, Background>();
  const masks = new Map<string, Mask | null>();
  const grids = new Map<string, ReturnType<typeof blockGrid>>();
  let frame: Uint8Array | undefined;
  let indexFrame: Uint8Array | undefined;
  const blendIndex = new Int16Array(256 * MAX_FILLS * LEVELS);

  /** The card as a palette PNG, or undefined when its colours do not fit a palette. */
  function renderIndexed(bg: NonNullable<Background['indexed']>, placed: Placed[]): Uint8Array<ArrayBuffer> | undefined {
    const rows = (indexFrame ??= new Uint8Array((width + 1) * height));
    rows.set(bg.rows);
    // Built afresh for each card, so its palette depends on this card alone (reproducible builds).
    const palette = bg.palette.slice();
    const paletteIndex = new Map(palette.map((colour, i) => [colour, i]));
    const fills = new Map<number, number>();
    blendIndex.fill(-1);
    for (const glyph of placed) {
      const mask = masks.get(glyph.key);
      if (!mask) continue;
      const [r, g, b] = glyph.rgb;
      const fillColour = (r << 16) | (g << 8) | b;
      let fill = fills.get(fillColour);
      if (fill === undefined) {
        if (fills.size === MAX_FILLS) return undefined;
        fill = fills.size;
        fills.set(fillColour, fill);
      }
      const { coverage, width: w } = mask;
      const { left, top, x0, x1, y0, y1 } = clip(mask, glyph.penX, glyph.baseline);
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const level = coverage[y * w + x]! >> 3;
          if (level === 0) continue;
          const at = (top + y) * (width + 1) + 1 + left + x;
          const under = rows[at]!;
          const key = (under * MAX_FILLS + fill) * LEVELS + level;
          let index = blendIndex[key]!;
          if (index < 0) {
            const c = level === LEVELS - 1 ? 255 : Math.round((level * 255) / (LEVELS - 1));
            const base = palette[under]!;
            const mix = (shift: number, channel: number) => Math.round((((base >> shift) & 255) * (255 - c) + channel * c) / 255);
            const colour = (mix(16, r) << 16) | (mix(8, g) << 8) | mix(0, b);
            let found = paletteIndex.get(colour);
            if (found === undefined) {
              if (palette.length === 256) return undefined;
              found = palette.length;
              palette.push(colour);
              paletteIndex.set(colour, found);
            }
            index = blendIndex[key] = found;
          }
          rows[at] = index;
        }
      }
    }
    return encodeRows(rows, width, height, 3, undefined, palette);
  }
  const fontIndex = new Map(fonts.map((f, i) => [`${f.family}\u0000${f.weight}`, i]));

  const rasterise = (svg: string) => new Resvg(svg, options).render();

  /** The card without its text, as PNG rows (filter byte 0, then RGB), and as palette rows when it has few colours. */
  function background(svg: string): Background {
    const cached = backgrounds.get(svg);
    if (cached) return cached;
    const image = rasterise(svg);
    if (image.width !== width || image.height !== height) throw new Error(`social image rendered at ${image.width}×${image.height}`);
    const rgba = image.pixels;
    const rows = new Uint8Array(stride * height);
    const indexRows = new Uint8Array((width + 1) * height);
    const palette: number[] = [];
    const paletteIndex = new Map<number, number>();
    let indexed = true;
    for (let y = 0; y < height; y++) {
      let at = y * stride + 1;
      let ati = y * (width + 1) + 1;
      for (let x = 0, from = y * width * 4; x < width; x++, from += 4) {
        const r = rgba[from]!;
        const g = rgba[from + 1]!;
        const b = rgba[from + 2]!;
        rows[at++] = r;
        rows[at++] = g;
        rows[at++] = b;
        if (!indexed) continue;
        const colour = (r << 16) | (g << 8) | b;
        let index = paletteIndex.get(colour);
        if (index === undefined) {
          // Leave most of the 256 palette entries for the text's antialiasing.
          if (palette.length === MAX_SHAPE_COLOURS) {
            indexed = false;
            continue;
          }
          index = palette.length;
          palette.push(colour);
          paletteIndex.set(colour, index);
        }
        indexRows[ati++] = index;
      }
    }
    const result: Background = { rows, indexed: indexed ? { rows: indexRows, palette } : undefined };
    if (backgrounds.size >= MAX_BACKGROUNDS) backgrounds.clear();
    backgrounds.set(svg, result);
    return result;
  }

  const maskKey = (font: number, size: number, phase: number, codePoint: number) => `${font}|${size}|${phase}|${codePoint}`;

  /**
   * Render the missing glyph masks: one resvg call per face, size, phase and block of code points.
   * resvg's pixels for a glyph change with where it is drawn (measured from 16,000 px from the
   * origin on), so each glyph is always drawn at the same spot: its cell in a fixed grid of its
   * block. Cells keep a quarter of the size plus PAD on each side, so no glyph of these fonts reaches
   * into a neighbour's cell (which would make a mask depend on its neighbours again).
   * A mask then never depends on which other glyphs were missing at the time, and every thread
   * renders the same image of a card (reproducible builds).
   */
  function renderMasks(missing: Map<string, Glyph>) {
    const groups = new Map<string, { glyphs: [string, Glyph][]; font: number; size: number; phase: number; block: number }>();
    for (const [key, glyph] of missing) {
      if (!drawable(glyph.codePoint)) continue;
      const block = Math.floor(glyph.codePoint / BLOCK);
      const id = `${glyph.font}|${glyph.size}|${glyph.phase}|${block}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { glyphs: [], font: glyph.font, size: glyph.size, phase: glyph.phase, block }));
      group.glyphs.push([key, glyph]);
    }
    for (const { glyphs, font: fontIndex, size, phase, block } of groups.values()) {
      const font = fonts[fontIndex]!;
      const gridKey = `${fontIndex}|${size}|${block}`;
      let grid = grids.get(gridKey);
      if (!grid) grids.set(gridKey, (grid = blockGrid(font, size, block)));
      // The canvas reaches only as far as the cells drawn; every glyph still sits at its own spot.
      let width = 0;
      let height = 0;
      const texts = glyphs.map(([, { codePoint }]) => {
        const { x, y, width: cellWidth } = grid.cell(codePoint);
        width = Math.max(width, x + cellWidth);
        height = Math.max(height, y + grid.cellHeight);
        return `<text x="${x + grid.left + phase / PHASES}" y="${y + grid.ascent}" font-family="${escapeXml(cssString(font.family))}" font-weight="${font.weight}" font-size="${size}" fill="#fff">${escapeXml(String.fromCodePoint(codePoint))}</text>`;
      });
      const image = rasterise(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${texts.join('')}</svg>`,
      );
      const rgba = image.pixels;
      const pitch = image.width * 4;
      for (const [key, { codePoint }] of glyphs) {
        const cell = grid.cell(codePoint);
        const origin = cell.y * pitch + cell.x * 4 + 3; // alpha of the cell's top-left pixel
        // Crop the cell to the pixels the glyph covers.
        let x0 = Infinity;
        let y0 = Infinity;
        let x1 = -1;
        let y1 = -1;
        for (let y = 0, row = origin; y < grid.cellHeight; y++, row += pitch) {
          for (let x = 0, at = row; x < cell.width; x++, at += 4) {
            if (rgba[at] === 0) continue;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            y1 = y;
          }
        }
        if (x1 < 0) {
          masks.set(key, null); // a space, or a character the fonts lack (resvg draws nothing either)
          continue;
        }
        const w = x1 - x0 + 1;
        const h = y1 - y0 + 1;
        const coverage = new Uint8Array(w * h);
        for (let y = 0, row = origin + y0 * pitch + x0 * 4; y < h; y++, row += pitch) {
          for (let x = 0, at = row; x < w; x++, at += 4) coverage[y * w + x] = rgba[at]!;
        }
        masks.set(key, { dx: x0 - grid.left, dy: y0 - grid.ascent, width: w, height: h, coverage });
      }
    }
    for (const key of missing.keys()) if (!masks.has(key)) masks.set(key, null);
  }

  /** Where a glyph's mask lands, and the part of the mask (x0…x1, y0…y1) that falls inside the image. */
  function clip(mask: Mask, penX: number, baseline: number) {
    const left = penX + mask.dx;
    const top = baseline + mask.dy;
    return {
      left,
      top,
      x0: Math.max(0, -left),
      x1: Math.min(mask.width, width - left),
      y0: Math.max(0, -top),
      y1: Math.min(mask.height, height - top),
    };
  }

  function blend(rows: Uint8Array, mask: Mask, penX: number, baseline: number, [r, g, b]: [number, number, number]) {
    const { coverage, width: w } = mask;
    const { left, top, x0, x1, y0, y1 } = clip(mask, penX, baseline);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const c = coverage[y * w + x]!;
        if (c === 0) continue;
        const at = (top + y) * stride + 1 + (left + x) * 3;
        const keep = 255 - c;
        rows[at] = (rows[at]! * keep + r * c + 127) / 255;
        rows[at + 1] = (rows[at + 1]! * keep + g * c + 127) / 255;
        rows[at + 2] = (rows[at + 2]! * keep + b * c + 127) / 255;
      }
    }
  }

  return {
    render(svg) {
      const runs: Run[] = [];
      let unknown = false;
      const shapes = svg.replace(TEXT, (_, x, y, family, weight, size, fill, anchor, content) => {
        const font = fontIndex.get(`${unescapeXml(family).replace(/^'|'$/g, '').replace(/\\(.)/g, '$1')}\u0000${weight}`);
        if (font === undefined) unknown = true;
        else {
          const hex = Number.parseInt(fill, 16);
          runs.push({
            x: Number(x),
            y: Number(y),
            font,
            size: Number(size),
            rgb: [hex >> 16, (hex >> 8) & 255, hex & 255],
            anchor: anchor ?? 'start',
            text: svgSpace(unescapeXml(content)),
          });
        }
        return '';
      });
      if (unknown || shapes.includes('<text') || !shapes.startsWith('<svg ')) return undefined;

      // Lay out every glyph (pen positions from the fonts' advance widths), noting masks not yet rendered.
      const placed: Placed[] = [];
      const missing = new Map<string, Glyph>();
      for (const run of runs) {
        const font = fonts[run.font]!;
        const total = measureText(font, run.text, run.size);
        let pen = run.anchor === 'end' ? run.x - total : run.anchor === 'middle' ? run.x - total / 2 : run.x;
        const baseline = Math.round(run.y);
        for (const char of run.text) {
          const codePoint = char.codePointAt(0)!;
          let whole = Math.floor(pen);
          let phase = Math.round((pen - whole) * PHASES);
          if (phase === PHASES) {
            whole += 1;
            phase = 0;
          }
          const key = maskKey(run.font, run.size, phase, codePoint);
          if (!masks.has(key)) missing.set(key, { font: run.font, size: run.size, phase, codePoint });
          placed.push({ key, penX: whole, baseline, rgb: run.rgb });
          pen += measureText(font, char, run.size);
        }
      }
      if (missing.size) renderMasks(missing);

      const bg = background(shapes);
      const indexed = bg.indexed && renderIndexed(bg.indexed, placed);
      if (indexed) return indexed;
      // One frame buffer, reused: a fresh 2 MB buffer per card costs page faults and garbage collection.
      const rows = (frame ??= new Uint8Array(stride * height));
      rows.set(bg.rows);
      for (const glyph of placed) {
        const mask = masks.get(glyph.key);
        if (mask) blend(rows, mask, glyph.penX, glyph.baseline, glyph.rgb);
      }
      return encodeRows(rows, width, height, 2);
    },
  };
}
