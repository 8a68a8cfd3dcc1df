import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixCardSvg } from '../../src/lib/og-image.ts';
import type { FixImageJob } from '../../src/og/cards.ts';
import { fixImagePng, prerenderFixImages, prerenderStats } from '../../src/og/prerender.ts';
import { createRenderer } from '../../src/og/renderer.ts';

const WORKER = fileURLToPath(new URL('../../src/og/worker.ts', import.meta.url));

const job = (slug: string, title: string): FixImageJob => ({
  slug,
  card: { siteName: 'Unstuck', articleId: `KB-${slug}`, clusterTitle: 'Requests', title, signature: { message: 'Overloaded', status: 529 } },
});

describe('social images rendered ahead on a worker thread', () => {
  const pngsIn = (cache: string) => (existsSync(join(cache, 'og')) ? readdirSync(join(cache, 'og')).filter((f) => f.endsWith('.png')) : []);
  const freshCache = () => {
    // The worker writes into the image cache: a fresh one, so every image is rendered in this test.
    const cache = mkdtempSync(join(tmpdir(), 'unstuck-og-'));
    process.env.UNSTUCK_CACHE_DIR = cache;
    return cache;
  };
  const here = createRenderer();
  const expected = (j: FixImageJob) => here.render(fixCardSvg(j.card, here));

  test('images the worker finished are read from its files, the same bytes as rendering them here', async () => {
    const cache = freshCache();
    const jobs = [job('prerender-a', 'First card title'), job('prerender-b', 'Second card, another title')];
    const before = prerenderStats();
    prerenderFixImages(jobs, WORKER);
    await expect.poll(() => prerenderStats().worker - before.worker, { timeout: 20_000 }).toBe(2);
    const pngs = await Promise.all(jobs.map((j) => fixImagePng(j)));
    pngs.forEach((png, i) => expect(png).toEqual(expected(jobs[i]!)));
    expect(prerenderStats().here).toBe(before.here);
    expect(pngsIn(cache)).toHaveLength(2);
  });

  test('routes asking while the worker runs: some taken over, some awaited, each image rendered once and right', async () => {
    const cache = freshCache();
    const jobs = Array.from({ length: 24 }, (_, i) => job(`prerender-many-${i}`, `Card number ${i} with a title of its own`));
    const before = prerenderStats();
    prerenderFixImages(jobs, WORKER);
    // Once the worker is under way, ask for every image, last first, as the routes would.
    await expect.poll(() => prerenderStats().worker - before.worker, { timeout: 20_000 }).toBeGreaterThan(0);
    const pngs = await Promise.all([...jobs].reverse().map((j) => fixImagePng(j)));
    pngs.reverse().forEach((png, i) => expect(png).toEqual(expected(jobs[i]!)));
    const after = prerenderStats();
    const [byWorker, byRoutes] = [after.worker - before.worker, after.here - before.here];
    expect(byWorker + byRoutes).toBe(jobs.length);
    expect(byRoutes).toBeGreaterThan(0);
    // The worker renders into the fresh cache (the routes into the one this thread started with):
    // as many files as it reported means it rendered no job a route had taken.
    expect(pngsIn(cache)).toHaveLength(byWorker);
  });

  test('a worker that cannot start: the routes render the images themselves', async () => {
    const owed = job('prerender-c', 'Never rendered by a worker');
    const before = prerenderStats();
    prerenderFixImages([owed], join(tmpdir(), 'no-such-worker.ts'));
    await new Promise((ok) => setTimeout(ok, 200)); // let the worker fail first
    expect(await fixImagePng(owed)).toEqual(expected(owed));
    expect(prerenderStats().here - before.here).toBe(1);
  });

  test('a worker that dies while rendering fails that image, naming the fix; the routes render the rest', async () => {
    const [taken, left] = [job('prerender-d', 'Taken by the worker'), job('prerender-e', 'Left for the route')];
    prerenderFixImages([taken, left], fileURLToPath(new URL('../fixtures/og/dying-worker.ts', import.meta.url)));
    await new Promise((ok) => setTimeout(ok, 300));
    await expect(fixImagePng(taken)).rejects.toThrow(/Social image of fix "prerender-d" was not rendered: the image worker exited \(code 3\)/);
    expect(await fixImagePng(left)).toEqual(expected(left));
  });
});
