import { describe, expect, test } from 'vitest';
import { normalizeKey, similarity, slugify } from '../../src/lib/text.ts';

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
