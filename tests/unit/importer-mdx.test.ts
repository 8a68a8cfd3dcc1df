// The importer's output must be MDX that compiles and renders the source text literally,
// whatever the text contains. Checked with Sätteri, the Markdown/MDX engine Astro 7 builds with.
import fc from 'fast-check';
import { mdxToHast, mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { parseSource } from '../../src/importer/parse.ts';
import { planImport, type ContentSnapshot } from '../../src/importer/plan.ts';
import { codeBlock, codeSpan, escapeText } from '../../src/importer/mdx.ts';

const features = { gfm: true, smartPunctuation: false } as const;
const EMPTY: ContentSnapshot = {
  fixes: [],
  faqs: [],
  causes: [],
  clusters: [{ slug: 'c', title: 'Cluster', description: 'd', product: 'p' }],
  products: ['p'],
  surfaces: [],
};

type Node = { type: string; value?: string; children?: Node[] };
const MDX_NODES = /^mdx/;

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** Compile the body of an importer-written file; return its rendered text, failing on any MDX syntax node. */
function render(file: string): string {
  const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
  expect(() => mdxToJs(body, { features })).not.toThrow();
  walk(mdxToMdast(body, { features }) as Node, (n) => {
    if (MDX_NODES.test(n.type)) throw new Error(`imported text became MDX syntax (${n.type}): ${JSON.stringify(n.value)}`);
  });
  return textOf(mdxToHast(body, { features }) as Node);
}

/** Import a one-section article whose Why section is `text`, and return the fix file. */
function importWhy(text: string): string {
  const article = parseSource(`Step-by-Step Fix\n1) Do it\nWhy This Happens\n${text}`, 'in.txt');
  const plan = planImport(article, EMPTY, { slug: 'x', today: '2026-01-01', cluster: 'c' });
  return plan.files.find((f) => f.path === 'fixes/x.mdx')!.content;
}

describe('adversarial text renders literally', () => {
  test.each([
    ['MDX expressions', 'Set {"type":"error"} and {process.exit(1)} or {/* c */}'],
    ['a script tag', '<script>alert(1)</script> and <img src=x onerror=alert(1)>'],
    ['JSX-like tags', '<Step id="a"> <Fragment set:html="x"/> </div>'],
    ['HTML entities', 'Use &amp; and &lt;b&gt; and &#60;tag&#62; as written'],
    ['an import line', 'import fs from "node:fs"'],
    ['an export line', 'export const x = 1'],
    ['Markdown syntax', '# not a heading, *not em*, _not em_, [not](a link), ![no](img), `tick`, ~~no~~ | a | b |'],
    ['a blockquote and list markers', '> quoted\n+ plus item\n1. numbered'],
    ['backslashes', 'C:\\Users\\me\\.env and \\{ and \\\\'],
    ['right-to-left and non-Latin scripts', 'خطأ في المفتاح — 密钥无效 — ошибка ключа — 🔑'],
    ['a very long line', 'x-api-key '.repeat(2000)],
  ])('%s', (_name, text) => {
    const rendered = render(importWhy(text));
    for (const line of text.split('\n')) {
      const literal = line.replace(/^(\+|\d+\.)\s/, '');
      expect(squash(rendered)).toContain(squash(literal));
    }
  });

  test('code spans and blocks keep backticks and fences inside them', () => {
    const span = codeSpan('a `b` c');
    const block = codeBlock('```\ninner\n```', 'md');
    const text = render(`${span}\n\n${block}\n`);
    expect(text).toContain('a `b` c');
    expect(text).toContain('```\ninner\n```');
  });

  test('escapeText examples', () => {
    expect(escapeText('use {braces} & <b>')).toBe('use \\{braces\\} & \\<b\\>');
    expect(escapeText('import x')).toBe('&#105;mport x');
  });
});

describe('property: any text survives import', () => {
  // Lines the parser gives a meaning (headings, Q:, list items) are covered by the parse tests.
  const line = fc
    .string({ unit: fc.constantFrom(...'ab {}<>/`*_#&;[]()!|~\\-.:"\'=$\tzé中ع'.split('')), maxLength: 60 })
    .filter((l) => l.trim() !== '' && !/^\s*([-*•]\s|Q:)/.test(l) && !/^\s*(\d{1,2})[).]\s/.test(l));
  test('compiles, has no MDX syntax nodes, and contains every character', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n');
        const rendered = render(importWhy(text));
        expect(squash(rendered)).toContain(squash(text.replace(/\n/g, ' ')));
      }),
      { numRuns: 300 },
    );
  });
});
