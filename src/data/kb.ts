/**
 * The query module: the only place that reads content collections. It loads every collection
 * once, validates the whole set (src/lib/content-graph.ts) and hands pages ready-made lists.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { rawDateProblems } from '../lib/raw-dates.ts';
import { markdownBody } from '../lib/entry-body.ts';
import { buildGraph, ContentError, type KnowledgeGraph } from '../lib/content-graph.ts';
import { errorCodePages, type ErrorCodePage } from '../lib/error-codes.ts';
import { SITE } from '../site.config.ts';
import { fixImageJob } from '../og/cards.ts';
import { prerenderFixImages } from '../og/prerender.ts';
import { offerBulkFiles } from '../lib/bulk-files.ts';
import { writeFixFiles } from './bulk-files.ts';
import { signatureShards } from '../lib/search/index-data.ts';
import type { SignatureEntry } from '../lib/search/signatures.ts';

export type FixEntry = CollectionEntry<'fixes'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FaqEntry = CollectionEntry<'faqs'>;

export interface KnowledgeBase extends KnowledgeGraph {
  /** The Astro entry of a fix/cause/FAQ, for `render()` and full frontmatter. */
  fixEntry: (id: string) => FixEntry;
  causeEntry: (id: string) => CauseEntry;
  faqEntry: (id: string) => FaqEntry;
  /** /errors/ landing pages: per HTTP status and per error type. */
  errorPages: { statuses: ErrorCodePage[]; types: ErrorCodePage[] };
  /** The error-signature shards of the search (computed on first use, once). */
  signatureShards: () => SignatureEntry[][];
}

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
      products: products.map((p) => ({ id: p.id, file: file(p, 'products'), name: p.data.name, description: p.data.description, commonFixes: p.data.commonFixes.map((r) => r.id), firstPartySources: p.data.firstPartySources })),
      surfaces: surfaces.map((s) => ({ id: s.id, file: file(s, 'surfaces'), title: s.data.title, description: s.data.description, product: s.data.product.id, order: s.data.order })),
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
      causes: causes.map((c) => ({ id: c.id, file: file(c, 'causes'), title: c.data.title, summary: c.data.summary, sources: c.data.sources, body: markdownBody(text(c)) })),
      faqs: faqs.map((q) => ({ id: q.id, file: file(q, 'faqs'), question: q.data.question, group: q.data.group, sources: q.data.sources, body: markdownBody(text(q)) })),
    },
    { relatedLimit: SITE.relatedIssuesLimit },
  );
  let shards: SignatureEntry[][] | undefined;
  return {
    ...graph,
    signatureShards: () => (shards ??= signatureShards(graph.fixes, (id) => graph.cluster(id).title)),
    fixEntry: entryMap(fixes),
    causeEntry: entryMap(causes),
    faqEntry: entryMap(faqs),
    errorPages: errorCodePages(
      graph.fixes,
      errorCodes.flatMap((e) => (e.data.platform === 'anthropic' ? [e.data] : [])),
    ),
  };
}

let cached: Promise<KnowledgeBase> | undefined;

/**
 * The validated knowledge base, loaded once per build (and afresh per request in dev, where content
 * changes). In a build, loading it also starts the fixes' social images on a worker thread
 * (src/og/prerender.ts), so a second core renders them while pages are built, and offers the
 * writer of the one-per-fix files that the build writes after the pages (src/data/bulk-files.ts).
 */
export function knowledgeBase(): Promise<KnowledgeBase> {
  if (__UNSTUCK_DEV__) return load();
  cached ??= load().then((kb) => {
    prerenderFixImages(kb.fixes.map((fix) => fixImageJob(kb, fix)), __UNSTUCK_OG_WORKER__);
    offerBulkFiles((outDir) => writeFixFiles(kb, outDir));
    return kb;
  });
  return cached;
}
