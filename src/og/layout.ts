/**
 * Layout of the social-sharing (Open Graph) images as SVG: text wrapping with an ellipsis, size
 * fitting, and escaping every text into SVG. Pure: fonts come in as a {@link Typesetter} that names
 * each face and measures text, so the layout is testable without font files or a renderer.
 * Every word on the images comes from the caller (site config and content), none from here.
 */
import { escapeXml } from '../text/escape.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The faces the images use; the renderer maps each to a loaded font. */
export type FaceName = 'sans' | 'sansSemibold' | 'sansBold' | 'sansHeavy' | 'mono' | 'monoBold';

export interface Typesetter {
  /** The `font-family` and `font-weight` that select a face in SVG. */
  face(name: FaceName): { family: string; weight: number };
  /** Width in pixels of `text` set in `face` at `size` pixels. */
  measure(text: string, face: FaceName, size: number): number;
}

const COLORS = {
  background: '#1c1917',
  accent: '#fdba74',
  onAccent: '#1c1917',
  text: '#fafaf9',
  muted: '#d6d3d1',
  subtle: '#a8a29e',
  box: '#0c0a09',
  boxBorder: '#44403c',
} as const;

const PAD_X = 80;
const CONTENT_WIDTH = OG_WIDTH - 2 * PAD_X;
const ELLIPSIS = '…';

export { escapeXml };

/** Collapse runs of whitespace (newlines, tabs) to single spaces and trim. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Wrapped {
  lines: string[];
  /** True when text was cut and the last line ends with an ellipsis. */
  truncated: boolean;
}

/**
 * Break `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces; a word wider than
 * a whole line is broken between characters. Text that does not fit ends with "…" on the last line.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, width: (s: string) => number): Wrapped {
  const words = normalizeSpace(text).split(' ').filter(Boolean);
  if (maxLines < 1) return { lines: [], truncated: words.length > 0 };
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word longer than a line (a URL, a JSON blob): cut it where it reaches the edge.
    while (width(line) > maxWidth) {
      const chars = Array.from(line);
      let fit = 1;
      while (fit < chars.length && width(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
    }
    if (lines.length > maxLines) break;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, maxWidth, width);
  return { lines: kept, truncated: true };
}

/** `line` shortened (by whole words when it can, else by characters) so that `line…` fits. */
export function withEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  const finish = (s: string) => `${s.replace(/[\s,.;:·\-–—/(]+$/u, '')}${ELLIPSIS}`;
  let current = line;
  while (current.includes(' ') && width(finish(current)) > maxWidth) current = current.slice(0, current.lastIndexOf(' '));
  let chars = Array.from(current);
  while (chars.length > 0 && width(finish(chars.join(''))) > maxWidth) chars = chars.slice(0, -1);
  return finish(chars.join(''));
}

export interface Fitted extends Wrapped {
  size: number;
  lineHeight: number;
}

/**
 * Set `text` at the largest of `sizes` (largest first) at which it fits in `maxWidth` ×
 * `maxHeight` without being cut, in at most `maxLines` lines; failing that, at the smallest size,
 * cut with an ellipsis.
 */
export function fitText(
  text: string,
  options: { sizes: number[]; maxWidth: number; maxHeight: number; maxLines: number; lineHeight: number },
  width: (s: string, size: number) => number,
): Fitted {
  const { sizes, maxWidth, maxHeight, maxLines, lineHeight } = options;
  let result: Fitted | undefined;
  for (const size of sizes) {
    const lh = Math.round(size * lineHeight);
    const lines = Math.max(1, Math.min(maxLines, Math.floor((maxHeight - size) / lh) + 1));
    result = { size, lineHeight: lh, ...wrapText(text, maxWidth, lines, (s) => width(s, size)) };
    if (!result.truncated) return result;
  }
  if (!result) throw new Error('fitText needs at least one size');
  return result;
}

interface TextRun {
  x: number;
  y: number;
  face: FaceName;
  size: number;
  fill: string;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
}

