/**
 * Redirects: the `_redirects` file for static hosts (below), and the HTML of a static redirect page: a canonical link and a meta refresh for browsers and
 * crawlers, and a plain link for everyone else. One function serves the redirects Astro routes
 * render (src/components/RedirectPage.astro) and the short links the build writes as plain files
 * (src/integrations/fix-files.ts), so both come out byte for byte as Astro would write them.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../text/escape.ts';
import { pageTitle } from './seo.ts';

export interface RedirectPageInput {
  /** Where the page moved: a root-relative path. */
  to: string;
  /** The title of the page it moved to. */
  title: string;
  /** The site's origin, for the canonical link. */
  site: string;
  siteName: string;
  lang: string;
  /** The Content-Security-Policy of the page, as a meta tag (the page may be served without headers). */
  csp: string;
}

export function redirectPageHtml({ to, title, site, siteName, lang, csp }: RedirectPageInput): string {
  const attr = escapeHtmlAttribute;
  const text = escapeHtmlText;
  return [
    `<!DOCTYPE html><html lang="${attr(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
    `<title>${text(pageTitle(title, siteName))}</title>`,
    `<meta name="description" content="${attr(`This page moved to “${title}”.`)}">`,
    `<meta name="robots" content="noindex">`,
    `<link rel="canonical" href="${attr(new URL(to, site).href)}">`,
    `<meta http-equiv="refresh" content="${attr(`0; url=${to}`)}">`,
    `</head><body><h1>${text(title)}</h1>`,
    `<p>This article moved. <a href="${attr(to)}">Go to “${text(title)}”</a>.</p></body></html>`,
  ].join('');
}

/**
 * The `_redirects` file for static hosts: one 301 per old path.
 * @example redirectsFile([{ from: '/fixes/old/', to: '/fixes/new/' }]) // => '/fixes/old/ /fixes/new/ 301\n'
 */
export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
