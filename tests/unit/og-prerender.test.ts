import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import { fixCardSvg } from '../../src/og/layout.ts';
import type { FixImageJob } from '../../src/og/cards.ts';
import { fixImagePng, prerenderFixImages, prerenderStats } from '../../src/og/prerender.ts';
import { createRenderer } from '../../src/og/renderer.ts';

const WORKER = fileURLToPath(new URL('../../src/og/worker.ts', import.meta.url));

const job = (slug: string, title: string): FixImageJob => ({
  slug,
  card: {
    siteName: 'Unstuck',
    articleId: `KB-${slug}`,
    clusterTitle: 'Requests',
    title,
    signature: { message: 'Overloaded', status: 529 },
  },
});

describe('social images rendered ahead on a worker thread', () => {
  const pngsIn = (cache: string) => (existsSync(join(cache, 'og')) ? readdirSync(join(cache, 'og')).filter((f) => f.endsWith('.png')) : []);
  /** A fresh image cache for whatever starts next (a worker copies the environment when it starts). */
  const freshCache = () => {
    const cache = mkdtempSync(join(tmpdir(), 'unstuck-og-'));
    process.env.UNSTUCK_CACHE_DIR = cache;
    return cache;
  };
  // (events.once would reject on the worker's 'error' event; only its end matters here.)
  const exited = (worker: Worker | undefined) => new Promise((ok) => worker!.once('exit', ok));
  const here = createRenderer();
  const expected = (j: FixImageJob) => here.render(fixCardSvg(j.card, here));
  const cards = (name: string, n: number) =>
    Array.from({ length: n }, (_, i) => job(`${name}-${i}`, `Card number ${i} with a title of its own`));

  test('images the worker finished are read from its files, the same bytes as rendering them here', async () => {
    const workerCache = freshCache();
    const jobs = cards('prerender-a', 2);
    const before = prerenderStats();
    await exited(prerenderFixImages(jobs, WORKER));
    expect(prerenderStats().worker - before.worker).toBe(2);
    const pngs = await Promise.all(jobs.map((j) => fixImagePng(j)));
    pngs.forEach((png, i) => expect(png).toEqual(expected(jobs[i]!)));
    expect(prerenderStats().here).toBe(before.here);
    expect(pngsIn(workerCache)).toHaveLength(2);
  });

  test('a route asking before the worker has started takes the job and renders it itself', async () => {
    const workerCache = freshCache();
    const jobs = cards('prerender-b', 3);
    const before = prerenderStats();
    const worker = prerenderFixImages(jobs, WORKER);
    const routeCache = freshCache();
    expect(await fixImagePng(jobs[0]!)).toEqual(expected(jobs[0]!)); // the worker is still loading its modules
    await exited(worker);
    expect(prerenderStats().here - before.here).toBe(1);
    expect(pngsIn(routeCache)).toHaveLength(1);
    expect(pngsIn(workerCache)).toHaveLength(2); // it skipped the job the route took
    for (const j of jobs.slice(1)) expect(await fixImagePng(j)).toEqual(expected(j));
  });

  test('routes asking while the worker runs: each image rendered once, by one side, and right', async () => {
    const workerCache = freshCache();
    const jobs = cards('prerender-many', 24);
    const before = prerenderStats();
    prerenderFixImages(jobs, WORKER);
    const routeCache = freshCache();
    // Once the worker is under way, ask for every image, last first, as the routes would.
    await expect.poll(() => prerenderStats().worker - before.worker, { timeout: 20_000 }).toBeGreaterThan(0);
    const pngs = await Promise.all([...jobs].reverse().map((j) => fixImagePng(j)));
    pngs.reverse().forEach((png, i) => expect(png).toEqual(expected(jobs[i]!)));
    const after = prerenderStats();
    const [byWorker, byRoutes] = [after.worker - before.worker, after.here - before.here];
    expect(byWorker + byRoutes).toBe(jobs.length);
    // Each side wrote exactly the images it reported: no job was rendered by both.
    expect(pngsIn(workerCache)).toHaveLength(byWorker);
    expect(pngsIn(routeCache)).toHaveLength(byRoutes);
  });

  test('a worker that cannot start: one warning, and the routes render the images themselves', async () => {
    freshCache();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const owed = job('prerender-c', 'Never rendered by a worker');
      const before = prerenderStats();
      await exited(prerenderFixImages([owed], join(tmpdir(), 'no-such-worker.ts')));
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(
          /^Social images: the image worker failed: .*no-such-worker\.ts.*; the remaining 1 images render on the main thread\.$/s,
        ),
      ]);
      expect(await fixImagePng(owed)).toEqual(expected(owed));
      expect(prerenderStats().here - before.here).toBe(1);
    } finally {
      warn.mockRestore();
    }
  });

  test('a worker that dies while rendering fails that image, naming the fix; the routes render the rest', async () => {
    freshCache();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const [taken, left] = [job('prerender-d', 'Taken by the worker'), job('prerender-e', 'Left for the route')];
      await exited(prerenderFixImages([taken, left], fileURLToPath(new URL('../fixtures/og/dying-worker.ts', import.meta.url))));
      await expect(fixImagePng(taken)).rejects.toThrow(
        /Social image of fix "prerender-d" was not rendered: the image worker exited \(code 3\)/,
      );
      expect(await fixImagePng(left)).toEqual(expected(left));
    } finally {
      warn.mockRestore();
    }
  });
});
