/**
 * Files the search reads besides Pagefind's index, computed at build time from the content:
 * the error signatures (sharded by message key, so recognising a paste fetches one small file)
 * and the index vocabulary (sharded by first letter, for typo correction).
 */
import type { FixNode } from '../content-graph.ts';
import { fixPath } from '../paths.ts';
import { messageKey, toWords } from './analyze.ts';
import { signatureShard, type SignatureEntry } from './engine.ts';
import { shardOf } from './typo.ts';

/** About this many signatures per shard file (a shard is a few KB gzipped, whatever the site's size). */
const SIGNATURES_PER_SHARD = 100;

/** Signature entries of every fix, split into shards. */
export function signatureShards(fixes: readonly FixNode[]): SignatureEntry[][] {
  const entries: SignatureEntry[] = fixes.flatMap((fix) =>
    fix.signatures.map((s) => ({
      key: messageKey(s.message),
      message: s.message,
      ...(s.status !== undefined ? { status: s.status } : {}),
      ...(s.type ? { type: s.type } : {}),
      url: fixPath(fix.id),
      title: fix.title,
    })),
  );
  const count = Math.max(1, Math.ceil(entries.length / SIGNATURES_PER_SHARD));
  const shards: SignatureEntry[][] = Array.from({ length: count }, () => []);
  for (const entry of entries.filter((e) => e.key)) shards[signatureShard(entry.key, count)]!.push(entry);
  return shards;
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
    if (!words) split.set(text, (words = toWords(text).toLowerCase().split(' ').filter((word) => word.length >= 2 && word.length <= 40)));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const shards: Record<string, string[]> = {};
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [word] of sorted) (shards[shardOf(word)] ??= []).push(word);
  return shards;
}

/** The text of a fix page that Pagefind indexes: the fix itself and the causes and FAQs it shows. */
export function indexedTexts(fix: FixNode, causes: (id: string) => { title: string; summary: string }, faqs: (id: string) => { question: string; body: string }): string[] {
  return [
    fix.title,
    fix.quickAnswer,
    ...fix.signatures.map((s) => s.message),
    ...fix.steps.map((s) => s.title),
    fix.body,
    ...fix.causes.flatMap((id) => [causes(id).title, causes(id).summary]),
    ...fix.faqs.flatMap((id) => [faqs(id).question, faqs(id).body]),
  ];
}
