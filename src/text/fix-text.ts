/**
 * A fix as text to reuse elsewhere: the Markdown twin of its page (for AI agents and plain-text
 * readers) and the short "copy for a ticket" versions, as Markdown and as plain text.
 */
import { markdownToText } from '../markdown/plain-text.ts';

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
  sources: { title: string; url: string }[];
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
  for (const s of f.sources) parts.push(`- [${s.title}](${s.url})`);
  parts.push('');
  return parts.join('\n');
}

/** Short text to paste into a support reply: title, quick answer, numbered steps, short link. */
export function ticketText(f: FixTextInput, format: 'markdown' | 'text'): string {
  const steps = f.steps.map((s, i) => `${i + 1}. ${s.title}`);
  if (format === 'markdown') {
    return [`**${f.title}**`, '', f.quickAnswer, '', ...steps, '', `Full steps: ${f.shortUrl}`].join('\n');
  }
  return [markdownToText(f.title), '', f.quickAnswer, '', ...steps, '', `Full steps: ${f.shortUrl}`].join('\n');
}
