// /llms.txt: the site for AI agents: what it is and every fix as a Markdown link, by surface and cluster.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../kb/kb.ts';
import { markdownPath } from '../paths.ts';
import { llmsTxt } from '../site-files/text-files.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await knowledgeBase();
  const body = llmsTxt({
    name: SITE.name,
    summary: `${SITE.tagline} ${kb.products.map((p) => p.description).join(' ')}`,
    site: site!.href,
    sections: kb.products.flatMap((product) =>
      kb.surfacesOf(product.id).map(({ surface, clusters }) => ({
        title: kb.products.length > 1 ? `${product.name}: ${surface.title}` : surface.title,
        description: surface.description,
        groups: clusters.map((c) => ({
          title: c.title,
          fixes: kb.fixesIn(c.id).map((f) => ({ title: f.title, markdownPath: markdownPath(f.id), quickAnswer: f.quickAnswer })),
        })),
      })),
    ),
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
