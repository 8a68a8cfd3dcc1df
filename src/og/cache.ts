/**
 * Social images with a cache on disk keyed by the SVG's hash (in Astro's cache folder), so a rebuild
 * only renders the images whose content changed. The build renders fix images ahead on a worker
 * thread (src/og/prerender.ts); both paths go through this cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOnce } from './write-once.ts';
import { ogRenderer } from './renderer.ts';

/** Read when used, so a test (or a worker) can point it elsewhere after this module loads. */
const cacheDir = () => join(process.env.UNSTUCK_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'), 'og');

/** The cache file of a social-image SVG: the SVG's hash with everything else the image depends on. */
function cacheFile(svg: string): string {
  return join(cacheDir(), `${createHash('sha256').update(ogRenderer().version).update(svg).digest('hex')}.png`);
}

/** The cache file holding the PNG of a social-image SVG, rendered now unless this exact image was rendered before. */
export function pngFileFor(svg: string): string {
  const file = cacheFile(svg);
  return existsSync(file) ? file : writeOnce(file, ogRenderer().render(svg));
}

/** The PNG of a social-image SVG, from the cache when this exact image was rendered before. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const file = cacheFile(svg);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = ogRenderer().render(svg);
  writeOnce(file, png);
  return png;
}
