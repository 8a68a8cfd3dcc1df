/** Every URL of the site, built in one place so links and routes cannot drift apart. */

/** Anchor ids inside fix pages: stable, so links pasted into tickets keep working. @example stepAnchorId('check-the-key') // => 'step-check-the-key' */
export const stepAnchorId = (stepId: string) => `step-${stepId}`;
/** @example faqAnchorId('when-to-contact-support') // => 'faq-when-to-contact-support' */
export const faqAnchorId = (faqId: string) => `faq-${faqId}`;

/** @example fixPath('claude-api-key-not-working') // => '/fixes/claude-api-key-not-working/' */
export const fixPath = (slug: string) => `/fixes/${slug}/`;
/** @example clusterPath('api-billing-credits') // => '/clusters/api-billing-credits/' */
export const clusterPath = (slug: string) => `/clusters/${slug}/`;
/** @example productPath('claude') // => '/claude/' */
export const productPath = (slug: string) => `/${slug}/`;
/** The page of a surface of a product. @example surfacePath('claude', 'claude-code') // => '/claude/claude-code/' */
export const surfacePath = (product: string, surface: string) => `/${product}/${surface}/`;
/** @example causePath('stale-session-cookies') // => '/causes/stale-session-cookies/' */
export const causePath = (slug: string) => `/causes/${slug}/`;
/** The page of one FAQ answer. @example faqPath('contact-support') // => '/faq/contact-support/' */
export const faqPath = (slug: string) => `/faq/${slug}/`;
/** An FAQ answer inside a fix page. @example faqAnchorPath('fix', 'q') // => '/fixes/fix/#faq-q' */
export const faqAnchorPath = (fixSlug: string, faqSlug: string) => `/fixes/${fixSlug}/#${faqAnchorId(faqSlug)}`;
/**
 * Page n of a paginated list whose first page is `base`.
 * @example pagePath('/clusters/x/', 1) // => '/clusters/x/'
 * @example pagePath('/clusters/x/', 3) // => '/clusters/x/3/'
 */
export const pagePath = (base: string, n: number) => (n <= 1 ? base : `${base}${n}/`);
/** How many items a paginated list shows per page. */
export const PAGE_SIZE = 50;
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
/** @example errorCodePath('429') // => '/errors/429/' */
export const errorCodePath = (code: string) => `/errors/${code}/`;
/** @example markdownPath('claude-api-key-not-working') // => '/fixes/claude-api-key-not-working.md' */
export const markdownPath = (slug: string) => `/fixes/${slug}.md`;
/**
 * The permanent short link of an article ID.
 * @example kbPath('KB-1001') // => '/kb/1001/'
 */
export const kbPath = (articleId: string) => `/kb/${articleId.replace(/^KB-/, '')}/`;
/** @example causesIndexPath() // => '/causes/' */
export const causesIndexPath = () => '/causes/';

/**
 * The "report a problem" link of an article, from the configured template.
 * @example reportProblemHref('https://x/new?t={id}', { id: 'KB-1', slug: 's', title: 'T', url: 'https://u' }) // => 'https://x/new?t=KB-1'
 */
export function reportProblemHref(template: string, article: { id: string; slug: string; title: string; url: string }): string {
  return template.replace(/\{(id|slug|title|url)\}/g, (_m, key: keyof typeof article) => encodeURIComponent(article[key]));
}
/**
 * The "Edit this article" link from the configured template: `{path}` is the content file's path in
 * the repository (not encoded: it is a path). @example editHref('https://github.com/o/r/edit/main/{path}', 'content/fixes/a.mdx') // => 'https://github.com/o/r/edit/main/content/fixes/a.mdx'
 */
export function editHref(template: string, path: string): string {
  return template.replaceAll('{path}', path.split('/').map(encodeURIComponent).join('/'));
}
/**
 * The answer file of the fix at a page URL: what the search shows of it before Pagefind loads.
 * @example answerPath('/fixes/claude-api-529-overloaded/') // => '/search/answers/claude-api-529-overloaded.json'
 */
export const answerPath = (fixUrl: string) => `/search/answers/${fixUrl.replace(/^\/fixes\/|\/$/g, '')}.json`;
/** The social-sharing image of a fix, or the default one. @example ogImagePath('claude-api-key-not-working') // => '/og/claude-api-key-not-working.png' */
export const ogImagePath = (slug?: string) => (slug ? `/og/${slug}.png` : '/og/default.png');

/** Characters of a paste sent with a "report a missing fix" link (URLs have practical length limits). */
export const REPORT_QUERY_CHARS = 1_500;

/**
 * The "report an error no fix covers" link from the search, from the configured template.
 * @example reportMissingHref('https://x/new?body={query}', 'Overloaded', 'https://u/search/') // => 'https://x/new?body=Overloaded'
 */
export function reportMissingHref(template: string, query: string, pageUrl: string): string {
  const values: Record<string, string> = { query: query.slice(0, REPORT_QUERY_CHARS), url: pageUrl };
  return template.replace(/\{(query|url)\}/g, (_m, key: string) => encodeURIComponent(values[key]!));
}
