/**
 * Fix images rendered ahead, on a worker thread. A build reaches the /og/ routes after every other
 * page; starting the images as soon as the content is known lets a second core render them while
 * the main thread renders pages, and the /og/ routes then only read finished files.
 * Outside a build (dev, tests) nothing is started and each image renders when it is requested.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fixCardSvg } from '../lib/og-image.ts';
import { renderPng } from './cache.ts';
import type { FixImageJob } from './cards.ts';
import { ogRenderer } from './renderer.ts';
import type { WorkerReport } from './worker.ts';

interface Pending {
  promise: Promise<string>;
  resolve: (file: string) => void;
  reject: (error: Error) => void;
}

const pending = new Map<string, Pending>();

/** Start rendering these fixes' images on a worker thread running `workerFile` (src/og/worker.ts). */
export function prerenderFixImages(jobs: FixImageJob[], workerFile: string): void {
  // The worker's reports settle these; the routes take their entries out of `pending` as they read them.
  const open = new Map<string, Pending>();
  for (const { slug } of jobs) {
    if (pending.has(slug)) continue;
    let resolve!: (file: string) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<string>((ok, fail) => ((resolve = ok), (reject = fail)));
    // A failure is reported when the image is requested; never as an unhandled rejection before that.
    promise.catch(() => {});
    const entry = { promise, resolve, reject };
    pending.set(slug, entry);
    open.set(slug, entry);
  }
  if (!open.size) return;
  const worker = new Worker(workerFile, { workerData: jobs.filter((j) => open.has(j.slug)) });
  worker.on('message', (report: WorkerReport) => {
    const entry = open.get(report.slug);
    if (!entry) return;
    open.delete(report.slug);
    if ('file' in report) entry.resolve(report.file);
    else entry.reject(new Error(`Social image of fix "${report.slug}" failed: ${report.error}`));
  });
  const failAll = (why: string) => {
    for (const [slug, entry] of open) entry.reject(new Error(`Social image of fix "${slug}" was not rendered: ${why}`));
    open.clear();
  };
  worker.on('error', (error) => failAll(`the image worker failed: ${error.stack ?? error.message}`));
  worker.on('exit', (code) => failAll(`the image worker exited (code ${code})`));
}

/** PNG bytes of a fix's image: the prerendered file when there is one, else rendered now. */
export async function fixImagePng(job: FixImageJob): Promise<Uint8Array<ArrayBuffer>> {
  const ahead = pending.get(job.slug);
  if (!ahead) return renderPng(fixCardSvg(job.card, ogRenderer()));
  pending.delete(job.slug);
  return new Uint8Array(readFileSync(await ahead.promise));
}
