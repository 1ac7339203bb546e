/**
 * A bundling site's own bundle: an entry written by the contender, bundled as this repo bundles browser
 * code (scripts/bundling.ts: esbuild, minified, ES2020) into one ES module the page loads.
 */
import { build } from 'esbuild';
import { browserBuild } from '../../scripts/bundling';

/** Bundles `contents`; its imports resolve from `resolveDir`, as they would in the site's source tree. */
export async function siteBundle(contents: string, resolveDir: string): Promise<string> {
  const result = await build({
    ...browserBuild,
    stdin: { contents, resolveDir, loader: 'js' },
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles![0]!.text; // write: false always gives outputFiles
}
