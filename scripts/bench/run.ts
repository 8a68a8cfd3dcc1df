// npm run bench [-- --sizes 1000,10000] [--skip-real] [--peer-max 10000] [--verbose]
// Builds the real site and synthetic corpora with this project (a clean build, then a rebuild with the
// cache kept after editing one fix), the floor (bare Astro 7 + MDX), the floor followed by Pagefind, and
// the peer (Starlight defaults, only up to --peer-max fixes), on the same fixes, one build at a time.
// Measures build time and peak memory, output and index size, a fix page's weight, and first searches
// in headless Chromium (an error paste and a few words). Each build's output is deleted once measured.
// Writes .bench/results-<date>.json (this run's rows merged over the last results file's), and
// docs/performance.md with its chart, keeping the hand-written part of that page.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chartSvg } from './chart.ts';
import { writeCorpus } from './corpus.ts';
import { editedFix, pasteFor } from './fix-file.ts';
import {
  countFiles,
  firstSearch,
  folderBytes,
  pageWeight,
  timedBuild,
  timedProcess,
  type SearchMeasure,
  type SearchSteps,
} from './measure.ts';
import { writeFloor, writeStarlight } from './references.ts';
import {
  buildTable,
  FLOOR,
  FLOOR_SEARCH,
  HAND_WRITTEN,
  mergeRows,
  OURS,
  parseSizes,
  PEER,
  ratioTable,
  REBUILD,
  searchTable,
  stored,
  withHandWritten,
  type Row,
} from './results.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'skip-real': { type: 'boolean', default: false },
    'peer-max': { type: 'string', default: '10000' },
    verbose: { type: 'boolean', default: false },
  },
});
const sizes = parseSizes(values.sizes);
const peerMax = Number(values['peer-max']);
if (!Number.isInteger(peerMax) || peerMax < 0) throw new Error(`--peer-max takes a whole number, not ${values['peer-max']}`);
const verbose = values.verbose;

const BENCH = resolve('.bench');
const LOGS = join(BENCH, 'logs');
mkdirSync(LOGS, { recursive: true });
const PAGEFIND_CLI = resolve('node_modules/pagefind/lib/runner/bin.cjs');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const run = new Date().toISOString();
const date = run.slice(0, 10);

const mb = (bytes: number) => bytes / 1024 / 1024;
const freeGb = () => {
  const s = statfsSync(BENCH);
  return (s.bavail * s.bsize) / 2 ** 30;
};
const rows: Row[] = [];

/** A first search in this site's header box; with `answer`, also the moment the recognised answer shows. */
const ourSearch = (query: string, answer = false): SearchSteps => ({
  type: (page) => page.locator('#header-search').fill(query),
  result: '#header-search-results [role="option"]',
  // Anywhere in the header search: the box is beside the list today, and may move into it.
  ...(answer ? { answer: '[data-header-search] [data-recognized]' } : {}),
});
/** A first search in Starlight's search dialog (opening the dialog is timed too). */
const peerSearch = (query: string): SearchSteps => ({
  type: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill(query);
  },
  result: '.pagefind-ui__result',
});

async function search(label: string, dist: string, path: string, query: string, steps: SearchSteps): Promise<SearchMeasure> {
  const measure = await firstSearch(dist, path, query, steps);
  if (verbose) {
    const answer =
      measure.answerMs === undefined
        ? ''
        : `; recognised answer after ${measure.answerMs.toFixed(0)} ms and ${measure.answerKbGzip!.toFixed(1)} KB (files marked *)`;
    console.log(
      `\n${label}: ${JSON.stringify(query)}: ${measure.kbGzip.toFixed(1)} KB gz in ${measure.requests} requests, first result ${measure.ms === undefined ? 'never shown' : `after ${measure.ms.toFixed(0)} ms`}${answer}`,
    );
    for (const f of measure.files) console.log(`  ${f.kbGzip.toFixed(1).padStart(7)} KB ${f.early ? '*' : ' '} ${f.path}`);
  }
  return measure;
}

interface Corpus {
  name: string;
  dir: string;
  fixes: number;
  /** The fix whose page is weighed and searched from, and which the rebuild edits. */
  slug: string;
  /** A short query of words. */
  words: string;
}

