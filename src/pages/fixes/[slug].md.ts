// /fixes/<slug>.md: the Markdown twin of a fix page. A build writes these as plain files
// (src/integrations/fix-files.ts); this route serves them under `astro dev`.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../kb/kb.ts';
import { markdownTwin } from '../../integrations/fix-files.ts';

export async function getStaticPaths() {
  if (!__UNSTUCK_DEV__) return [];
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  return new Response(markdownTwin(kb, params.slug!), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
