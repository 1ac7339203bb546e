import { defineConfig } from 'vitest/config';

/** The consumer tests (test/consumers): the examples installed from the packed packages and driven for real. */
export default defineConfig({
  test: {
    include: ['test/consumers/**/*.consumer.ts'],
    environment: 'node',
    globalSetup: ['test/consumers/global-setup.ts'],
    // Installs and production builds: minutes, not seconds, on a cold npm cache.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
    fileParallelism: true,
  },
});
