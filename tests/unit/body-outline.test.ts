import { describe, expect, test } from 'vitest';
import { checkCauseBody, checkFaqBody, checkFixBody, outline } from '../../src/kb/body-outline.ts';
import { markdownToText, subsectionTexts } from '../../src/markdown/plain-text.ts';

const steps = [
  { id: 'one', title: 'Check the key' },
  { id: 'two', title: 'Use {braces}' },
];
const good = ['## Steps', '', '### Check the key', 'Text', '', '### Use \\{braces\\}', 'More', '', '## Why this happens', 'Because.'].join(
  '\n',
);

describe('outline', () => {
  test('skips headings inside fenced code', () => {
    expect(outline('## Steps\n```sh\n## not a heading\n```\n### Real').map((h) => h.text)).toEqual(['Steps', 'Real']);
  });
});

// Where regular expressions and the renderer used to disagree (architecture review, §2): the body
// rules and plain text now read Sätteri's tree, the one the page is rendered from.
describe('the parser that renders the page decides', () => {
  test.each<[string, string, { depth: number; text: string }[]]>([
    [
      'a setext heading is a section',
      'Steps\n-----\n\n### One\n',
      [
        { depth: 2, text: 'Steps' },
        { depth: 3, text: 'One' },
      ],
    ],
    ['a heading inside JSX is not a section', '## Steps\n\n<Callout>\n\n## Not a section\n\n</Callout>\n', [{ depth: 2, text: 'Steps' }]],
    [
      'heading text is what renders: escapes and character references resolved',
      '## Use \\{x\\} &#105;mport &amp; go\n',
      [{ depth: 2, text: 'Use {x} import & go' }],
    ],
    ['an escaped reference stays text', '## \\&#60;b> is &#x3C;b>\n', [{ depth: 2, text: '&#60;b> is <b>' }]],
    ['a heading in a fence of either kind is code', '## Steps\n~~~\n## no\n~~~\n```\n### no\n```\n', [{ depth: 2, text: 'Steps' }]],
  ])('%s', (_name, body, expected) => {
    expect(outline(body).map(({ depth, text }) => ({ depth, text }))).toEqual(expected);
  });

  test.each([
    ['a link whose URL has parentheses keeps its text', 'See [the docs](https://x.example/Foo_(bar)) now.', 'See the docs now.'],
    ['escaped emphasis stays text, without backslashes', '\\*not bold\\*', '*not bold*'],
    ['named character references are decoded', 'Terms &amp; conditions', 'Terms & conditions'],
    ['a reference link shows its text', 'Read [the guide][g].\n\n[g]: https://x.example/', 'Read the guide.'],
    ['inline code, bold and emphasis lose their markup', 'Run `npm ci`, **now**, _please_.', 'Run npm ci, now, please.'],
    ['list items keep their bullets, a table its cells', '- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |', '• one\n• two\n\na — b\n1 — 2'],
    ['an MDX comment is not text', '{/* note */}\n\nShown.', 'Shown.'],
  ])('markdownToText: %s', (_name, md, text) => {
    expect(markdownToText(md)).toBe(text);
  });

  test('step texts are the plain text under each ### of a section', () => {
    const body =
      '## Steps\n\n### A\n\nRun `x`.\n\n```\n## not\n```\n\n### B\n\nSee [y](https://y.example/(z)).\n\n## Why this happens\n\nz';
    expect(subsectionTexts(body, 'Steps')).toEqual([
      { heading: 'A', text: 'Run x.\n\n## not' },
      { heading: 'B', text: 'See y.' },
    ]);
  });

  test('a body that does not parse is a problem with its line, not a crash', () => {
    expect(checkFixBody('## Steps\n\n### Check the key\n\n<Callout>unclosed\n', steps)).toEqual([
      expect.stringMatching(/^body line 5: the body does not parse as MDX: /),
    ]);
  });
});

describe('checkFixBody', () => {
  test('accepts sections in order with the frontmatter steps', () => {
    expect(checkFixBody(good, steps)).toEqual([]);
  });
  test.each([
    ['a missing Steps section', '## Why this happens\nText', ['missing the "## Steps" section']],
    [
      'an unknown section',
      `${good}\n\n## Extra\nx`,
      ['body line 12: unknown section "## Extra"; allowed: Steps, Why this happens, Common mistakes, Prevention tips'],
    ],
    [
      'sections out of order',
      '## Steps\n### Check the key\n### Use \\{braces\\}\n## Prevention tips\nx\n## Why this happens\ny',
      [
        'body line 6: section "## Why this happens" is repeated or out of order; order: Steps, Why this happens, Common mistakes, Prevention tips',
      ],
    ],
    ['text before the first section', `Intro\n${good}`, ['body line 1: text before the first section; start the body with "## Steps"']],
    ['an h1', `${good}\n# Title`, ['body line 11: "# Title" — the page has its own h1; use ## sections']],
  ])('reports %s', (_name, body, expected) => {
    expect(checkFixBody(body, steps)).toEqual(expect.arrayContaining(expected));
  });
  test('reports a step renamed in the body but not in the frontmatter', () => {
    expect(checkFixBody(good.replace('### Check the key', '### Check your key'), steps)).toEqual([
      'body line 3: step 1 is "### Check your key" in the body but "Check the key" in the frontmatter',
    ]);
  });
  test('reports steps missing on either side', () => {
    expect(checkFixBody('## Steps\n### Check the key\nx', steps)).toEqual([
      'step 2 "Use {braces}" is in the frontmatter but has no "### Use {braces}" under ## Steps',
    ]);
    expect(checkFixBody(`${good.split('## Why')[0]}### Extra step\nx`, steps)).toEqual([
      'body line 9: "### Extra step" under ## Steps is not listed in the frontmatter steps',
    ]);
  });
});

describe('checkCauseBody / checkFaqBody', () => {
  test('a cause needs both sections with text', () => {
    expect(checkCauseBody('## How to confirm\nLook.\n\n## What to do\nFix.')).toEqual([]);
    expect(checkCauseBody('## How to confirm\n\n## What to do\n')).toEqual([
      'body line 1: section "## How to confirm" is empty',
      'body line 3: section "## What to do" is empty',
    ]);
    expect(checkCauseBody('## What to do\nFix.')[0]).toMatch(/a cause needs exactly/);
  });
  test('an FAQ answer needs text and no top-level headings', () => {
    expect(checkFaqBody('Yes.')).toEqual([]);
    expect(checkFaqBody('  \n')).toEqual(['the answer (the body) is empty']);
    expect(checkFaqBody('## Answer\nYes')).toEqual(['body line 1: an answer may not contain "## Answer"; use ### or lower']);
  });
});

import { rawDateProblems } from '../../src/kb/raw-dates.ts';
describe('rawDateProblems', () => {
  test.each([
    ['---\ncreated: 2026-02-30\nreviewed: 2026-03-01\n---\n', ['created: 2026-02-30 is not a real calendar date']],
    ['---\ncreated: "2025-13-01"\n---\n', ['created: 2025-13-01 is not a real calendar date']],
    ['---\ncreated: 2024-02-29\nreviewed: 2026-11-26\n---\n', []],
    ['no frontmatter', []],
  ])('%j', (text, problems) => expect(rawDateProblems(text)).toEqual(problems));
});
