/**
 * Decide what an import writes: the fix entry, new causes and FAQs, and which existing entries are
 * reused instead. Pure: takes the parsed article and a snapshot of the content folder, returns files
 * and a report, so every rule is unit-tested without touching the disk.
 */
import { stringify } from 'yaml';
import type { ParsedArticle } from './parse.ts';
import { knownCodeTokens, toBlocks, vocabulary, type Block } from './repair.ts';
import { renderBlocks, renderInline } from './mdx.ts';
import { jaccard, normalizeKey, shingles, slugify, NEAR_DUPLICATE } from '../text/keys.ts';

export interface ExistingFix {
  slug: string;
  title: string;
  aliases: string[];
  articleId: string;
  created?: string;
  reviewed?: string;
}
export interface ExistingFaq {
  slug: string;
  question: string;
  answer: string;
}
export interface ExistingCause {
  slug: string;
  title: string;
}
export interface ExistingCluster {
  slug: string;
  title: string;
  description: string;
  product: string;
}
export interface ExistingSurface {
  slug: string;
  product: string;
}
/** What the content folder holds before the import. */
export interface ContentSnapshot {
  fixes: ExistingFix[];
  faqs: ExistingFaq[];
  causes: ExistingCause[];
  clusters: ExistingCluster[];
  /** Product slugs. */
  products: string[];
  surfaces: ExistingSurface[];
}

export interface PlannedFile {
  /** Path relative to the content folder, e.g. `faqs/contact-support.mdx`. */
  path: string;
  content: string;
}

export interface ImportReport {
  created: string[];
  reused: string[];
  merged: string[];
  unresolved: string[];
  notes: string[];
}

export interface ImportPlan {
  slug: string;
  files: PlannedFile[];
  report: ImportReport;
}

export interface PlanOptions {
  /** Fix slug; by default the source file name. */
  slug: string;
  /** YYYY-MM-DD for `created`/`reviewed` of a new fix. */
  today: string;
  /** The cluster to put the fix in; created (with its product and surface when missing) when it does not exist. */
  cluster?: string;
  /** The product of a cluster the import creates, when the folder has no product yet (default: the fix slug's first word). */
  product?: string;
}

const NAVIGATION = /^browse (more|all)\b/i;

/** Loose comparison key: {@link normalizeKey} without filler words ("wrong account/workspace" = "Wrong account or workspace"). */
function looseKey(text: string): string {
  return normalizeKey(text)
    .split(' ')
    .filter((w) => !['a', 'an', 'the', 'or', 'and', 'of', 'your'].includes(w))
    .join(' ');
}

function sentenceCase(text: string): string {
  const t = text.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Title from a file slug: `claude-api-key-not-working` → "Claude API key not working". */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').map((w) => (['api', 'sdk', 'cors', 'id', 'url'].includes(w) ? w.toUpperCase() : w));
  return sentenceCase(words.join(' '));
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base || 'entry';
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function firstSentences(text: string, max = 2): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  return sentences.slice(0, max).join('').trim();
}

/** HTTP status lines mentioned in the text, e.g. "401 Unauthorized", as error signatures. */
function statusSignatures(text: string): { message: string; status: number }[] {
  const found = new Map<string, { message: string; status: number }>();
  for (const m of text.matchAll(
    /\b([45]\d\d) (Unauthorized|Forbidden|Not Found|Bad Request|Too Many Requests|Payment Required|Request Entity Too Large|Internal Server Error|Gateway Timeout|Service Unavailable)\b/g,
  )) {
    found.set(m[0], { message: m[0], status: Number(m[1]) });
  }
  return [...found.values()];
}

/** The cluster whose title (counted twice) and description share the most of the article's words. */
function guessCluster(article: string, clusters: ExistingCluster[]): ExistingCluster | undefined {
  const words = new Set(
    normalizeKey(article)
      .split(' ')
      .filter((w) => w.length > 2),
  );
  let best: { cluster: ExistingCluster; score: number } | undefined;
  for (const cluster of clusters) {
    const score = normalizeKey(`${cluster.title} ${cluster.title} ${cluster.description}`)
      .split(' ')
      .filter((w) => w.length > 2 && words.has(w)).length;
    if (!best || score > best.score) best = { cluster, score };
  }
  return best?.cluster;
}

