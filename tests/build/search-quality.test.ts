// The site's real search (built Pagefind index + the browser's engine, run in Node) against the
// search-eval development queries and our own held-out pastes. The bar: top-1 ≥ 90 %, top-3 = 100 %.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadNodeSearch, type NodeSearch } from '../../scripts/search/node-search.ts';
import { DIST } from './dist.ts';

let search: NodeSearch;
beforeAll(async () => {
  search = await loadNodeSearch(DIST);
});
afterAll(async () => {
  await search.close();
});

describe.each([
  ['the search-eval development set', 'tests/fixtures/search-eval-dev.json'],
  ['our own pastes', 'tests/fixtures/search-queries.json'],
])('%s', (_name, file) => {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as { q: string; expect: string[] }[];
  test('finds the right fix first for at least 90% of queries, and in the top 3 for all', async () => {
    const ranked = await Promise.all(
      cases.map(async (c) => ({ c, slugs: (await search.search(c.q, 3)).results.map((r) => r.url.replace(/^\/fixes\/|\/$/g, '')) })),
    );
    const notInTop3 = ranked.filter(({ c, slugs }) => !slugs.includes(c.expect[0]!)).map(({ c, slugs }) => `${c.q} → ${slugs.join(', ')}`);
    const top1 = ranked.filter(({ c, slugs }) => slugs[0] === c.expect[0]).length;
    expect(notInTop3).toEqual([]);
    expect(top1 / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('search behaviour on the built index', () => {
  test('a paste of a stored signature is recognised, with its signature', async () => {
    const outcome = await search.search('{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}');
    expect(outcome.recognized?.url).toBe('/fixes/claude-api-x-api-key-header-required/');
    expect(outcome.recognized?.signature.message).toBe('x-api-key header is required');
    expect(outcome.results[0]!.url).toBe('/fixes/claude-api-x-api-key-header-required/');
  });

  test('never "no results" when part of the query matches something', async () => {
    const outcome = await search.search('429 Too Many Requests from my proxy server while uploading my thesis draft qzx');
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.results.map((r) => r.url)).toContain('/fixes/claude-api-rate-limit-429/');
  });

  test('results carry title, cluster, status and type badges, and a highlighted excerpt', async () => {
    const [first] = (await search.search('rate_limit_error')).results;
    expect(first).toMatchObject({ url: '/fixes/claude-api-rate-limit-429/', cluster: 'API rate limits, overload & server errors' });
    expect(first!.statuses).toContain('429');
    expect(first!.types).toContain('rate_limit_error');
    expect(first!.excerpt).toMatch(/<mark>/);
  });
});
