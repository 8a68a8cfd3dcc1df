// /sitemap.xml: every canonical page with its last change; no redirects and no 404 page.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../data/kb.ts';
import { causePath, causesIndexPath, clusterPath, errorCodePath, fixPath, productPath } from '../lib/paths.ts';
import { sitemapXml, type SitemapEntry } from '../lib/site-files.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await knowledgeBase();
  const abs = (path: string) => new URL(path, site).href;
  const latest = (fixes: { id: string }[]) => fixes.map((f) => kb.fixEntry(f.id).data.reviewed).sort().at(-1);
  const entries: SitemapEntry[] = [
    { url: abs('/'), lastmod: latest(kb.fixes) },
    { url: abs('/faq/'), lastmod: latest(kb.fixes.filter((f) => f.faqs.length)) },
    { url: abs(causesIndexPath()), lastmod: latest(kb.fixes) },
    { url: abs('/errors/'), lastmod: latest(kb.fixes) },
    { url: abs('/search/'), lastmod: latest(kb.fixes) },
    ...kb.products.map((p) => ({ url: abs(productPath(p.id)), lastmod: latest(kb.fixes.filter((f) => f.product === p.id)) })),
    ...kb.clusters.map((c) => ({ url: abs(clusterPath(c.id)), lastmod: latest(kb.fixesIn(c.id)) })),
    ...kb.fixes.map((f) => ({ url: abs(fixPath(f.id)), lastmod: kb.fixEntry(f.id).data.reviewed })),
    ...kb.causes.map((c) => ({ url: abs(causePath(c.id)), lastmod: latest(kb.fixesWithCause(c.id)) })),
    ...[...kb.errorPages.statuses, ...kb.errorPages.types].map((e) => ({ url: abs(errorCodePath(e.code)), lastmod: latest(e.fixes) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
