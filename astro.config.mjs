// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { stepAnchors } from './src/markdown/step-anchors.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { fileURLToPath } from 'node:url';
import { SITE } from './src/site.config.ts';
import { devServerFlag } from './src/integrations/dev-flag.ts';
import { bulkFiles } from './src/integrations/bulk-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: SITE.url,
  // A separate cache per content set (tests build fixture sets side by side with the real one).
  cacheDir: process.env.UNSTUCK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Four pages in flight: Astro writes each page asynchronously, so one page renders while others are
  // written. At 10,000 fixes on two cores the pages took 21.5 and 25.3 s instead of 36.9 and 27.4 s
  // (runs alternated; this machine's disk is noisy). The output is the same.
  build: { format: 'directory', concurrency: 4 },
  // Error text must render exactly as users see it: no curly quotes or dashes.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [stepAnchors(), externalLinks()] }),
  },
  // What a build does besides rendering the pages (src/integrations/README.md): the dev flag, the
  // one-per-fix files with the social images, and the search index, which npm run build adds after
  // Astro exits (a plain `astro build` says so).
  integrations: [mdx(), devServerFlag(), bulkFiles(), searchIndex()],
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
