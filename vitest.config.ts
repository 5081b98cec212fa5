import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
    pool: 'forks',
    // Concurrent tests within a file (the differential programs): two, for two cores.
    maxConcurrency: 2,
  },
});
