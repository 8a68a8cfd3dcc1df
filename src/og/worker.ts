/**
 * Worker thread of src/og/prerender.ts: renders each fix's social image into the cache, in order,
 * and reports the file (or the error) per fix. Runs as plain Node TypeScript (type stripping).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fixCardSvg } from '../lib/og-image.ts';
import { pngFileFor } from './cache.ts';
import { ogRenderer } from './renderer.ts';
import type { FixImageJob } from './cards.ts';

export type WorkerReport = { slug: string; file: string } | { slug: string; error: string };

const port = parentPort;
if (!port) throw new Error('src/og/worker.ts runs as a worker thread (see src/og/prerender.ts)');
for (const { slug, card } of workerData as FixImageJob[]) {
  let report: WorkerReport;
  try {
    report = { slug, file: pngFileFor(fixCardSvg(card, ogRenderer())) };
  } catch (error) {
    report = { slug, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(report);
}
