// SHA-256 of every file in a folder, and the differences between two such listings.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return hashes;
}

/** Files only on one side, or with different content, sorted. */
export function compareTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) out.push(`only in the first build: ${file}`);
    else if (b.get(file) !== hash) out.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in the second build: ${file}`);
  return out.sort();
}
