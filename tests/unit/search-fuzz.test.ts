// Property tests: no paste hangs or breaks the query analysis or the search engine. Pastes run in a
// worker thread with a watchdog (tests/helpers/search-watchdog.ts), so a paste that never returns
// fails the test and is named instead of freezing the run.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeQuery, boundedPaste, MAX_ANALYSED, messageKey } from '../../src/search/core/analyze.ts';
import { samplePastes } from '../helpers/pastes.ts';
import { searchInWorker } from '../helpers/search-watchdog.ts';

describe('every paste gets an answer', () => {
  test('the pastes that froze the page come back, with words', async () => {
    const pastes = [
      '5-hour limit reached ∙ resets 12pm',
      "You've hit your limit - resets Feb 7, 11am",
      'Request too large (max 32MB)',
      'gpt4o',
      'claude3opus',
      'v2beta',
      'resets 12pm',
    ];
    const report = await searchInWorker(pastes, { perInput: 5_000 });
    expect(report.problems).toEqual([]);
    expect(report.times).toHaveLength(pastes.length);
  });

  test('600 arbitrary pastes and four of 100 KB: no hang, no throw, results within bounds', async () => {
    const report = await searchInWorker(samplePastes(600, 4), { perInput: 10_000 });
    expect(report.problems).toEqual([]);
  }, 120_000);
});

describe('query analysis bounds', () => {
  test('a paste beyond the analysed size keeps its start and its end', () => {
    const paste = `${'a'.repeat(60_000)}\nanthropic.RateLimitError: rate limited`;
    const bounded = boundedPaste(paste);
    expect(bounded.length).toBe(MAX_ANALYSED + 1);
    expect(bounded.endsWith('anthropic.RateLimitError: rate limited')).toBe(true);
    expect(analyzeQuery(paste).sdkClass).toBe('RateLimitError');
  });

  test('analysis and message keys never throw and stay bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (paste) => {
        const a = analyzeQuery(paste);
        expect(a.text.length).toBeLessThanOrEqual(MAX_ANALYSED + 1);
        expect(new Set(a.words).size).toBe(a.words.length);
        expect(typeof messageKey(paste)).toBe('string');
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
