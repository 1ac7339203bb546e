/**
 * Builds every package under packages/: esbuild turns each module `src/index.ts` reaches into its own
 * file under `dist/` (ESM, ES2020, minified; see `buildModules`) and tsc emits the declarations. A package may list extra bundles (the drop-in
 * IIFE, a CLI) under "bundles" in its package.json; one with `"platform": "node"` is built for Node
 * instead (see `nodeBuild`). Nothing here names a package.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { browserBuild, buildModules, contentHash, finalMinify, integrityOf } from './scripts/bundling';
import { finishDeclarations } from './scripts/declarations';

interface ExtraBundle {
  /**
   * This bundle is an on-demand chunk of the next one (the drop-in's UI): its file name gets the hash of its
   * bytes in place of `[hash]`, and its name, file and SRI integrity are handed to the bundle with `chunks`.
   */
  chunk?: string;
  /** This bundle loads the chunks before it: they are defined as `__CONSENT_CHUNKS__` and written to dist/chunks.json. */
  chunks?: boolean;
  entry: string;
  outfile: string;
  format?: 'iife' | 'esm';
  platform?: 'browser' | 'node';
  banner?: string;
}

/**
 * A package that runs on Node only (`"platform": "node"` in its package.json: the tooling, the receipt
 * server): nothing ships to a browser, so no minifying (stack traces stay readable), and every npm import
 * stays an import, resolved by the user's install.
 */
const nodeBuild: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

const root = import.meta.dirname;
const packagesDir = join(root, 'packages');
const names = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'src/index.ts')));

await Promise.all(
  names.map(async (name) => {
    const dir = join(packagesDir, name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    const forNode = pkg.platform === 'node';
    // Workspace packages stay imports, so a site that uses two adapters ships the core once.
    const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    if (forNode)
      await build({
        ...nodeBuild,
        entryPoints: [join(dir, 'src/index.ts')],
        outfile: join(dir, 'dist/index.js'),
        // tsconfig's paths would otherwise inline the workspace packages it depends on.
        external,
      });
    else await buildModules(dir, external);
    const chunks: Record<string, { file: string; integrity: string }> = {};
    for (const extra of (pkg.bundles ?? []) as ExtraBundle[]) {
      const result = await build({
        ...(forNode ? { ...nodeBuild, external } : browserBuild),
        entryPoints: [join(dir, extra.entry)],
        outfile: join(dir, extra.outfile),
        format: extra.format ?? 'iife',
        platform: extra.platform ?? 'browser',
        target: extra.platform === 'node' ? 'node20' : 'es2020',
        minify: extra.platform !== 'node',
        banner: extra.banner ? { js: extra.banner } : undefined,
        define: extra.chunks ? { __CONSENT_CHUNKS__: JSON.stringify(chunks) } : undefined,
        write: false,
      });
      const code = result.outputFiles![0]!.text;
      // The compile hint for the drop-in itself, not its on-demand chunks (scripts/bundling.ts says why).
      const shipped =
        extra.platform === 'node' ? code : await finalMinify(code, { compileHint: !extra.chunk });
      const outfile = extra.outfile.replace('[hash]', contentHash(shipped));
      mkdirSync(dirname(join(dir, outfile)), { recursive: true });
      writeFileSync(join(dir, outfile), shipped);
      if (extra.chunk) chunks[extra.chunk] = { file: basename(outfile), integrity: integrityOf(shipped) };
      if (extra.chunks)
        writeFileSync(join(dir, dirname(outfile), 'chunks.json'), `${JSON.stringify(chunks, null, 2)}\n`);
      // A classic script the package exports (the drop-in) exports nothing; saying so lets a typed import
      // of its path resolve. Chunks and pages a tool serves (the editor's) are not imported: no declaration.
      if (
        (extra.format ?? 'iife') === 'iife' &&
        JSON.stringify(pkg.exports ?? {}).includes(`"./${extra.outfile}"`)
      )
        writeFileSync(
          join(dir, outfile.replace(/\.js$/, '.d.ts')),
          '// A classic script: it runs when loaded and exports nothing.\nexport {};\n',
        );
      // A Node bundle with a shebang is a command: make it runnable as one.
      if (extra.banner?.startsWith('#!')) chmodSync(join(dir, outfile), 0o755);
    }
  }),
);

// One tsc run for all declarations, then each package gets its own copy under dist/types.
rmSync(join(root, '.types'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  {
    stdio: 'inherit',
  },
);
for (const name of names) {
  const dist = join(packagesDir, name, 'dist');
  cpSync(join(root, '.types', name, 'src'), join(dist, 'types'), { recursive: true });
  finishDeclarations(join(dist, 'types'));
  writeFileSync(join(dist, 'index.d.ts'), "export * from './types/index.js';\n");
}
console.log(`built ${names.length} package(s): ${names.join(', ')}`);
