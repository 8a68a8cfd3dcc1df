/**
 * Site-wide words and settings. Product words (site name, tagline) live here or in `content/`,
 * never in components, so the same engine can host another product.
 */
export const SITE = {
  /** Shown in the header, titles and metadata. */
  name: 'Unstuck',
  /** One line under the name on the home page and in metadata. */
  tagline: 'Fixes for the errors you hit with AI tools, found by pasting the error.',
  /** Canonical origin. Set SITE_URL when deploying; canonical links and the sitemap use it. */
  url: process.env.SITE_URL ?? 'https://unstuck.example',
  /** Language of every page (one language keeps one Pagefind index). */
  lang: 'en',
  /**
   * Where readers report a problem with an article. `{id}`, `{slug}`, `{title}` and `{url}` are
   * filled in (URL-encoded). Set REPORT_PROBLEM_URL when deploying, e.g. your issue tracker's
   * new-issue URL; the default is an email to the address in CONTACT_EMAIL.
   */
  reportProblemUrl:
    process.env.REPORT_PROBLEM_URL ??
    `mailto:${process.env.CONTACT_EMAIL ?? 'kb@unstuck.example'}?subject=Problem%20with%20{id}%3A%20{title}&body={url}`,
  /**
   * Where readers report an error no fix covers, from the search. `{query}` (the pasted text, cut to
   * 1,500 characters) and `{url}` (the search page) are filled in, URL-encoded. Set REPORT_MISSING_URL
   * when deploying; the default is an email to the address in CONTACT_EMAIL.
   */
  reportMissingUrl:
    process.env.REPORT_MISSING_URL ??
    `mailto:${process.env.CONTACT_EMAIL ?? 'kb@unstuck.example'}?subject=No%20fix%20for%20this%20error&body={query}%0A%0A{url}`,
  /**
   * The "Edit this article" link on fix pages: `{path}` is replaced by the content file's path in the
   * repository, e.g. \`https://github.com/acme/unstuck/edit/main/{path}\`. Set EDIT_URL when deploying;
   * unset, fix pages have no edit link.
   */
  editUrl: process.env.EDIT_URL || undefined,
  /** How many related fixes a fix page lists (more only when the article links to more itself). */
  relatedLimit: 6,
  /** How many fixes the home page lists as most common. */
  homeCommonFixes: 8,
  /** A fix is due for review when its `reviewed` date is older than this many days. */
  reviewEvery: 90,
} as const;
