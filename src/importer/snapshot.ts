/** Read what a content folder already holds, for the importer's reuse and never-overwrite rules. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitEntry } from '../kb/entry-body.ts';
import { entryIdFromPath } from '../kb/entry-id.ts';
import type { ContentSnapshot } from './plan.ts';

/** Split a Markdown file into its YAML frontmatter (parsed) and body, as Astro splits it. */
function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, body } = splitEntry(text);
  if (frontmatter === undefined) return { data: {}, body: text };
  try {
    return { data: (parse(frontmatter) ?? {}) as Record<string, unknown>, body };
  } catch (error) {
    throw new Error(`${file}: malformed frontmatter: ${(error as Error).message}`);
  }
}

function entries(dir: string, exts: RegExp): { slug: string; file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => exts.test(name))
    .sort()
    .map((name) => ({ slug: entryIdFromPath(name), file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

const str = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readSnapshot(contentDir: string): ContentSnapshot {
  const md = /\.mdx?$/;
  return {
    fixes: entries(join(contentDir, 'fixes'), md).map(({ slug, file, text }) => {
      const { data } = splitFrontmatter(text, file);
      return {
        slug,
        title: str(data.title),
        aliases: strings(data.aliases),
        articleId: str(data.articleId),
        created: str(data.created) || undefined,
        reviewed: str(data.reviewed) || undefined,
      };
    }),
    faqs: entries(join(contentDir, 'faqs'), md).map(({ slug, file, text }) => {
      const { data, body } = splitFrontmatter(text, file);
      return { slug, question: str(data.question), answer: body };
    }),
    causes: entries(join(contentDir, 'causes'), md).map(({ slug, file, text }) => ({
      slug,
      title: str(splitFrontmatter(text, file).data.title),
    })),
    clusters: entries(join(contentDir, 'clusters'), /\.ya?ml$/).map(({ slug, file, text }) => {
      let data: Record<string, unknown>;
      try {
        data = (parse(text) ?? {}) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${file}: malformed YAML: ${(error as Error).message}`);
      }
      return { slug, title: str(data.title), description: str(data.description), product: str(data.product) };
    }),
    products: entries(join(contentDir, 'products'), /\.ya?ml$/).map(({ slug }) => slug),
    surfaces: entries(join(contentDir, 'surfaces'), /\.ya?ml$/).map(({ slug, file, text }) => {
      try {
        return { slug, product: str(((parse(text) ?? {}) as Record<string, unknown>).product) };
      } catch (error) {
        throw new Error(`${file}: malformed YAML: ${(error as Error).message}`);
      }
    }),
  };
}
