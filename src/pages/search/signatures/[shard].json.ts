// /search/signatures/<n>.json: the error signatures filed under shard n (the count is in /search/meta.json).
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../../kb/kb.ts';

export async function getStaticPaths() {
  const shards = (await knowledgeBase()).signatureShards();
  return shards.map((entries, n) => ({ params: { shard: String(n) }, props: { body: entries } }));
}

export const GET: APIRoute = ({ props }) => Response.json(props.body);
