/**
 * Renders the Open Graph images (SVG laid out by src/og/layout.ts) to PNG at build time, with
 * resvg and fonts from @fontsource. Fonts are unpacked and measured once per build; every image
 * reuses them.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureText, readFontMetrics, woffToSfnt, type FontMetrics } from './fonts.ts';
import { writeOnce } from './write-once.ts';
import { OG_HEIGHT, OG_WIDTH, type FaceName, type Typesetter } from './layout.ts';
import { encodePng } from './png.ts';
import { createCompositor } from './compositor.ts';

/** The font file of each face (latin subsets: all the site's text is English). */
const FACE_FILES: Record<FaceName, string> = {
  sans: '@fontsource/inter/files/inter-latin-400-normal.woff',
  sansSemibold: '@fontsource/inter/files/inter-latin-600-normal.woff',
  sansBold: '@fontsource/inter/files/inter-latin-700-normal.woff',
  sansHeavy: '@fontsource/inter/files/inter-latin-800-normal.woff',
  mono: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-500-normal.woff',
  monoBold: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-700-normal.woff',
};

export interface OgRenderer extends Typesetter {
  /** What the images depend on besides their SVG: resvg's version, the font files, the compositor. */
  version: string;
  /** Render an SVG document to PNG bytes (a plain Uint8Array, which `Response` accepts). */
  render(svg: string): Uint8Array<ArrayBuffer>;
  /** The same image, every pixel from resvg (slower): the reference the fast path is tested against. */
  renderWhole(svg: string): Uint8Array<ArrayBuffer>;
}

/** Find a package file from the project root (the build runs there) or, failing that, from this module. */
function resolveFile(specifier: string): string {
  const bases = [pathToFileURL(join(process.cwd(), 'package.json')).href, import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // try the next base
    }
  }
  throw new Error(`Cannot find ${specifier}: run npm install`);
}

/**
 * resvg's Node binding loads fonts from files only, and not from WOFF: write each unpacked font
 * once to a temporary folder, named by its content hash (parallel builds share the files safely).
 */
function fontFileFor(sfnt: Uint8Array, hash: string): string {
  return writeOnce(join(tmpdir(), 'unstuck-og-fonts', `${hash}.ttf`), sfnt);
}

/** Change when the compositor or the PNG encoder changes how an image comes out. */
const COMPOSITOR_VERSION = 'compositor-grid/v5';

/** A renderer with its own font data and caches (tests compare two; the build shares {@link ogRenderer}). */
export function createRenderer(): OgRenderer {
  const faces = new Map<FaceName, FontMetrics>();
  const files: string[] = [];
  const fontHashes: string[] = [];
  for (const [name, specifier] of Object.entries(FACE_FILES) as [FaceName, string][]) {
    const sfnt = woffToSfnt(readFileSync(resolveFile(specifier)));
    faces.set(name, readFontMetrics(sfnt));
    const hash = createHash('sha256').update(sfnt).digest('hex').slice(0, 24);
    files.push(fontFileFor(sfnt, hash));
    fontHashes.push(hash);
  }
  const resvgVersion = (JSON.parse(readFileSync(resolveFile('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
  const metrics = (name: FaceName) => faces.get(name)!;
  const options = {
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: metrics('sans').family },
    fitTo: { mode: 'original' as const },
  };
  const compositor = createCompositor([...faces.values()], options, OG_WIDTH, OG_HEIGHT);
  return {
    version: [`resvg-${resvgVersion}`, ...fontHashes, COMPOSITOR_VERSION].join('/'),
    face: (name) => ({ family: metrics(name).family, weight: metrics(name).weight }),
    measure: (text, name, size) => measureText(metrics(name), text, size),
    render: (svg) => compositor.render(svg) ?? renderWhole(svg),
    renderWhole,
  };

  /** The whole SVG through resvg (for SVGs the compositor does not handle). */
  function renderWhole(svg: string): Uint8Array<ArrayBuffer> {
    // Every card paints an opaque background first, so resvg's premultiplied pixels are straight RGBA.
    const image = new Resvg(svg, options).render();
    if (image.width !== OG_WIDTH || image.height !== OG_HEIGHT) throw new Error(`social image rendered at ${image.width}×${image.height}`);
    return encodePng(image.pixels, image.width, image.height);
  }
}

let renderer: OgRenderer | undefined;

/** The shared renderer, created on first use. */
export function ogRenderer(): OgRenderer {
  renderer ??= createRenderer();
  return renderer;
}
