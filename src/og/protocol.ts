/**
 * What the image worker (src/og/worker.ts) and the thread that starts it (src/og/prerender.ts) share:
 * the jobs, the claim slots and the reports. A module of its own, so the worker never loads the
 * module that spawns it.
 */
import type { FixImageJob } from './cards.ts';

/** What the worker reads from `workerData`. */
export interface WorkerJobs {
  jobs: FixImageJob[];
  /** One slot per job: 0 open, 1 taken by the worker, 2 taken by a route (Atomics.compareExchange). */
  claims: Int32Array<SharedArrayBuffer>;
}
export const CLAIM = { open: 0, worker: 1, route: 2 } as const;

/** The worker's report of one job: the cache file of its image, or the error. */
export type WorkerReport = { slug: string; file: string } | { slug: string; error: string };

/**
 * Image loops give the event loop a turn every this many images: resvg's native buffers are freed
 * by finalizers that run between turns, and a loop that never yields keeps them all
 * (docs/performance-notes.md).
 */
export const YIELD_EVERY = 8;
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
