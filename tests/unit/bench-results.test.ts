import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editedFix, pasteFor } from '../../scripts/bench/fix-file.ts';
import {
  FLOOR,
  FLOOR_SEARCH,
  HAND_WRITTEN,
  mergeRows,
  OURS,
  parseSizes,
  PEER,
  ratioTable,
  REBUILD,
  buildTable,
  stored,
  withHandWritten,
  type Row,
} from '../../scripts/bench/results.ts';

const row = (corpus: string, project: Row['project'], date: string, extra: Partial<Row> = {}): Row => ({
  corpus,
  fixes: corpus === 'real' ? 111 : Number(corpus),
  project,
  date,
  ...extra,
});
const keys = (rows: Row[]) => rows.map((r) => `${r.corpus}/${r.project}/${r.date}`);

describe('rows of a run replace the earlier rows of the same corpus and project, and only those', () => {
  test.each([
    {
      name: 'a 50,000-fix run keeps the other corpora',
      previous: [row('real', OURS, 'd1'), row('1000', OURS, 'd1'), row('10000', OURS, 'd1'), row('10000', PEER, 'd1')],
      current: [row('50000', OURS, 'd2'), row('50000', PEER, 'd2', { skipped: 'not built' })],
      expected: [
        'real/this site/d1',
        '1000/this site/d1',
        '10000/this site/d1',
        '10000/peer (Starlight)/d1',
        '50000/this site/d2',
        '50000/peer (Starlight)/d2',
      ],
    },
    {
      name: 'a corpus measured again is replaced',
      previous: [row('1000', OURS, 'd1'), row('1000', FLOOR, 'd1')],
      current: [row('1000', FLOOR, 'd2'), row('1000', OURS, 'd2')],
      expected: ['1000/this site/d2', '1000/floor (Astro + MDX)/d2'],
    },
    {
      name: 'sorted: real first, corpora by size (not as text), projects in table order',
      previous: [],
      current: [
        row('10000', PEER, 'd'),
        row('300', FLOOR, 'd'),
        row('300', FLOOR_SEARCH, 'd'),
        row('real', REBUILD, 'd'),
        row('300', OURS, 'd'),
      ],
      expected: [
        'real/this site, rebuild: cache kept, 1 fix edited/d',
        '300/this site/d',
        '300/floor + Pagefind/d',
        '300/floor (Astro + MDX)/d',
        '10000/peer (Starlight)/d',
      ],
    },
    {
      name: 'rows of a project the tables no longer have are dropped',
      previous: [row('1000', 'floor' as Row['project'], 'd1')],
      current: [row('300', OURS, 'd2')],
      expected: ['300/this site/d2'],
    },
  ])('$name', ({ previous, current, expected }) => {
    expect(keys(mergeRows(previous, current))).toEqual(expected);
  });
});

describe('the hand-written part of docs/performance.md is kept', () => {
  const generated = '# Performance\n\nTables.\n';
  test.each([
    {
      name: 'no page yet: a placeholder',
      existing: undefined,
      kept: `${HAND_WRITTEN}\n\n## How cost grows\n\nWritten after the 50,000-fix run.\n`,
    },
    {
      name: 'a page without the marker: a placeholder',
      existing: '# Performance\n\nOld tables.\n',
      kept: `${HAND_WRITTEN}\n\n## How cost grows\n\nWritten after the 50,000-fix run.\n`,
    },
    {
      name: 'everything from the marker line to the end, as it is',
      existing: `# Performance\n\nOld tables.\n\n${HAND_WRITTEN}\n\n## How cost grows\n\nLinear, mostly.\n\n| a | b |\n`,
      kept: `${HAND_WRITTEN}\n\n## How cost grows\n\nLinear, mostly.\n\n| a | b |\n`,
    },
  ])('$name', ({ existing, kept }) => {
    const page = withHandWritten(generated, existing);
    expect(page).toBe(`# Performance\n\nTables.\n\n${kept}`);
    // Generating again keeps the same page.
    expect(withHandWritten(generated, page)).toBe(page);
  });
});

test('rows kept from an earlier run show its date; skipped projects show why and "—"', () => {
  const rows = [
    row('1000', OURS, '2026-12-01', { run: '2026-12-01T10:00:00.000Z', seconds: 7.6, imagesRendered: 1000 }),
    row('50000', OURS, '2026-12-04', { run: 'now', seconds: 300, imagesRendered: 50000 }),
    row('50000', PEER, '2026-12-04', { run: 'now', skipped: 'not built above 10000 fixes (--peer-max)' }),
  ];
  expect(buildTable(rows, 'now').split('\n').slice(2)).toEqual([
    '| 1000 (2026-12-01) | this site | 7.6 | — | — | — | — | — | 1000 |',
    '| 50000 | this site | 300.0 | — | — | — | — | — | 50000 |',
    '| 50000 | peer (Starlight): not built above 10000 fixes (--peer-max) | — | — | — | — | — | — | — |',
  ]);
});

