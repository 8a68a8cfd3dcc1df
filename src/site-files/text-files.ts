/** Text files for crawlers, feed readers and AI agents: sitemap, robots.txt, Atom feed, llms.txt. */

import { escapeXml as xml } from '../text/escape.ts';

export interface SitemapEntry {
  /** Absolute URL of a canonical page. */
  url: string;
  /** YYYY-MM-DD. */
  lastmod?: string | undefined;
}

/** sitemap.xml: canonical pages only (no redirects, no search results). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `  <url><loc>${xml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt allowing everything and pointing at the sitemap. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  id: string;
  category: string;
}

/** Atom feed of new and updated fixes, most recently reviewed first. */
export function atomFeed(input: { site: string; title: string; subtitle: string; entries: readonly FeedEntry[] }): string {
  const entries = [...input.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)).slice(0, 50);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const feedUrl = new URL('/feed.xml', input.site).href;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(input.title)}</title>`,
    `  <subtitle>${xml(input.subtitle)}</subtitle>`,
    `  <link rel="alternate" href="${xml(new URL('/', input.site).href)}"/>`,
    `  <link rel="self" href="${xml(feedUrl)}"/>`,
    `  <id>${xml(feedUrl)}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <title>${xml(e.title)}</title>`,
        `    <link rel="alternate" href="${xml(e.url)}"/>`,
        `    <id>${xml(e.id)}</id>`,
        `    <published>${stamp(e.published)}</published>`,
        `    <updated>${stamp(e.updated)}</updated>`,
        `    <category term="${xml(e.category)}"/>`,
        `    <summary>${xml(e.summary)}</summary>`,
        `    <author><name>${xml(input.title)}</name></author>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * llms.txt (llmstxt.org): what the site is, and every fix as a Markdown link, grouped by where the
 * error is seen (a `##` section per surface) and by cluster (`###`).
 */
export function llmsTxt(input: {
  name: string;
  summary: string;
  site: string;
  sections: {
    title: string;
    description: string;
    groups: { title: string; fixes: { title: string; markdownPath: string; quickAnswer: string }[] }[];
  }[];
}): string {
  const lines = [
    `# ${input.name}`,
    '',
    `> ${input.summary}`,
    '',
    'Each fix is available as plain Markdown at the link below (the same path as its page, with .md).',
    '',
  ];
  for (const section of input.sections) {
    lines.push(`## ${section.title}`, '', section.description.replace(/\s+/g, ' '), '');
    for (const group of section.groups) {
      lines.push(`### ${group.title}`, '');
      for (const fix of group.fixes)
        lines.push(`- [${fix.title}](${new URL(fix.markdownPath, input.site).href}): ${fix.quickAnswer.replace(/\s+/g, ' ')}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
