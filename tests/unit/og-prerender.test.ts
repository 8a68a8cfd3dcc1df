import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixCardSvg } from '../../src/lib/og-image.ts';
import type { FixImageJob } from '../../src/og/cards.ts';
import { fixImagePng, prerenderFixImages } from '../../src/og/prerender.ts';
import { createRenderer } from '../../src/og/renderer.ts';

const WORKER = fileURLToPath(new URL('../../src/og/worker.ts', import.meta.url));

const job = (slug: string, title: string): FixImageJob => ({
  slug,
  card: { siteName: 'Unstuck', articleId: `KB-${slug}`, clusterTitle: 'Requests', title, signature: { message: 'Overloaded', status: 529 } },
});

describe('social images rendered ahead on a worker thread', () => {
  test('each route gets its image, the same bytes as rendering it here, even when asked before the worker reports', async () => {
    // The worker writes into the image cache: a fresh one, so every image is rendered by the worker.
    const cache = mkdtempSync(join(tmpdir(), 'unstuck-og-'));
    process.env.UNSTUCK_CACHE_DIR = cache;
    const jobs = [job('prerender-a', 'First card title'), job('prerender-b', 'Second card, another title')];
    prerenderFixImages(jobs, WORKER);
    const pngs = await Promise.all(jobs.map((j) => fixImagePng(j)));
    const here = createRenderer();
    pngs.forEach((png, i) => expect(png).toEqual(here.render(fixCardSvg(jobs[i]!.card, here))));
    expect(readdirSync(join(cache, 'og')).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  test('a worker that cannot start fails the image it owed, naming the fix', async () => {
    const owed = job('prerender-c', 'Never rendered');
    prerenderFixImages([owed], join(tmpdir(), 'no-such-worker.ts'));
    await expect(fixImagePng(owed)).rejects.toThrow(/Social image of fix "prerender-c" was not rendered: the image worker (failed|exited)/);
  });
});
