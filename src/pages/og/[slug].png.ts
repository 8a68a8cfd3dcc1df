// The social-sharing (Open Graph) image of each fix, rendered to PNG at build time: /og/<slug>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { fixCardSvg } from '../../lib/og-image.ts';
import { ogRenderer } from '../../og/renderer.ts';
import { renderPng } from '../../og/cache.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  const fix = kb.fix(params.slug!);
  const renderer = ogRenderer();
  const svg = fixCardSvg(
    {
      siteName: SITE.name,
      articleId: fix.articleId,
      clusterTitle: kb.cluster(fix.cluster).title,
      title: fix.title,
      signature: fix.signatures[0],
    },
    renderer,
  );
  return new Response(renderPng(svg), { headers: { 'content-type': 'image/png' } });
};