async function measureCorpus({ name, dir, fixes, slug, words }: Corpus) {
  const fixPath = `/fixes/${slug}/`;
  const fixFile = ['mdx', 'md'].map((ext) => join(dir, 'fixes', `${slug}.${ext}`)).find(existsSync);
  if (!fixFile) throw new Error(`no fix ${slug} in ${dir}/fixes`);
  const original = readFileSync(fixFile, 'utf8');
  const paste = pasteFor(original, fixFile);
  const row = (project: Row['project'], seconds: number | undefined, peakMb: number | undefined): Row => ({
    corpus: name,
    fixes,
    project,
    date,
    run,
    machine,
    seconds,
    msPerFix: seconds === undefined ? undefined : (seconds * 1000) / fixes,
    peakMb,
  });
  console.log(`\n${name}: ${fixes} fixes; ${freeGb().toFixed(0)} GB free on the disk`);

  // This site, a clean build: an empty output folder and an empty cache (Astro's and the images').
  const out = join(BENCH, `out-ours-${name}`);
  const cache = join(BENCH, `cache-ours-${name}`);
  const images = join(cache, 'og');
  const env = { UNSTUCK_CONTENT_DIR: dir, UNSTUCK_CACHE_DIR: cache };
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const ours = await timedBuild('.', env, ['--outDir', out], 'scripts/build.ts', join(LOGS, `${name}-ours.log`));
  const indexed = /Indexed \d+ pages in (\d+) ms/.exec(ours.log);
  const oursWeight = pageWeight(out, fixPath);
  rows.push({
    ...row(OURS, ours.seconds, ours.peakMb),
    distMb: mb(folderBytes(out)),
    indexMb: mb(folderBytes(join(out, 'pagefind'))),
    indexSeconds: indexed ? Number(indexed[1]) / 1000 : undefined,
    imagesRendered: countFiles(images),
    pageKb: oursWeight.html / 1024,
    pageHtmlCssKbGzip: (oursWeight.htmlGzip + oursWeight.cssGzip) / 1024,
    scripts: oursWeight.scripts,
    paste: stored(await search(`${name}, ${OURS}, paste`, out, fixPath, paste, ourSearch(paste, true))),
    text: stored(await search(`${name}, ${OURS}, free text`, out, fixPath, words, ourSearch(words))),
  });
  rmSync(out, { recursive: true, force: true });

  // This site, a rebuild: the cache kept, one fix's title and quick answer edited (its page and image change).
  const cachedImages = countFiles(images);
  writeFileSync(fixFile, editedFix(original, fixFile));
  const rebuildStarted = Date.now();
  const rebuilt = await timedBuild('.', env, ['--outDir', out], 'scripts/build.ts', join(LOGS, `${name}-ours-rebuild.log`)).finally(() =>
    writeFileSync(fixFile, original),
  );
  const rendered = countFiles(images, rebuildStarted);
  console.log(
    `rebuild: ${rendered} social images rendered (${cachedImages} were in the cache, ${countFiles(images)} are now); log in .bench/logs/${name}-ours-rebuild.log`,
  );
  rows.push({ ...row(REBUILD, rebuilt.seconds, rebuilt.peakMb), distMb: mb(folderBytes(out)), imagesRendered: rendered });
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });

  // The floor, then Pagefind indexing its output in a second process (as this site's build does).
  const floor = writeFloor(dir, join(BENCH, `floor-${name}`));
  const floorDist = join(floor, 'dist');
  const floorBuild = await timedBuild(floor, {}, [], undefined, join(LOGS, `${name}-floor.log`));
  const floorWeight = pageWeight(floorDist, fixPath);
  const floorDistMb = mb(folderBytes(floorDist));
  rows.push({
    ...row(FLOOR, floorBuild.seconds, floorBuild.peakMb),
    distMb: floorDistMb,
    pageKb: floorWeight.html / 1024,
    pageHtmlCssKbGzip: (floorWeight.htmlGzip + floorWeight.cssGzip) / 1024,
    scripts: floorWeight.scripts,
  });
  const floorIndex = await timedProcess(floor, [PAGEFIND_CLI, '--site', 'dist'], {}, join(LOGS, `${name}-floor-pagefind.log`));
  rows.push({
    ...row(FLOOR_SEARCH, floorBuild.seconds + floorIndex.seconds, Math.max(floorBuild.peakMb, floorIndex.peakMb)),
    distMb: mb(folderBytes(floorDist)),
    indexMb: mb(folderBytes(join(floorDist, 'pagefind'))),
    indexSeconds: floorIndex.seconds,
  });
  rmSync(floor, { recursive: true, force: true });

  // The peer, up to --peer-max fixes.
  if (fixes > peerMax) {
    rows.push({ corpus: name, fixes, project: PEER, date, run, machine, skipped: `not built above ${peerMax} fixes (--peer-max)` });
  } else {
    const peer = writeStarlight(dir, join(BENCH, `starlight-${name}`));
    const peerBuild = await timedBuild(peer, {}, [], undefined, join(LOGS, `${name}-starlight.log`));
    // Starlight logs "in 535ms" below a second, "in 0.81s" above.
    const peerIndexed = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(peerBuild.log);
    const peerDist = join(peer, 'dist');
    const peerWeight = pageWeight(peerDist, fixPath);
    rows.push({
      ...row(PEER, peerBuild.seconds, peerBuild.peakMb),
      distMb: mb(folderBytes(peerDist)),
      indexMb: mb(folderBytes(join(peerDist, 'pagefind'))),
      indexSeconds: peerIndexed ? Number(peerIndexed[1]) / (peerIndexed[2] === 'ms' ? 1000 : 1) : undefined,
      pageKb: peerWeight.html / 1024,
      pageHtmlCssKbGzip: (peerWeight.htmlGzip + peerWeight.cssGzip) / 1024,
      scripts: peerWeight.scripts,
      paste: stored(await search(`${name}, ${PEER}, paste`, peerDist, fixPath, paste, peerSearch(paste))),
      text: stored(await search(`${name}, ${PEER}, free text`, peerDist, fixPath, words, peerSearch(words))),
    });
    rmSync(peer, { recursive: true, force: true });
  }
  print(rows);
}

