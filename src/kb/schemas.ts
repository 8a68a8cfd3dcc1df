/**
 * The schemas of the content collections, built around a `reference` function so they can be
 * checked without Astro: src/content.config.ts passes Astro's `reference()`, the unit tests a
 * stand-in. Cross-entry rules (references resolve, IDs unique, FAQ questions unique…) live in
 * src/kb/graph.ts, because a schema only sees one entry at a time.
 */
import { z } from 'astro/zod';
import { SOURCE_KINDS } from './sources.ts';

/** What Astro's `reference(collection)` is to these schemas: a schema that reads an entry id into `{ id }`. */
export type Reference = (
  collection: 'products' | 'surfaces' | 'clusters' | 'fixes' | 'causes' | 'faqs',
) => z.ZodType<{ id: string }, unknown>;

export function contentSchemas(reference: Reference) {
  const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

  // A calendar date written as YYYY-MM-DD, kept as that string. YAML turns an unquoted date into a
  // Date object, so both forms are accepted; a quoted impossible date like "2026-02-30" is refused.
  const isoDate = z
    .union([z.date(), z.string()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
        .refine((value) => {
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        }, 'not a real calendar date'),
    );

  /** A product the knowledge base covers, e.g. `claude`. */
  const products = z.object({
    name: z.string().min(1).describe('Product name as readers know it'),
    description: z.string().min(1).describe('One or two sentences for the product page'),
    commonFixes: z.array(reference('fixes')).default([]).describe('Fixes the home page lists first'),
    firstPartySources: z
      .array(z.string().regex(/^[a-z0-9.-]+(?:\/[^\s]*)?$/, 'write a host, or a host and path, without https://'))
      .min(1)
      .describe('Pages that may be cited as documentation, SDK source or status: host or host/path prefixes'),
    errorPlatforms: z
      .strictObject({ anthropic: z.string().trim().min(1), bedrock: z.string().trim().min(1), vertex: z.string().trim().min(1) })
      .partial()
      .default({})
      .describe('Names of the platforms whose error codes /errors/ explains, e.g. anthropic: Claude API, bedrock: Amazon Bedrock'),
  });

  /**
   * Where a product is used (the Claude API, Claude Code, the apps, the cloud platforms): the home page,
   * the product page and llms.txt group clusters under these.
   */
  const surfaces = z.strictObject({
    title: z.string().trim().min(1).describe('Name readers know it by, e.g. "Claude Code"'),
    description: z.string().trim().min(1).describe('One sentence: what this surface is'),
    product: reference('products'),
    order: z.number().int().nonnegative().describe('Position on the home and product pages, lowest first'),
  });

  /** A category of fixes within a product. */
  const clusters = z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    product: reference('products'),
    surface: reference('surfaces').describe('The surface this cluster is listed under'),
    order: z.number().int().nonnegative().describe('Position within its surface, lowest first'),
  });

  /** The exact error text a reader sees, with the HTTP status and error type where known. */
  const signature = z.strictObject({
    message: z.string().trim().min(1).describe('Verbatim message, as the user sees it'),
    status: z.number().int().min(100).max(599).optional(),
    type: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'error types are snake_case, e.g. rate_limit_error')
      .optional(),
    code: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a platform error code is one word, e.g. ThrottlingException or RESOURCE_EXHAUSTED')
      .optional()
      .describe("A cloud platform's own error name (Amazon Bedrock, Google Cloud), when the error comes from one"),
    surface: z.string().optional().describe('Where this wording appears, e.g. "Python SDK"'),
    version: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Which versions print this wording, e.g. "Claude Code 2.1.144 and later", when it changed'),
  });

  /**
   * A page a fact rests on. `kind` says what it is worth: official documentation (Anthropic's docs and
   * Help Center, AWS and Google Cloud docs, release notes), SDK source (a file of an official SDK at a tag
   * or commit), a status or incident page, or a user report (an issue thread or forum post, evidence of
   * the wording users see and nothing more). Only reports may be third-party pages: the content graph
   * checks the others against the product's `firstPartySources`.
   */
  const source = z.strictObject({
    title: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/, error: 'sources need an http(s) URL' }),
    kind: z.enum(SOURCE_KINDS, { error: `source kind is one of ${SOURCE_KINDS.join(', ')}` }),
  });

  const step = z.strictObject({
    id: slug.describe('Stable anchor of the step; never change it once published'),
    title: z.string().trim().min(1),
  });

  /** A troubleshooting article. The body holds the step details and the prose sections. */
  const fixes = z
    .strictObject({
      articleId: z
        .string()
        .regex(/^KB-\d{4,}$/, 'article IDs look like KB-1001')
        .describe('Permanent ID, never reused or changed'),
      title: z.string().trim().min(1),
      metaTitle: z
        .string()
        .trim()
        .min(1)
        .max(60, 'metaTitle is the <title> of the page: at most 60 characters')
        .optional()
        .describe('Shorter title for search results and tabs, when the title is longer than 60 characters'),
      quickAnswer: z.string().trim().min(1).describe('One or two sentences that solve the common case'),
      product: reference('products'),
      cluster: reference('clusters'),
      surfaces: z.array(z.enum(['api', 'sdk', 'claude-code', 'web', 'desktop', 'mobile', 'bedrock', 'vertex'])).min(1),
      signatures: z.array(signature).default([]),
      steps: z.array(step).min(1, 'a fix needs at least one step'),
      causes: z.array(reference('causes')).default([]),
      faqs: z.array(reference('faqs')).default([]),
      related: z
        .array(reference('fixes'))
        .max(8, 'list at most 8 related fixes: the related list is a few next steps, not an index')
        .default([]),
      pendingRelated: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('Related titles with no article yet; kept so the importer drops nothing'),
      aliases: z.array(slug).default([]).describe('Old slugs that redirect here'),
      sources: z
        .array(source)
        .min(1, 'list at least one source')
        .refine((list) => list.some((s) => s.kind !== 'report'), 'list at least one source that is not a user report'),
      created: isoDate,
      reviewed: isoDate,
    })
    .refine((fix) => fix.reviewed >= fix.created, {
      message: 'reviewed date is before the created date',
      path: ['reviewed'],
    });

  /** A root cause shared by many fixes. Body: "How to confirm" and "What to do" sections. */
  const causes = z.strictObject({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1).describe('One sentence shown wherever the cause is listed'),
    sources: z.array(source).default([]).describe('Pages the facts of this cause rest on; shown with every fix that lists it'),
  });

  /** A question shared by many fixes; the answer is the body. */
  const faqs = z.strictObject({
    question: z.string().trim().min(1),
    group: z.string().trim().min(1).describe('Heading the question is grouped under on /faq/'),
    sources: z.array(source).default([]).describe('Pages the answer rests on; shown with every fix that lists it'),
  });

  /**
   * An error code with its official meaning, for the /errors/ landing pages: a Claude API status and
   * error type, or a cloud platform's own error name (Amazon Bedrock's `ThrottlingException`, Google
   * Cloud's `RESOURCE_EXHAUSTED`) with the Claude status and type it corresponds to.
   */
  const errorCodes = z.union([
    z.strictObject({
      platform: z.literal('anthropic').default('anthropic'),
      status: z.number().int().min(100).max(599),
      type: z.string().regex(/^[a-z][a-z0-9_]*$/),
      name: z.string().trim().min(1),
      meaning: z.string().trim().min(1).describe('What the status means, from the official docs'),
      source: z.url({ protocol: /^https?$/ }),
    }),
    z.strictObject({
      platform: z.enum(['bedrock', 'vertex']).describe('The cloud platform that names this error'),
      code: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
        .describe("The platform's error name, as its responses spell it"),
      status: z.number().int().min(100).max(599).describe('The HTTP status the platform sends it with'),
      type: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/)
        .optional()
        .describe('The Claude API error type it corresponds to'),
      name: z.string().trim().min(1),
      meaning: z.string().trim().min(1).describe("What the error means, from the platform's own docs"),
      source: z.url({ protocol: /^https?$/ }),
    }),
  ]);

  return { products, surfaces, clusters, fixes, causes, faqs, errorCodes };
}
