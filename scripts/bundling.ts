/**
 * The pieces of how browser code is bundled that build.ts and the benchmarks share, so a figure in
 * docs/benchmarks.md is measured on code built exactly as it ships.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
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
export async function finalMinify(code: string, { compileHint = false } = {}): Promise<string> {
  const result = await minify(code, { compress: { passes: 3 }, ecma: 2020 });
  const minified = result.code ?? code;
  return compileHint ? `${COMPILE_HINT}\n${minified}` : minified;
}

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): compile every function
 * in the file when the script is compiled, instead of each one lazily on its first call. The drop-in's
 * main script calls most of what it carries as soon as it runs, and lazily each function is parsed twice,
 * on the main thread, mid-run. Profiled (`pnpm bench:profile`, docs/benchmarks.md "Where the time goes"):
 * the compiled drop-in's script reached its gtag.js request in half the time after it started to run.
 * Not for the chunks: the UI chunk's dialog mostly does not run on a first visit, and compiling it eagerly
 * made the banner later.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What every browser bundle is built with. */
export const browserBuild: BuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  plugins: [minifiedCss],
  logLevel: 'warning',
};

/**
 * A package's modules, built one output file per source file (`src/manifest.ts` → `dist/manifest.js`),
 * each minified, importing the others by relative path. A flat bundle would put a vendor's manifest
 * (CSP hosts, option schemas) in the same file as its factory, where no bundler can drop it; as its own
 * module under `"sideEffects": false`, it disappears from every visitor's bundle that does not import it.
 * Only the modules `src/index.ts` reaches are built (the drop-in's and the CLI's entries are bundles of their own).
 */
export async function buildModules(dir: string, external: string[]): Promise<void> {
  const entry = resolve(dir, 'src/index.ts');
  const { metafile } = await build({
    ...browserBuild,
    entryPoints: [entry],
    external,
    write: false,
    metafile: true,
    format: 'esm',
  });
  const sources = Object.keys(metafile.inputs)
    .map((input) => resolve(input))
    .filter((file) => file.startsWith(resolve(dir, 'src')) && file.endsWith('.ts'));
  const ownModules: Plugin = {
    name: 'own-modules-stay-imports',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        // Stylesheets are text inside the module that imports them (minifiedCss); other modules stay imports.
        if (args.kind === 'entry-point' || /\.css$/.test(args.path)) return undefined;
        const path = `./${relative(dirname(args.importer), target).replace(/\.ts$/, '')}.js`;
        return { path: path.replace(/^\.\/\.\.\//, '../'), external: true };
      });
    },
  };
  await build({
    ...browserBuild,
    entryPoints: sources,
    outbase: resolve(dir, 'src'),
    outdir: resolve(dir, 'dist'),
    format: 'esm',
    platform: 'browser',
    external,
    plugins: [...(browserBuild.plugins ?? []), ownModules],
  });
}

/** The Subresource Integrity value of a file's bytes: `sha384-…`, what a `<script integrity>` checks. */
export const integrityOf = (code: string | Uint8Array): string =>
  `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** A short hash of a file's bytes for its name (`consent-ui.3f9a1c2b.js`): a new build, a new URL, no stale cache. */
export const contentHash = (code: string | Uint8Array): string =>
  createHash('sha256').update(code).digest('hex').slice(0, 8);