function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n${body ? `${body.trimEnd()}\n` : ''}`;
}

export function planImport(article: ParsedArticle, content: ContentSnapshot, options: PlanOptions): ImportPlan {
  const report: ImportReport = { created: [], reused: [], merged: [], unresolved: [], notes: [] };
  const files: PlannedFile[] = [];
  const allText = [
    ...article.steps.flatMap((s) => [s.title, ...s.body.map((l) => l.text)]),
    ...[article.causes, article.prevention, article.why, article.mistakes].flat().map((l) => l.text),
    ...article.faqs.flatMap((f) => [f.question, f.answer]),
  ].join('\n');
  const vocab = vocabulary(allText);
  const known = knownCodeTokens(allText);
  const blocks = (lines: readonly string[]): Block[] => toBlocks(lines, vocab, known);

  for (const m of article.merged) report.merged.push(`line ${m.line}: ${m.what}`);

  // FAQs: reuse an existing entry with the same question (or near-identical text); else create one.
  const faqSlugs = new Set(content.faqs.map((f) => f.slug));
  const faqRefs: string[] = [];
  const faqIndex = content.faqs.map((f) => ({ faq: f, key: normalizeKey(f.question), grams: shingles(`${f.question}\n${f.answer}`) }));
  for (const faq of article.faqs) {
    const key = normalizeKey(faq.question);
    const grams = shingles(`${faq.question}\n${faq.answer}`);
    const match = faqIndex.find((e) => e.key === key) ?? faqIndex.find((e) => jaccard(e.grams, grams) >= NEAR_DUPLICATE);
    if (match) {
      faqRefs.push(match.faq.slug);
      report.reused.push(`faqs/${match.faq.slug} ← "${faq.question}" (line ${faq.line})`);
      continue;
    }
    const slug = uniqueSlug(slugify(faq.question, 60), faqSlugs);
    const answer = renderBlocks(blocks(faq.answer.split('\n')));
    files.push({ path: `faqs/${slug}.mdx`, content: mdxFile({ question: faq.question, group: 'Imported questions' }, answer) });
    faqIndex.push({ faq: { slug, question: faq.question, answer: faq.answer }, key, grams });
    faqRefs.push(slug);
    report.created.push(`faqs/${slug}.mdx`);
  }

  // Causes: the source gives labels only; reuse a cause with the same label, else create one to fill in.
  const causeSlugs = new Set(content.causes.map((c) => c.slug));
  const causeRefs: string[] = [];
  const causeIndex = content.causes.map((c) => ({ cause: c, key: looseKey(c.title) }));
  for (const line of article.causes) {
    const label = line.text.trim().replace(/^[-*•]\s*/, '');
    if (!label) continue;
    const match = causeIndex.find((e) => e.key === looseKey(label));
    if (match) {
      if (!causeRefs.includes(match.cause.slug)) causeRefs.push(match.cause.slug);
      report.reused.push(`causes/${match.cause.slug} ← "${label}" (line ${line.line})`);
      continue;
    }
    const slug = uniqueSlug(slugify(label, 60), causeSlugs);
    const title = sentenceCase(label);
    files.push({
      path: `causes/${slug}.mdx`,
      content: mdxFile({ title, summary: `${withoutTrailingPeriods(title)}.` }, '## How to confirm\n\n## What to do\n'),
    });
    causeIndex.push({ cause: { slug, title }, key: looseKey(label) });
    causeRefs.push(slug);
    report.created.push(`causes/${slug}.mdx`);
    report.notes.push(`write "How to confirm" and "What to do" in causes/${slug}.mdx (the source gives only the label)`);
  }

  // Related titles resolve by title, alias or slug; navigation lines are the page template's job.
  const related: string[] = [];
  const pendingRelated: string[] = [];
  for (const r of article.related) {
    if (NAVIGATION.test(r.title)) {
      report.notes.push(`line ${r.line}: "${r.title}" is navigation; every fix page links its cluster and product itself`);
      continue;
    }
    const key = normalizeKey(r.title);
    const asSlug = slugify(r.title);
    const fix = content.fixes.find((f) => normalizeKey(f.title) === key || f.slug === asSlug || f.aliases.includes(asSlug));
    if (fix && fix.slug !== options.slug) {
      if (!related.includes(fix.slug)) related.push(fix.slug);
    } else if (!fix) {
      pendingRelated.push(r.title);
      report.unresolved.push(`line ${r.line}: "${r.title}" (no fix with that title, slug or alias yet; kept in pendingRelated)`);
    }
  }

  const existing = content.fixes.find((f) => f.slug === options.slug);
  const maxId = Math.max(1000, ...content.fixes.map((f) => Number(f.articleId.replace(/^KB-/, '')) || 0));
  const articleId = existing?.articleId ?? `KB-${maxId + 1}`;
  const title = article.title ?? titleFromSlug(options.slug);
  const whyText = article.why.map((l) => l.text.trim()).join(' ');
  const quickAnswer = firstSentences(whyText || article.steps[0]!.body.map((l) => l.text).join(' ') || article.steps[0]!.title);
  report.notes.push('quickAnswer was taken from the first sentences of the article: rewrite it as the answer to the common case');
  const cluster = options.cluster
    ? (content.clusters.find((c) => c.slug === options.cluster) ?? newCluster(options.cluster, options, content, files, report))
    : guessCluster(`${title} ${whyText}`, content.clusters);
  if (!cluster) {
    throw new Error(
      'No cluster to put the fix in: the content folder has no clusters yet. Pass --cluster <slug> (for example --cluster api-errors) and the importer creates that cluster, with a product and a surface if there are none; or create clusters/<slug>.yaml yourself first.',
    );
  }
  if (!options.cluster) report.notes.push(`cluster "${cluster.slug}" was guessed from the text: check it`);
  const surfaces = /\bAPI\b/.test(`${title} ${whyText}`) ? ['api'] : ['web'];

  const stepIds = new Set<string>();
  const steps = article.steps.map((s) => ({ id: uniqueSlug(slugify(s.title, 40), stepIds), title: s.title }));
  const bodyParts = ['## Steps'];
  article.steps.forEach((s, i) => {
    bodyParts.push(`### ${escapeHeading(steps[i]!.title)}`);
    const text = renderBlocks(blocks(s.body.map((l) => l.text)));
    if (text) bodyParts.push(text);
  });
  const section = (heading: string, lines: readonly { text: string }[]) => {
    if (!lines.length) return;
    bodyParts.push(`## ${heading}`, renderBlocks(blocks(lines.map((l) => l.text))));
  };
  section('Why this happens', article.why);
  section('Common mistakes', article.mistakes);
  section('Prevention tips', article.prevention);

  const frontmatter: Record<string, unknown> = {
    articleId,
    title,
    quickAnswer,
    product: cluster.product,
    cluster: cluster.slug,
    surfaces,
    signatures: statusSignatures(whyText),
    steps,
    causes: causeRefs,
    faqs: faqRefs,
    related,
    pendingRelated,
    aliases: [],
    sources: [],
    created: existing?.created ?? options.today,
    reviewed: existing?.reviewed ?? existing?.created ?? options.today,
  };
  files.push({ path: `fixes/${options.slug}.mdx`, content: mdxFile(frontmatter, bodyParts.join('\n\n')) });
  report.created.push(`fixes/${options.slug}.mdx`);
  report.notes.push(`add sources to fixes/${options.slug}.mdx: the build refuses a fix without them`);
  return { slug: options.slug, files, report };
}

