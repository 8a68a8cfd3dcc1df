import { defineConfig } from 'vitest/config';

// Unit tests (pure modules) and build tests (over dist/) are separate projects so `npm test`
// can run the unit tests before spending time on a build.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
