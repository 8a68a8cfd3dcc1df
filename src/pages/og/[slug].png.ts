// /og/<slug>.png: the social-sharing (Open Graph) image of each fix. A build links these from the
// image cache (src/data/bulk-files.ts, rendered ahead by src/og/prerender.ts); this route serves
// them under `astro dev`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { fixImageJob } from '../../og/cards.ts';
import { fixImagePng } from '../../og/prerender.ts';

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
