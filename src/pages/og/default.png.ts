// The social-sharing (Open Graph) image of every page that is not a fix: /og/default.png.
import type { APIRoute } from 'astro';
import { defaultImagePng } from '../../og/index.ts';
import { SITE } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(defaultImagePng({ siteName: SITE.name, tagline: SITE.tagline, footer: new URL(SITE.url).host }), {
    headers: { 'content-type': 'image/png' },
  });
