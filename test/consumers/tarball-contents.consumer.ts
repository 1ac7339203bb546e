/**
 * What each tarball holds is what a user needs and nothing else: its package.json with the fields the
 * npm page and tools read, the README, the LICENSE and the CHANGELOG, and the files its entry points
 * reach — no source, no test, no map, no declaration of a module nobody can import. Dependencies on our
 * own packages are version ranges (never `workspace:`), so one copy of the core serves every package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableDeclarations } from '../../scripts/declarations';
import { type Packed, packed, ROOT } from './harness';

const REPO = 'git+https://github.com/conectamos/consent.git';
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

type Dependencies = Record<string, string>;

/** The fields of a packed package.json these tests read. */
interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  keywords?: string[];
  license?: string;
  author?: string;
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
  publishConfig?: unknown;
  engines?: unknown;
  type?: string;
  main?: string;
  types?: string;
  exports?: Record<string, string | Record<string, string>>;
  bin?: unknown;
  typesVersions?: unknown;
  scripts?: Record<string, string>;
  dependencies?: Dependencies;
  peerDependencies?: Dependencies;
  optionalDependencies?: Dependencies;
}

interface Unpacked extends Packed {
  root: string;
  pkg: PackageJson;
  files: string[];
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });

/** The file paths a package's `exports`, `main`, `types` and `bin` name. */
function entryPoints(pkg: Unpacked['pkg']): string[] {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg.exports, pkg.main, pkg.types, pkg.bin, pkg.typesVersions]);
  return [...new Set(targets.map((t) => t.replace(/^\.\//, '')))];
}

/** Every file the entry points reach: JavaScript through its imports, declarations through theirs. */
async function reachable(unpacked: Unpacked): Promise<Set<string>> {
  const reached = new Set<string>();
  for (const entry of entryPoints(unpacked.pkg)) {
    const file = join(unpacked.root, entry);
    if (!existsSync(file)) throw new Error(`${unpacked.name}: entry point ${entry} is not in the tarball`);
    if (entry.endsWith('.d.ts')) for (const d of reachableDeclarations(file)) reached.add(d);
    else if (entry.endsWith('.js')) {
      const { metafile } = await build({
        entryPoints: [file],
        absWorkingDir: unpacked.root,
        bundle: true,
        packages: 'external',
        platform: 'neutral',
        external: ['node:*'],
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      for (const input of Object.keys(metafile.inputs)) reached.add(join(unpacked.root, input));
    } else reached.add(file);
  }
  // The drop-in fetches its chunks at run time, next to itself; dist/chunks.json lists them (and is what
  // `consent build` copies them by).
  const chunkList = join(unpacked.root, 'dist/chunks.json');
  if (reached.has(join(unpacked.root, 'dist/consent.js')) && existsSync(chunkList)) {
    reached.add(chunkList);
    const chunks = JSON.parse(readFileSync(chunkList, 'utf8')) as Record<string, { file: string }>;
    for (const { file } of Object.values(chunks)) reached.add(join(unpacked.root, 'dist', file));
  }
  // `consent edit` serves its page from files it reads at run time (packages/container/src/editor/assets.ts);
  // the CLI test above fetches each from the installed package.
  if (unpacked.name === '@conectamos/consent-container')
    for (const file of ['editor/index.html', 'editor/editor.css', 'dist/editor.js'])
      reached.add(join(unpacked.root, file));
  return new Set([...reached].map((file) => relative(unpacked.root, file)));
}

describe('every tarball', () => {
  let tarballs: Unpacked[];
  let scratch: string;
  const rootLicense = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'consent-unpacked-'));
    tarballs = (await packed()).map((pack) => {
      const root = join(scratch, pack.dir);
      execFileSync('mkdir', ['-p', root]);
      execFileSync('tar', ['xzf', pack.tarball, '-C', root, '--strip-components=1']);
      const files = listFiles(root).map((file) => relative(root, file));
      return { ...pack, root, files, pkg: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) };
    });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds a README, the MIT LICENSE (the root one) and a CHANGELOG', () => {
    for (const { name, root, files } of tarballs) {
      for (const file of ALWAYS) expect(files, `${name} has ${file}`).toContain(file);
      expect(readFileSync(join(root, 'LICENSE'), 'utf8'), `${name}: copy LICENSE from the repo root`).toBe(
        rootLicense,
      );
      expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^# ${name}\\n`));
    }
  });

  it('holds nothing its entry points do not reach: no sources, tests, maps or stray declarations', async () => {
    for (const unpacked of tarballs) {
      const needed = await reachable(unpacked);
      const extra = unpacked.files.filter((file) => !ALWAYS.includes(file) && !needed.has(file));
      expect(extra, `${unpacked.name} ships files nothing imports`).toEqual([]);
    }
  });

  it('says where it comes from, who makes it, and under what licence, for the npm page', () => {
    for (const { name, dir, pkg } of tarballs) {
      expect(pkg.name).toBe(name);
      expect(pkg.private, `${name} is private`).toBeUndefined();
      expect(pkg.description?.length, `${name} description`).toBeGreaterThan(20);
      expect(pkg.keywords?.length, `${name} keywords`).toBeGreaterThan(2);
      expect(pkg.license, name).toBe('MIT');
      expect(pkg.author, name).toMatch(/^Conectamos, Inc\./);
      expect(pkg.repository, name).toEqual({ type: 'git', url: REPO, directory: `packages/${dir}` });
      expect(pkg.homepage, name).toBe(
        `https://github.com/conectamos/consent/tree/main/packages/${dir}#readme`,
      );
      expect(pkg.bugs, name).toEqual({ url: 'https://github.com/conectamos/consent/issues' });
      expect(pkg.publishConfig, name).toEqual({ access: 'public' });
      expect(pkg.engines, name).toEqual({ node: '>=20' });
      expect(pkg.type, name).toBe('module');
      const main = pkg.exports?.['.'];
      expect(typeof main === 'object' && Object.keys(main)[0], `${name}: "types" must come first`).toBe(
        'types',
      );
    }
  });

  it('depends on our other packages by version range, never the workspace protocol', () => {
    const versions = new Map(tarballs.map(({ name, pkg }) => [name, pkg.version as string]));
    for (const { name, pkg } of tarballs) {
      expect(JSON.stringify(pkg), name).not.toContain('workspace:');
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const)
        for (const [dependency, range] of Object.entries(pkg[field] ?? {}))
          if (dependency.startsWith('@conectamos/'))
            expect(range, `${name} → ${dependency} (use "workspace:^")`).toBe(`^${versions.get(dependency)}`);
      // A user installs with scripts on: none of ours may run any.
      for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
        expect(pkg.scripts?.[hook], `${name} ${hook}`).toBeUndefined();
    }
  });
});
