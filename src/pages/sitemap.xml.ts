// /sitemap.xml: every canonical page with its last change; no redirects and no 404 page.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../kb/kb.ts';
import {
  causePath,
  causesIndexPath,
  clusterPath,
  errorCodePath,
  faqPath,
  fixPath,
  pagePath,
  PAGE_SIZE,
  productPath,
  surfacePath,
} from '../paths.ts';
import { sitemapXml, type SitemapEntry } from '../site-files/text-files.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await knowledgeBase();
  const abs = (path: string) => new URL(path, site).href;
  const latest = (fixes: { id: string }[]) =>
    fixes
      .map((f) => kb.fixEntry(f.id).data.reviewed)
      .sort()
      .at(-1);
  // Every page of a paginated list: base, base/2/, …
  const pages = (base: string, total: number, size: number, lastmod: string | undefined) =>
    Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => ({ url: abs(pagePath(base, i + 1)), lastmod }));
  const entries: SitemapEntry[] = [
    { url: abs('/'), lastmod: latest(kb.fixes) },
    ...pages('/faq/', kb.faqs.length, PAGE_SIZE * 2, latest(kb.fixes.filter((f) => f.faqs.length))),
    ...kb.faqs.flatMap((q) => pages(faqPath(q.id), kb.fixesWithFaq(q.id).length, PAGE_SIZE, latest(kb.fixesWithFaq(q.id)))),
    ...pages(causesIndexPath(), kb.causes.length, PAGE_SIZE, latest(kb.fixes)),
    { url: abs('/errors/'), lastmod: latest(kb.fixes) },
    { url: abs('/search/'), lastmod: latest(kb.fixes) },
    ...kb.products.map((p) => ({ url: abs(productPath(p.id)), lastmod: latest(kb.fixes.filter((f) => f.product === p.id)) })),
    ...kb.products.flatMap((p) =>
      kb.surfacesOf(p.id).map(({ surface, clusters }) => ({
        url: abs(surfacePath(p.id, surface.id)),
        lastmod: latest(clusters.flatMap((c) => kb.fixesIn(c.id))),
      })),
    ),
    ...kb.clusters.flatMap((c) => pages(clusterPath(c.id), kb.fixesIn(c.id).length, PAGE_SIZE, latest(kb.fixesIn(c.id)))),
    ...kb.fixes.map((f) => ({ url: abs(fixPath(f.id)), lastmod: kb.fixEntry(f.id).data.reviewed })),
    ...kb.causes.flatMap((c) => pages(causePath(c.id), kb.fixesWithCause(c.id).length, PAGE_SIZE, latest(kb.fixesWithCause(c.id)))),
    ...kb.allErrorPages().flatMap((e) => pages(errorCodePath(e.code), e.fixes.length, PAGE_SIZE, latest(e.fixes))),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
