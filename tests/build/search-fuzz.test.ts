// The whole search, against the built index, on arbitrary pastes: each gets results or an empty
// state, nothing throws, nothing hangs (a worker thread with a watchdog names a paste that would).
import { describe, expect, test } from 'vitest';
import { samplePastes } from '../helpers/pastes.ts';
import { searchInWorker } from '../helpers/search-watchdog.ts';
import { DIST } from '../helpers/dist.ts';

describe('the built search answers every paste', () => {
  test('the pastes that froze the page, 300 arbitrary pastes and two of 100 KB', async () => {
    const pastes = [
      '5-hour limit reached ∙ resets 12pm',
      "You've hit your limit - resets Feb 7, 11am",
      'Request too large (max 32MB)',
      'gpt4o',
      'claude3opus',
      'v2beta',
      ...samplePastes(300, 2, 7),
    ];
    const report = await searchInWorker(pastes, { dist: DIST, perInput: 15_000 });
    expect(report.problems).toEqual([]);
    expect(report.times).toHaveLength(pastes.length);
  });
});
