// /search/meta.json: what the search needs to know before it fetches anything else.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { signatureShards } from '../../lib/search/index-data.ts';

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  return Response.json({ shards: signatureShards(kb.fixes).length, pages: kb.fixes.length });
};
