// npm run build [-- --outDir <dir>] — the static site (`astro build`, any arguments passed on), then
// its search index (scripts/index-search.ts). The index is built after Astro's process has exited,
// so Pagefind's indexer never holds its memory beside Astro's: at 10,000 fixes the two together
// peaked well above either alone (docs/performance-notes.md).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSearch } from './index-search.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const built = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { pages, ms } = await indexSearch(outDir);
console.log(`[search] Indexed ${pages} pages in ${Math.round(ms)} ms`);