/**
 * A minimal cluster for `--cluster <slug>` when none exists: its title is made from the slug, its
 * product is the folder's only product (or a new one), its surface the product's first (or a new one).
 * Every file it adds is in the plan and the report, with what to write in it.
 */
function newCluster(
  slug: string,
  options: PlanOptions,
  content: ContentSnapshot,
  files: PlannedFile[],
  report: ImportReport,
): ExistingCluster {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new Error(`--cluster "${slug}" is not a slug: use lowercase letters, digits and single hyphens`);
  const product = options.product ?? (content.products.length === 1 ? content.products[0]! : options.slug.split('-')[0]!);
  if (content.products.length > 1 && !content.products.includes(product)) {
    throw new Error(
      `--cluster "${slug}" does not exist and the folder has several products (${content.products.join(', ')}): pass --product <slug> too`,
    );
  }
  if (!content.products.includes(product)) {
    files.push({
      path: `products/${product}.yaml`,
      content: stringify({
        name: titleFromSlug(product),
        description: `Fixes for errors people hit with ${titleFromSlug(product)}.`,
        firstPartySources: [],
      }),
    });
    report.created.push(`products/${product}.yaml`);
    report.notes.push(
      `products/${product}.yaml was created: write its name and description, and list the hosts of its official documentation in firstPartySources (the build needs at least one)`,
    );
  }
  let surface = content.surfaces.find((s) => s.product === product)?.slug;
  if (!surface) {
    surface = product;
    files.push({
      path: `surfaces/${surface}.yaml`,
      content: stringify({ title: titleFromSlug(product), description: `Where ${titleFromSlug(product)} is used.`, product, order: 1 }),
    });
    report.created.push(`surfaces/${surface}.yaml`);
    report.notes.push(
      `surfaces/${surface}.yaml was created so the cluster has a surface to be listed under: write its title and description`,
    );
  }
  const title = titleFromSlug(slug);
  files.push({
    path: `clusters/${slug}.yaml`,
    content: stringify({ title, description: `Fixes about ${title}.`, product, surface, order: content.clusters.length + 1 }),
  });
  report.created.push(`clusters/${slug}.yaml`);
  report.notes.push(`clusters/${slug}.yaml was created with a title and description made from its slug: write them`);
  return { slug, title, description: '', product };
}

/** Step titles become `###` headings: escape what would change their meaning, keep the text the same. */
function escapeHeading(title: string): string {
  return renderInline([{ kind: 'text', text: title }])
    .replace(/^\\([#>+=-])/, '$1')
    .replace(/#+$/, (m) => m.replace(/#/g, '\\#'));
}

/** "Label." stays "Label." when a period is added (YAML does the quoting). */
function withoutTrailingPeriods(text: string): string {
  return text.replace(/\.+$/, '');
}
