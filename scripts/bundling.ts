/**
 * The pieces of how browser code is bundled that build.ts and the benchmarks share, so a figure in
 * docs/benchmarks.md is measured on code built exactly as it ships.
 */
import { readFileSync } from 'node:fs';
import { type BuildOptions, type Plugin, transform } from 'esbuild';
import { minify } from 'terser';

/** Stylesheets imported as text (the UI's shadow-root styles) ship minified like the code around them. */
export const minifiedCss: Plugin = {
  name: 'minified-css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), {
        loader: 'css',
        minify: true,
        target: 'chrome100',
      });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/**
 * The last step of a browser bundle that ships to visitors as built, with no bundler of theirs after
 * ours: terser's extra compress passes take ~0.6 KB gzip off the drop-in beyond esbuild's minifier.
 */
export async function finalMinify(code: string): Promise<string> {
  const result = await minify(code, { compress: { passes: 3 }, ecma: 2020 });
  return result.code ?? code;
}

/**
 * What every browser bundle is built with. `define` holds the build flags (declared in
 * packages/core/src/build-flags.d.ts) as the npm packages get them; a bundle may set them otherwise.
 */
export const browserBuild: BuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  plugins: [minifiedCss],
  logLevel: 'warning',
  define: { __CSP_HOSTS__: 'true' },
};
