// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { stepAnchors } from './src/markdown/step-anchors.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { fileURLToPath } from 'node:url';
import { SITE } from './src/site.config.ts';
import { writeBulkFiles } from './src/lib/bulk-files.ts';

/**
 * `__UNSTUCK_DEV__`: true under `astro dev` only. Page code cannot trust `import.meta.env.DEV` for
 * this: in a build Astro reads it from the environment, and a stray DEV=1 or NODE_ENV=test made the
 * query module reload all content for every page (a 600-fix build took 175 s instead of 6 s).
 * @returns {import('astro').AstroIntegration}
 */
function devServerFlag() {
  return {
    name: 'unstuck-dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __UNSTUCK_DEV__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

/**
 * Writes the one-per-fix files (short links, Markdown twins, social images) once Astro has written
 * the pages: as routes they cost Astro half a millisecond each (src/lib/bulk-files.ts).
 * @returns {import('astro').AstroIntegration}
 */
function bulkFiles() {
  return {
    name: 'unstuck-bulk-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await writeBulkFiles(fileURLToPath(dir));
        logger.info(`${files} files written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

export default defineConfig({
  site: SITE.url,
  // A separate cache per content set (tests build fixture sets side by side with the real one).
  cacheDir: process.env.UNSTUCK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Error text must render exactly as users see it: no curly quotes or dashes.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [stepAnchors(), externalLinks()] }),
  },
  // The search index is built after `astro build` exits: scripts/build.ts (npm run build).
  integrations: [mdx(), devServerFlag(), bulkFiles()],
  vite: {
    plugins: [tailwindcss()],
    // The social-image worker runs from its source file (Node strips the types), not from the bundle.
    define: { __UNSTUCK_OG_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/og/worker.ts', import.meta.url))) },
    build: {
      // Never inline scripts: every script is a file, so the Content-Security-Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler warns
        // about once per file; the warning is about Astro's own output and needs no action.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
