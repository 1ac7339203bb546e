import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium per file; two cores on CI, so at most two files at once.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
