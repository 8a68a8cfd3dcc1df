// Writes `/_redirects` (Netlify, Cloudflare Pages and similar hosts): one permanent redirect per alias.
// A dynamic route because Astro ignores page files whose names start with `_`.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../data/kb.ts';
import { redirectsFile } from '../lib/redirects.ts';

export async function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  return new Response(redirectsFile(kb.redirects), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
