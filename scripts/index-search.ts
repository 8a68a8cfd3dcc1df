// node scripts/index-search.ts [dir] — builds the Pagefind search index of a built site (default
// dist/) into <dir>/pagefind/. `npm run build` (scripts/build.ts) runs it after `astro build` exits.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Index the fix pages of a built site with Pagefind's Node API. Every response is checked, and the
 * service is always closed (an open service keeps the process alive). Returns the number of pages.
 */
export async function indexSearch(outDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only fix pages are searchable (they carry data-pagefind-body); parsing the rest is wasted work.
    const added = await index.addDirectory({ path: outDir, glob: 'fixes/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`No fix pages to index in ${outDir}/fixes/: build the site first`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const { pages, ms } = await indexSearch(outDir);
  console.log(`[search] Indexed ${pages} pages in ${Math.round(ms)} ms`);
}
