// The "On this page" outline of a fix page (src/kb/fix-outline.ts).
import { describe, expect, test } from 'vitest';
import { fixOutline, type FixOutlineInput } from '../../src/kb/fix-outline.ts';

const body = [
  { depth: 2, slug: 'steps', text: 'Steps' },
  { depth: 3, slug: 'step-a', text: 'Do A#' },
  { depth: 3, slug: 'step-b', text: 'Do B#' },
  { depth: 2, slug: 'why-this-happens', text: 'Why this happens' },
  { depth: 3, slug: 'a-detail', text: 'A detail' },
  { depth: 2, slug: 'prevention-tips', text: 'Prevention tips' },
];
const base: FixOutlineInput = {
  headings: body,
  steps: [
    { id: 'a', title: 'Do A' },
    { id: 'b', title: 'Do B' },
  ],
  signatures: 0,
  causes: 0,
  faqs: 0,
  related: 0,
};
const ids = (input: FixOutlineInput) => fixOutline(input).map((i) => i.id);

describe('fixOutline', () => {
  test.each<[string, Partial<FixOutlineInput>, string[]]>([
    [
      'a bare fix: quick answer, its body sections, sources',
      {},
      ['quick-answer', 'steps', 'why-this-happens', 'prevention-tips', 'sources'],
    ],
    [
      'every page section present, in page order',
      { signatures: 2, causes: 1, faqs: 3, related: 4 },
      ['quick-answer', 'error-messages', 'steps', 'why-this-happens', 'prevention-tips', 'causes', 'faq', 'related', 'sources'],
    ],
    [
      'no related list when there are no related fixes',
      { faqs: 1 },
      ['quick-answer', 'steps', 'why-this-happens', 'prevention-tips', 'faq', 'sources'],
    ],
  ])('%s', (_name, change, expected) => expect(ids({ ...base, ...change })).toEqual(expected));

  test('the steps come from the frontmatter, with their anchors, under "Steps" only; other ### headings are left out', () => {
    const steps = fixOutline(base).find((i) => i.id === 'steps')!;
    expect(steps).toEqual({
      id: 'steps',
      label: 'Steps',
      steps: [
        { id: 'step-a', label: 'Do A' },
        { id: 'step-b', label: 'Do B' },
      ],
    });
    expect(fixOutline(base).find((i) => i.id === 'why-this-happens')).toEqual({ id: 'why-this-happens', label: 'Why this happens' });
  });

  test('labels lose the anchor mark a heading plugin appends', () => {
    expect(fixOutline({ ...base, headings: [{ depth: 2, slug: 'steps', text: 'Steps #' }] })[1]!.label).toBe('Steps');
  });

  test('returns fresh objects: a caller cannot change the shared section table', () => {
    const first = fixOutline(base)[0]!;
    first.label = 'changed';
    expect(fixOutline(base)[0]!.label).toBe('Quick answer');
  });
});
