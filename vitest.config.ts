import { defineConfig } from 'vitest/config';
import RebuildsFirst from './tests/helpers/sequencer.ts';

// Unit tests (pure modules) and build tests (over dist/, and builds of their own) are separate
// projects so `npm test` can run the unit tests before spending time on a build.
export default defineConfig({
  test: {
    // Vitest's order, with tests/rebuild/rebuild.test.ts first (tests/helpers/sequencer.ts).
    sequence: { sequencer: RebuildsFirst },
    // Coverage of the source by the unit tests, printed as a summary (npm run test:unit); no
    // thresholds yet: code reached only through builds and browsers shows up as uncovered.
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary'] },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          // tests/build/ reads dist/; tests/rebuild/rebuild.test.ts runs builds of its own, one after
          // another, and is started first so the two halves overlap on this machine's two cores.
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/rebuild/rebuild.test.ts'],
          // Refuse a dist/ that is not the build of these sources (tests/helpers/fresh-dist.ts).
          globalSetup: ['tests/build/global-setup.ts'],
          maxWorkers: 2,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
