// npm run eval:search [-- --queries file.json] — runs the search-eval queries through the real search:
// Pagefind's own pagefind.js, loaded in Node against the built index in dist/pagefind, after the same
// query cleaning as the search page. Prints top-1, top-3 and every miss with what came first.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cleanQuery } from '../src/lib/search-query.ts';

const { values } = parseArgs({ options: { queries: { type: 'string', default: '../shared/search-eval/dev.json' }, dist: { type: 'string', default: 'dist' } } });
const bundle = resolve(values.dist, 'pagefind');
if (!existsSync(join(bundle, 'pagefind.js'))) {
  console.error(`No search index in ${bundle}: run npm run build first`);
  process.exit(2);
}
const cases = JSON.parse(readFileSync(values.queries, 'utf8')) as { q: string; expect: string[] }[];

// pagefind.js fetches its index relative to its own URL; serve those requests from disk.
globalThis.fetch = (async (input: string | URL | Request) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
  const file = join(bundle, url.pathname.replace(/^.*\/pagefind\//, ''));
  return new Response(readFileSync(file));
}) as typeof fetch;
const copy = join(bundle, 'pagefind.eval.mjs');
copyFileSync(join(bundle, 'pagefind.js'), copy);
const pagefind = await import(pathToFileURL(copy).href);
await pagefind.options({ basePath: '/pagefind/' });
await pagefind.init();

const slugOf = (url: string) => url.replace(/^\/fixes\/|\/$/g, '');
let top1 = 0;
let top3 = 0;
const misses: string[] = [];
for (const c of cases) {
  const search = await pagefind.search(cleanQuery(c.q));
  const urls: string[] = await Promise.all(search.results.slice(0, 3).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  const slugs = urls.map(slugOf);
  if (slugs[0] === c.expect[0]) top1++;
  if (slugs.includes(c.expect[0]!)) top3++;
  if (slugs[0] !== c.expect[0]) misses.push(`  ${slugs.includes(c.expect[0]!) ? 'top3' : 'MISS'}  ${JSON.stringify(c.q).slice(0, 90)}\n        want ${c.expect[0]}, got ${slugs.join(', ') || '(no results)'}`);
}
await pagefind.destroy?.();
const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
console.log(`queries: ${cases.length}`);
console.log(`top-1: ${top1}/${cases.length} (${pct(top1)})`);
console.log(`top-3: ${top3}/${cases.length} (${pct(top3)})`);
if (misses.length) console.log(`not first:\n${misses.join('\n')}`);
