/**
 * The search index: Pagefind indexes the built fix pages into <outDir>/pagefind/. It runs after
 * `astro build` has exited (scripts/build.ts, `npm run build`), never inside it: at 10,000 fixes
 * Pagefind's indexer and Astro's heap together peaked well above either alone
 * (docs/performance-notes.md). The `unstuck-search-index` integration makes that step visible: a
 * plain `astro build` ends by saying the site has no search index yet and which command builds it.
 */
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Set by scripts/build.ts for the `astro build` it runs: the index is built next, by the script. */
export const INDEX_NEXT = 'UNSTUCK_SEARCH_INDEX_NEXT';

export function searchIndex(): AstroIntegration {
  return {
    name: 'unstuck-search-index',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (process.env[INDEX_NEXT] === '1') {
          logger.info('The search index is built next, after Astro exits (scripts/build.ts).');
        } else {
          logger.warn(
            'This build has no search index yet, so the site search does not work. Run `npm run build` (astro build, then the index), or `npm run build:index` to index this output folder.',
          );
        }
      },
    },
  };
}

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
