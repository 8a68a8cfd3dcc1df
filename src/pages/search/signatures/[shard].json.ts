// /search/signatures/<n>.json: the error signatures of shard n (the count is in /search/meta.json).
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../../data/kb.ts';
import { signatureShards } from '../../../lib/search/index-data.ts';

export async function getStaticPaths() {
  const shards = signatureShards((await knowledgeBase()).fixes);
  return shards.map((entries, n) => ({ params: { shard: String(n) }, props: { body: entries } }));
}

export const GET: APIRoute = ({ props }) => Response.json(props.body);
