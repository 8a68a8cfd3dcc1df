// The social-sharing (Open Graph) image of every page that is not a fix: /og/default.png.
import type { APIRoute } from 'astro';
import { defaultCardSvg } from '../../lib/og-image.ts';
import { ogRenderer } from '../../og/renderer.ts';
import { renderPng } from '../../og/cache.ts';
import { SITE } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const renderer = ogRenderer();
  const svg = defaultCardSvg({ siteName: SITE.name, tagline: SITE.tagline, footer: new URL(SITE.url).host }, renderer);
  return new Response(renderPng(svg), { headers: { 'content-type': 'image/png' } });
};
