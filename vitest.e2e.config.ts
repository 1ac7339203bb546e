import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A page that has to download, build and paint on a loaded two-core machine can take more than
    // expect.poll's default second; every poll waits up to ten, which only matters when something is slow.
    expect: { poll: { timeout: 10_000 } },
    // One Chromium per file; two cores on CI, so at most two files at once.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
