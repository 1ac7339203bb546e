import { defineConfig } from 'vitest/config';

/**
 * The consumer tests: the packed tarballs installed with npm in folders outside the repo, used as a
 * user would (test/consumers/harness.ts). Run after `pnpm build`.
 */
export default defineConfig({
  test: {
    include: ['test/consumers/**/*.consumer.ts'],
    environment: 'node',
    globalSetup: ['test/consumers/global-setup.ts'],
    // npm installs and builds; the first run on a machine also fills npm's cache from the registry.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // A page that has to download, build and paint on a loaded two-core machine can take more than
    // expect.poll's default second; every poll waits up to ten, which only matters when something is slow.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: one install or build at a time per core.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
