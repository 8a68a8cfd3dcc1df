/** Typo tolerance: correct a query word against the words that are really in the index. */

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up above `max`.
 * @example editDistance('wroking', 'working', 2) // => 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may need: none below 4 letters, 1 up to 7, else 2. */
function allowedEdits(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * The closest index word to a word the index does not know, or undefined. `vocabulary` is ordered by
 * how often each word occurs, most frequent first, so ties go to the commoner word.
 * @example correctWord('reched', ['reached', 'request']) // => 'reached'
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = allowedEdits(word);
  if (max === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** True when the index has the word or a word starting with it (Pagefind matches prefixes). */
export function knownWord(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some((v) => v.startsWith(word));
}

/** Which vocabulary shard holds words starting like this one. */
export function shardOf(word: string): string {
  const c = word[0] ?? '_';
  return /[a-z]/.test(c) ? c : /[0-9]/.test(c) ? '0' : '_';
}
