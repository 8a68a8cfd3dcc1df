// The site's real search (built Pagefind index + the browser's engine, run in Node) against the
// search-eval development queries and the real-paste corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadNodeSearch, type NodeSearch } from '../../scripts/search/node-search.ts';
import { DIST } from '../helpers/dist.ts';

const REAL = 'tests/fixtures/real-pastes';

let search: NodeSearch;
beforeAll(async () => {
  search = await loadNodeSearch(DIST);
});
afterAll(async () => {
  await search.close();
});

const slugOf = (url: string) => url.replace(/^\/fixes\/|\/$/g, '');
const realPastes = readdirSync(REAL)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(REAL, f), 'utf8')) as Case[]);

interface Case {
  q: string;
  expect: string[];
}

/** Top-1 and top-3 rates over the cases that have an article, and the "no fix yet" rate over those that have none. */
async function measure(cases: Case[]) {
  const covered = cases.filter((c) => c.expect.length);
  const uncovered = cases.filter((c) => !c.expect.length);
  let top1 = 0;
  let top3 = 0;
  let saidNone = 0;
  const notInTop3: string[] = [];
  for (const c of covered) {
    const slugs = (await search.search(c.q, 3)).results.map((r) => slugOf(r.url));
    if (slugs[0] === c.expect[0]) top1++;
    if (slugs.includes(c.expect[0]!)) top3++;
    else notInTop3.push(`${c.q.slice(0, 80)} → ${slugs.join(', ')}`);
  }
  for (const c of uncovered) {
    const outcome = await search.search(c.q, 3);
    if (outcome.level === 'partial' || outcome.level === 'none') saidNone++;
  }
  return { top1: top1 / covered.length, top3: top3 / covered.length, none: uncovered.length ? saidNone / uncovered.length : 1, notInTop3 };
}

describe('search quality', () => {
  // Written queries (the search-eval development set): the bar of the search issue.
  test('the development set: the right fix first for at least 95%, in the top 3 for all', async () => {
    const m = await measure(JSON.parse(readFileSync('tests/fixtures/search-eval-dev.json', 'utf8')) as Case[]);
    expect(m.notInTop3).toEqual([]);
    expect(m.top1).toBeGreaterThanOrEqual(0.95);
  });

  // Error texts copied from public threads (tests/fixtures/real-pastes/). The bar is a regression
  // guard a little under what the search does today; npm run eval:search prints the exact figures.
  test('real pastes: the right fix first for at least 90%, in the top 3 for 96%, and "no fix yet" for 45% of the uncovered', async () => {
    const m = await measure(realPastes);
    expect(m.top1).toBeGreaterThanOrEqual(0.9);
    expect(m.top3).toBeGreaterThanOrEqual(0.96);
    expect(m.none).toBeGreaterThanOrEqual(0.45);
  });
});

describe('search behaviour on the built index', () => {
  test('a paste of a stored signature is recognised, with its signature', async () => {
    const outcome = await search.search(
      '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}',
    );
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
