/**
 * Files the search reads besides Pagefind's index, computed at build time from the content:
 * the error signatures (sharded by their rarest tokens, so recognising a paste fetches a few small
 * files), each fix's answer (title, cluster, quick answer: what a recognised paste shows before
 * Pagefind loads) and the index vocabulary (sharded by first letter, for typo correction).
 */
import type { FixNode } from '../../kb/graph.ts';
import { fixPath } from '../../paths.ts';
import { toWords } from './analyze.ts';
import { signatureIndex, type StoredSignature } from './signatures.ts';
import { shardOf } from './typo.ts';

/** Signature entries of every fix, filed in shards by their rarest tokens (src/search/core/signatures.ts). */
export function signatureShards(fixes: readonly FixNode[]): StoredSignature[][] {
  return signatureIndex(
    fixes.flatMap((fix) =>
      fix.signatures.map((s) => ({ message: s.message, status: s.status, type: s.type, code: s.code, url: fixPath(fix.id) })),
    ),
  );
}

/** What a search shows of a fix before its page is open: `/search/answers/<slug>.json`. */
export interface FixAnswer {
  title: string;
  /** The cluster's title. */
  cluster: string;
  quickAnswer: string;
}

/** The answer file of a fix. */
export function fixAnswer(fix: FixNode, clusterTitle: string): FixAnswer {
  return { title: fix.title, cluster: clusterTitle, quickAnswer: fix.quickAnswer };
}

/**
 * Words of the indexed text, grouped by shard (first letter), each list ordered by frequency.
 * @example vocabularyShards(['Rate limit reached', 'rate']) // => { r: ['rate', 'reached'], l: ['limit'] }
 */
export function vocabularyShards(texts: Iterable<string>): Record<string, string[]> {
  const counts = new Map<string, number>();
  // Causes and FAQs shared by many fixes come back once per fix: split each distinct text once.
  const split = new Map<string, string[]>();
  for (const text of texts) {
    let words = split.get(text);
    if (!words)
      split.set(
        text,
        (words = toWords(text)
          .toLowerCase()
          .split(' ')
          .filter((word) => word.length >= 2 && word.length <= 40)),
      );
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const shards: Record<string, string[]> = {};
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [word] of sorted) (shards[shardOf(word)] ??= []).push(word);
  return shards;
}

/**
 * The text of a fix page that Pagefind indexes: the fix itself, the causes it shows and the questions
 * of its FAQs. The answers are not indexed (src/components/FaqItem.astro): an FAQ is shared by many
 * fixes, and its answer's words would make all of them match a query about the FAQ's own topic.
 */
export function indexedTexts(
  fix: FixNode,
  causes: (id: string) => { title: string; summary: string },
  faqs: (id: string) => { question: string },
): string[] {
  return [
    fix.title,
    fix.quickAnswer,
    ...fix.signatures.map((s) => s.message),
    ...fix.steps.map((s) => s.title),
    fix.body,
    ...fix.causes.flatMap((id) => [causes(id).title, causes(id).summary]),
    ...fix.faqs.map((id) => faqs(id).question),
  ];
}