function print(unsorted: readonly Row[]) {
  const list = mergeRows([], unsorted);
  console.log(`\n${buildTable(list, run)}\n\n${searchTable(list, run)}\n\n${ratioTable(list)}\n`);
}

/** The rows of the newest results file in .bench/, to keep the corpora this run does not measure. */
function previousRows(): { rows: Row[]; file?: string } {
  const files = readdirSync(BENCH)
    .filter((f) => /^results-\d{4}-\d\d-\d\d\.json$/.test(f))
    .sort();
  const file = files.at(-1);
  if (!file) return { rows: [] };
  const data = JSON.parse(readFileSync(join(BENCH, file), 'utf8')) as { rows?: Row[] };
  return { rows: data.rows ?? [], file };
}

const previous = previousRows();
if (!values['skip-real']) {
  // A copy of the content, so the rebuild can edit a fix without touching content/.
  const dir = join(BENCH, 'corpus-real');
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve('content'), dir, { recursive: true });
  const fixes = readdirSync(join(dir, 'fixes')).filter((f) => /\.mdx?$/.test(f)).length;
  await measureCorpus({ name: 'real', dir, fixes, slug: 'claude-api-key-not-working', words: 'invalid x-api-key' });
  rmSync(dir, { recursive: true, force: true });
}
for (const n of sizes) {
  const dir = join(BENCH, `corpus-${n}`);
  const started = performance.now();
  writeCorpus(n, dir);
  console.log(`wrote ${n} synthetic fixes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measureCorpus({ name: String(n), dir, fixes: n, slug: 'fix-0', words: 'timeout' });
  rmSync(dir, { recursive: true, force: true });
}

const all = mergeRows(previous.rows, rows);
const kept = [...new Set(all.filter((r) => r.run !== run).map((r) => `${r.corpus} (${r.date})`))];
if (kept.length) console.log(`kept from ${previous.file}: ${kept.join(', ')}`);
const resultsFile = join(BENCH, `results-${date}.json`);
writeFileSync(resultsFile, `${JSON.stringify({ date, machine, args: process.argv.slice(2), rows: all }, null, 2)}\n`);

const older = [
  ...new Set(all.filter((r) => r.run !== run).map((r) => (r.machine && r.machine !== machine ? `${r.date}, on ${r.machine}` : r.date))),
].sort();
const page = `# Performance

Measured by \`npm run bench\` on ${date}, on ${machine}${older.length ? `; rows whose corpus is followed by a date were measured by an earlier run on that date (${older.join('; ')}) and kept from its results` : ''}. Raw results: \`.bench/results-<date>.json\` (not committed).

## Method

Corpora: **real** is this repository's \`content/\` (copied, so the rebuild can edit it); a number is a synthetic corpus of that many fixes (\`scripts/bench/corpus.ts\`, the same files for every project). Per corpus the builds run one at a time, each into an empty output folder, which is deleted once measured.

Rows:

- **${OURS}**: a clean build with \`npm run build\` (\`scripts/build.ts\`): \`astro build\`, which also renders a social image per fix, then, in the same script once Astro's process has exited, Pagefind indexing the fix pages. The cache folder (\`UNSTUCK_CACHE_DIR\`: Astro's content store and the social-image cache) starts empty.
- **${REBUILD}**: the same build again, into an empty output folder but with the cache the clean build left, after changing the title and quick answer of one fix (\`fix-0\`; on the real content \`claude-api-key-not-working\`), so its page and its social image change.
- **${FLOOR_SEARCH}**: the floor's \`astro build\` (next row), then the Pagefind CLI with its defaults (\`pagefind --site dist\`: every page) in a second process, as this site's build indexes after Astro. Build time is the sum of the two; peak memory the larger of the two peaks (they run one after the other). The main targets are against this row.
- **${FLOOR}**: bare Astro 7 + MDX, each fix rendered with a minimal layout as a content-collection entry; no search, no images. The same Astro build as the row above, without the index.
- **${PEER}**: Astro Starlight with its defaults (its own Pagefind search included), the fixes copied in as docs. Not built above \`--peer-max\` fixes (default 10,000; at 10,000 it takes about 13 minutes and writes 16 GB): its cells show "—".

Build table:

- **build s**: wall time of the build command(s); **ms/fix**: build s × 1000 / fixes.
- **peak MB**: the largest resident memory of the build process and every process it started (Astro, the image worker thread, Pagefind's indexer), summed per sample, sampled every 50 ms.
- **dist MB**: all files in the output folder (hard-linked images counted in full, as a host stores them). **index MB**: its \`pagefind/\` folder. **index s**: indexing time: this site as logged by \`scripts/build.ts\`; Starlight as it logs it; floor + Pagefind the Pagefind process's wall time.
- **images rendered**: social images written into the image cache by that build (cache files newer than the build's start): every fix on a clean build; on the rebuild, the images that changed.

Fix page and first search table (this site, the bare floor's page, Starlight):

- **fix page KB**: one fix page's HTML (\`fix-0\`; real: \`claude-api-key-not-working\`); **HTML+CSS KB gz**: that HTML and its stylesheets, gzipped; **scripts**: its script elements (JSON-LD not counted).
- **First search**: a fresh headless Chromium opens that fix page from a local static server that counts every response, gzipped for text files as a host would send them (WebAssembly and Pagefind's binary files as stored). Once the page has loaded and the network is idle, counting starts and the query is put in the search box at once, as a paste (on Starlight the search dialog is opened first, and timed). This site's header box waits 120 ms after the last keystroke.
- **paste**: the JSON error body a reader would paste for that fix, from its first signature with an error type: \`{"type":"error","error":{"type":"…","message":"…"}}\`.
  - **answer KB gz / answer ms** (this site): what had been fetched, and the time from typing, when the recognised answer (\`[data-recognized]\` in the header search) became visible. "—" when it did not show within 15 s.
  - **list KB gz**: everything fetched from typing until the first result was shown and the network was then idle for 500 ms; **list ms**: time from typing to the first result ("—" if none showed within 30 s).
- **free text KB gz / ms**: the same as the list for a short query of words: \`timeout\` on synthetic corpora, \`invalid x-api-key\` on the real content.

Ratios, per corpus: this site's clean build divided by the other row's value. **ms/fix** and **peak memory** against floor + Pagefind (the main targets), the bare floor and Starlight; **free-text search bytes vs Starlight**: free text KB gz, this site's over Starlight's; **rebuild time vs clean build**: the rebuild row's build s over the clean build's. Figures from one run share the machine's load; between runs, timings on this machine vary by about ±25% (performance-notes.md).

## Results

${buildTable(all, run)}

${searchTable(all, run)}

Ratios of this site's clean build (targets at 10,000 fixes: at most 1.3× the time per fix page and 1.2× the peak memory of floor + Pagefind; a free-text first search fetching no more than Starlight's; the recognised answer shown within 40 KB gz):

${ratioTable(all)}

![Build time and peak memory against the number of fixes](performance.svg)

Where the build spends its time, and what was changed to cut it: [performance-notes.md](performance-notes.md).
`;
mkdirSync('docs', { recursive: true });
const existing = existsSync('docs/performance.md') ? readFileSync('docs/performance.md', 'utf8') : undefined;
writeFileSync('docs/performance.md', withHandWritten(page, existing));
writeFileSync('docs/performance.svg', chartSvg(all));
console.log(`wrote ${resultsFile}, docs/performance.md (everything from ${HAND_WRITTEN} on kept) and docs/performance.svg`);
