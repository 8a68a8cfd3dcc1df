/**
 * Fix images rendered ahead, on a worker thread. The build writes the images after every page
 * (src/integrations/bulk-files.ts); starting them as soon as the content is known lets a second core render
 * them while the main thread renders pages, and the build then mostly links finished files.
 * When the build asks for an image the worker has not started, it renders it itself: each job
 * has a claim slot in shared memory, taken by whichever thread gets to it first, so once the pages
 * are done both cores finish the images instead of the main thread waiting for the worker.
 * Outside a build (dev, tests) nothing is started and each image renders when it is requested.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fixCardSvg } from './layout.ts';
import { pngFileFor } from './cache.ts';
import type { FixImageJob } from './cards.ts';
import { ogRenderer } from './renderer.ts';
import { CLAIM, type WorkerJobs, type WorkerReport } from './protocol.ts';

export { nextTurn, YIELD_EVERY } from './protocol.ts';

interface Pending {
  promise: Promise<string>;
  resolve: (file: string) => void;
  reject: (error: Error) => void;
  /** Take the job from the worker; false when the worker has already taken it. */
  claim: () => boolean;
}

const pending = new Map<string, Pending>();
const stats = { worker: 0, here: 0 };

/** How many prerendered images the worker rendered and how many the routes took over. */
export const prerenderStats = (): Readonly<typeof stats> => ({ ...stats });

/**
 * Start rendering these fixes' images on a worker thread running `workerFile` (src/og/worker.ts).
 * Returns the worker (for tests to wait on), or undefined when every job was already started.
 */
export function prerenderFixImages(jobs: FixImageJob[], workerFile: string): Worker | undefined {
  // The worker's reports settle these; the routes take their entries out of `pending` as they read them.
  const open = new Map<string, Pending>();
  const seen = new Set<string>();
  const mine = jobs.filter((j) => !pending.has(j.slug) && !seen.has(j.slug) && seen.add(j.slug));
  if (!mine.length) return undefined;
  const claims = new Int32Array(new SharedArrayBuffer(4 * mine.length));
  mine.forEach(({ slug }, index) => {
    let resolve!: (file: string) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<string>((ok, fail) => ((resolve = ok), (reject = fail)));
    // A failure is reported when the image is requested; never as an unhandled rejection before that.
    promise.catch(() => {});
    const claim = () => {
      if (Atomics.compareExchange(claims, index, CLAIM.open, CLAIM.route) !== CLAIM.open) return false;
      open.delete(slug); // the worker will skip it: nothing more to hear about this one
      return true;
    };
    const entry = { promise, resolve, reject, claim };
    pending.set(slug, entry);
    open.set(slug, entry);
  });
  const worker = new Worker(workerFile, { workerData: { jobs: mine, claims } satisfies WorkerJobs });
  worker.on('message', (report: WorkerReport) => {
    const entry = open.get(report.slug);
    if (!entry) return;
    open.delete(report.slug);
    stats.worker++;
    if ('file' in report) entry.resolve(report.file);
    else entry.reject(new Error(`Social image of fix "${report.slug}" failed: ${report.error}`));
  });
  // If the worker stops early, the job it was rendering fails, naming the fix; the jobs it had not
  // taken stay open, and their routes render them.
  let warned = false;
  const stopped = (why: string) => {
    mine.forEach(({ slug }, index) => {
      const entry = open.get(slug);
      if (!entry || Atomics.load(claims, index) !== CLAIM.worker) return;
      open.delete(slug);
      entry.reject(new Error(`Social image of fix "${slug}" was not rendered: ${why}`));
    });
    if (open.size && !warned) {
      warned = true;
      console.warn(`Social images: ${why}; the remaining ${open.size} images render on the main thread.`);
    }
  };
  worker.on('error', (error) => stopped(`the image worker failed: ${error.stack ?? error.message}`));
  worker.on('exit', (code) => code !== 0 && stopped(`the image worker exited (code ${code})`));
  return worker;
}

/**
 * The cache file of a fix's image: the worker's file once it has rendered it, else rendered now on
 * this thread (a job the worker has not reached yet is taken from it).
 */
export async function fixImageFile(job: FixImageJob): Promise<string> {
  const ahead = pending.get(job.slug);
  if (!ahead || ahead.claim()) {
    if (ahead) {
      pending.delete(job.slug);
      stats.here++;
    }
    return pngFileFor(fixCardSvg(job.card, ogRenderer()));
  }
  pending.delete(job.slug);
  return ahead.promise;
}

/** PNG bytes of a fix's image (the dev server's /og/ route; see {@link fixImageFile}). */
export async function fixImagePng(job: FixImageJob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(readFileSync(await fixImageFile(job)));
}
