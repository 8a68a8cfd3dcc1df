// npm run build [-- --outDir <dir>] — the static site (`astro build`, any arguments passed on), then
// its search index (src/integrations/search-index.ts), built after Astro's process has exited so
// Pagefind's indexer never holds its memory beside Astro's; then .build-info.json, what the build
// was made from (scripts/build-info.ts). npm run build:index [-- --outDir <dir>] only indexes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INDEX_NEXT, indexSearch } from '../src/integrations/search-index.ts';
import { BUILD_INFO, sourceHash } from './build-info.ts';

const args = process.argv.slice(2).filter((a) => a !== '--index-only');
const indexOnly = process.argv.includes('--index-only');
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');

if (!indexOnly) {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const built = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit', env: { ...process.env, [INDEX_NEXT]: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { pages, ms } = await indexSearch(outDir);
console.log(`[search] Indexed ${pages} pages in ${Math.round(ms)} ms`);
if (!indexOnly) writeFileSync(join(outDir, BUILD_INFO), `${JSON.stringify({ sources: sourceHash() })}\n`);
