import { describe, expect, test } from 'vitest';
import { checkCauseBody, checkFaqBody, checkFixBody, outline, unescapeMarkdown } from '../../src/kb/body-outline.ts';

const steps = [
  { id: 'one', title: 'Check the key' },
  { id: 'two', title: 'Use {braces}' },
];
const good = ['## Steps', '', '### Check the key', 'Text', '', '### Use \\{braces\\}', 'More', '', '## Why this happens', 'Because.'].join('\n');

describe('outline', () => {
  test('skips headings inside fenced code', () => {
    expect(outline('## Steps\n```sh\n## not a heading\n```\n### Real').map((h) => h.text)).toEqual(['Steps', 'Real']);
  });
  test('unescapes heading text the way it renders', () => {
    expect(unescapeMarkdown('Use \\{x\\} &#105;mport')).toBe('Use {x} import');
    expect(unescapeMarkdown('\\&#60;b> is &#x3C;b>')).toBe('&#60;b> is <b>');
  });
});

describe('checkFixBody', () => {
  test('accepts sections in order with the frontmatter steps', () => {
    expect(checkFixBody(good, steps)).toEqual([]);
  });
  test.each([
    ['a missing Steps section', '## Why this happens\nText', ['missing the "## Steps" section']],
    ['an unknown section', `${good}\n\n## Extra\nx`, ['body line 12: unknown section "## Extra"; allowed: Steps, Why this happens, Common mistakes, Prevention tips']],
    ['sections out of order', '## Steps\n### Check the key\n### Use \\{braces\\}\n## Prevention tips\nx\n## Why this happens\ny', ['body line 6: section "## Why this happens" is repeated or out of order; order: Steps, Why this happens, Common mistakes, Prevention tips']],
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
