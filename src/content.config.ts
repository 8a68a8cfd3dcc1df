// Content collections: every folder under `content/` (or UNSTUCK_CONTENT_DIR) with its schema
// (src/kb/schemas.ts). Cross-entry rules (references resolve, IDs unique, FAQ questions unique…)
// live in src/kb/graph.ts, because a schema only sees one entry at a time.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './kb/content-dir.ts';
import { createIdGenerator } from './kb/entry-id.ts';
import { leanLoader } from './kb/lean-loader.ts';
import { contentSchemas } from './kb/schemas.ts';

// Every collection is a flat folder; an entry's id is its file name without extension,
// and two files with the same name in one collection fail the sync naming both.
// Astro's data store is bundled into the build whole, so it keeps only what pages need: bodies are
// read from the files by the query module (src/kb/kb.ts, src/kb/entry-body.ts), and rendered
// Markdown is stored without a second copy of its frontmatter (src/kb/lean-loader.ts).
function folder(name: string, pattern: string) {
  return leanLoader(glob({ base: `${contentDir()}/${name}`, pattern, generateId: createIdGenerator(name), retainBody: false }));
}

const schemas = contentSchemas(reference);

export const collections = {
  products: defineCollection({ loader: folder('products', '*.{yaml,yml}'), schema: schemas.products }),
  surfaces: defineCollection({ loader: folder('surfaces', '*.{yaml,yml}'), schema: schemas.surfaces }),
  clusters: defineCollection({ loader: folder('clusters', '*.{yaml,yml}'), schema: schemas.clusters }),
  fixes: defineCollection({ loader: folder('fixes', '*.{md,mdx}'), schema: schemas.fixes }),
  causes: defineCollection({ loader: folder('causes', '*.{md,mdx}'), schema: schemas.causes }),
  faqs: defineCollection({ loader: folder('faqs', '*.{md,mdx}'), schema: schemas.faqs }),
  errorCodes: defineCollection({ loader: folder('error-codes', '*.{yaml,yml}'), schema: schemas.errorCodes }),
};
