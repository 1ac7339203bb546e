// The declaration build (tsconfig.build.json) loads no ambient types; this module runs under Node.
/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The page's policy: its own script, style and API, nothing else; no inline code, no DOM sinks (the page
 * builds its elements with `textContent`, so Trusted Types can refuse every string), no framing.
 */
// One literal, not an array joined: importing the package does no work.
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

/** An asset of the page: its file, relative to the package's folder, and its type. */
interface Asset {
  file: string;
  type: string;
}

/** The only files the server ever sends, by URL path: a fixed table, so no URL names a file. */
const ASSETS: Record<string, Asset> = {
  '/': { file: 'editor/index.html', type: 'text/html; charset=utf-8' },
  '/editor.css': { file: 'editor/editor.css', type: 'text/css; charset=utf-8' },
  '/editor.js': { file: 'dist/editor.js', type: 'text/javascript; charset=utf-8' },
};

// Found on the first request for an asset, then kept: it walks folders and reads package.json files, and
// the answer cannot change while the server runs. Not at import, so importing the package does no work.
let folder: string | undefined;

/** The package's folder, found upwards from this module (dist/cli.js once built, src/editor/ in tests). */
function packageFolder(): string {
  folder ??= findPackageFolder();
  return folder;
}

function findPackageFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      /"name":\s*"@conectamos\/consent-container"/.test(readFileSync(manifest, 'utf8'))
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('consent edit: cannot find the editor page beside the package');
    dir = parent;
  }
}

/** The asset served at a URL path, or undefined: its bytes and type. */
export function asset(path: string): { body: Buffer; type: string } | undefined {
  const found = Object.hasOwn(ASSETS, path) ? ASSETS[path] : undefined;
  if (!found) return undefined;
  const file = join(packageFolder(), found.file);
  if (!existsSync(file)) return undefined;
  return { body: readFileSync(file), type: found.type };
}
