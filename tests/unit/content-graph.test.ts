import { describe, expect, test } from 'vitest';
import { buildGraph, ContentError, relatedness, type FixNode, type GraphInput } from '../../src/kb/graph.ts';

const body = (titles: string[]) => `## Steps\n\n${titles.map((t) => `### ${t}\n\nDo it.`).join('\n\n')}\n`;

function fix(id: string, over: Partial<FixNode> = {}): FixNode {
  return {
    id,
    file: `content/fixes/${id}.mdx`,
    articleId: `KB-${1000 + id.length}${id.charCodeAt(0)}`,
    title: id.replace(/-/g, ' '),
    quickAnswer: 'Do the thing.',
    product: 'p',
    cluster: 'c1',
    surfaces: ['api'],
    signatures: [],
    steps: [{ id: 's', title: 'Step' }],
    causes: [],
    faqs: [],
    related: [],
    aliases: [],
    sources: [{ title: 'Docs', url: 'https://docs.example.com/p', kind: 'docs' }],
    body: body(['Step']),
    ...over,
  };
}

function input(fixes: FixNode[], over: Partial<GraphInput> = {}): GraphInput {
  return {
    surfaces: [{ id: 's', file: 'content/surfaces/s.yaml', title: 'S', description: 'd', product: 'p', order: 1 }],
    products: [
      { id: 'p', file: 'content/products/p.yaml', name: 'P', description: 'd', commonFixes: [], firstPartySources: ['docs.example.com'] },
    ],
    clusters: [
      { id: 'c1', file: 'content/clusters/c1.yaml', title: 'One', description: 'd', product: 'p', surface: 's', order: 1 },
      { id: 'c2', file: 'content/clusters/c2.yaml', title: 'Two', description: 'd', product: 'p', surface: 's', order: 2 },
    ],
    causes: [
      {
        id: 'cause-a',
        file: 'content/causes/cause-a.mdx',
        title: 'Cause A',
        summary: 's',
        sources: [],
        body: '## How to confirm\nx\n## What to do\ny',
      },
    ],
    faqs: [
      { id: 'faq-a', file: 'content/faqs/faq-a.mdx', question: 'Is it down?', group: 'g', sources: [], body: 'Check the status page.' },
    ],
    fixes,
    ...over,
  };
}

const problems = (data: GraphInput): string[] => {
  try {
    buildGraph(data, { relatedLimit: 6 });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => `${p.file}: ${p.message}`);
  }
};

