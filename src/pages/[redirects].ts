// Writes `/_redirects` (Netlify, Cloudflare Pages and similar hosts): a permanent redirect for every
// old slug (alias) and every short link (/kb/<id>/).
// A dynamic route because Astro ignores page files whose names start with `_`.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../kb/kb.ts';
import { redirectsFile } from '../site-files/redirects.ts';
import { fixPath, kbPath } from '../paths.ts';

export async function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const lines = [
    ...kb.redirects.map((r) => ({ from: fixPath(r.from), to: fixPath(r.to) })),
    ...kb.fixes.map((f) => ({ from: kbPath(f.articleId), to: fixPath(f.id) })),
  ];
  return new Response(redirectsFile(lines), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
