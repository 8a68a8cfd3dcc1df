// npm run bench [-- --sizes 1000,10000] [--skip-real]
// Builds the real site and synthetic corpora with this project, the floor (bare Astro 7 + MDX) and the
// peer (Starlight defaults), on the same fixes, and prints per corpus and project: build time and ms
// per fix page, peak memory, dist/ size, search index size and indexing time, a fix page's weight, and
// the first search in headless Chromium; then the ratios. Writes docs/performance.md and its chart.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { firstSearch, folderBytes, pageWeight, timedBuild, type SearchMeasure } from './measure.ts';
import { writeFloor, writeStarlight } from './references.ts';
import { chartSvg } from './chart.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, 'skip-real': { type: 'boolean', default: false } },
});
const BENCH = resolve('.bench');
mkdirSync(BENCH, { recursive: true });

export interface Row {
  corpus: string;
  fixes: number;
  project: 'this site' | 'floor (Astro + MDX)' | 'peer (Starlight)';
  seconds: number;
  msPerFix: number;
  peakMb: number;
  distMb: number;
  indexMb?: number | undefined;
  indexSeconds?: number | undefined;
  pageKb: number;
  pageCssKbGzip: number;
  pageHtmlKbGzip: number;
  scripts: number;
  search?: SearchMeasure | undefined;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const rows: Row[] = [];

async function measureCorpus(name: string, corpus: string, fixes: number, slug: string, query: string) {
  const fixPath = `/fixes/${slug}/`;
  // This site.
  const out = join(BENCH, `out-ours-${name}`);
  // Clean builds into empty folders, like the references': emptying a previous 10k dist/ cost 4–6 s.
  rmSync(out, { recursive: true, force: true });
  rmSync(join(BENCH, `cache-ours-${name}`), { recursive: true, force: true });
  const ours = await timedBuild(
    '.',
    { UNSTUCK_CONTENT_DIR: corpus, UNSTUCK_CACHE_DIR: join(BENCH, `cache-ours-${name}`) },
    ['--outDir', out],
    'scripts/build.ts',
  );
  const indexed = /Indexed \d+ pages in (\d+) ms/.exec(ours.log);
  const oursWeight = pageWeight(out, fixPath);
  rows.push({
    corpus: name,
    fixes,
    project: 'this site',
    seconds: ours.seconds,
    msPerFix: (ours.seconds * 1000) / fixes,
    peakMb: ours.peakMb,
    distMb: mb(folderBytes(out)),
    indexMb: mb(folderBytes(join(out, 'pagefind'))),
    indexSeconds: indexed ? Number(indexed[1]) / 1000 : undefined,
    pageKb: oursWeight.html / 1024,
    pageHtmlKbGzip: oursWeight.htmlGzip / 1024,
    pageCssKbGzip: oursWeight.cssGzip / 1024,
    scripts: oursWeight.scripts,
    search: await firstSearch(out, fixPath, async (page) => {
      await page.locator('#header-search').fill(query);
      await page.locator('#header-search-results [role="option"]').first().waitFor();
    }),
  });
  // The floor.
  const floor = writeFloor(corpus, join(BENCH, `floor-${name}`));
  const floorBuild = await timedBuild(floor);
  const floorWeight = pageWeight(join(floor, 'dist'), fixPath);
  rows.push({
    corpus: name,
    fixes,
    project: 'floor (Astro + MDX)',
    seconds: floorBuild.seconds,
    msPerFix: (floorBuild.seconds * 1000) / fixes,
    peakMb: floorBuild.peakMb,
    distMb: mb(folderBytes(join(floor, 'dist'))),
    pageKb: floorWeight.html / 1024,
    pageHtmlKbGzip: floorWeight.htmlGzip / 1024,
    pageCssKbGzip: floorWeight.cssGzip / 1024,
    scripts: floorWeight.scripts,
  });
  rmSync(floor, { recursive: true, force: true });
  // The peer.
  const peer = writeStarlight(corpus, join(BENCH, `starlight-${name}`));
  const peerBuild = await timedBuild(peer);
  const peerIndexed = /Finished building search index in ([\d.]+)s/.exec(peerBuild.log);
  const peerDist = join(peer, 'dist');
  const peerWeight = pageWeight(peerDist, fixPath);
  rows.push({
    corpus: name,
    fixes,
    project: 'peer (Starlight)',
    seconds: peerBuild.seconds,
    msPerFix: (peerBuild.seconds * 1000) / fixes,
    peakMb: peerBuild.peakMb,
    distMb: mb(folderBytes(peerDist)),
    indexMb: mb(folderBytes(join(peerDist, 'pagefind'))),
    indexSeconds: peerIndexed ? Number(peerIndexed[1]) : undefined,
    pageKb: peerWeight.html / 1024,
    pageHtmlKbGzip: peerWeight.htmlGzip / 1024,
    pageCssKbGzip: peerWeight.cssGzip / 1024,
    scripts: peerWeight.scripts,
    search: await firstSearch(peerDist, fixPath, async (page) => {
      await page.locator('button[data-open-modal]').first().click();
      await page.locator('.pagefind-ui__search-input').fill(query);
      await page.locator('.pagefind-ui__result').first().waitFor();
    }),
  });
  rmSync(peer, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  print();
}

function fmt(n: number | undefined, digits = 1): string {
  return n === undefined ? '—' : n.toFixed(digits);
}

function table(): string {
  const head =
    '| corpus | project | build s | ms/fix | peak MB | dist MB | index MB | index s | fix page KB | HTML+CSS KB gz | scripts | first search KB gz | first search ms |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(
    (r) =>
      `| ${r.corpus} | ${r.project} | ${fmt(r.seconds)} | ${fmt(r.msPerFix, 2)} | ${fmt(r.peakMb, 0)} | ${fmt(r.distMb)} | ${fmt(r.indexMb, 2)} | ${fmt(r.indexSeconds, 2)} | ${fmt(r.pageKb)} | ${fmt(r.pageHtmlKbGzip + r.pageCssKbGzip)} | ${r.scripts} | ${fmt(r.search?.kbGzip)} | ${fmt(r.search?.ms, 0)} |`,
  );
  return [head, sep, ...body].join('\n');
}

function ratios(): string {
  const lines = [
    '| corpus | ms/fix vs floor | peak memory vs floor | ms/fix vs Starlight | peak memory vs Starlight |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const corpus of [...new Set(rows.map((r) => r.corpus))]) {
    const get = (p: Row['project']) => rows.find((r) => r.corpus === corpus && r.project === p);
    const ours = get('this site');
    const floor = get('floor (Astro + MDX)');
    const peer = get('peer (Starlight)');
    if (!ours || !floor || !peer) continue;
    lines.push(
      `| ${corpus} | ${(ours.msPerFix / floor.msPerFix).toFixed(2)}× | ${(ours.peakMb / floor.peakMb).toFixed(2)}× | ${(ours.msPerFix / peer.msPerFix).toFixed(2)}× | ${(ours.peakMb / peer.peakMb).toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}

function print() {
  console.log(`\n${table()}\n\n${ratios()}\n`);
}

const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (!values['skip-real']) {
  await measureCorpus('real', resolve('content'), readdirSync('content/fixes').length, 'claude-api-key-not-working', 'invalid x-api-key');
}
for (const n of sizes) {
  const corpus = join(BENCH, `corpus-${n}`);
  writeCorpus(n, corpus);
  await measureCorpus(String(n), corpus, n, 'fix-0', 'timeout');
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
mkdirSync('docs', { recursive: true });
writeFileSync('docs/performance.svg', chartSvg(rows));
writeFileSync(
  'docs/performance.md',
  `# Performance\n\nMeasured by \`npm run bench\` on ${date}, on ${machine}. Each build is a clean build (empty cache). "Peak MB" is the largest resident memory of the build and the processes it started (Pagefind's indexer included), sampled every 50 ms. "First search" is the first search typed on a fix page in headless Chromium: everything it fetched (gzipped as a host would send it) and the time from typing to results shown (this site's header box waits 120 ms after the last keystroke).\n\n${table()}\n\nRatios (targets at 10,000 fixes: at most 1.3× the floor's time per fix page and 1.2× its peak memory):\n\n${ratios()}\n\n![Build time and peak memory against the number of fixes](performance.svg)\n\nWhere the build spends its time, and what was changed to cut it: [performance-notes.md](performance-notes.md).\n`,
);
writeFileSync(join(BENCH, 'results.json'), JSON.stringify(rows, null, 2));
console.log('wrote docs/performance.md and docs/performance.svg');