function textElement(t: Typesetter, run: TextRun): string {
  const { family, weight } = t.face(run.face);
  const anchor = run.anchor && run.anchor !== 'start' ? ` text-anchor="${run.anchor}"` : '';
  return (
    `<text x="${round(run.x)}" y="${round(run.y)}" font-family="${escapeXml(cssString(family))}" font-weight="${weight}" ` +
    `font-size="${run.size}" fill="${run.fill}"${anchor}>${escapeXml(run.text)}</text>`
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A font family name as a quoted CSS string, so names with commas or quotes stay one name. */
export const cssString = (name: string) => `'${name.replace(/['\\]/g, '\\$&')}'`;

function svgDocument(body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLORS.background}"/>` +
    `<rect width="${OG_WIDTH}" height="12" fill="${COLORS.accent}"/>` +
    body.join('') +
    `</svg>`
  );
}

/** The site's mark (a rounded square holding the first letter of the site name) and name, ending before `right`. */
function brand(t: Typesetter, siteName: string, x: number, baseline: number, size: number, right: number): string[] {
  const mark = Math.round(size * 1.3);
  const top = baseline - size * 0.73 - (mark - size * 0.73) / 2;
  const initial = Array.from(siteName.trim())[0]?.toUpperCase() ?? '';
  return [
    `<rect x="${round(x)}" y="${round(top)}" width="${mark}" height="${mark}" rx="${round(mark * 0.22)}" fill="${COLORS.accent}"/>`,
    textElement(t, {
      x: x + mark / 2,
      y: top + mark / 2 + size * 0.35,
      face: 'sansHeavy',
      size: Math.round(size * 0.92),
      fill: COLORS.onAccent,
      text: initial,
      anchor: 'middle',
    }),
    textElement(t, {
      x: x + mark + size * 0.45,
      y: baseline,
      face: 'sansHeavy',
      size,
      fill: COLORS.text,
      text: oneLine(t, siteName, 'sansHeavy', size, right - x - mark - size * 0.45),
    }),
  ];
}

/** One line of `text`, cut with an ellipsis if wider than `maxWidth`. */
function oneLine(t: Typesetter, text: string, face: FaceName, size: number, maxWidth: number): string {
  return wrapText(text, maxWidth, 1, (s) => t.measure(s, face, size)).lines[0] ?? '';
}

export interface FixCard {
  siteName: string;
  articleId: string;
  clusterTitle: string;
  title: string;
  /** The first error message the fix covers, with its HTTP status and error type when known. */
  signature?: { message: string; status?: number | undefined; type?: string | undefined } | undefined;
}

const HEADER_BASELINE = 100;
const CLUSTER_BASELINE = 168;
const TITLE_TOP = 192;
const BOTTOM = OG_HEIGHT - 52;

