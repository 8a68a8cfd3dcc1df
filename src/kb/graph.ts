/**
 * The knowledge base as one validated graph: every cross-entry rule the build enforces, and every
 * index the pages need (fixes by cluster, by cause, by FAQ; related issues; alias redirects),
 * computed once from plain data so it can be unit-tested without Astro.
 */
import { checkCauseBody, checkFaqBody, checkFixBody } from './body-outline.ts';
import { bodyFormat } from '../markdown/tree.ts';
import { firstNearDuplicates, normalizeKey, shingles } from '../text/keys.ts';
import { firstPartySourceProblem, type Source } from './sources.ts';

export interface Located {
  id: string;
  /** Path of the source file, used in every error message. */
  file: string;
}
export interface ProductNode extends Located {
  name: string;
  description: string;
  commonFixes: string[];
  /** Host or host/path prefixes of the pages that may be cited as more than a user report. */
  firstPartySources: string[];
}
export interface SurfaceNode extends Located {
  title: string;
  description: string;
  product: string;
  order: number;
}
export interface ClusterNode extends Located {
  title: string;
  description: string;
  product: string;
  /** The surface the cluster is listed under. */
  surface: string;
  order: number;
}
export interface Signature {
  message: string;
  status?: number | undefined;
  type?: string | undefined;
  /** A cloud platform's own error name (`ThrottlingException`). */
  code?: string | undefined;
  surface?: string | undefined;
  /** Which versions print this wording. */
  version?: string | undefined;
}
export interface FixNode extends Located {
  articleId: string;
  title: string;
  quickAnswer: string;
  product: string;
  cluster: string;
  surfaces: string[];
  signatures: Signature[];
  steps: { id: string; title: string }[];
  causes: string[];
  faqs: string[];
  related: string[];
  aliases: string[];
  sources: Source[];
  body: string;
}
export interface CauseNode extends Located {
  title: string;
  summary: string;
  sources: Source[];
  body: string;
}
export interface FaqNode extends Located {
  question: string;
  group: string;
  sources: Source[];
  body: string;
}
export interface GraphInput {
  products: ProductNode[];
  surfaces: SurfaceNode[];
  clusters: ClusterNode[];
  fixes: FixNode[];
  causes: CauseNode[];
  faqs: FaqNode[];
}

/** One broken rule, tied to the file that breaks it. */
export interface ContentProblem {
  file: string;
  message: string;
}

/** Thrown when the content breaks a rule; its message lists every problem with its file. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}

export interface Redirect {
  from: string;
  to: string;
  file: string;
}

export interface KnowledgeGraph {
  products: ProductNode[];
  /** Surfaces in display order (product, then `order`, then title). */
  surfaces: SurfaceNode[];
  /** Clusters that have fixes, in display order (product, then their surface's order, then `order`, then title). */
  clusters: ClusterNode[];
  /** Fixes sorted by title. */
  fixes: FixNode[];
  causes: CauseNode[];
  /** FAQs sorted by group, then question. */
  faqs: FaqNode[];
  product: (id: string) => ProductNode;
  surface: (id: string) => SurfaceNode;
  cluster: (id: string) => ClusterNode;
  fix: (id: string) => FixNode;
  cause: (id: string) => CauseNode;
  faq: (id: string) => FaqNode;
  clustersOf: (productId: string) => ClusterNode[];
  /** The surfaces of a product that have clusters, each with its clusters in display order. */
  surfacesOf: (productId: string) => { surface: SurfaceNode; clusters: ClusterNode[] }[];
  fixesIn: (clusterId: string) => FixNode[];
  fixesWithCause: (causeId: string) => FixNode[];
  fixesWithFaq: (faqId: string) => FixNode[];
  /** The most linked-to fixes of a cluster, up to `limit`. */
  topFixesIn: (clusterId: string, limit: number) => FixNode[];
  /**
   * The fix's related fixes, most closely related first: every fix it links to in \`related\`, then
   * the closest of its cluster and of the fixes that link to it, up to the limit.
   */
  relatedFixes: (fixId: string) => FixNode[];
  /** The most common fixes of a product: its `commonFixes`, then the most linked-to fixes. */
  commonFixes: (productId: string, limit: number) => FixNode[];
  /** Old fix slugs and where they now live. */
  redirects: Redirect[];
}

