/**
 * The `unstuck-dev-server-flag` integration: `__UNSTUCK_DEV__` is true under `astro dev` only.
 * Page code cannot trust `import.meta.env.DEV` for this: in a build Astro reads it from the
 * environment, and a stray DEV=1 or NODE_ENV=test made every page reload all content
 * (docs/performance-notes.md). The dev routes of the one-per-fix files read it.
 */
import type { AstroIntegration } from 'astro';

export function devServerFlag(): AstroIntegration {
  return {
    name: 'unstuck-dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __UNSTUCK_DEV__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
