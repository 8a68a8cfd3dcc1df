/**
 * The query module: the only place that reads content collections. It loads every collection
 * once, validates the whole set (src/kb/graph.ts) and hands pages ready-made lists.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { rawDateProblems } from './raw-dates.ts';
import { markdownBody } from './entry-body.ts';
import { buildGraph, ContentError } from './graph.ts';
import { errorCodePages, type ErrorPlatform, type PlatformNames } from './error-codes.ts';
import { SITE } from '../site.config.ts';
import { signatureShards } from '../search/core/index-data.ts';
import type { StoredSignature } from '../search/core/signatures.ts';
import type { KnowledgeBase } from './types.ts';

export type { CauseEntry, FaqEntry, FixEntry, KnowledgeBase } from './types.ts';

function entryMap<T extends { id: string }>(entries: T[]) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id: string): T => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No content entry "${id}"`);
    return entry;
  };
}

const file = (entry: { filePath?: string; id: string }, collection: string) => entry.filePath ?? `${collection}/${entry.id}`;

async function load(): Promise<KnowledgeBase> {
  const [products, surfaces, clusters, fixes, causes, faqs, errorCodes] = await Promise.all([
    getCollection('products'),
    getCollection('surfaces'),
    getCollection('clusters'),
    getCollection('fixes'),
    getCollection('causes'),
    getCollection('faqs'),
    getCollection('errorCodes'),
  ]);
  // The data store keeps no bodies (src/content.config.ts): each file is read once, here.
  const text = (entry: { filePath?: string | undefined }) => (entry.filePath ? readFileSync(entry.filePath, 'utf8') : '');
  const fixTexts = new Map(fixes.map((f) => [f.id, text(f)]));
  // Dates YAML silently rolled over (2026-02-30 → 2026-03-02) are caught on the raw text.
  const dateProblems = fixes.flatMap((f) => rawDateProblems(fixTexts.get(f.id)!).map((message) => ({ file: f.filePath!, message })));
  if (dateProblems.length) throw new ContentError(dateProblems);
  const graph = buildGraph(
    {
      products: products.map((p) => ({
        id: p.id,
        file: file(p, 'products'),
        name: p.data.name,
        description: p.data.description,
        commonFixes: p.data.commonFixes.map((r) => r.id),
        firstPartySources: p.data.firstPartySources,
      })),
      surfaces: surfaces.map((s) => ({
        id: s.id,
        file: file(s, 'surfaces'),
        title: s.data.title,
        description: s.data.description,
        product: s.data.product.id,
        order: s.data.order,
      })),
      clusters: clusters.map((c) => ({
        id: c.id,
        file: file(c, 'clusters'),
        title: c.data.title,
        description: c.data.description,
        product: c.data.product.id,
        surface: c.data.surface.id,
        order: c.data.order,
      })),
      fixes: fixes.map((f) => ({
        id: f.id,
        file: file(f, 'fixes'),
        articleId: f.data.articleId,
        title: f.data.title,
        quickAnswer: f.data.quickAnswer,
        product: f.data.product.id,
        cluster: f.data.cluster.id,
        surfaces: f.data.surfaces,
        signatures: f.data.signatures,
        steps: f.data.steps,
        causes: f.data.causes.map((r) => r.id),
        faqs: f.data.faqs.map((r) => r.id),
        related: f.data.related.map((r) => r.id),
        aliases: f.data.aliases,
        sources: f.data.sources,
        body: markdownBody(fixTexts.get(f.id)!),
      })),
      causes: causes.map((c) => ({
        id: c.id,
        file: file(c, 'causes'),
        title: c.data.title,
        summary: c.data.summary,
        sources: c.data.sources,
        body: markdownBody(text(c)),
      })),
      faqs: faqs.map((q) => ({
        id: q.id,
        file: file(q, 'faqs'),
        question: q.data.question,
        group: q.data.group,
        sources: q.data.sources,
        body: markdownBody(text(q)),
      })),
    },
    { relatedLimit: SITE.relatedLimit },
  );
  let shards: StoredSignature[][] | undefined;
  // The names of the platforms whose error codes have pages come from the products' content.
  const names: Partial<Record<ErrorPlatform, string>> = {};
  for (const p of products) for (const [platform, name] of Object.entries(p.data.errorPlatforms)) names[platform as ErrorPlatform] ??= name;
  const unnamed = [...new Set(errorCodes.map((e) => e.data.platform))].filter((platform) => !names[platform]);
  if (unnamed.length)
    throw new ContentError(
      unnamed.map((platform) => ({
        file: file(
          errorCodes.find((e) => e.data.platform === platform)!,
          'errorCodes',
        ),
        message: `no product names the platform "${platform}": add errorPlatforms: { ${platform}: <name readers know> } to a file in products/`,
      })),
    );
  const errorPages = errorCodePages(
    graph.fixes,
    errorCodes.flatMap((e) => (e.data.platform === 'anthropic' ? [e.data] : [])),
    errorCodes.flatMap((e) => (e.data.platform !== 'anthropic' ? [e.data] : [])),
    names as PlatformNames,
  );
  return {
    ...graph,
    signatureShards: () => (shards ??= signatureShards(graph.fixes)),
    fixEntry: entryMap(fixes),
    causeEntry: entryMap(causes),
    faqEntry: entryMap(faqs),
    errorPages,
    platformName: (platform) => names[platform] ?? platform,
    allErrorPages: () => [...errorPages.statuses, ...errorPages.types, ...errorPages.platforms],
  };
}

let cached: Promise<KnowledgeBase> | undefined;

/**
 * The validated knowledge base, loaded once: once per build, and once per change under `astro dev`
 * (Vite drops this module, and so this cache, when a content file or the config changes). Loading
 * has no side effects: the build's own outputs start from src/integrations/.
 */
export function knowledgeBase(): Promise<KnowledgeBase> {
  return (cached ??= load());
}
