// /search/words/<letter>.json: the indexed words starting with that letter, most frequent first.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../../kb/kb.ts';
import { indexedTexts, vocabularyShards } from '../../../search/core/index-data.ts';

export async function getStaticPaths() {
  const kb = await knowledgeBase();
  const shards = vocabularyShards(kb.fixes.flatMap((fix) => indexedTexts(fix, kb.cause, kb.faq)));
  return Object.entries(shards).map(([shard, words]) => ({ params: { shard }, props: { words } }));
}

export const GET: APIRoute = ({ props }) => Response.json(props.words);
