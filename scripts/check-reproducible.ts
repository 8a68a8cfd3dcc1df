// npm run check:reproducible — builds the site twice from scratch (separate output and cache folders)
// and compares every file byte for byte. Prints the differences; exits 1 if there are any.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees, hashTree } from './tree-hash.ts';

const root = mkdtempSync(join(tmpdir(), 'unstuck-repro-'));
const build = (name: string) => {
  const out = join(root, name);
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, UNSTUCK_CACHE_DIR: join(root, `${name}-cache`) },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed`);
  return hashTree(out);
};
try {
  const first = build('first');
  const second = build('second');
  const differences = compareTrees(first, second);
  console.log(`files: ${first.size}; differences: ${differences.length}`);
  for (const d of differences) console.log(`  ${d}`);
  process.exitCode = differences.length ? 1 : 0;
} finally {
  rmSync(root, { recursive: true, force: true });
}
