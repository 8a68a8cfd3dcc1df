// /search/answers/<slug>.json: a fix's title, cluster and quick answer, which the search shows for a
// recognised paste before Pagefind loads. A build writes these as plain files
// (src/integrations/fix-files.ts); this route serves them under `astro dev`.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../../kb/kb.ts';
import { answerJson } from '../../../integrations/fix-files.ts';

export async function getStaticPaths() {
  if (!__UNSTUCK_DEV__) return [];
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  return new Response(answerJson(kb, params.slug!), { headers: { 'content-type': 'application/json' } });
};