describe('ratios', () => {
  test('this site against floor + Pagefind, the bare floor and Starlight; missing rows and skipped projects give "—"', () => {
    const rows = [
      row('300', OURS, 'd', { msPerFix: 6, peakMb: 1200, seconds: 1.8, text: { query: 't', kbGzip: 100, requests: 5, top: [] } }),
      row('300', REBUILD, 'd', { seconds: 0.9 }),
      row('300', FLOOR_SEARCH, 'd', { msPerFix: 4, peakMb: 1000 }),
      row('300', FLOOR, 'd', { msPerFix: 3, peakMb: 800 }),
      row('300', PEER, 'd', { msPerFix: 12, peakMb: 1500, text: { query: 't', kbGzip: 125, requests: 9, top: [] } }),
      row('50000', OURS, 'd', { msPerFix: 5, peakMb: 3000 }),
      row('50000', PEER, 'd', { skipped: 'not built' }),
    ];
    expect(ratioTable(rows).split('\n').slice(2)).toEqual([
      '| 300 | 1.50× | 1.20× | 2.00× | 1.50× | 0.50× | 0.80× | 0.80× | 0.50× |',
      '| 50000 | — | — | — | — | — | — | — | — |',
    ]);
  });
});

describe('--sizes', () => {
  test.each([
    { text: '1000,10000', sizes: [1000, 10000] },
    { text: '50000', sizes: [50000] },
    { text: ' 300 , 1000 ', sizes: [300, 1000] },
  ])('$text', ({ text, sizes }) => expect(parseSizes(text)).toEqual(sizes));
  test.each(['1e3.5', '-1', '0', 'ten', '1000,,x'])('%s is refused', (text) => expect(() => parseSizes(text)).toThrow(/--sizes/));
});

test('a stored search keeps its five largest files', () => {
  const files = Array.from({ length: 8 }, (_, i) => ({ path: `/f${i}`, kbGzip: 8 - i }));
  const s = stored({ query: 'q', kbGzip: 36, requests: 8, ms: 100, files });
  expect(s.top.map((f) => f.path)).toEqual(['/f0', '/f1', '/f2', '/f3', '/f4']);
  expect('files' in s).toBe(false);
});

describe('the fix file: the paste for its first signature with a type, and the edit for the rebuild', () => {
  const fix = (signatures: string) =>
    `---\ntitle: Fix "401 invalid x-api-key"\nquickAnswer: Check the key.\nsignatures:\n${signatures}steps:\n  - id: a\n    title: A\n---\n## Steps\n\nBody \`---\` text.\n`;
  test.each([
    {
      name: 'the first signature',
      signatures: '  - message: invalid x-api-key\n    status: 401\n    type: authentication_error\n',
      paste: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
    },
    {
      name: 'the first one with a type; quotes in the message escaped',
      signatures: '  - message: 401 Unauthorized\n    status: 401\n  - message: \'bad "model" field\'\n    type: invalid_request_error\n',
      paste: '{"type":"error","error":{"type":"invalid_request_error","message":"bad \\"model\\" field"}}',
    },
  ])('$name', ({ signatures, paste }) => {
    expect(pasteFor(fix(signatures))).toBe(paste);
    expect(JSON.parse(pasteFor(fix(signatures)))).toMatchObject({ type: 'error' });
  });
  test('no signature with a type, no frontmatter: errors naming the file', () => {
    expect(() => pasteFor(fix('  - message: 401 Unauthorized\n'), 'fixes/x.md')).toThrow('fixes/x.md: no signature with an error type');
    expect(() => pasteFor('# no frontmatter\n', 'fixes/y.md')).toThrow('fixes/y.md: no frontmatter');
  });
  test.each([
    { name: 'LF', eol: '\n' },
    { name: 'CRLF', eol: '\r\n' },
  ])('the edit changes the title and quick answer only ($name)', ({ eol }) => {
    const original = fix('  - message: m\n    type: t\n').replaceAll('\n', eol);
    const edited = editedFix(original);
    const front = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(front(edited)).toEqual({
      ...front(original),
      title: 'Fix "401 invalid x-api-key" (edited)',
      quickAnswer: 'Check the key. Edited for the rebuild benchmark.',
    });
    expect(edited.endsWith(`---${eol}## Steps${eol}${eol}Body \`---\` text.${eol}`)).toBe(true);
  });
});
