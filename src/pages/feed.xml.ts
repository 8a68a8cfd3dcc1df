// /feed.xml: Atom feed of new and updated fixes, most recently reviewed first.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../kb/kb.ts';
import { fixPath } from '../paths.ts';
import { atomFeed } from '../site-files/text-files.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await knowledgeBase();
  const body = atomFeed({
    site: site!.href,
    title: SITE.name,
    subtitle: `New and updated fixes: ${SITE.tagline}`,
    entries: kb.fixes.map((fix) => {
      const { created, reviewed } = kb.fixEntry(fix.id).data;
      return {
        url: new URL(fixPath(fix.id), site).href,
        id: `tag:${new URL(site!).host},2026:${fix.articleId}`,
        title: fix.title,
        summary: fix.quickAnswer,
        published: created,
        updated: reviewed,
        category: kb.cluster(fix.cluster).title,
      };
    }),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
