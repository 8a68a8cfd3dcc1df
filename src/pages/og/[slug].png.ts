// The social-sharing (Open Graph) image of each fix, rendered to PNG at build time: /og/<slug>.png.
// In a build the images are rendered ahead on a worker thread (src/og/prerender.ts, started by the
// query module); this route then only reads the finished file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { fixImageJob } from '../../og/cards.ts';
import { fixImagePng } from '../../og/prerender.ts';

export const getStaticPaths = (async () => {
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  const png = await fixImagePng(fixImageJob(kb, kb.fix(params.slug!)));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
