/**
 * Packs every package as npm would publish it (`pnpm pack`: `workspace:*` dependencies become the real
 * versions), into one folder. The consumer tests install these tarballs outside the workspace, so they
 * see exactly what a user of the registry would get. Run alone: `pnpm tsx scripts/pack.ts <dir>`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** A package's name and the tarball it was packed into. */
export interface Packed {
  /** The package name, `@conectamos/consent-posthog`. */
  name: string;
  /** The package's folder under packages/. */
  dir: string;
  /** The absolute path of its tarball. */
  tarball: string;
}

/** Packs every package under packages/ (built first: `pnpm build`) into `destination`. */
export async function packAll(destination: string): Promise<Packed[]> {
  const out = resolve(destination);
  mkdirSync(out, { recursive: true });
  const dirs = readdirSync(join(root, 'packages')).filter((dir) =>
    existsSync(join(root, 'packages', dir, 'package.json')),
  );
  return Promise.all(
    dirs.map(async (dir) => {
      const cwd = join(root, 'packages', dir);
      const { name, private: isPrivate } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
      if (isPrivate) throw new Error(`${name} is private: it would never be published`);
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', out], { cwd });
      const tarball = stdout.trim().split('\n').pop()!.trim();
      return { name, dir, tarball: resolve(cwd, tarball) };
    }),
  );
}

if (process.argv[1] === import.meta.filename) {
  const packed = await packAll(process.argv[2] ?? join(root, '.packs'));
  for (const { name, tarball } of packed) console.log(`${name}\t${tarball}`);
}