/** The image of one fix: brand and article ID, cluster, title, and its first error message. */
export function fixCardSvg(card: FixCard, t: Typesetter): string {
  // Article ID, right-aligned in an outlined pill; the brand takes the rest of the row.
  const idSize = 26;
  const idText = normalizeSpace(card.articleId);
  const idWidth = t.measure(idText, 'monoBold', idSize);
  const pillPad = 18;
  const pillH = 48;
  const pillRight = OG_WIDTH - PAD_X;
  const pillTop = HEADER_BASELINE - (34 * 0.73) / 2 - pillH / 2;
  const body: string[] = brand(t, card.siteName, PAD_X, HEADER_BASELINE, 34, pillRight - idWidth - 2 * pillPad - 32);
  body.push(
    `<rect x="${round(pillRight - idWidth - 2 * pillPad)}" y="${round(pillTop)}" width="${round(idWidth + 2 * pillPad)}" height="${pillH}" rx="${pillH / 2}" fill="none" stroke="${COLORS.boxBorder}" stroke-width="2"/>`,
    textElement(t, {
      x: pillRight - pillPad,
      y: pillTop + pillH / 2 + idSize * 0.36,
      face: 'monoBold',
      size: idSize,
      fill: COLORS.muted,
      text: idText,
      anchor: 'end',
    }),
  );

  body.push(
    textElement(t, {
      x: PAD_X,
      y: CLUSTER_BASELINE,
      face: 'sansSemibold',
      size: 28,
      fill: COLORS.accent,
      text: oneLine(t, card.clusterTitle, 'sansSemibold', 28, CONTENT_WIDTH),
    }),
  );

  // The error message box, anchored to the bottom; the title gets the space above it.
  let titleBottom = BOTTOM;
  const message = card.signature ? normalizeSpace(card.signature.message) : '';
  if (card.signature && message) {
    const pad = 26;
    const msgSize = 26;
    const msgLead = 36;
    const metaSize = 20;
    const meta = [card.signature.status, card.signature.type].filter((v) => v !== undefined && v !== '').join(' · ');
    const inner = CONTENT_WIDTH - 2 * pad - 8;
    const { lines } = wrapText(message, inner, 2, (s) => t.measure(s, 'mono', msgSize));
    const metaBlock = meta ? metaSize + 16 : 0;
    const height = pad + metaBlock + msgSize * 0.75 + (lines.length - 1) * msgLead + pad + 6;
    const top = BOTTOM - height;
    const textX = PAD_X + pad + 8;
    body.push(
      // The accent stripe is clipped to the box so it follows the rounded corners.
      `<clipPath id="message-box"><rect x="${PAD_X}" y="${round(top)}" width="${CONTENT_WIDTH}" height="${round(height)}" rx="14"/></clipPath>`,
      `<rect x="${PAD_X}" y="${round(top)}" width="${CONTENT_WIDTH}" height="${round(height)}" rx="14" fill="${COLORS.box}"/>`,
      `<rect x="${PAD_X}" y="${round(top)}" width="8" height="${round(height)}" fill="${COLORS.accent}" clip-path="url(#message-box)"/>`,
      `<rect x="${PAD_X}" y="${round(top)}" width="${CONTENT_WIDTH}" height="${round(height)}" rx="14" fill="none" stroke="${COLORS.boxBorder}" stroke-width="2"/>`,
    );
    if (meta) {
      body.push(
        textElement(t, {
          x: textX,
          y: top + pad + metaSize * 0.75,
          face: 'mono',
          size: metaSize,
          fill: COLORS.subtle,
          text: oneLine(t, meta, 'mono', metaSize, inner),
        }),
      );
    }
    lines.forEach((line, i) => {
      body.push(
        textElement(t, {
          x: textX,
          y: top + pad + metaBlock + msgSize * 0.75 + i * msgLead,
          face: 'mono',
          size: msgSize,
          fill: COLORS.text,
          text: line,
        }),
      );
    });
    titleBottom = top - 24;
  }

  const title = fitText(
    card.title,
    { sizes: [64, 58, 52, 46], maxWidth: CONTENT_WIDTH, maxHeight: titleBottom - TITLE_TOP, maxLines: 4, lineHeight: 1.16 },
    (s, size) => t.measure(s, 'sansBold', size),
  );
  title.lines.forEach((line, i) => {
    body.push(
      textElement(t, {
        x: PAD_X,
        y: TITLE_TOP + title.size * 0.9 + i * title.lineHeight,
        face: 'sansBold',
        size: title.size,
        fill: COLORS.text,
        text: line,
      }),
    );
  });

  return svgDocument(body);
}

export interface DefaultCard {
  siteName: string;
  tagline: string;
  /** Shown at the bottom, e.g. the site's host name. */
  footer?: string | undefined;
}

/** The image of every page that is not a fix: brand, tagline and footer. */
export function defaultCardSvg(card: DefaultCard, t: Typesetter): string {
  const body = brand(t, card.siteName, PAD_X, 250, 96, OG_WIDTH - PAD_X);
  const tagline = fitText(
    card.tagline,
    { sizes: [44, 40, 36], maxWidth: CONTENT_WIDTH, maxHeight: 200, maxLines: 3, lineHeight: 1.3 },
    (s, size) => t.measure(s, 'sans', size),
  );
  tagline.lines.forEach((line, i) => {
    body.push(
      textElement(t, {
        x: PAD_X,
        y: 340 + tagline.size * 0.9 + i * tagline.lineHeight,
        face: 'sans',
        size: tagline.size,
        fill: COLORS.muted,
        text: line,
      }),
    );
  });
  if (card.footer) {
    body.push(
      textElement(t, {
        x: PAD_X,
        y: BOTTOM,
        face: 'mono',
        size: 28,
        fill: COLORS.subtle,
        text: oneLine(t, card.footer, 'mono', 28, CONTENT_WIDTH),
      }),
    );
  }
  return svgDocument(body);
}
