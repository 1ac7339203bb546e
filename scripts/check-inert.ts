/**
 * Importing a package must do nothing: no global touched, nothing injected, no work at import.
 * `sideEffects: false` alone is not trusted. Two proofs per package:
 *  1. bundling a bare `import '<package>'` with tree shaking leaves no code at all;
 *  2. importing the built module under Node, with no DOM, throws nothing and adds no global.
 * A Node package (`"platform": "node"`: the tooling, the receipt server) is bundled for Node with its
 * imports left out and taken as doing nothing, so the first proof is about the package's own code; the
 * second, a real import under Node with its real dependencies, covers what they do to the global scope.
 * A package's peer dependencies (React, for the React bindings) are the app's own copy, left out the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const nodeImports: Plugin = {
  name: 'node-imports',
  setup(b) {
    // The package's own imports are checked by their own row (workspace packages) or by the Node import below.
    b.onResolve({ filter: /^[^./]/ }, ({ path }) => ({ path, external: true, sideEffects: false }));
  },
};

/** Leaves the named packages out of the bundle, as imports taken to do nothing. */
const externalImports = (names: string[]): Plugin => ({
  name: 'peer-imports',
  setup(b) {
    for (const name of names)
      b.onResolve({ filter: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/|$)`) }, ({ path }) => ({
        path,
        external: true,
        sideEffects: false,
      }));
  },
});

const root = join(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir)
  .filter((dir) => existsSync(join(packagesDir, dir, 'dist/index.js')))
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8'));
    const peers = Object.keys(pkg.peerDependencies ?? {});
    return { dir, name: pkg.name as string, forNode: pkg.platform === 'node', peers };
  });

let failures = 0;
for (const { dir, name, forNode, peers } of packages) {
  const result = await build({
    // The built entry (what ships), its workspace imports resolved from the package's own node_modules.
    stdin: { contents: `import './dist/index.js';`, resolveDir: join(packagesDir, dir), loader: 'js' },
    tsconfigRaw: {},
    bundle: true,
    minify: true,
    treeShaking: true,
    // Ignore sideEffects: false and pure annotations: the proof must not take the package's word for it.
    ignoreAnnotations: true,
    format: 'esm',
    platform: forNode ? 'node' : 'browser',
    plugins: forNode ? [nodeImports] : [externalImports(peers)],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text.trim();

  const probe = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    await import(${JSON.stringify(join(packagesDir, dir, 'dist/index.js'))});
    const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
    if (added.length) { console.error('globals added: ' + added.join(', ')); process.exit(1); }
  `;
  const node = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  const ok = code === '' && node.status === 0;
  if (!ok) failures++;
  console.log(
    `${ok ? '✓' : '✗'} ${name}: bare import bundles to ${code.length} bytes${code ? ` (${code.slice(0, 120)}…)` : ''}; ` +
      `Node import without a DOM ${node.status === 0 ? 'is clean' : `failed: ${node.stderr.trim()}`}`,
  );
}
console.log(`\nimport inertness: ${packages.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
