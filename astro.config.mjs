// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { stepAnchors } from './src/markdown/step-anchors.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Error text must render exactly as users see it: no curly quotes or dashes.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [stepAnchors()] }),
  },
  integrations: [mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
