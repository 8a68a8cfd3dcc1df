/**
 * Social images with a cache on disk keyed by the SVG's hash (in Astro's cache folder), so a rebuild
 * only renders the images whose content changed. (Rendering on worker threads was tried: on two cores
 * it saved little wall time and tripled peak memory, so images render on the main thread.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ogRenderer } from './renderer.ts';

const CACHE_DIR = join(process.env.UNSTUCK_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'), 'og');
/** Change when the renderer (fonts, resvg options) changes, so cached images are not reused. */
const RENDERER_VERSION = 'resvg-2.6.2/inter-5.3/jetbrains-mono-5.3/png-deflate3/v2';

/** The PNG of a social-image SVG, from the cache when this exact image was rendered before. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const key = createHash('sha256').update(RENDERER_VERSION).update(svg).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = ogRenderer().render(svg);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