describe('buildGraph refuses broken content, naming the file', () => {
  test.each<[string, GraphInput, string]>([
    ['an unknown cause', input([fix('a', { causes: ['nope'] })]), 'content/fixes/a.mdx: unknown cause "nope" in causes[0]'],
    ['an unknown FAQ', input([fix('a', { faqs: ['nope'] })]), 'content/fixes/a.mdx: unknown FAQ "nope" in faqs[0]'],
    ['an unknown related fix', input([fix('a', { related: ['nope'] })]), 'content/fixes/a.mdx: unknown fix "nope" in related[0]'],
    ['an unknown cluster', input([fix('a', { cluster: 'nope' })]), 'content/fixes/a.mdx: unknown cluster "nope" in cluster'],
    [
      'a duplicate slug',
      input([fix('a'), { ...fix('a'), file: 'content/fixes/a.md', articleId: 'KB-9' }]),
      'content/fixes/a.md: duplicate fix slug "a" (also content/fixes/a.mdx)',
    ],
    [
      'a duplicate article ID',
      input([fix('a', { articleId: 'KB-1' }), fix('b', { articleId: 'KB-1' })]),
      'content/fixes/b.mdx: article ID KB-1 is already used by content/fixes/a.mdx',
    ],
    [
      'an alias equal to a slug',
      input([fix('a', { aliases: ['b'] }), fix('b')]),
      'content/fixes/a.mdx: alias "b" is the slug of content/fixes/b.mdx',
    ],
    [
      'an alias claimed twice',
      input([fix('a', { aliases: ['old'] }), fix('b', { aliases: ['old'] })]),
      'content/fixes/b.mdx: alias "old" is also an alias of content/fixes/a.mdx',
    ],
    ['a fix with no steps', input([fix('a', { steps: [], body: '## Steps\n' })]), 'content/fixes/a.mdx: a fix needs at least one step'],
    [
      'a slug of digits only',
      input([fix('2')]),
      'content/fixes/2.mdx: the slug "2" is only digits, which page numbers use; rename the file',
    ],
    ['a fix related to itself', input([fix('a', { related: ['a'] })]), 'content/fixes/a.mdx: a fix cannot list itself in related'],
    [
      'a reference listed twice',
      input([fix('a', { causes: ['cause-a', 'cause-a'] })]),
      'content/fixes/a.mdx: "cause-a" is listed twice in causes',
    ],
    [
      'a step id used twice',
      input([
        fix('a', {
          steps: [
            { id: 's', title: 'One' },
            { id: 's', title: 'Two' },
          ],
          body: body(['One', 'Two']),
        }),
      ]),
      'content/fixes/a.mdx: step id "s" is used twice',
    ],
    [
      'a signature claimed by two fixes',
      input([fix('a', { signatures: [{ message: 'Boom!' }] }), fix('b', { signatures: [{ message: 'boom' }] })]),
      'content/fixes/b.mdx: error signature "boom" is also claimed by content/fixes/a.mdx',
    ],
    [
      'a body that does not match the steps',
      input([fix('a', { body: body(['Other']) })]),
      'content/fixes/a.mdx: body line 3: step 1 is "### Other" in the body but "Step" in the frontmatter',
    ],
    [
      'one FAQ question stored twice',
      input([fix('a')], {
        faqs: [
          { id: 'faq-a', file: 'content/faqs/faq-a.mdx', question: 'Is it down?', group: 'g', sources: [], body: 'Check the status page.' },
          {
            id: 'faq-b',
            file: 'content/faqs/faq-b.mdx',
            question: 'is it DOWN',
            group: 'g',
            sources: [],
            body: 'Something else entirely.',
          },
        ],
      }),
      'content/faqs/faq-b.mdx: the question "is it DOWN" is already stored as "faq-a" (content/faqs/faq-a.mdx); reference that entry instead',
    ],
    [
      'a near-identical FAQ under another question',
      input([fix('a')], {
        faqs: [
          {
            id: 'faq-a',
            file: 'content/faqs/faq-a.mdx',
            question: 'How do I know if the problem is on my end?',
            group: 'g',
            sources: [],
            body: 'Check the official status page first, then test in a private window and on a second network to isolate it.',
          },
          {
            id: 'faq-b',
            file: 'content/faqs/faq-b.mdx',
            question: 'How do I know if the problem is on my end??',
            group: 'g',
            sources: [],
            body: 'Check the official status page first, then test in a private window and on a second network to isolate it!',
          },
        ],
      }),
      'content/faqs/faq-b.mdx: the question "How do I know if the problem is on my end??" is already stored as "faq-a" (content/faqs/faq-a.mdx); reference that entry instead',
    ],
    [
      'a third-party page cited as documentation',
      input([fix('a', { sources: [{ title: 'Blog', url: 'https://blog.example.org/x', kind: 'docs' }] })]),
      "content/fixes/a.mdx: sources[0]: source https://blog.example.org/x is not a first-party page, so it cannot be cited as kind: docs (the product's firstPartySources list those); cite it as kind: report, or cite the official page instead",
    ],
    [
      'a look-alike host cited as SDK source in a cause',
      input([fix('a')], {
        causes: [
          {
            id: 'cause-a',
            file: 'content/causes/cause-a.mdx',
            title: 'Cause A',
            summary: 's',
            sources: [{ title: 'SDK', url: 'https://docs.example.com.evil.example/x', kind: 'sdk' }],
            body: '## How to confirm\nx\n## What to do\ny',
          },
        ],
      }),
      "content/causes/cause-a.mdx: sources[0]: source https://docs.example.com.evil.example/x is not a first-party page, so it cannot be cited as kind: sdk (the product's firstPartySources list those); cite it as kind: report, or cite the official page instead",
    ],
    [
      'a cluster under an unknown surface',
      input([fix('a')], {
        clusters: [{ id: 'c1', file: 'content/clusters/c1.yaml', title: 'One', description: 'd', product: 'p', surface: 'nope', order: 1 }],
      }),
      'content/clusters/c1.yaml: unknown surface "nope" in surface',
    ],
    [
      'a cluster of another product',
      input([fix('a', { product: 'q' })], {
        products: [
          {
            id: 'p',
            file: 'content/products/p.yaml',
            name: 'P',
            description: 'd',
            commonFixes: [],
            firstPartySources: ['docs.example.com'],
          },
          {
            id: 'q',
            file: 'content/products/q.yaml',
            name: 'Q',
            description: 'd',
            commonFixes: [],
            firstPartySources: ['docs.example.com'],
          },
        ],
      }),
      'content/fixes/a.mdx: cluster "c1" belongs to product "p", not "q"',
    ],
  ])('%s', (_name, data, expected) => {
    expect(problems(data)).toContain(expected);
  });

  test('lists every problem at once, not only the first', () => {
    expect(problems(input([fix('a', { causes: ['x'], faqs: ['y'] })]))).toHaveLength(2);
  });

  test('accepts valid content', () => {
    expect(problems(input([fix('a', { causes: ['cause-a'], faqs: ['faq-a'] }), fix('b')]))).toEqual([]);
  });
});

