import { describe, expect, test } from 'vitest';
import {
  extractCommand,
  formatCommand,
  repairInline,
  splitRunTogether,
  toBlocks,
  vocabulary,
  type Inline,
} from '../../src/importer/repair.ts';
import { renderBlocks, renderInline } from '../../src/importer/mdx.ts';

const vocab = vocabulary('the header key in not without dedicated sending include client side code Node vice versa');
const repair = (text: string, known: string[] = []) => renderInline(repairInline(text, vocab, new Set(known)));

describe('repairInline restores inline code that lost its spaces', () => {
  test.each([
    ['requires thex-api-keyheader', 'requires the `x-api-key` header'],
    ['the key in thex-api-keyheader, notAuthorization: Bearer.', 'the key in the `x-api-key` header, not `Authorization: Bearer`.'],
    [
      'SendingAuthorization: Bearer sk-ant-...without the dedicatedx-api-keyheader',
      'Sending `Authorization: Bearer sk-ant-...` without the dedicated `x-api-key` header',
    ],
  ])('%j', (input, expected) => expect(repair(input)).toBe(expected));

  test.each([
    ['ordinary words with slashes', 'one browser/device or everything, sign out/in, Incognito/private window'],
    ['hyphenated English', 'client-side code, well-known, vice versa'],
    ['a dotted product name', 'process.env.ANTHROPIC_API_KEY in Node.js'],
    ['a colon after a word', 'Include: error text, Note: this'],
    ['code with its spaces intact', 'set ANTHROPIC_API_KEY=sk-ant-... in .env'],
  ])('leaves %s alone', (_name, input) => expect(repair(input)).toBe(input));
});

describe('extractCommand', () => {
  const text = `Make a minimal test request using curl: curl https://api.anthropic.com/v1/messages -H "x-api-key: YOUR_KEY" -d '{"a":"b. C"}'. A 200 response confirms it.`;
  test('finds the command and where it ends, ignoring periods inside quotes', () => {
    expect(extractCommand(text)).toEqual({
      before: 'Make a minimal test request using curl:',
      command: `curl https://api.anthropic.com/v1/messages -H "x-api-key: YOUR_KEY" -d '{"a":"b. C"}'`,
      after: 'A 200 response confirms it.',
    });
  });
  test('finds nothing in ordinary prose that mentions curl', () => {
    expect(extractCommand('You can use curl or an SDK.')).toBeUndefined();
  });
  test('formatCommand breaks at options, keeping quoted text whole', () => {
    expect(formatCommand(`curl https://x -H "a: b -c" -d '{}'`)).toBe(`curl https://x \\\n  -H "a: b -c" \\\n  -d '{}'`);
  });
});

describe('lists', () => {
  test('splitRunTogether separates items glued after " - "', () => {
    expect(splitRunTogether('First item ends. - Second item starts (here). - Third')).toEqual([
      'First item ends.',
      'Second item starts (here).',
      'Third',
    ]);
    expect(splitRunTogether('A range 1 - 2 stays')).toEqual(['A range 1 - 2 stays']);
  });
  test('toBlocks joins continuation lines into their item and splits glued items', () => {
    const blocks = toBlocks(['- Not including the', 'x-api-keyheader correctly. - Rotating a key.', 'Paragraph after.'], vocab, new Set());
    expect(renderBlocks(blocks)).toBe('- Not including the `x-api-key` header correctly.\n- Rotating a key.\n\nParagraph after.');
  });
  test('an inline shell command becomes a fenced code block', () => {
    const blocks = toBlocks(['Run it: curl https://x -H "k: v". Then check.'], vocab, new Set());
    expect(renderBlocks(blocks)).toBe('Run it:\n\n```sh\ncurl https://x \\\n  -H "k: v"\n```\n\nThen check.');
  });
});

test('repairInline returns text and code parts', () => {
  expect(repairInline('use thex-api-keyheader', vocab, new Set())).toEqual<Inline[]>([
    { kind: 'text', text: 'use the ' },
    { kind: 'code', text: 'x-api-key' },
    { kind: 'text', text: ' header' },
  ]);
});
