/** Text helpers shared by the importer and the content checks. */

/**
 * Comparison key for questions and labels: lower case, punctuation dropped, whitespace collapsed.
 * @example normalizeKey('  What IS the “anthropic-version” header? ') // => 'what is the anthropic version header'
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * URL slug from a title, cut at a word boundary to at most `max` characters.
 * @example slugify("Claude can't log in fix") // => 'claude-cant-log-in-fix'
 */
export function slugify(text: string, max = 80): string {
  const slug = normalizeKey(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Word trigram set of a text, for near-duplicate detection. */
export function shingles(text: string): Set<string> {
  const words = normalizeKey(text).split(' ').filter(Boolean);
  const grams = new Set<string>();
  if (words.length < 3) {
    if (words.length) grams.add(words.join(' '));
    return grams;
  }
  for (let i = 0; i + 3 <= words.length; i++) grams.add(words.slice(i, i + 3).join(' '));
  return grams;
}

/**
 * Jaccard similarity (0–1) of the word trigrams of two texts; 1 means the same words in the same order.
 * @example similarity('a b c d', 'a b c d') // => 1
 */
export function similarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

/** Jaccard similarity of two precomputed {@link shingles} sets. */
export function jaccard(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Texts at or above this similarity are treated as the same entry (reworded punctuation, a typo). */
export const NEAR_DUPLICATE = 0.85;

/**
 * For each set, the index of the first earlier set with Jaccard similarity ≥ `threshold`, or -1: the
 * same answer as comparing every pair, without comparing every pair. Prefix filtering: order each
 * set's grams rarest first; two sets that similar share at least one of the first
 * |x| − ⌈threshold·|x|⌉ + 1 grams of each, so only sets sharing such a gram are compared.
 * @example firstNearDuplicates([new Set(['a b c']), new Set(['x y z']), new Set(['a b c'])], 0.85) // => [-1, -1, 0]
 */
export function firstNearDuplicates(sets: readonly Set<string>[], threshold = NEAR_DUPLICATE): number[] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const gram of set) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const byPrefixGram = new Map<string, number[]>();
  let firstEmpty = -1;
  return sets.map((set, index) => {
    if (set.size === 0) {
      const match = firstEmpty;
      if (firstEmpty === -1) firstEmpty = index;
      return match;
    }
    const ordered = [...set].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    // The epsilon keeps 0.85 × 20 (17.000000000000004) from rounding up to 18.
    const prefix = ordered.slice(0, set.size - Math.ceil(threshold * set.size - 1e-9) + 1);
    const candidates = new Set<number>();
    for (const gram of prefix) for (const other of byPrefixGram.get(gram) ?? []) candidates.add(other);
    let match = -1;
    for (const other of [...candidates].sort((a, b) => a - b)) {
      if (jaccard(sets[other]!, set) >= threshold) {
        match = other;
        break;
      }
    }
    for (const gram of prefix) (byPrefixGram.get(gram) ?? byPrefixGram.set(gram, []).get(gram)!).push(index);
    return match;
  });
}