function byTitle<T extends { title: string; id: string }>(a: T, b: T): number {
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

/** Index a list by id, reporting duplicate ids (possible when entries come from several loaders). */
function indexById<T extends Located>(items: T[], kind: string, problems: ContentProblem[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const first = map.get(item.id);
    if (first) problems.push({ file: item.file, message: `duplicate ${kind} slug "${item.id}" (also ${first.file})` });
    else map.set(item.id, item);
  }
  return map;
}

/** Report entries whose key (question, title) repeats another's, exactly after normalising or nearly. */
function findRepeats<T extends Located>(
  items: T[],
  key: (item: T) => string,
  text: (item: T) => string,
  what: string,
  problems: ContentProblem[],
): void {
  const seen = new Map<string, T>();
  const near = firstNearDuplicates(items.map((item) => shingles(text(item))));
  for (const [index, item] of items.entries()) {
    const k = normalizeKey(key(item));
    const same = seen.get(k) ?? items[near[index]!];
    if (same) {
      problems.push({
        file: item.file,
        message: `${what} "${key(item)}" is already stored as "${same.id}" (${same.file}); reference that entry instead`,
      });
    } else {
      seen.set(k, item);
    }
  }
}

/** What {@link relatedness} compares, computed once per fix. */
interface RelatedFeatures {
  id: string;
  related: Set<string>;
  causes: Set<string>;
  faqs: Set<string>;
  statuses: Set<number>;
  types: Set<string>;
  surfaces: Set<string>;
}

function relatedFeatures(f: FixNode): RelatedFeatures {
  return {
    id: f.id,
    related: new Set(f.related),
    causes: new Set(f.causes),
    faqs: new Set(f.faqs),
    statuses: new Set(f.signatures.flatMap((s) => (s.status === undefined ? [] : [s.status]))),
    types: new Set(f.signatures.flatMap((s) => (s.type === undefined ? [] : [s.type]))),
    surfaces: new Set(f.surfaces),
  };
}

function relatedScore(a: RelatedFeatures, b: RelatedFeatures): number {
  const shared = <T>(x: Set<T>, y: Set<T>) => {
    let n = 0;
    for (const v of x) if (y.has(v)) n++;
    return n;
  };
  return (
    (a.related.has(b.id) ? 8 : 0) +
    (b.related.has(a.id) ? 4 : 0) +
    3 * shared(a.causes, b.causes) +
    2 * shared(a.faqs, b.faqs) +
    2 * shared(a.statuses, b.statuses) +
    2 * shared(a.types, b.types) +
    shared(a.surfaces, b.surfaces)
  );
}

/**
 * Score how closely two fixes are related: explicit links first, then shared
 * causes, FAQs, HTTP statuses and error types, then shared surfaces.
 */
export function relatedness(a: FixNode, b: FixNode): number {
  return relatedScore(relatedFeatures(a), relatedFeatures(b));
}

/**
 * Validate the whole content set and build its indexes. Throws {@link ContentError} listing every
 * problem (unknown references, duplicate slugs/IDs/aliases/questions, malformed bodies…).
 */
export function buildGraph(input: GraphInput, options: { relatedLimit: number }): KnowledgeGraph {
  const problems: ContentProblem[] = [];
  const products = indexById(input.products, 'product', problems);
  const surfaces = indexById(input.surfaces, 'surface', problems);
  const clusters = indexById(input.clusters, 'cluster', problems);
  const fixes = indexById(input.fixes, 'fix', problems);
  const causes = indexById(input.causes, 'cause', problems);
  const faqs = indexById(input.faqs, 'FAQ', problems);

  const refs = <T>(file: string, field: string, ids: string[], index: Map<string, T>, kind: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const where = ['product', 'cluster', 'surface'].includes(field) ? field : `${field}[${i}]`;
      if (!index.has(id)) problems.push({ file, message: `unknown ${kind} "${id}" in ${where}` });
      if (seen.has(id)) problems.push({ file, message: `"${id}" is listed twice in ${field}` });
      seen.add(id);
    });
  };

  const sourceProblems = (item: Located & { sources: Source[] }, official: readonly string[]) => {
    item.sources.forEach((source, i) => {
      const problem = firstPartySourceProblem(source, official);
      if (problem) problems.push({ file: item.file, message: `sources[${i}]: ${problem}` });
    });
  };

  // A slug of digits only would take the URL of a page of a paginated list (/faq/2/, /causes/2/).
  for (const item of [...input.clusters, ...input.causes, ...input.faqs, ...input.fixes]) {
    if (/^\d+$/.test(item.id))
      problems.push({ file: item.file, message: `the slug "${item.id}" is only digits, which page numbers use; rename the file` });
  }
  for (const s of input.surfaces) refs(s.file, 'product', [s.product], products, 'product');
  for (const c of input.clusters) {
    refs(c.file, 'product', [c.product], products, 'product');
    refs(c.file, 'surface', [c.surface], surfaces, 'surface');
    const surface = surfaces.get(c.surface);
    if (surface && products.has(c.product) && surface.product !== c.product) {
      problems.push({ file: c.file, message: `surface "${c.surface}" belongs to product "${surface.product}", not "${c.product}"` });
    }
  }
  for (const p of input.products) refs(p.file, 'commonFixes', p.commonFixes, fixes, 'fix');

  const articleIds = new Map<string, FixNode>();
  const aliasOwners = new Map<string, FixNode>();
  const messages = new Map<string, FixNode>();
  for (const fix of input.fixes) {
    refs(fix.file, 'product', [fix.product], products, 'product');
    refs(fix.file, 'cluster', [fix.cluster], clusters, 'cluster');
    refs(fix.file, 'causes', fix.causes, causes, 'cause');
    refs(fix.file, 'faqs', fix.faqs, faqs, 'FAQ');
    refs(fix.file, 'related', fix.related, fixes, 'fix');
    const cluster = clusters.get(fix.cluster);
    if (cluster && products.has(fix.product) && cluster.product !== fix.product) {
      problems.push({ file: fix.file, message: `cluster "${fix.cluster}" belongs to product "${cluster.product}", not "${fix.product}"` });
    }
    if (fix.steps.length === 0) problems.push({ file: fix.file, message: 'a fix needs at least one step' });
    if (fix.related.includes(fix.id)) problems.push({ file: fix.file, message: 'a fix cannot list itself in related' });

    const owner = articleIds.get(fix.articleId);
    if (owner) problems.push({ file: fix.file, message: `article ID ${fix.articleId} is already used by ${owner.file}` });
    else articleIds.set(fix.articleId, fix);

    const stepIds = new Set<string>();
    for (const step of fix.steps) {
      if (stepIds.has(step.id)) problems.push({ file: fix.file, message: `step id "${step.id}" is used twice` });
      stepIds.add(step.id);
    }
    for (const alias of fix.aliases) {
      const slugOwner = fixes.get(alias);
      if (slugOwner) problems.push({ file: fix.file, message: `alias "${alias}" is the slug of ${slugOwner.file}` });
      const prior = aliasOwners.get(alias);
      if (prior) problems.push({ file: fix.file, message: `alias "${alias}" is also an alias of ${prior.file}` });
      aliasOwners.set(alias, fix);
    }
    for (const sig of fix.signatures) {
      const key = normalizeKey(sig.message);
      const other = messages.get(key);
      if (other && other !== fix)
        problems.push({ file: fix.file, message: `error signature "${sig.message}" is also claimed by ${other.file}` });
      messages.set(key, fix);
    }
    for (const p of checkFixBody(fix.body, fix.steps, bodyFormat(fix.file))) problems.push({ file: fix.file, message: p });
    const official = products.get(fix.product)?.firstPartySources;
    if (official) sourceProblems(fix, official);
  }
  // Causes and FAQs are shared across products: a source passes when some product lists it.
  const anyOfficial = input.products.flatMap((p) => p.firstPartySources);
  for (const item of [...input.causes, ...input.faqs]) sourceProblems(item, anyOfficial);
  for (const cause of input.causes)
    for (const p of checkCauseBody(cause.body, bodyFormat(cause.file))) problems.push({ file: cause.file, message: p });
  for (const faq of input.faqs) for (const p of checkFaqBody(faq.body, bodyFormat(faq.file))) problems.push({ file: faq.file, message: p });
  findRepeats(
    input.faqs,
    (f) => f.question,
    (f) => `${f.question}\n${f.body}`,
    'the question',
    problems,
  );
  findRepeats(
    input.causes,
    (c) => c.title,
    (c) => `${c.title}\n${c.body}`,
    'the cause',
    problems,
  );

  if (problems.length) throw new ContentError(problems);

  const get =
    <T>(index: Map<string, T>, kind: string) =>
    (id: string): T => {
      const item = index.get(id);
      if (!item) throw new Error(`No ${kind} with id "${id}"`);
      return item;
    };

  const sortedFixes = [...fixes.values()].sort(byTitle);
  const sortedSurfaces = [...surfaces.values()].sort((a, b) => a.product.localeCompare(b.product) || a.order - b.order || byTitle(a, b));
  const surfaceRank = new Map(sortedSurfaces.map((s, i) => [s.id, i]));
  // A cluster with no fixes yet (one being written) gets no page and no listing.
  const populated = new Set(sortedFixes.map((f) => f.cluster));
  const sortedClusters = [...clusters.values()]
    .filter((c) => populated.has(c.id))
    .sort(
      (a, b) =>
        a.product.localeCompare(b.product) ||
        surfaceRank.get(a.surface)! - surfaceRank.get(b.surface)! ||
        a.order - b.order ||
        byTitle(a, b),
    );
  const group = (key: (fix: FixNode) => string[]) => {
    const map = new Map<string, FixNode[]>();
    for (const fix of sortedFixes) for (const k of key(fix)) (map.get(k) ?? map.set(k, []).get(k)!).push(fix);
    return (id: string) => map.get(id) ?? [];
  };
  const fixesIn = group((f) => [f.cluster]);
  const fixesWithCause = group((f) => f.causes);
  const fixesWithFaq = group((f) => f.faqs);
  const linkedTo = group((f) => f.related);

  // Features and title order computed once: ranking compares every pair of fixes in a cluster.
  const features = new Map(sortedFixes.map((fix) => [fix.id, relatedFeatures(fix)]));
  const titleOrder = new Map(sortedFixes.map((fix, i) => [fix.id, i]));
  const related = new Map<string, FixNode[]>();
  for (const fix of sortedFixes) {
    const mine = features.get(fix.id)!;
    const own = new Set(fix.related);
    const pool = new Set([...fix.related.flatMap((id) => fixes.get(id) ?? []), ...fixesIn(fix.cluster), ...linkedTo(fix.id)]);
    pool.delete(fix);
    const ranked = [...pool]
      .map((other) => ({ other, score: relatedScore(mine, features.get(other.id)!) }))
      .sort((a, b) => b.score - a.score || titleOrder.get(a.other.id)! - titleOrder.get(b.other.id)!);
    // The author's own links are never cut; the computed ones fill up to the limit.
    let room = Math.max(0, options.relatedLimit - own.size);
    related.set(
      fix.id,
      ranked.filter(({ other }) => own.has(other.id) || room-- > 0).map((r) => r.other),
    );
  }

  const sortedFaqs = [...faqs.values()].sort((a, b) => a.group.localeCompare(b.group, 'en') || a.question.localeCompare(b.question, 'en'));

  return {
    products: [...products.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    surfaces: sortedSurfaces,
    clusters: sortedClusters,
    fixes: sortedFixes,
    causes: [...causes.values()].sort(byTitle),
    faqs: sortedFaqs,
    product: get(products, 'product'),
    surface: get(surfaces, 'surface'),
    cluster: get(clusters, 'cluster'),
    fix: get(fixes, 'fix'),
    cause: get(causes, 'cause'),
    faq: get(faqs, 'FAQ'),
    clustersOf: (productId) => sortedClusters.filter((c) => c.product === productId),
    surfacesOf: (productId) =>
      sortedSurfaces
        .filter((s) => s.product === productId)
        .map((surface) => ({ surface, clusters: sortedClusters.filter((c) => c.surface === surface.id) }))
        .filter((g) => g.clusters.length > 0),
    fixesIn,
    fixesWithCause,
    fixesWithFaq,
    relatedFixes: (fixId) => related.get(fixId) ?? [],
    topFixesIn: (clusterId, limit) =>
      [...fixesIn(clusterId)].sort((a, b) => linkedTo(b.id).length - linkedTo(a.id).length || byTitle(a, b)).slice(0, limit),
    commonFixes: (productId, limit) => {
      const chosen = products.get(productId)?.commonFixes.map((id) => fixes.get(id)!) ?? [];
      const rest = sortedFixes
        .filter((f) => f.product === productId && !chosen.includes(f))
        .sort((a, b) => linkedTo(b.id).length - linkedTo(a.id).length || byTitle(a, b));
      return [...chosen, ...rest].slice(0, limit);
    },
    redirects: sortedFixes
      .flatMap((fix) => fix.aliases.map((from) => ({ from, to: fix.id, file: fix.file })))
      .sort((a, b) => a.from.localeCompare(b.from)),
  };
}
