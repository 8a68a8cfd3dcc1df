// /fixes/<slug>.md: the Markdown twin of a fix page.
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { fixTextInput } from '../../data/fix-text.ts';
import { fixMarkdown } from '../../lib/fix-text.ts';

export async function getStaticPaths() {
  const kb = await knowledgeBase();
  return kb.fixes.map((fix) => ({ params: { slug: fix.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const kb = await knowledgeBase();
  return new Response(fixMarkdown(fixTextInput(kb, params.slug!, site!.href)), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
