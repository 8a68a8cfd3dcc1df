import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownBody, splitEntry } from '../../src/kb/entry-body.ts';

// Bodies are read from the files, not from Astro's data store: they must be exactly the text Astro
// renders, so every case is also checked against Astro's own split.
const cases: [name: string, file: string, body: string][] = [
  ['plain', '---\ntitle: A\n---\n## Steps\n', '\n## Steps\n'],
  ['no frontmatter', '## Steps\n\ntext\n', '## Steps\n\ntext\n'],
  ['CRLF line ends', '---\r\ntitle: A\r\n---\r\n## Steps\r\n', '\r\n## Steps\r\n'],
  ['byte-order mark', '\uFEFF---\ntitle: A\n---\nBody', '\uFEFF\nBody'],
  ['blank lines first', '\n\n---\ntitle: A\n---\nBody', '\n\n\nBody'],
  ['a --- rule in the body stays', '---\ntitle: A\n---\nAbove\n\n---\n\nBelow\n', '\nAbove\n\n---\n\nBelow\n'],
  ['TOML fences', '+++\ntitle = "A"\n+++\nBody', '\nBody'],
  ['mixed fences: nothing removed', '---\ntitle: A\n+++\nBody', '---\ntitle: A\n+++\nBody'],
  ['unclosed frontmatter', '---\ntitle: A\nBody', '---\ntitle: A\nBody'],
  ['empty body', '---\ntitle: A\n---\n', '\n'],
  ['text before the fence', 'Intro\n---\ntitle: A\n---\nBody', 'Intro\n---\ntitle: A\n---\nBody'],
];

describe('markdownBody', () => {
  it.each(cases)('%s', (_, file, body) => {
    expect(markdownBody(file)).toBe(body);
  });

  it.each(cases)('%s: same as Astro', (_, file) => {
    let astro: string;
    try {
      astro = parseFrontmatter(file).content;
    } catch {
      return; // Astro refuses frontmatter it cannot parse; such a file never reaches the query module.
    }
    expect(markdownBody(file)).toBe(astro);
  });
});

describe('splitEntry', () => {
  it.each(cases)('%s: the frontmatter Astro parses', (_, file) => {
    let astro: string | undefined;
    try {
      const parsed = parseFrontmatter(file);
      astro = parsed.rawFrontmatter === '' || parsed.content === file ? undefined : parsed.rawFrontmatter;
    } catch {
      return;
    }
    expect(splitEntry(file).frontmatter).toBe(astro);
  });
  it('gives the raw block, to be parsed as YAML', () => {
    expect(splitEntry('\n---\nquestion: Why?\n---\nBecause.')).toEqual({ frontmatter: '\nquestion: Why?\n', body: '\n\nBecause.' });
  });
});
