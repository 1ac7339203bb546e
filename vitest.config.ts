import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the sources, so they never depend on a stale build.
    alias: [
      { find: /^@conectamos\/consent$/, replacement: pkg('core') },
      { find: /^@conectamos\/consent-(.+)$/, replacement: pkg('$1') },
    ],
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    setupFiles: ['test/setup/no-network.ts'],
    environmentOptions: {
      happyDOM: {
        url: 'https://www.conectamos.org/',
        settings: {
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
        },
      },
    },
  },
});
