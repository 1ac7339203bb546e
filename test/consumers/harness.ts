/**
 * Consumer tests: an app of examples/ installed from the packed tarballs (scripts/pack.ts), in a temp dir
 * outside the workspace, with its own dependencies from the npm registry: exactly what a user gets.
 * The packages are packed once per run (global-setup.ts); each example is installed once per run; npm's
 * own cache (~/.npm) is reused between runs, and `--prefer-offline` skips revalidating what it holds.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Packed } from '../../scripts/pack';
import { launch, type Served } from '../e2e/harness';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

/** An example app installed in a temp dir. */
export interface InstalledApp {
  /** The app's folder (outside the workspace). */
  dir: string;
  /** Runs one of the app's own binaries (`tsc`, `vite`, `next`) in its folder; rejects with its output. */
  bin(name: string, args: string[], env?: Record<string, string>): Promise<string>;
  /** Deletes the folder (kept when CONSUMER_KEEP=1, to look into a failure). */
  remove(): void;
}

/** Runs a command, and on failure rejects with everything it printed. */
export async function exec(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${options.cwd}:\n${stdout}\n${stderr}`);
  }
}

/**
 * Copies `examples/<name>` to a temp dir, points every `@conectamos/*` dependency at its tarball (its
 * version in the example says what a user would install from the registry), and runs `npm install`.
 * The packages' dependencies on one another (`"@conectamos/consent": "0.1.0"`) go to the tarballs
 * too, through npm `overrides`, since these versions may not be on the registry yet.
 */
export async function installExample(name: string, packed: Packed[]): Promise<InstalledApp> {
  const dir = mkdtempSync(join(tmpdir(), `conectamos-${name}-`));
  const source = join(ROOT, 'examples', name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !/(^|\/)(node_modules|dist|\.next)(\/|$)/.test(relative(source, path)),
  });
  const pkgFile = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  for (const dep of Object.keys(pkg.dependencies ?? {}))
    if (dep.startsWith('@conectamos/')) {
      if (!tarballs[dep]) throw new Error(`${name} depends on ${dep}, which no package under packages/ is`);
      pkg.dependencies[dep] = tarballs[dep];
    }
  pkg.overrides = { ...pkg.overrides, ...tarballs };
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
  });
  return {
    dir,
    bin: (bin, args, env) => exec(join(dir, 'node_modules/.bin', bin), args, { cwd: dir, env }),
    remove: () => {
      if (process.env.CONSUMER_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
      else console.log(`${name} is installed in ${dir} (CONSUMER_KEEP=1)`);
    },
  };
}

/**
 * A test file's example and browser: `examples/<name>` installed from the tarballs the global setup
 * packed, and Chromium, both before the file's tests; both gone after them.
 */
export function useExample(name: string): { app(): InstalledApp; browser(): Browser } {
  let app: InstalledApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([installExample(name, inject('packed')), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    app?.remove();
  });
  return { app: () => app!, browser: () => browser! };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * A static build as the site's pages (for `openSite`): every file by its path, and each client-side
 * route answered with index.html, as a host configured for a single-page app does.
 */
export function staticSite(dist: string, routes: string[]): Record<string, Served> {
  const pages: Record<string, Served> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const file = join(folder, entry);
      if (statSync(file).isDirectory()) walk(file);
      else
        pages[`/${relative(dist, file)}`] = {
          body: readFileSync(file),
          type: TYPES[entry.slice(entry.lastIndexOf('.'))] ?? 'application/octet-stream',
        };
    }
  };
  walk(dist);
  for (const route of routes) pages[route] = pages['/index.html']!;
  return pages;
}
