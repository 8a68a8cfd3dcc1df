/**
 * Builds the Pagefind search index from the finished `dist/` in `astro:build:done`, through
 * Pagefind's Node API. Every response is checked, and the service is always closed (an open
 * service keeps the build process alive).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'unstuck-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only fix pages are searchable (they carry data-pagefind-body); parsing the rest is wasted work.
          const added = await index.addDirectory({ path: outDir, glob: 'fixes/**/*.html' });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
