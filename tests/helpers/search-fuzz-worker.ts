// Runs pastes through the query analysis, the fast answer and the whole search engine in a worker thread, so a paste
// that hangs the search can be stopped and named. Reports progress before each paste, and each
// broken invariant with its paste.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeQuery } from '../../src/search/core/analyze.ts';
import { recognizePaste, searchFixes, type SearchData } from '../../src/search/core/engine.ts';
import { fakeSearchData } from './fake-search.ts';

const { inputs, dist } = workerData as { inputs: string[]; dist?: string };
const LEVELS = new Set(['recognized', 'confident', 'partial', 'none']);

async function data(): Promise<{ data: SearchData; close: () => Promise<void> }> {
  if (!dist)
    return {
      data: fakeSearchData([{ message: 'Overloaded', url: '/fixes/overload/' }]),
      close: async () => {},
    };
  const { loadNodeSearch } = await import('../../scripts/search/node-search.ts');
  const search = await loadNodeSearch(dist);
  return { data: search.data, close: search.close };
}

const { data: searchData, close } = await data();
const problems: { input: string; problem: string }[] = [];
const times: number[] = [];
for (const [i, input] of inputs.entries()) {
  parentPort!.postMessage({ at: i });
  const started = performance.now();
  try {
    const a = analyzeQuery(input);
    if (!Array.isArray(a.words) || !Array.isArray(a.messages) || typeof a.text !== 'string')
      problems.push({ input, problem: 'analysis has the wrong shape' });
    // The fast answer (no Pagefind) and the full search agree on what the paste is.
    const fast = await recognizePaste(input, searchData);
    if (fast.results.length > 1) problems.push({ input, problem: `${fast.results.length} results from recognizePaste` });
    const outcome = await searchFixes(input, searchData, { limit: 10 });
    if (fast.recognized?.url !== outcome.recognized?.url)
      problems.push({ input, problem: `recognizePaste found ${fast.recognized?.url}, the full search ${outcome.recognized?.url}` });
    if (outcome.results.length > 10) problems.push({ input, problem: `${outcome.results.length} results for a limit of 10` });
    if (!LEVELS.has(outcome.level)) problems.push({ input, problem: `unknown level ${outcome.level}` });
    if (!(outcome.confidence >= 0 && outcome.confidence <= 1)) problems.push({ input, problem: `confidence ${outcome.confidence}` });
    for (const r of outcome.results) {
      if (!r.url.startsWith('/fixes/')) problems.push({ input, problem: `result URL ${r.url}` });
      if (/<(?!\/?mark>)/.test(r.excerpt)) problems.push({ input, problem: `unescaped markup in an excerpt: ${r.excerpt.slice(0, 80)}` });
    }
  } catch (error) {
    problems.push({ input, problem: `threw ${(error as Error).stack ?? error}` });
  }
  times.push(performance.now() - started);
}
await close();
parentPort!.postMessage({ done: true, problems, times });
