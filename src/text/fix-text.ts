/**
 * A fix as text to reuse elsewhere: the Markdown twin of its page (for AI agents and plain-text
 * readers) and the short "copy for a ticket" versions, as Markdown and as plain text; and
 * {@link fixTextInput}, which gathers what they need from the knowledge base.
 */
import { markdownToText } from '../markdown/plain-text.ts';
import { causePath, faqPath, fixPath, kbPath } from '../paths.ts';
import { groupSources, type SourceKind } from '../kb/sources.ts';
import type { KnowledgeBase } from '../kb/types.ts';

export interface FixTextInput {
  title: string;
  quickAnswer: string;
  url: string;
  shortUrl: string;
  articleId: string;
  reviewed: string;
  signatures: { message: string; status?: number | undefined; type?: string | undefined }[];
  steps: { title: string }[];
  body: string;
  causes: { title: string; url: string; summary: string }[];
  faqs: { question: string; body: string; url: string }[];
  /** The sources of the page, grouped as it shows them. */
  sources: { heading: string; sources: { title: string; url: string; kind: SourceKind }[] }[];
}

/** Undo the Markdown escapes the importer and editors use (`\{`), which plain Markdown readers show. */
const unescape = (md: string) => md.replace(/\\([{}<>])/g, '$1');

/** The whole fix as one Markdown document. */
export function fixMarkdown(f: FixTextInput): string {
  const parts = [`# ${f.title}`, '', `> ${f.quickAnswer}`, '', `Article ${f.articleId} · last reviewed ${f.reviewed} · ${f.url}`, ''];
  if (f.signatures.length) {
    parts.push('## Error messages this fixes', '');
    for (const s of f.signatures) {
      const label = [s.status !== undefined ? `HTTP ${s.status}` : '', s.type ?? ''].filter(Boolean).join(' ');
      parts.push(`${label ? `${label}:` : '-'}`, '', '```text', s.message, '```', '');
    }
  }
  parts.push(unescape(f.body).trim(), '');
  if (f.causes.length) {
    parts.push('## Common root causes', '');
    for (const c of f.causes) parts.push(`- [${c.title}](${c.url}): ${c.summary}`);
    parts.push('');
  }
  if (f.faqs.length) {
    parts.push('## FAQ', '');
    for (const q of f.faqs) parts.push(`### ${q.question}`, '', unescape(q.body).trim(), '');
  }
  parts.push('## Sources', '');
  for (const group of f.sources) {
    parts.push(`### ${group.heading}`, '');
    for (const s of group.sources) parts.push(`- [${s.title}](${s.url})`);
    parts.push('');
  }
  return parts.join('\n');
}

/** Short text to paste into a support reply: title, quick answer, numbered steps, short link. */
export function ticketText(f: FixTextInput, format: 'markdown' | 'text'): string {
  const steps = f.steps.map((s, i) => `${i + 1}. ${s.title}`);
  if (format === 'markdown') {
    return [`**${f.title}**`, '', f.quickAnswer, '', ...steps, '', `Full steps: ${f.shortUrl}`].join('\n');
  }
  return [markdownToText(f.title, 'md'), '', f.quickAnswer, '', ...steps, '', `Full steps: ${f.shortUrl}`].join('\n');
}

/** What the text versions of a fix need, gathered from the knowledge base. */
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
    // The page's sources: the fix's own, then those of the causes and FAQs it shows.
    sources: groupSources([fix.sources, ...fix.causes.map((id) => kb.cause(id).sources), ...fix.faqs.map((id) => kb.faq(id).sources)]),
  };
}
