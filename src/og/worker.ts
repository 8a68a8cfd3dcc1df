/**
 * Worker thread of src/og/prerender.ts: renders each fix's social image into the cache, in order,
 * and reports the file (or the error) per fix. A job a route has already claimed is skipped (the
 * route renders it). Runs as plain Node TypeScript (type stripping).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fixCardSvg } from './layout.ts';
import { pngFileFor } from './cache.ts';
import { ogRenderer } from './renderer.ts';
import { CLAIM, nextTurn, YIELD_EVERY, type WorkerJobs, type WorkerReport } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('src/og/worker.ts runs as a worker thread (see src/og/prerender.ts)');
const { jobs, claims } = workerData as WorkerJobs;
for (const [index, { slug, card }] of jobs.entries()) {
  // resvg's native buffers are released by finalizers that Node runs between turns of the event
  // loop: without a turn now and then, a thread rendering thousands of images keeps them all.
  if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
  if (Atomics.compareExchange(claims, index, CLAIM.open, CLAIM.worker) !== CLAIM.open) continue;
  let report: WorkerReport;
  try {
    report = { slug, file: pngFileFor(fixCardSvg(card, ogRenderer())) };
  } catch (error) {
    report = { slug, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(report);
}
