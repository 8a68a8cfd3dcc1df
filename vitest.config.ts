import { defineConfig } from 'vitest/config';

// Unit tests (pure modules) and build tests (over dist/) are separate projects so `npm test`
// can run the unit tests before spending time on a build.
export default defineConfig({
  test: {
    // Coverage of the source by the unit tests, printed as a summary (npm run test:unit); no
    // thresholds yet: code reached only through builds and browsers shows up as uncovered.
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary'] },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Refuse a dist/ that is not the build of these sources (tests/helpers/fresh-dist.ts).
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
