import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ImportParseError, parseSource } from '../../src/importer/parse.ts';

const SOURCE = 'tests/fixtures/source/claude-api-key-not-working.txt';
const article = parseSource(readFileSync(SOURCE, 'utf8'), SOURCE);

describe('parseSource on the source article', () => {
  test('finds the six numbered steps with their bodies', () => {
    expect(article.steps.map((s) => s.title)).toEqual([
      'Confirm the exact symptom',
      'Run the two isolation tests',
      'Reset browser/session state',
      'Rule out VPN/proxy and network filtering',
      'Verify account/workspace context',
      'Escalate with a clean report',
    ]);
    expect(article.steps[2]!.body.map((l) => l.text)).toEqual([
      '- sign out/in',
      '- hard refresh',
      '- clear site data for the Claude site',
      '- disable extensions temporarily',
    ]);
  });

  test('finds the root causes, prevention tips, why and mistakes sections', () => {
    expect(article.causes.map((l) => l.text)).toEqual([
      '- stale session/cookies',
      '- extensions blocking requests',
      '- VPN/proxy or network filtering',
      '- wrong account/workspace',
      '- platform-side incident or rollout',
    ]);
    expect(article.prevention).toHaveLength(3);
    expect(article.why[0]!.text).toMatch(/^Claude API keys fail for four main reasons/);
    expect(article.mistakes.map((l) => l.text.slice(0, 30))).toEqual([
      '- Embedding the API key direct',
      '- Using a key from the wrong w',
      '- Not including the',
      'x-api-keyheader correctly. The',
      '- Assuming rate limit errors a',
    ]);
  });

  test('keeps each of the eight questions once, with its answer', () => {
    expect(article.faqs.map((f) => f.question)).toEqual([
      'How do I verify that my Claude API key is valid without making a full API call?',
      'My API key worked yesterday but stopped working today. What changed?',
      'Can I have multiple API keys, and do they share usage quotas?',
      'What is the correct format for the anthropic-version header?',
      'How do I set up a Claude API key securely in a production environment?',
      "How do I know if the problem is on my end or the platform's side?",
      'Why do hard refresh and regular refresh fix different problems?',
      'When should I contact support versus waiting it out?',
    ]);
    expect(article.faqs[1]!.answer).toMatch(/^The most common causes are/);
    expect(article.faqs[0]!.answer).toMatch(/^Make a minimal test request using curl/);
  });

  test('merges the repeated Additional FAQ and Related Articles blocks and says so', () => {
    expect(article.merged.map((m) => m.line)).toEqual([61, 59, 60, 67]);
    expect(article.merged[0]!.what).toBe('repeated related-articles block (same as line 53)');
  });

  test('keeps every related title once, from both related sections', () => {
    expect(article.related.map((r) => `${r.section}: ${r.title}`)).toEqual([
      'related-issues: Claude API rate limit exceeded',
      'related-issues: Claude request too large context limit',
      'related-issues: Browse more fixes in this category',
      'related-issues: Browse all Claude issue clusters',
      'related-articles: Claude usage limit reached',
      'related-articles: Claude rate limit fix',
      'related-articles: Claude blank page white screen',
      "related-articles: Claude can't log in fix",
    ]);
  });
});

describe('parseSource refuses what it cannot read, with file and line', () => {
  test.each([
    ['text outside any section', 'Title\nstray text\nStep-by-Step Fix\n1) Do it', 2, 'text outside any section: "stray text"'],
    ['text before the first step', 'Step-by-Step Fix\nintro\n1) Do it', 2, 'text before the first numbered step ("1) …")'],
    ['a question with no answer', 'Step-by-Step Fix\n1) Do it\nQ: Why?', 3, 'the question "Why?" has no answer'],
    ['an empty section', 'Step-by-Step Fix\n1) Do it\nWhy This Happens\nPrevention Tips\n- x', 3, 'section "Why This Happens" is empty'],
    [
      'no steps at all',
      'Why This Happens\nBecause.',
      1,
      'no numbered steps found: a fix needs a "Step-by-Step Fix" section with "1) …" steps',
    ],
    ['no sections at all', 'Just a title', 1, 'no recognised section heading (e.g. "Step-by-Step Fix", "Why This Happens")'],
    ['a binary file', 'a\u0000b', 1, 'the file contains NUL bytes; is it a text file?'],
    [
      'one question with two answers',
      'Step-by-Step Fix\n1) Do it\nQ: Why? One.\nAdditional FAQ\nQ: Why? Two.',
      5,
      'the question "Why?" appears again (line 3) with a different answer',
    ],
  ])('%s', (_name, text, line, reason) => {
    let caught: unknown;
    try {
      parseSource(text, 'in.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportParseError);
    expect((caught as ImportParseError).message).toBe(`in.txt:${line}: ${reason}`);
  });

  test('reads CRLF line endings and a byte-order mark like plain text', () => {
    const parsed = parseSource('\uFEFFStep-by-Step Fix\r\n1) Do it\r\n- now\r\n', 'in.txt');
    expect(parsed.steps).toEqual([{ title: 'Do it', line: 2, body: [{ text: '- now', line: 3 }] }]);
  });
});
