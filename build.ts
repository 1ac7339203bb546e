/**
 * Builds every package under packages/: esbuild turns `src/index.ts` into `dist/index.js` (ESM,
 * ES2020, minified) and tsc emits the declarations. A package may list extra bundles (the drop-in
 * IIFE, a CLI) under "bundles" in its package.json; one with `"platform": "node"` (a server package)
 * is built for Node instead, readable and with its npm dependencies left as imports. Nothing here
 * names a package.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { browserBuild, finalMinify } from './scripts/bundling';

interface ExtraBundle {
  entry: string;
  outfile: string;
  format?: 'iife' | 'esm';
  platform?: 'browser' | 'node';
  banner?: string;
  /** Build flags this bundle sets otherwise, such as `{ "__CSP_HOSTS__": "false" }` for the drop-in. */
  define?: Record<string, string>;
}

/**
 * A package that runs on Node only (`"platform": "node"` in its package.json): nothing ships to a
 * browser, so no minifying (stack traces stay readable), and every npm import stays an import, since a
 * native driver cannot be bundled and the user's install resolves the rest.
 */
const nodeBuild: BuildOptions = {
  bundle: true,
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
    await build({
      ...(forNode ? nodeBuild : { ...browserBuild, platform: 'browser', external }),
      entryPoints: [join(dir, 'src/index.ts')],
      outfile: join(dir, 'dist/index.js'),
      format: 'esm',
    });
    for (const extra of (pkg.bundles ?? []) as ExtraBundle[]) {
      await build({
        ...browserBuild,
        entryPoints: [join(dir, extra.entry)],
        outfile: join(dir, extra.outfile),
        format: extra.format ?? 'iife',
        platform: extra.platform ?? 'browser',
        target: extra.platform === 'node' ? 'node20' : 'es2020',
        minify: extra.platform !== 'node',
        banner: extra.banner ? { js: extra.banner } : undefined,
        define: { ...browserBuild.define, ...extra.define },
        ...(forNode ? { packages: 'external' } : {}),
      });
      if (extra.platform !== 'node') {
        const file = join(dir, extra.outfile);
        writeFileSync(file, await finalMinify(readFileSync(file, 'utf8')));
      }
      // A Node bundle with a shebang is a command: make it runnable as one.
      if (extra.banner?.startsWith('#!')) chmodSync(join(dir, extra.outfile), 0o755);
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
  writeFileSync(join(dist, 'index.d.ts'), "export * from './types/index.js';\n");
}
console.log(`built ${names.length} package(s): ${names.join(', ')}`);
