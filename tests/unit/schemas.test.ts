// The collection schemas, checked without Astro (src/kb/schemas.ts with a stand-in for reference()):
// each rule refuses a broken entry and says what is wrong. The build runs the same schemas.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { contentSchemas } from '../../src/kb/schemas.ts';

const schemas = contentSchemas(() => z.string().transform((id) => ({ id })));

const fix = {
  articleId: 'KB-0001',
  title: 'Widget not found',
  quickAnswer: 'Check the ID.',
  product: 'acme',
  cluster: 'widgets',
  surfaces: ['api'],
  steps: [{ id: 'check-id', title: 'Check the ID' }],
  sources: [{ title: 'Acme docs', url: 'https://example.com/docs', kind: 'docs' }],
  created: '2026-01-01',
  reviewed: '2026-02-01',
};

/** The messages of a failed parse, each with its path: `sources.0.url: sources need an http(s) URL`. */
const problems = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a fix', () => {
  test('a complete fix passes, with its defaults', () => {
    const parsed = schemas.fixes.parse(fix);
    expect(parsed).toMatchObject({ causes: [], faqs: [], related: [], aliases: [], signatures: [] });
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['no steps', { steps: [] }, 'steps: a fix needs at least one step'],
    ['an empty title', { title: '   ' }, 'title: Too small: expected string to have >=1 characters'],
    [
      'a source that is not a URL',
      { sources: [{ title: 'Docs', url: 'the docs', kind: 'docs' }] },
      'sources.0.url: sources need an http(s) URL',
    ],
    [
      'a source of an unknown kind',
      { sources: [{ title: 'Docs', url: 'https://example.com', kind: 'blog' }] },
      'sources.0.kind: source kind is one of docs, sdk, status, report',
    ],
    [
      'only user reports as sources',
      { sources: [{ title: 'Issue', url: 'https://github.com/x/y/issues/1', kind: 'report' }] },
      'sources: list at least one source that is not a user report',
    ],
    ['a quoted impossible date', { created: '2026-02-30' }, 'created: not a real calendar date'],
    ['a date in another format', { reviewed: '01/02/2026' }, 'reviewed: write dates as YYYY-MM-DD'],
    ['a review before the first publication', { reviewed: '2025-12-31' }, 'reviewed: reviewed date is before the created date'],
    ['a malformed article ID', { articleId: 'KB-1' }, 'articleId: article IDs look like KB-1001'],
    [
      'a metaTitle over 60 characters',
      { metaTitle: 'x'.repeat(61) },
      'metaTitle: metaTitle is the <title> of the page: at most 60 characters',
    ],
    [
      'an unknown surface',
      { surfaces: ['watch'] },
      'surfaces.0: Invalid option: expected one of "api"|"sdk"|"claude-code"|"web"|"desktop"|"mobile"|"bedrock"|"vertex"',
    ],
    ['an unknown field', { author: 'me' }, ': Unrecognized key: "author"'],
    [
      'more than 8 related fixes',
      { related: Array.from({ length: 9 }, (_, i) => `fix-${i}`) },
      'related: list at most 8 related fixes: the related list is a few next steps, not an index',
    ],
    [
      'a step id that is not a slug',
      { steps: [{ id: 'Check ID', title: 'Check the ID' }] },
      'steps.0.id: use lowercase letters, digits and single hyphens',
    ],
    [
      'an error type that is not snake_case',
      { signatures: [{ message: 'x', type: 'RateLimit' }] },
      'signatures.0.type: error types are snake_case, e.g. rate_limit_error',
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(problems(schemas.fixes, { ...fix, ...change })).toContain(message);
  });

  test('refuses a fix with no cluster', () => {
    const { cluster: _cluster, ...noCluster } = fix;
    expect(problems(schemas.fixes, noCluster)).toEqual(['cluster: Invalid input: expected string, received undefined']);
  });
});

describe('the other collections', () => {
  test.each<[string, z.ZodType, unknown, string]>([
    [
      'a product without first-party sources',
      schemas.products,
      { name: 'Acme', description: 'd', firstPartySources: [] },
      'firstPartySources: Too small: expected array to have >=1 items',
    ],
    [
      'a first-party source written as a URL',
      schemas.products,
      { name: 'Acme', description: 'd', firstPartySources: ['https://example.com'] },
      'firstPartySources.0: write a host, or a host and path, without https://',
    ],
    [
      'a cluster without a surface',
      schemas.clusters,
      { title: 'T', description: 'd', product: 'acme', order: 1 },
      'surface: Invalid input: expected string, received undefined',
    ],
    ['a cause without a summary', schemas.causes, { title: 'T' }, 'summary: Invalid input: expected string, received undefined'],
    ['an FAQ without a group', schemas.faqs, { question: 'Why?' }, 'group: Invalid input: expected string, received undefined'],
    [
      'a platform error code with a space',
      schemas.errorCodes,
      { platform: 'bedrock', code: 'Throttling Exception', status: 429, name: 'n', meaning: 'm', source: 'https://docs.aws.amazon.com/x' },
      'code: Invalid string: must match pattern /^[A-Za-z][A-Za-z0-9_]*$/',
    ],
  ])('refuses %s', (_name, schema, value, message) => {
    expect(problems(schema, value)).toContain(message);
  });

  test('an error code is a Claude API status and type, or a platform code', () => {
    expect(
      schemas.errorCodes.parse({
        status: 429,
        type: 'rate_limit_error',
        name: 'Rate limit',
        meaning: 'm',
        source: 'https://platform.claude.com/docs',
      }),
    ).toMatchObject({ platform: 'anthropic' });
    expect(
      schemas.errorCodes.parse({
        platform: 'vertex',
        code: 'RESOURCE_EXHAUSTED',
        status: 429,
        name: 'n',
        meaning: 'm',
        source: 'https://cloud.google.com/x',
      }),
    ).toMatchObject({ platform: 'vertex' });
  });
});
