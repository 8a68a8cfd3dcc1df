import { outline, unescapeMarkdown } from '../kb/body-outline.ts';

/**
 * Markdown (as written in our bodies) to plain text, for JSON-LD answers, HowTo step text and the
 * ticket text: code fences keep their content, links keep their text, markup disappears.
 * @example markdownToText('Run `npm ci` and see [the docs](https://x).') // => 'Run npm ci and see the docs.'
 */
export function markdownToText(markdown: string): string {
  const stripped = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1\s*$/gm, '$2')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/^\|.*\|\s*$/gm, (row) => row.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter((c) => !/^:?-+:?$/.test(c)).join(' — '))
    .replace(/^ — $/gm, '');
  return unescapeMarkdown(stripped).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The text under each `###` heading of a `## ` section, in order. Headings come from
 * {@link outline}, so fenced code (of either fence kind) never starts or ends a subsection.
 */
export function subsectionTexts(body: string, section: string): { heading: string; text: string }[] {
  const lines = body.split(/\r?\n/);
  const headings = outline(body);
  const start = headings.findIndex((h) => h.depth === 2 && h.text === section);
  if (start === -1) return [];
  const next = headings.findIndex((h, i) => i > start && h.depth <= 2);
  const sectionEnd = next === -1 ? lines.length + 1 : headings[next]!.line;
  const steps = headings.slice(start + 1, next === -1 ? undefined : next).filter((h) => h.depth === 3);
  return steps.map((h, i) => ({ heading: h.text, text: lines.slice(h.line, (steps[i + 1]?.line ?? sectionEnd) - 1).join('\n').trim() }));
}
