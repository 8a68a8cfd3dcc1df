/**
 * Runs of consecutive items that share a key, in order (the items are expected sorted by that key).
 * @example groupRuns([{ g: 'a' }, { g: 'a' }, { g: 'b' }], (x) => x.g).map((r) => r.items.length) // => [2, 1]
 */
export function groupRuns<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const runs: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs[runs.length - 1];
    if (last?.key === k) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}
