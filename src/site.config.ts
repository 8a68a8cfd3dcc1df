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
  /** How many fixes the Related Issues box shows. */
  relatedIssuesLimit: 6,
  /** How many fixes the home page lists as most common. */
  homeCommonFixes: 8,
} as const;
