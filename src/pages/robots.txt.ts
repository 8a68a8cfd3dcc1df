// /robots.txt: crawl everything, and here is the sitemap.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site-files/text-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!.href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
