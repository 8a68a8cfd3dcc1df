// /search/meta.json: what the search needs to know before it fetches anything else.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../kb/kb.ts';
import type { SearchMeta } from '../../search/core/engine.ts';

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const meta: SearchMeta = {
    shards: kb.signatureShards().length,
    pages: kb.fixes.length,
    errorPages: kb.allErrorPages().map((p) => p.code),
  };
  return Response.json(meta);
};
