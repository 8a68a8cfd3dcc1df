// Hostile input to the importer, generated: random documents made of real and random headings,
// numbered steps, Q:/A blocks, empty sections, CRLF, a byte-order mark, right-to-left and other
// scripts, MDX and HTML syntax, import/export lines, very long lines. The importer either refuses the
// file with a clear ImportParseError or writes MDX that compiles with no MDX syntax in it and shows
// every character of the text it took.
import fc from 'fast-check';
import { mdxToHast, mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkFixBody } from '../../src/kb/body-outline.ts';
import { markdownBody } from '../../src/kb/entry-body.ts';
import { ImportParseError, parseSource } from '../../src/importer/parse.ts';
import { planImport, type ContentSnapshot } from '../../src/importer/plan.ts';

const features = { gfm: true, smartPunctuation: false } as const;
const SNAPSHOT: ContentSnapshot = {
  fixes: [],
  faqs: [],
  causes: [],
  clusters: [{ slug: 'c', title: 'C', description: 'd', product: 'p' }],
  products: ['p'],
  surfaces: [],
};
type Node = { type: string; value?: string; children?: Node[] };
const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
const squash = (s: string) => s.replace(/\s+/g, '');

const nasty = fc.constantFrom(
  '{process.exit(1)}',
  '{',
  '}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt;',
  '&amp;',
  '&#60;',
  '<Step/>',
  '</div>',
  'import fs from "fs"',
  'export const x = 1',
  '`code`',
  '```',
  '*',
  '_x_',
  '[a](b)',
  '# hash',
  '> quote',
  'مرحبا بالعالم',
  'שלום',
  '密钥无效',
  'ошибка',
  '🔑',
  '\\',
  '|',
  '~~',
  'x-api-key',
  'sk-ant-...',
  'curl https://x -H "a: b"',
);
const word = fc.oneof(
  nasty,
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);
const textLine = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((w) => w.join(' '))
  .filter((l) => l.trim() !== '');
const longLine = fc.constant(`${'x '.repeat(3000)}end`);
const section = fc.oneof(
  fc
    .tuple(
      fc.constant('Step-by-Step Fix'),
      fc.array(
        fc.tuple(
          textLine,
          fc.array(
            fc.oneof(
              textLine,
              textLine.map((l) => `- ${l}`),
            ),
            { maxLength: 3 },
          ),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([h, steps]) => [h, ...steps.flatMap(([title, body], i) => [`${i + 1}) ${title}`, ...body])]),
  fc
    .tuple(
      fc.constantFrom('Why This Happens', 'Prevention Tips', 'Common Mistakes to Avoid', 'Common Root Causes'),
      fc.array(fc.oneof(textLine, longLine), { maxLength: 3 }),
    )
    .map(([h, lines]) => [h, ...lines]),
  fc
    .tuple(fc.constantFrom('Additional FAQ', 'FAQ'), fc.array(fc.tuple(textLine, textLine), { maxLength: 3 }))
    .map(([h, qa]) => [h, ...qa.flatMap(([q, a]) => [`Q: ${q.replace(/\?/g, '')}? ${a}`])]),
  fc
    .tuple(fc.constantFrom('Related Articles', 'Related Issues'), fc.array(textLine, { maxLength: 3 }))
    .map(([h, lines]) => [h, ...lines.map((l) => `- ${l}`)]),
  textLine.map((l) => [l]),
);
const document = fc
  .tuple(fc.array(section, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([sections, crlf, bom]) => `${bom ? '\uFEFF' : ''}${sections.flat().join(crlf ? '\r\n' : '\n')}`);

describe('hostile documents', () => {
  test('are refused with a clear error or imported as safe MDX that shows their text', () => {
    fc.assert(
      fc.property(document, (source) => {
        let article;
        try {
          article = parseSource(source, 'hostile.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportParseError);
          expect((error as ImportParseError).message).toMatch(/^hostile\.txt:\d+: \S/);
          return;
        }
        const plan = planImport(article, SNAPSHOT, { slug: 'hostile', today: '2026-01-01', cluster: 'c' });
        for (const file of plan.files) {
          const body = file.content.replace(/^---\n[\s\S]*?\n---\n/, '');
          expect(() => mdxToJs(body, { features })).not.toThrow();
          const walk = (n: Node) => {
            if (/^mdx/.test(n.type)) throw new Error(`${file.path}: MDX syntax node ${n.type} from imported text`);
            (n.children ?? []).forEach(walk);
          };
          walk(mdxToMdast(body, { features }) as Node);
        }
        // The build accepts what the importer wrote: body sections and step headings match the frontmatter.
        const fixFile = plan.files.find((f) => f.path.startsWith('fixes/'))!.content;
        const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(fixFile)![1]!) as { steps: { id: string; title: string }[] };
        expect(checkFixBody(markdownBody(fixFile), frontmatter.steps)).toEqual([]);
        // Every step title and every line of the Why section shows up in the rendered fix.
        const fix = fixFile.replace(/^---\n[\s\S]*?\n---\n/, '');
        // (Inline shell commands become code blocks broken at their options with "\" continuations.)
        const rendered = squash(textOf(mdxToHast(fix, { features }) as Node).replace(/ \\\n {2}(?=-)/g, ' '));
        for (const step of article.steps) expect(rendered).toContain(squash(step.title));
        // (A leading "- " or "* " is list syntax, not text.)
        for (const line of article.why) expect(rendered).toContain(squash(line.text.replace(/^\s*[-*•]\s+/, '')));
      }),
      { numRuns: 250 },
    );
  });
});

test('a heading with no body and an empty file are refused with their line', () => {
  expect(() => parseSource('Step-by-Step Fix\n1) Do\nWhy This Happens\n', 'a.txt')).toThrow('a.txt:3: section "Why This Happens" is empty');
  expect(() => parseSource('', 'b.txt')).toThrow('b.txt:1: no recognised section heading');
});
