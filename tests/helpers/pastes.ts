// Arbitrary pastes for property tests and the query benchmark: any string, any Unicode, tokens that
// once froze the search (12pm, 32MB, gpt4o, v2beta), long hyphenated runs, cut JSON, HTML, shapes
// that make careless regular expressions backtrack, and 100 KB pastes.
import fc from 'fast-check';

const TOKENS = [
  '12pm',
  '32MB',
  'gpt4o',
  'claude3opus',
  'v2beta',
  '11am',
  '2fa',
  '3rd',
  'x-api-key',
  'sk-ant-api03-x',
  '429',
  '529',
  'rate_limit_error',
  '⎿',
  '·',
  '…',
  '∙',
  '\u200b',
  '\u001b[31m',
  'API Error (',
  'Retrying in 1 seconds… (attempt 1/10)',
  'Traceback (most recent call last):',
  'File "x.py", line 1',
  '    at fn (file.js:1:2)',
  'An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): ',
  'zsh: command not found: ',
  "b'",
  '\\"',
  '{"error":',
  'None',
  '&amp;',
  '<mark>',
  '</mark>',
  '<script>',
  '\n',
];

/** Text a person could paste, from anywhere: unit strings, graphemes, known traps, joined by anything. */
export const pasteArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.stringMatching(/^[a-z0-9]{1,3}$/), { minLength: 1, maxLength: 300 }).map((parts) => parts.join('-')),
  fc.json({ maxDepth: 4 }).chain((json) => fc.nat({ max: json.length }).map((cut) => json.slice(0, cut))),
  fc.json({ maxDepth: 3 }).map((json) => `API Error (529 ${json}) · Retrying in 4 seconds… (attempt 4/10)`),
  fc.json({ maxDepth: 3 }).map((json) => `litellm.BadRequestError: AnthropicException - b'${json.replace(/'/g, "\\'")}'`),
  fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', '"', '=', ' ', '&', ';'), maxLength: 200 }),
  // Shapes that make backtracking regular expressions explode.
  fc
    .tuple(
      fc.constantFrom(' ', '{', '"', "'", '(', '.', 'a', 'at ', 'Retrying in 1 ', '\\', '-', '_', '1'),
      fc.integer({ min: 1, max: 4000 }),
    )
    .map(([s, n]) => s.repeat(n)),
);

/** A paste of about `size` characters built from repeated arbitrary pieces (a whole log, say). */
export const bigPasteArbitrary = (size = 100_000): fc.Arbitrary<string> =>
  fc.array(pasteArbitrary, { minLength: 1, maxLength: 8 }).map((parts) => {
    const piece = parts.join('\n') || 'x';
    return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  });

/** A fixed sample of pastes (same seed, same sample), with `big` of them 100 KB long. */
export function samplePastes(count: number, big: number, seed = 20261204): string[] {
  return [...fc.sample(pasteArbitrary, { numRuns: count, seed }), ...fc.sample(bigPasteArbitrary(), { numRuns: big, seed })];
}
