import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code; browser tests live in e2e/ and run last, alone.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'deploy/**/*.test.ts',
            'bench/**/*.test.ts',
            'eval/**/*.test.ts',
          ],
          globalSetup: ['apps/api/test/global-postgres.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
