/**
 * schema.org structured data (JSON-LD) for fix pages and breadcrumbs, typed with schema-dts (types
 * only, nothing at run time), and its safe serialisation into a <script type="application/ld+json"> block.
 */
import type { BreadcrumbList, FAQPage, HowTo, TechArticle, WithContext } from 'schema-dts';
import { fixPath, ogImagePath, stepAnchorId } from '../paths.ts';
import { subsectionTexts } from '../markdown/plain-text.ts';

export interface Crumb {
  name: string;
  url: string;
}
/** A block of structured data the site publishes. */
export type JsonLd = WithContext<TechArticle> | WithContext<HowTo> | WithContext<FAQPage> | WithContext<BreadcrumbList>;

/** BreadcrumbList from absolute URLs, first crumb first. */
export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  identifier: string;
  image: string;
  publisher: string;
  section: string;
  keywords: string[];
}

/** TechArticle: the fix as an article, modified on its last review date. */
export function techArticle(a: ArticleInput): WithContext<TechArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    '@id': `${a.url}#article`,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    identifier: a.identifier,
    image: a.image,
    articleSection: a.section,
    keywords: a.keywords.join(', '),
    inLanguage: 'en',
    author: { '@type': 'Organization', name: a.publisher },
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}

/** HowTo: the numbered steps, each linking to its anchor. */
export function howTo(input: {
  url: string;
  name: string;
  description: string;
  steps: { name: string; text: string; anchor: string }[];
}): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: input.name,
    description: input.description,
    step: input.steps.map((s, i) => ({
      '@type': 'HowToStep',
      position: i + 1,
      name: s.name,
      text: s.text || s.name,
      url: `${input.url}#${s.anchor}`,
    })),
  };
}

/** FAQPage: the questions and their answers as plain text. */
export function faqPage(questions: readonly { question: string; answer: string }[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map((q) => ({ '@type': 'Question', name: q.question, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>`, `&` and line separators are
 * escaped so no text can close the script element.
 * @example serializeJsonLd({ a: '</script>' }) // => '{"a":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface FixStructuredDataInput {
  site: string;
  siteName: string;
  fix: {
    id: string;
    articleId: string;
    title: string;
    description: string;
    created: string;
    reviewed: string;
    steps: { id: string; title: string }[];
    signatures: { message: string; type?: string | undefined }[];
    body: string;
  };
  cluster: { id: string; title: string };
}

/**
 * The JSON-LD blocks of a fix page besides its BreadcrumbList (the layout adds that from the trail it
 * shows): TechArticle and HowTo. No FAQPage: the FAQs a fix shows are shared by many fixes, and
 * Google asks for repeated FAQ content to be marked up once per site, which each FAQ's own page
 * (/faq/<slug>/) does.
 */
export function fixStructuredData(input: FixStructuredDataInput): JsonLd[] {
  const { site, fix } = input;
  const abs = (path: string) => new URL(path, site).href;
  const url = abs(fixPath(fix.id));
  const stepTexts = subsectionTexts(fix.body, 'Steps');
  const firstParagraph = (text: string) =>
    text
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  const blocks: JsonLd[] = [
    techArticle({
      url,
      headline: fix.title,
      description: fix.description,
      datePublished: fix.created,
      dateModified: fix.reviewed,
      identifier: fix.articleId,
      image: abs(ogImagePath(fix.id)),
      publisher: input.siteName,
      section: input.cluster.title,
      keywords: [
        ...new Set(fix.signatures.flatMap((s) => [s.type, s.message.length <= 60 ? s.message : undefined]).filter((k): k is string => !!k)),
      ],
    }),
    howTo({
      url,
      name: fix.title,
      description: fix.description,
      steps: fix.steps.map((step, i) => ({
        name: step.title,
        text: firstParagraph(stepTexts[i]?.text ?? ''),
        anchor: stepAnchorId(step.id),
      })),
    }),
  ];
  return blocks;
}

/**
 * BreadcrumbList from the crumbs a page shows (`href` relative; the last crumb is the page itself).
 * @example crumbsJsonLd([{ label: 'Claude', href: '/claude/' }, { label: 'Keys' }], 'https://s.example', '/clusters/k/').itemListElement[1].item // => 'https://s.example/clusters/k/'
 */
export function crumbsJsonLd(
  crumbs: readonly { label: string; href?: string | undefined }[],
  site: string,
  currentPath: string,
): WithContext<BreadcrumbList> {
  return breadcrumbList(crumbs.map((c) => ({ name: c.label, url: new URL(c.href ?? currentPath, site).href })));
}