describe('related fixes', () => {
  const graph = buildGraph(
    input([
      fix('target', { causes: ['cause-a'], signatures: [{ message: 'x', status: 401, type: 'authentication_error' }] }),
      fix('shares-cause', { causes: ['cause-a'] }),
      fix('shares-status', { signatures: [{ message: 'y', status: 401 }] }),
      fix('links-to-target', { related: ['target'] }),
      fix('unrelated', { surfaces: ['web'] }),
      fix('other-cluster', { cluster: 'c2', causes: ['cause-a'] }),
      fix('elsewhere-links-here', { cluster: 'c2', related: ['target'] }),
      fix('curated', { related: ['other-cluster', 'unrelated', 'shares-cause', 'shares-status'] }),
    ]),
    { relatedLimit: 3 },
  );
  const ids = (id: string) => graph.relatedFixes(id).map((f) => f.id);

  test.each([
    [
      'a fix linked to from its cluster and from another lists both first (ties by title), then its cluster',
      'target',
      ['elsewhere-links-here', 'links-to-target', 'shares-cause'],
    ],
    [
      'a fix that links to more than the limit keeps all its own links, in rank order',
      'curated',
      ['other-cluster', 'shares-cause', 'shares-status', 'unrelated'],
    ],
    [
      'a fix with no links of its own lists who links to it, then its cluster by shared status',
      'shares-status',
      ['curated', 'target', 'links-to-target'],
    ],
  ])('%s', (_name, id, expected) => {
    expect(ids(id)).toEqual(expected);
  });

  test('never include the fix itself', () => {
    for (const f of graph.fixes) expect(ids(f.id)).not.toContain(f.id);
  });

  test('relatedness weighs explicit links over shared causes over shared statuses', () => {
    const t = graph.fix('target');
    expect(relatedness(graph.fix('links-to-target'), t)).toBeGreaterThan(relatedness(graph.fix('shares-cause'), t));
    expect(relatedness(graph.fix('shares-cause'), t)).toBeGreaterThan(relatedness(graph.fix('shares-status'), t));
  });
});

describe('cross-link indexes', () => {
  const graph = buildGraph(
    input([
      fix('a', { causes: ['cause-a'], faqs: ['faq-a'], aliases: ['old-a'] }),
      fix('b', { causes: ['cause-a'], cluster: 'c2', related: ['a'] }),
      fix('c', { cluster: 'c2' }),
    ]),
    { relatedLimit: 6 },
  );
  test('fixes by cause, by FAQ and by cluster', () => {
    expect(graph.fixesWithCause('cause-a').map((f) => f.id)).toEqual(['a', 'b']);
    expect(graph.fixesWithFaq('faq-a').map((f) => f.id)).toEqual(['a']);
    expect(graph.fixesIn('c2').map((f) => f.id)).toEqual(['b', 'c']);
    expect(graph.clustersOf('p').map((c) => c.id)).toEqual(['c1', 'c2']);
  });
  test('top fixes of a cluster: the most linked-to first', () => {
    expect(graph.topFixesIn('c2', 1).map((f) => f.id)).toEqual(['b']);
  });
  test('redirects come from aliases', () => {
    expect(graph.redirects).toEqual([{ from: 'old-a', to: 'a', file: 'content/fixes/a.mdx' }]);
  });
  test('common fixes: the most linked-to first', () => {
    expect(graph.commonFixes('p', 2).map((f) => f.id)).toEqual(['a', 'b']);
  });
});
