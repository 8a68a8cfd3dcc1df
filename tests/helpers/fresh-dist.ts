// Build tests and browser tests read dist/: they refuse one that is not the build of the files in
// front of them (an old build, another content folder), instead of passing or failing for the
// wrong reason. npm run build writes what it was built from into dist/.build-info.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INFO, sourceHash } from '../../scripts/build-info.ts';

export function assertFreshDist(dist = process.env.DIST_DIR ?? 'dist'): void {
  const file = join(dist, BUILD_INFO);
  if (!existsSync(file)) throw new Error(`${dist}/ was not built by npm run build (no ${BUILD_INFO}): run npm run build first`);
  const { sources } = JSON.parse(readFileSync(file, 'utf8')) as { sources?: string };
  if (sources !== sourceHash())
    throw new Error(
      `${dist}/ is the build of other sources than these (src/, public/, content or the lockfile changed since): run npm run build`,
    );
}
