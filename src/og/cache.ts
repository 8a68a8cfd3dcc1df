/**
 * Social images with a cache on disk keyed by the SVG's hash (in Astro's cache folder), so a rebuild
 * only renders the images whose content changed. The build renders fix images ahead on a worker
 * thread (src/og/prerender.ts); both paths go through this cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ogRenderer } from './renderer.ts';

const CACHE_DIR = join(process.env.UNSTUCK_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'), 'og');
/** Change when the renderer (fonts, resvg options, encoder) changes, so cached images are not reused. */
const RENDERER_VERSION = 'resvg-2.6.2/inter-5.3/jetbrains-mono-5.3/compositor-palette/v4';

/** The cache file holding the PNG of a social-image SVG, rendered now unless this exact image was rendered before. */
export function pngFileFor(svg: string): string {
  const key = createHash('sha256').update(RENDERER_VERSION).update(svg).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return file;
  const png = ogRenderer().render(svg);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written under a unique name, then renamed: a reader never sees half a file.
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}

/** The PNG of a social-image SVG, from the cache when this exact image was rendered before. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(pngFileFor(svg)));
}
