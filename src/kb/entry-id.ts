import { basename, extname } from 'node:path';

/**
 * Entry id from a file path: the file name without its extension.
 * @example entryIdFromPath('fixes/claude-api-key-not-working.mdx') // => 'claude-api-key-not-working'
 */
export function entryIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/**
 * An id generator for the glob loader that refuses two files with the same id in one
 * collection (e.g. `x.md` beside `x.mdx`), naming both files, instead of letting one
 * silently replace the other.
 */
export function createIdGenerator(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entryIdFromPath(entry);
    const first = seen.get(id);
    if (first !== undefined && first !== entry) {
      const [a, b] = [first, entry].sort();
      throw new Error(`Duplicate slug "${id}" in the ${collection} collection: ${a} and ${b}. Rename one of the files.`);
    }
    seen.set(id, entry);
    return id;
  };
}
