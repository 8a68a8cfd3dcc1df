// What a build was built from: a hash of every file the site is made of, written into the output
// folder by scripts/build.ts (.build-info.json), so the build tests can refuse a dist/ that is not
// the build of the files in front of them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/kb/content-dir.ts';

export const BUILD_INFO = '.build-info.json';

/**
 * SHA-256 over the site's inputs: src/, public/, the content folder, the Astro config, the build script,
 * package.json and the lockfile.
 */
export function sourceHash(root = '.', content = contentDir()): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const part of ['src', 'public', 'astro.config.mjs', 'scripts/build.ts', 'package.json', 'package-lock.json']) add(join(root, part));
  add(content);
  return hash.digest('hex');
}
