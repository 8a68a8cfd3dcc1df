// Two clean builds of the same commit are byte-identical: dist/ (from `npm run build`) against a
// fresh build with an empty cache in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compareTrees, hashTree } from '../../scripts/tree-hash.ts';
import { DIST } from '../helpers/dist.ts';

test('a second clean build produces a byte-identical dist/', () => {
  const root = mkdtempSync(join(tmpdir(), 'unstuck-repro-'));
  try {
    const out = join(root, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, UNSTUCK_CACHE_DIR: join(root, 'cache') },
    });
    expect(result.status, result.stderr).toBe(0);
    const mine = hashTree(DIST);
    expect(mine.size).toBeGreaterThan(100);
    expect(compareTrees(mine, hashTree(out))).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
