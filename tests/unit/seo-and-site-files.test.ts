import { describe, expect, test } from 'vitest';
import { metaDescription, fixMetaTitle, pagedMeta, DESCRIPTION_MAX, TITLE_MAX } from '../../src/site-files/seo.ts';
import { formatDate } from '../../src/text/dates.ts';
import { atomFeed, llmsTxt, robotsTxt, sitemapXml } from '../../src/site-files/text-files.ts';
import { breadcrumbList, crumbsJsonLd, faqPage, fixStructuredData, howTo, serializeJsonLd } from '../../src/site-files/jsonld.ts';
import { markdownToText, subsectionTexts } from '../../src/markdown/plain-text.ts';
import { fixMarkdown, ticketText, type FixTextInput } from '../../src/text/fix-text.ts';
import { errorCodePages } from '../../src/kb/error-codes.ts';
import { answerPath, editHref, kbPath, reportProblemHref } from '../../src/paths.ts';

describe('metaDescription', () => {
  test.each([
    [
      'Short enough text stays as it is, whatever its length below the limit.',
      'Short enough text stays as it is, whatever its length below the limit.',
    ],
    [
      `First sentence is fine and long enough to stand alone as a description. ${'a second clause that keeps going '.repeat(6)}end.`,
      'First sentence is fine and long enough to stand alone as a description.',
    ],
    [`${'word '.repeat(60)}end.`, `${'word '.repeat(31).trim()}…`],
    // A period inside a version number or a host name does not end the sentence.
    [
      `The SDK needs Python 3.8 or later to run. Version 2.5 of docs.anthropic.com is out now! ${'filler '.repeat(30)}`,
      'The SDK needs Python 3.8 or later to run. Version 2.5 of docs.anthropic.com is out now!',
    ],
    // Sentences are kept while they fit: the one that would pass 160 characters is left out.
    [`${'a'.repeat(70)}. ${'b'.repeat(80)}? ${'c'.repeat(20)}.`, `${'a'.repeat(70)}. ${'b'.repeat(80)}?`],
  ])('%#', (input, expected) => {
    const out = metaDescription(input);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
  test.each([
    ['2026-11-26', 'November 26, 2026'],
    ['2026-01-01', 'January 1, 2026'],
  ])("formatDate(%s) is %s (in UTC, whatever the machine's time zone)", (iso, expected) => expect(formatDate(iso)).toBe(expected));
  test('fixMetaTitle prefers the short title', () => {
    expect(fixMetaTitle({ title: 'Long', metaTitle: 'Short' })).toBe('Short');
    expect(fixMetaTitle({ title: 'Only' })).toBe('Only');
  });
});

describe('pagedMeta', () => {
  const longTitle = 'Root cause: the organization ran out of prepaid credits for the API';
  const longText = `${'The answer explains what to check first and then what to change in the console settings. '.repeat(3)}`;
  test.each([
    [
      'page 1 is the plain title and description',
      ['Root cause: Expired key'],
      'The key was revoked by an admin of the workspace.',
      1,
      'Root cause: Expired key',
      'The key was revoked by an admin of the workspace.',
    ],
    [
      'later pages end with the page number',
      ['Root cause: Expired key'],
      'The key was revoked by an admin of the workspace.',
      2,
      'Root cause: Expired key (page 2)',
      'The key was revoked by an admin of the workspace. (page 2)',
    ],
    [
      'a long title falls back to the shorter candidate',
      [longTitle, 'Out of prepaid credits'],
      'The key was revoked by an admin of the workspace.',
      12,
      'Out of prepaid credits (page 12)',
      'The key was revoked by an admin of the workspace. (page 12)',
    ],
  ])('%s', (_, titles, text, n, title, description) => {
    expect(pagedMeta(titles, text, n)).toEqual({ title, description });
  });
  test('the page number survives shortening, so pages never share a title or description', () => {
    const metas = [1, 2, 3, 10].map((n) => pagedMeta([longTitle], longText, n));
    for (const m of metas) {
      expect(m.title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(m.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
    expect(metas[3]!.title.endsWith(' (page 10)')).toBe(true);
    expect(metas[3]!.description.endsWith(' (page 10)')).toBe(true);
    expect(new Set(metas.map((m) => m.title)).size).toBe(4);
    expect(new Set(metas.map((m) => m.description)).size).toBe(4);
  });
});

describe('JSON-LD', () => {
  test('serializeJsonLd cannot close its script element', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(out).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });
  test('breadcrumbs, HowTo and FAQPage have schema.org shapes', () => {
    expect(
      breadcrumbList([
        { name: 'A', url: 'https://s/a/' },
        { name: 'B', url: 'https://s/b/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'A', item: 'https://s/a/' },
        { '@type': 'ListItem', position: 2, name: 'B', item: 'https://s/b/' },
      ],
    });
    expect(
      howTo({ url: 'https://s/f/', name: 'N', description: 'D', steps: [{ name: 'One', text: '', anchor: 'step-one' }] }).step,
    ).toEqual([{ '@type': 'HowToStep', position: 1, name: 'One', text: 'One', url: 'https://s/f/#step-one' }]);
    expect(faqPage([{ question: 'Q?', answer: 'A.' }]).mainEntity).toEqual([
      { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
    ]);
    expect(crumbsJsonLd([{ label: 'Home', href: '/' }, { label: 'Here' }], 'https://s.example', '/here/').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://s.example/' },
      { '@type': 'ListItem', position: 2, name: 'Here', item: 'https://s.example/here/' },
    ]);
  });
  test('fixStructuredData: TechArticle dated by the review, HowTo step text from the body', () => {
    const blocks = fixStructuredData({
      site: 'https://s.example/',
      siteName: 'Site',
      fix: {
        id: 'f',
        articleId: 'KB-1',
        title: 'T',
        description: 'D',
        created: '2026-01-01',
        reviewed: '2026-02-01',
        steps: [{ id: 'one', title: 'First' }],
        signatures: [{ message: 'boom', type: 'api_error' }],
        body: '## Steps\n\n### First\n\nRun `npm ci` now.\n\nMore text.\n',
      },
      cluster: { id: 'c', title: 'C' },
    });
    // The BreadcrumbList comes from the layout, from the trail the page shows.
    const plain = blocks as unknown as Record<string, unknown>[];
    expect(plain.map((b) => b['@type'])).toEqual(['TechArticle', 'HowTo']);
    expect(blocks[0]).toMatchObject({
      dateModified: '2026-02-01',
      datePublished: '2026-01-01',
      identifier: 'KB-1',
      url: 'https://s.example/fixes/f/',
      image: 'https://s.example/og/f.png',
      keywords: 'api_error, boom',
    });
    expect((plain[1]!.step as { text: string }[])[0]!.text).toBe('Run npm ci now.');
  });
});

describe('plain text', () => {
  test.each([
    ['Run `npm ci` and see [the docs](https://x).', 'Run npm ci and see the docs.'],
    ['**Bold** and _em_ and \\{braces\\}', 'Bold and em and {braces}'],
    ['```sh\ncurl x\n```', 'curl x'],
    ['- one\n- two', '• one\n• two'],
    ['Character references: &#65; and &#x42;', 'Character references: A and B'],
  ])('markdownToText(%j)', (md, text) => expect(markdownToText(md)).toBe(text));
  test('subsectionTexts splits a section by its ### headings, as plain text, ignoring fenced code', () => {
    const body = '## Steps\n\n### A\n\nx\n```\n## not\n```\n### B\n\ny\n\n## Why this happens\n\nz';
    expect(subsectionTexts(body, 'Steps')).toEqual([
      { heading: 'A', text: 'x\n\n## not' },
      { heading: 'B', text: 'y' },
    ]);
  });
  test('subsectionTexts: a ~~~ line inside a ``` block neither closes the block nor ends a step', () => {
    const body = '## Steps\n\n### One\n\n````sh\n~~~\n### not a step\n````\n\n### Two\n\nz\n';
    expect(subsectionTexts(body, 'Steps').map((s) => s.heading)).toEqual(['One', 'Two']);
    expect(subsectionTexts(body, 'Why this happens')).toEqual([]);
  });
});

describe('site files', () => {
  test('sitemap escapes URLs and carries lastmod', () => {
    expect(sitemapXml([{ url: 'https://s/a?b=1&c=2', lastmod: '2026-01-01' }, { url: 'https://s/b/' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://s/a?b=1&amp;c=2</loc><lastmod>2026-01-01</lastmod></url>\n  <url><loc>https://s/b/</loc></url>\n</urlset>\n',
    );
  });
  test('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://s.example/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://s.example/sitemap.xml\n');
  });
  test('the Atom feed lists the most recently reviewed first and escapes text', () => {
    const feed = atomFeed({
      site: 'https://s.example/',
      title: 'S & co',
      subtitle: 'sub',
      entries: [
        {
          url: 'https://s.example/a/',
          id: 'tag:a',
          title: 'Old <one>',
          summary: 's',
          published: '2026-01-01',
          updated: '2026-01-01',
          category: 'c',
        },
        {
          url: 'https://s.example/b/',
          id: 'tag:b',
          title: 'New',
          summary: 's',
          published: '2026-01-01',
          updated: '2026-03-01',
          category: 'c',
        },
      ],
    });
    expect(feed).toContain('<title>S &amp; co</title>');
    expect(feed).toContain('<updated>2026-03-01T00:00:00Z</updated>');
    expect(feed.indexOf('<title>New</title>')).toBeLessThan(feed.indexOf('<title>Old &lt;one&gt;</title>'));
  });
  test('llms.txt links every fix as Markdown, by surface and cluster', () => {
    const sections = [
      {
        title: 'Claude Code',
        description: 'The\nCLI.',
        groups: [{ title: 'G', fixes: [{ title: 'F', markdownPath: '/fixes/f.md', quickAnswer: 'Do\nit.' }] }],
      },
      {
        title: 'Apps',
        description: 'Web.',
        groups: [{ title: 'H', fixes: [{ title: 'E', markdownPath: '/fixes/e.md', quickAnswer: 'Wait.' }] }],
      },
    ];
    expect(llmsTxt({ name: 'S', summary: 'Sum.', site: 'https://s.example/', sections })).toBe(
      '# S\n\n> Sum.\n\nEach fix is available as plain Markdown at the link below (the same path as its page, with .md).\n\n' +
        '## Claude Code\n\nThe CLI.\n\n### G\n\n- [F](https://s.example/fixes/f.md): Do it.\n\n' +
        '## Apps\n\nWeb.\n\n### H\n\n- [E](https://s.example/fixes/e.md): Wait.\n',
    );
  });
});

describe('fix text', () => {
  const input: FixTextInput = {
    title: 'Fix "boom"',
    quickAnswer: 'Do the thing.',
    url: 'https://s.example/fixes/boom/',
    shortUrl: 'https://s.example/kb/1001/',
    articleId: 'KB-1001',
    reviewed: '2026-11-26',
    signatures: [{ message: 'boom', status: 500, type: 'api_error' }],
    steps: [{ title: 'Check' }, { title: 'Retry' }],
    body: '## Steps\n\n### Check\n\nLook at \\{x\\}.\n\n### Retry\n\nAgain.',
    causes: [{ title: 'Cause', url: 'https://s.example/causes/c/', summary: 'Why.' }],
    faqs: [{ question: 'Q?', body: 'A.', url: 'https://s.example/faq/q/' }],
    sources: [{ heading: 'Official documentation', sources: [{ title: 'Docs', url: 'https://docs.example/', kind: 'docs' }] }],
  };
  test('ticket text as plain text and as Markdown', () => {
    expect(ticketText(input, 'text')).toBe('Fix "boom"\n\nDo the thing.\n\n1. Check\n2. Retry\n\nFull steps: https://s.example/kb/1001/');
    expect(ticketText(input, 'markdown')).toBe(
      '**Fix "boom"**\n\nDo the thing.\n\n1. Check\n2. Retry\n\nFull steps: https://s.example/kb/1001/',
    );
  });
  test('the Markdown twin has every part of the page', () => {
    const md = fixMarkdown(input);
    for (const part of [
      '# Fix "boom"',
      '> Do the thing.',
      'HTTP 500 api_error:',
      '```text\nboom\n```',
      '### Check',
      'Look at {x}.',
      '- [Cause](https://s.example/causes/c/): Why.',
      '### Q?',
      '### Official documentation\n\n- [Docs](https://docs.example/)',
    ]) {
      expect(md).toContain(part);
    }
  });
});

describe('error code pages', () => {
  // The platforms' names come from the product's content (errorPlatforms), never from code.
  const names = { anthropic: 'Acme API', bedrock: 'Amazon Bedrock', vertex: 'Google Cloud Vertex AI' };
  const fix = (id: string, signatures: { message: string; status?: number; type?: string; code?: string }[]) =>
    ({ id, signatures }) as never;
  test('one page per status and per type that a fix covers, with the official entry', () => {
    const pages = errorCodePages(
      [
        fix('a', [
          { message: 'x', status: 429, type: 'rate_limit_error' },
          { message: 'y', status: 429 },
        ]),
        fix('b', [{ message: 'z', status: 401 }]),
      ],
      [{ status: 429, type: 'rate_limit_error', name: 'Rate limit', meaning: 'm', source: 'https://s' }],
      [],
      names,
    );
    expect(pages.statuses.map((p) => [p.code, p.fixes.length, p.entry?.name])).toEqual([
      ['401', 1, undefined],
      ['429', 1, 'Rate limit'],
    ]);
    expect(pages.types.map((p) => [p.code, p.fixes.length])).toEqual([['rate_limit_error', 1]]);
  });
  test('a page per cloud platform error name, linked both ways with the Claude status and type it corresponds to', () => {
    const pages = errorCodePages(
      [
        fix('a', [{ message: 'x', status: 429, type: 'rate_limit_error' }]),
        fix('b', [{ message: 'Too many tokens', status: 429, code: 'ThrottlingException' }]),
      ],
      [{ status: 429, type: 'rate_limit_error', name: 'Rate limit', meaning: 'm', source: 'https://s' }],
      [
        {
          platform: 'bedrock',
          code: 'ThrottlingException',
          status: 429,
          type: 'rate_limit_error',
          name: 'Throttling',
          meaning: 'quota',
          source: 'https://aws',
        },
        {
          platform: 'vertex',
          code: 'RESOURCE_EXHAUSTED',
          status: 429,
          type: 'rate_limit_error',
          name: 'Exhausted',
          meaning: 'q',
          source: 'https://g',
        },
      ],
      names,
    );
    expect(pages.platforms.map((p) => [p.code, p.platform?.code, p.fixes.map((f) => f.id), p.related])).toEqual([
      [
        'throttlingexception',
        'ThrottlingException',
        ['b'],
        [
          { code: '429', label: 'HTTP 429' },
          { code: 'rate_limit_error', label: 'rate_limit_error' },
        ],
      ],
    ]);
    // No fix carries RESOURCE_EXHAUSTED: no page, and no link to one.
    expect(pages.statuses[0]!.related).toEqual([
      { code: 'rate_limit_error', label: 'rate_limit_error' },
      { code: 'throttlingexception', label: 'ThrottlingException (Amazon Bedrock)' },
    ]);
  });
});

describe('links', () => {
  test('kbPath drops the KB- prefix', () => expect(kbPath('KB-1001')).toBe('/kb/1001/'));
  test('answerPath maps a fix page to its answer file', () => expect(answerPath('/fixes/a-b/')).toBe('/search/answers/a-b.json'));
  test('reportProblemHref fills and encodes the template', () => {
    expect(
      reportProblemHref('mailto:a@b?subject={id}%20{title}&body={url}', { id: 'KB-1', slug: 's', title: 'A & "B"', url: 'https://s/x/' }),
    ).toBe('mailto:a@b?subject=KB-1%20A%20%26%20%22B%22&body=https%3A%2F%2Fs%2Fx%2F');
  });
  test.each([
    ['https://github.com/o/r/edit/main/{path}', 'content/fixes/a.mdx', 'https://github.com/o/r/edit/main/content/fixes/a.mdx'],
    [
      'https://git.example/o/r/-/edit/main/{path}?ref=kb',
      'content/fixes/a b#c.md',
      'https://git.example/o/r/-/edit/main/content/fixes/a%20b%23c.md?ref=kb',
    ],
    ['https://cms.example/edit', 'content/fixes/a.mdx', 'https://cms.example/edit'],
  ])('editHref(%j, %j) is %j', (template, path, href) => expect(editHref(template, path)).toBe(href));
});
