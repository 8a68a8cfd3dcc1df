// npm run eval:search [-- --queries file.json …] [--dist dist] [--misses]: runs query sets through the
// site's real search (Pagefind's index and the same engine as the browser) and prints, per set:
// top-1 and top-3 for the queries that have an article, how often the search said "no fix matches
// this yet" when none does (and wrongly, when one does), and the time per query.
// Default sets: the search-eval development set (queries written to match articles) and the
// real-paste corpus (error texts copied from public issue threads, tests/fixtures/real-pastes/),
// split in two by a hash of each paste: a tuning half, whose misses --misses prints, and a held-out
// half, whose misses are never printed, to check that a change generalises. Pastes whose article is
// not written yet are counted apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNodeSearch } from './node-search.ts';

interface Case {
  q: string;
  expect: string[];
  kind?: string;
  source?: string;
}

const { values } = parseArgs({
  options: {
    queries: { type: 'string', multiple: true },
    dist: { type: 'string', default: 'dist' },
    misses: { type: 'boolean', default: false },
  },
});

/** A stable half of the corpus: FNV-1a of the paste, even → tuning, odd → held out. */
const heldOut = (q: string) => {
  let hash = 2166136261;
  for (let i = 0; i < q.length; i++) hash = Math.imul(hash ^ q.charCodeAt(i), 16777619);
  return (hash >>> 0) % 2 === 1;
};

const REAL = 'tests/fixtures/real-pastes';
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Case[];
const written = (c: Case) => !c.expect[0] || existsSync(join(values.dist, 'fixes', c.expect[0], 'index.html'));
const real = readdirSync(REAL)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => read(join(REAL, f)));
const waiting = real.filter((c) => !written(c));
const sets: [string, Case[], boolean][] = values.queries?.length
  ? values.queries.map((file) => [file, read(file), true])
  : [
      ['development set (written queries)', read('tests/fixtures/search-eval-dev.json'), true],
      ['real pastes, tuning half (copied from public threads)', real.filter((c) => written(c) && !heldOut(c.q)), true],
      ['real pastes, held-out half', real.filter((c) => written(c) && heldOut(c.q)), false],
    ];
if (!values.queries?.length && waiting.length) {
  console.log(
    `(${waiting.length} real pastes wait for articles not written yet: ${[...new Set(waiting.map((c) => c.expect[0]))].join(', ')})`,
  );
}

const search = await loadNodeSearch(values.dist);
const slugOf = (url: string) => url.replace(/^\/fixes\/|\/$/g, '');
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : 'n/a');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

// One warm-up search, so the first measured query does not pay for loading the index.
await search.search('warm up');
for (const [name, cases, showMisses] of sets) {
  const covered = cases.filter((c) => c.expect.length > 0);
  const uncovered = cases.filter((c) => c.expect.length === 0);
  let top1 = 0;
  let top3 = 0;
  let confidentRight = 0;
  let saidNone = 0;
  let wronglyNone = 0;
  const times: { ms: number; q: string }[] = [];
  const misses: string[] = [];
  const byKind = new Map<string, { n: number; top1: number }>();
  for (const c of cases) {
    const started = performance.now();
    const outcome = await search.search(c.q, 3);
    times.push({ ms: performance.now() - started, q: c.q });
    const slugs = outcome.results.map((r) => slugOf(r.url));
    const unsure = outcome.level === 'partial' || outcome.level === 'none';
    if (!c.expect.length) {
      if (unsure) saidNone++;
      else
        misses.push(
          `  SURE  ${JSON.stringify(c.q).slice(0, 110)}\n        no article covers it; got ${slugs[0]} (${outcome.level} ${outcome.confidence})`,
        );
      continue;
    }
    const want = c.expect[0]!;
    const kind = byKind.get(c.kind ?? 'query') ?? { n: 0, top1: 0 };
    kind.n++;
    if (slugs[0] === want) {
      top1++;
      kind.top1++;
      if (!unsure) confidentRight++;
      else wronglyNone++;
    }
    byKind.set(c.kind ?? 'query', kind);
    if (slugs.includes(want)) top3++;
    if (slugs[0] !== want) {
      misses.push(
        `  ${slugs.includes(want) ? 'top-3' : 'MISS '} ${JSON.stringify(c.q).slice(0, 110)}\n        want ${want}; got ${slugs.join(', ') || '(no results)'} (${outcome.level} ${outcome.confidence})`,
      );
    }
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(`\n## ${name}: ${cases.length} queries (${covered.length} with an article, ${uncovered.length} without)`);
  console.log(
    `top-1: ${top1}/${covered.length} (${pct(top1, covered.length)})   top-3: ${top3}/${covered.length} (${pct(top3, covered.length)})`,
  );
  if (covered.length)
    console.log(
      `right fix first and presented as the fix: ${confidentRight}/${covered.length} (${pct(confidentRight, covered.length)}); right fix first but flagged "no exact match": ${wronglyNone}`,
    );
  if (uncovered.length)
    console.log(
      `"no fix matches this yet" when no article covers it: ${saidNone}/${uncovered.length} (${pct(saidNone, uncovered.length)})`,
    );
  if (byKind.size > 1)
    console.log(
      `top-1 by kind: ${[...byKind.entries()]
        .sort()
        .map(([k, v]) => `${k} ${v.top1}/${v.n}`)
        .join(' · ')}`,
    );
  console.log(
    `time per query: p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
  if (values.misses && showMisses && misses.length) console.log(`not right:\n${misses.join('\n')}`);
}
await search.close();
