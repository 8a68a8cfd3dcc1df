// /og/<slug>.png: the social-sharing (Open Graph) image of each fix. A build writes these as files
// after the pages (src/integrations/README.md: fix-files.ts, rendered ahead by src/og/); this route
// serves them under `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../kb/kb.ts';
import { fixImageJob, fixImagePng } from '../../og/index.ts';

export const getStaticPaths = (async () => {
  if (!__UNSTUCK_DEV__) return [];
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  const png = await fixImagePng(fixImageJob(kb, kb.fix(params.slug!)));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
