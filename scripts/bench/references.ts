// The two reference builds of the benchmark, generated next to a corpus (never committed):
// - the floor: bare Astro 7 + MDX, the fixes as content collection entries, a minimal layout;
// - the peer: Astro Starlight with its defaults (its own Pagefind search included).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Write the floor project for a corpus; returns its root. */
export function writeFloor(corpus: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/fixes'), { recursive: true });
  const fixes = relative(root, resolve(corpus, 'fixes'));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { fixes: defineCollection({ loader: glob({ base: ${JSON.stringify(fixes)}, pattern: '*.{md,mdx}' }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/fixes/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('fixes')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
  return root;
}

/** Write the Starlight project for a corpus (the fixes copied in as docs); returns its root. */
export function writeStarlight(corpus: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  const docs = join(root, 'src/content/docs');
  mkdirSync(join(docs, 'fixes'), { recursive: true });
  for (const name of readdirSync(join(corpus, 'fixes'))) cpSync(join(corpus, 'fixes', name), join(docs, 'fixes', name));
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Benchmark\n---\nThe benchmark corpus.\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark' })], devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return root;
}
