/**
 * Just enough font-file handling for build-time image rendering: unpack a WOFF (the format
 * @fontsource ships) into a plain TrueType/OpenType file the renderer can load, and read the
 * metrics needed to measure text (family name, units per em, advance width per character).
 * Kerning and ligatures are ignored, so measured widths err on the wide side.
 */
import { create } from 'fontkitten';
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

/**
 * Read family name, weight and per-character advance widths from a TTF/OTF file (with fontkitten,
 * fontkit's small sibling that Astro already installs; kerning is not read: the layout never kerns).
 */
export function readFontMetrics(sfnt: Uint8Array): FontMetrics {
  const font = create(Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength));
  if (font.isCollection) throw new Error('a font collection is not a single font');
  const advances = new Map<number, number>();
  for (const codePoint of font.characterSet) {
    const glyph = font.glyphForCodePoint(codePoint);
    if (glyph.id !== 0) advances.set(codePoint, glyph.advanceWidth);
  }
  return {
    family: font.familyName,
    weight: font['OS/2']?.usWeightClass ?? 400,
    unitsPerEm: font.unitsPerEm,
    advances,
    fallbackAdvance: advances.get(0x30) ?? font.unitsPerEm / 2,
  };
}

/** Width of `text` set in a font at `size` pixels. */
export function measureText(metrics: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += metrics.advances.get(ch.codePointAt(0)!) ?? metrics.fallbackAdvance;
  return (units * size) / metrics.unitsPerEm;
}
