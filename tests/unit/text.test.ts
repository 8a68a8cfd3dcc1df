import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { firstNearDuplicates, jaccard, normalizeKey, similarity, slugify } from '../../src/text/keys.ts';

describe('normalizeKey', () => {
  test.each([
    ['What IS the “anthropic-version” header?', 'what is the anthropic version header'],
    ["How do I know if it's the platform's side?", 'how do i know if its the platforms side'],
    ['  stale   session/cookies ', 'stale session cookies'],
    ['Ünïcode — dashes', 'ünïcode dashes'],
  ])('%j → %j', (input, expected) => expect(normalizeKey(input)).toBe(expected));
});

describe('slugify', () => {
  test.each([
    ["Claude can't log in fix", 'claude-cant-log-in-fix'],
    ['Claude API rate limit exceeded', 'claude-api-rate-limit-exceeded'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ['a'.repeat(10) + ' ' + 'b'.repeat(10), 'aaaaaaaaaa-bbbbbbbbbb'],
  ])('%j → %j', (input, expected) => expect(slugify(input)).toBe(expected));

  test('cuts long titles at a word boundary', () => {
    expect(slugify('How do I verify that my Claude API key is valid without making a full API call?', 40)).toBe(
      'how-do-i-verify-that-my-claude-api-key',
    );
  });
});

describe('similarity', () => {
  test('is 1 for the same words and low for unrelated text', () => {
    expect(similarity('Check the status page first.', 'check the STATUS page first')).toBe(1);
    expect(similarity('Check the status page first.', 'Rotate your key in every environment.')).toBe(0);
  });
  test('stays high for a one-word change in a long answer', () => {
    const a = 'A regular refresh reloads the page using cached resources and does not clear cookies or the session token at all';
    const b = a.replace('cached', 'stored');
    expect(similarity(a, b)).toBeGreaterThan(0.7);
  });
});

describe('firstNearDuplicates', () => {
  const bruteForce = (sets: Set<string>[], t: number) =>
    sets.map((set, i) => sets.slice(0, i).findIndex((other) => jaccard(other, set) >= t));

  test.each([
    ['no repeats', [['a b c', 'b c d'], ['x y z']], [-1, -1]],
    ['an exact repeat points at the first', [['a b c', 'b c d'], ['x y z'], ['a b c', 'b c d'], ['a b c', 'b c d']], [-1, -1, 0, 0]],
    [
      '17 of 20 grams shared is 0.85 with 3 extra on one side',
      [Array.from({ length: 20 }, (_, i) => `g${i}`), Array.from({ length: 17 }, (_, i) => `g${i}`)],
      [-1, 0],
    ],
    ['16 of 20 is not', [Array.from({ length: 20 }, (_, i) => `g${i}`), Array.from({ length: 16 }, (_, i) => `g${i}`)], [-1, -1]],
    ['empty sets match each other only', [[], ['a b c'], []], [-1, -1, 0]],
  ])('%s', (_, grams, expected) => {
    expect(firstNearDuplicates(grams.map((g) => new Set(g)))).toEqual(expected);
  });

  test('gives the same answer as comparing every pair', () => {
    const gram = fc.constantFrom(...'abcdefghijkl'.split('').map((c) => `${c} x y`));
    const base = fc.uniqueArray(gram, { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(base, { maxLength: 30 }), fc.constantFrom(0.5, 0.7, 0.85, 1), (arrays, t) => {
        // Near-copies: each set may be followed by itself with one gram dropped or added.
        const sets = arrays.flatMap((a) => [new Set(a), new Set(a.slice(1)), new Set([...a, 'z z z'])]);
        expect(firstNearDuplicates(sets, t)).toEqual(bruteForce(sets, t));
      }),
      { numRuns: 300 },
    );
  });
});
