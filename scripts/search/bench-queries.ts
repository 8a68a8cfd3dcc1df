// npm run bench:queries [-- --dist dist]: the time of each search in Node against the built index,
// for the evaluation queries, the real-paste corpus and a fixed sample of arbitrary pastes (including
// 100 KB ones and shapes that make careless regular expressions backtrack). Prints p50/p99/max per
// set and the slowest queries, so a slow path shows. Not a test: the machine's load moves the numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { samplePastes } from '../../tests/helpers/pastes.ts';
import { loadNodeSearch } from './node-search.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const queries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { q: string }[]).map((c) => c.q);
const REAL = 'tests/fixtures/real-pastes';
const sets: [string, string[]][] = [
  ['development set', queries('tests/fixtures/search-eval-dev.json')],
  [
    'real pastes',
    readdirSync(REAL)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => queries(join(REAL, f))),
  ],
  ['arbitrary pastes (fast-check sample, 4 of 100 KB)', samplePastes(400, 4)],
];

const search = await loadNodeSearch(values.dist);
await search.search('warm up');
const all: { ms: number; q: string; set: string }[] = [];
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
for (const [name, list] of sets) {
  const times: number[] = [];
  for (const q of list) {
    const started = performance.now();
    await search.search(q, 10);
    const ms = performance.now() - started;
    times.push(ms);
    all.push({ ms, q, set: name });
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: ${list.length} queries · p50 ${quantile(times, 0.5).toFixed(1)} ms · p99 ${quantile(times, 0.99).toFixed(1)} ms · max ${(times.at(-1) ?? 0).toFixed(1)} ms`,
  );
}
await search.close();
console.log('\nslowest:');
for (const { ms, q, set } of all.sort((a, b) => b.ms - a.ms).slice(0, 10)) {
  console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${set.padEnd(16).slice(0, 16)}  ${q.length} chars  ${JSON.stringify(q.slice(0, 70))}`);
}
