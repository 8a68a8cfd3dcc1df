/** The query module's types (src/kb/kb.ts), apart so modules that only need the shape do not load content. */
import type { CollectionEntry } from 'astro:content';
import type { KnowledgeGraph } from './graph.ts';
import type { ErrorCodePage, ErrorPlatform } from './error-codes.ts';
import type { StoredSignature } from '../search/core/signatures.ts';

export type FixEntry = CollectionEntry<'fixes'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FaqEntry = CollectionEntry<'faqs'>;

export interface KnowledgeBase extends KnowledgeGraph {
  /** The Astro entry of a fix/cause/FAQ, for `render()` and full frontmatter. */
  fixEntry: (id: string) => FixEntry;
  causeEntry: (id: string) => CauseEntry;
  faqEntry: (id: string) => FaqEntry;
  /** /errors/ landing pages: per HTTP status, per Claude error type and per cloud platform error name. */
  errorPages: { statuses: ErrorCodePage[]; types: ErrorCodePage[]; platforms: ErrorCodePage[] };
  /** Every /errors/ page: statuses, types and platform codes. */
  allErrorPages: () => ErrorCodePage[];
  /** A platform's name as readers know it (`Claude API`, `Amazon Bedrock`), from the products' `errorPlatforms`. */
  platformName: (platform: ErrorPlatform) => string;
  /** The error-signature shards of the search (computed on first use, once). */
  signatureShards: () => StoredSignature[][];
}
