// The input of the text versions of a fix (Markdown twin, ticket text), gathered from the knowledge base.
import type { FixTextInput } from './fix-text.ts';
import { causePath, faqPath, fixPath, kbPath } from '../paths.ts';
import type { KnowledgeBase } from '../kb/kb.ts';

export function fixTextInput(kb: KnowledgeBase, slug: string, site: string): FixTextInput {
  const fix = kb.fix(slug);
  const data = kb.fixEntry(slug).data;
  const abs = (path: string) => new URL(path, site).href;
  return {
    title: fix.title,
    quickAnswer: fix.quickAnswer,
    url: abs(fixPath(fix.id)),
    shortUrl: abs(kbPath(fix.articleId)),
    articleId: fix.articleId,
    reviewed: data.reviewed,
    signatures: fix.signatures,
    steps: fix.steps,
    body: fix.body,
    causes: fix.causes.map((id) => ({ title: kb.cause(id).title, summary: kb.cause(id).summary, url: abs(causePath(id)) })),
    faqs: fix.faqs.map((id) => ({ question: kb.faq(id).question, body: kb.faq(id).body, url: abs(faqPath(id)) })),
    sources: data.sources,
  };
}
