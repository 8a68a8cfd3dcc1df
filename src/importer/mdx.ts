/**
 * Render the importer's block model as MDX that shows the source text literally: no `{…}`
 * expression, JSX tag, `import`/`export` line or Markdown syntax can come out of imported text.
 */
import type { Block, Inline } from './repair.ts';

/**
 * Escape prose for MDX. Backslash escapes cover Markdown and MDX punctuation; a line that would
 * start ESM (`import`/`export`) or a block (`#`, `>`, `-`, `1.`) is neutralised with a character reference.
 * @example escapeText('use {braces} & <b>') // => 'use \\{braces\\} & \\<b\\>'
 */
export function escapeText(text: string): string {
  let out = text
    .replace(/\\/g, '\\\\')
    .replace(/[`*{}[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '\\!');
  // Block syntax only matters at the start of a line.
  out = out.replace(/^(\s*)(import|export)\b/gm, (_m, sp: string, word: string) => `${sp}&#${word.charCodeAt(0)};${word.slice(1)}`);
  out = out.replace(/^(\s*)([#>+=-])/gm, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
  return out;
}

/** Inline code with a fence longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => (part.kind === 'code' ? codeSpan(part.text) : escapeText(part.text)))
    .join('')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A fenced code block whose fence cannot be closed by the code itself. */
export function codeBlock(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/^\s*`{3,}/gm) ?? []).map((run) => run.trim().length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

export function renderBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return renderInline(block.content);
        case 'list':
          return block.items.map((item) => `- ${renderInline(item)}`).join('\n');
        case 'code':
          return codeBlock(block.text, block.lang);
      }
    })
    .filter(Boolean)
    .join('\n\n');
}
