/**
 * Just enough font-file handling for build-time image rendering: unpack a WOFF (the format
 * @fontsource ships) into a plain TrueType/OpenType file the renderer can load, and read the
 * metrics needed to measure text (family name, units per em, advance width per character).
 * Kerning and ligatures are ignored, so measured widths err on the wide side.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** Unpack a WOFF 1.0 file into the SFNT (TTF/OTF) it wraps. Throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || src.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error('corrupt WOFF table');
    return { tag: src.getUint32(at), checksum: src.getUint32(at + 16), data };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = new Uint8Array(headerSize + tables.reduce((sum, t) => sum + pad4(t.data.byteLength), 0));
  const dst = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(Math.max(numTables, 1)));
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, 16 * 2 ** log2);
  dst.setUint16(8, log2);
  dst.setUint16(10, 16 * numTables - 16 * 2 ** log2);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}

export interface FontMetrics {
  /** Family name from the font's `name` table (what an SVG `font-family` must say). */
  family: string;
  /** Weight class from the OS/2 table (400 regular, 700 bold), what `font-weight` must say. */
  weight: number;
  unitsPerEm: number;
  /** Advance width of each mapped character, in font units. */
  advances: Map<number, number>;
  /** Advance used for characters the font does not map. */
  fallbackAdvance: number;
}

/** Read family name, weight and per-character advance widths from a TTF/OTF file. */
export function readFontMetrics(sfnt: Uint8Array): FontMetrics {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...sfnt.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of characterMap(view, table('cmap'))) {
    if (glyph !== 0) advances.set(codePoint, advanceOf(glyph));
  }
  return {
    family: familyName(view, sfnt, table('name')),
    weight: tables.has('OS/2') ? view.getUint16(table('OS/2') + 4) : 400,
    unitsPerEm,
    advances,
    fallbackAdvance: advances.get(0x30) ?? unitsPerEm / 2,
  };
}

/** Width of `text` set in a font at `size` pixels. */
export function measureText(metrics: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += metrics.advances.get(ch.codePointAt(0)!) ?? metrics.fallbackAdvance;
  return (units * size) / metrics.unitsPerEm;
}

/** Every (code point, glyph) pair of the best Unicode subtable: format 12 if present, else format 4. */
function characterMap(view: DataView, cmap: number): Map<number, number> {
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: view.getUint16(at), at });
  }
  const map = new Map<number, number>();
  const best = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!best) throw new Error('font has no Unicode character map');
  const { at } = best;
  if (best.format === 12) {
    for (let g = 0, n = view.getUint32(at + 12); g < n; g++) {
      const group = at + 16 + 12 * g;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + 2 * s);
    const end = view.getUint16(ends + 2 * s);
    const delta = view.getInt16(deltas + 2 * s);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      map.set(c, glyph);
    }
  }
  return map;
}

/** The font family name (name ID 16 if present, else 1), from a Unicode or Windows record. */
function familyName(view: DataView, bytes: Uint8Array, name: number): string {
  const strings = name + view.getUint16(name + 4);
  const found = new Map<number, string>();
  for (let i = 0, n = view.getUint16(name + 2); i < n; i++) {
    const rec = name + 6 + 12 * i;
    const platform = view.getUint16(rec);
    const id = view.getUint16(rec + 6);
    if ((platform !== 0 && platform !== 3) || (id !== 1 && id !== 16) || found.has(id)) continue;
    const start = strings + view.getUint16(rec + 10);
    const raw = bytes.subarray(start, start + view.getUint16(rec + 8));
    let text = '';
    for (let j = 0; j + 1 < raw.length; j += 2) text += String.fromCharCode((raw[j]! << 8) | raw[j + 1]!);
    found.set(id, text);
  }
  const family = found.get(16) ?? found.get(1);
  if (!family) throw new Error('font has no family name');
  return family;
}
