/**
 * The social images (Open Graph cards, 1200×630 PNG) of the site, behind one small interface:
 * the card of a fix, the worker that renders them ahead during a build, and each image's file or
 * bytes. Everything else in this folder (layout, fonts, compositor, PNG encoder, cache) serves these.
 */
import { defaultCardSvg } from './layout.ts';
import { renderPng } from './cache.ts';
import { ogRenderer } from './renderer.ts';
import { fixImageFile, prerenderFixImages } from './prerender.ts';
import { nextTurn, YIELD_EVERY } from './protocol.ts';
import type { FixImageJob } from './cards.ts';

export { fixImageJob, type FixImageJob } from './cards.ts';
export { fixImageFile, fixImagePng, prerenderStats } from './prerender.ts';

/**
 * Start rendering these fixes' images on a worker thread (the build's second core), running the
 * worker file `workerFile` (src/og/worker.ts, from its source). Images asked for before the worker
 * reaches them render on the asking thread instead.
 */
export const startImageWorker = (jobs: FixImageJob[], workerFile: string) => prerenderFixImages(jobs, workerFile);

/** Each fix's image file in order, giving the event loop a turn now and then (resvg frees its buffers between turns). */
export async function* fixImageFiles(jobs: readonly FixImageJob[]): AsyncGenerator<[FixImageJob, string]> {
  for (const [i, job] of jobs.entries()) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    yield [job, await fixImageFile(job)];
  }
}

/** The image of every page that is not a fix. */
export const defaultImagePng = (card: { siteName: string; tagline: string; footer: string }) =>
  renderPng(defaultCardSvg(card, ogRenderer()));
