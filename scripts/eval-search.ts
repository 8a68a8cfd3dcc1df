// npm run eval:search [-- --queries file.json] [--dist dist]: runs the search-eval queries through
// the site's real search (Pagefind's index and the same engine as the browser) and prints top-1,
// top-3 and every query whose article did not come first, with what did.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadNodeSearch } from './search-node.ts';

const { values } = parseArgs({
  options: { queries: { type: 'string', default: 'tests/fixtures/search-eval-dev.json' }, dist: { type: 'string', default: 'dist' } },
});
const cases = JSON.parse(readFileSync(values.queries, 'utf8')) as { q: string; expect: string[] }[];
const search = await loadNodeSearch(values.dist);
const slugOf = (url: string) => url.replace(/^\/fixes\/|\/$/g, '');
let top1 = 0;
let top3 = 0;
const misses: string[] = [];
for (const c of cases) {
  const outcome = await search.search(c.q, 3);
  const slugs = outcome.results.map((r) => slugOf(r.url));
  if (slugs[0] === c.expect[0]) top1++;
  if (slugs.includes(c.expect[0]!)) top3++;
  if (slugs[0] !== c.expect[0]) {
    misses.push(`  ${slugs.includes(c.expect[0]!) ? 'top-3' : 'MISS '} ${JSON.stringify(c.q).slice(0, 100)}\n        want ${c.expect[0]}; got ${slugs.join(', ') || '(no results)'}`);
  }
}
await search.close();
const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
console.log(`queries: ${cases.length}`);
console.log(`top-1: ${top1}/${cases.length} (${pct(top1)})`);
console.log(`top-3: ${top3}/${cases.length} (${pct(top3)})`);
if (misses.length) console.log(`not first:\n${misses.join('\n')}`);
