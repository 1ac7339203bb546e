/**
 * The size budgets, generated from the packages: each browser package lists its own under "sizeLimit" in
 * its package.json (what a visitor imports, and the gzip and brotli limits), measured on top of the
 * workspace packages it depends on (and without its peers: React is the app's own). A new package brings its budget with it; nothing here is kept by hand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = import.meta.dirname;
const entries = [];
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const file = join(root, 'packages', dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const below = Object.keys(pkg.dependencies ?? {}).filter((name) => name.startsWith('@conectamos/'));
  const peers = Object.keys(pkg.peerDependencies ?? {});
  for (const budget of pkg.sizeLimit ?? []) {
    const path = join('packages', dir, budget.path ?? 'dist/index.js');
    const what = budget.import
      ? `${budget.import.replace(/[{}]/g, '').trim()}${below.length ? `, on top of ${below.map((n) => (n === '@conectamos/consent' ? 'core' : n.replace('@conectamos/consent-', ''))).join(' and ')}` : ''}`
      : `${budget.path} as shipped`;
    for (const compression of ['gzip', 'brotli'])
      entries.push({
        name: `${dir}: ${what} (${compression})`,
        path,
        limit: budget[compression],
        [compression]: true,
        ...(budget.import
          ? { import: budget.import, ignore: [...below, ...peers] }
          : { disablePlugins: ['@size-limit/esbuild'] }),
      });
  }
}
export default entries;
