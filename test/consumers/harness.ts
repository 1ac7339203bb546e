/**
 * Consumer projects: a temporary folder outside the repo that installs our packages the way a user
 * would, from the tarballs `pnpm pack` makes (no workspace, no symlink into the repo), with npm.
 *
 * API (for `*.consumer.ts` files, run by `vitest.consumers.config.ts`):
 *
 * - `packed(): Promise<Packed[]>` — every package under packages/, packed once per run (the config's
 *   global setup packs them; a file run some other way packs them itself, once per process). The
 *   packages must be built first (`pnpm build`; `npm test` builds before this step).
 *
 * - `createConsumer(options): Promise<Consumer>` — a new folder under the OS temp dir with a
 *   package.json, then `npm install`. Options:
 *     - `copy`: a folder to start from (`'examples/next'`, relative to the repo or absolute), copied
 *       without its node_modules and build output; its package.json is the base.
 *     - `packageJson`: fields merged over that base (or the whole package.json when there is no `copy`).
 *     - `packages`: our packages to install besides those the package.json names (`['@conectamos/consent-ui']`).
 *     - `files`: more files to write, by path relative to the folder.
 *     - `offline`: install with an unreachable registry, which proves nothing is fetched from it (only
 *       for a project whose every dependency is ours).
 *     - `ignoreScripts`: skip the dependencies' install scripts (see the option's comment).
 *     - `install: false`: write the folder only.
 *   Every `@conectamos/*` dependency of the package.json (any spec: `workspace:^`, `^0.1.0`, `*`) is
 *   replaced with its tarball (`file:`), and `overrides` pin each package they depend on, directly or not,
 *   to its tarball: nothing of ours is published, so npm must never look for it in the registry. Every
 *   other dependency (react, next, vite…) comes from the registry through npm's cache, which is kept
 *   between runs (`CONSENT_NPM_CACHE`, default `~/.cache/conectamos-consent/npm`) and read with
 *   `--prefer-offline`, so a second run downloads nothing.
 *
 * - A `Consumer` has `dir`, `tarballs` (package name → tarball path), `env` (the npm environment, for
 *   commands you spawn yourself), `run(command, args, options?)` (runs in `dir` with that environment;
 *   resolves to `{ status, stdout, stderr }`, never rejects on a non-zero exit), and `remove()` (deletes
 *   the folder, unless `CONSENT_KEEP_CONSUMERS=1` keeps it to look at).
 *
 * Example (an app built and served by its own scripts):
 *
 *     const app = await createConsumer({ copy: 'examples/vite-react' });
 *     afterAll(() => app.remove());
 *     const build = await app.run('npm', ['run', 'build']);
 *     expect(build.status, build.stderr).toBe(0);
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Packed, packAll } from '../../scripts/pack';
import { launch, type Served } from '../e2e/harness';

export type { Packed };

export const ROOT = join(import.meta.dirname, '../..');

/** Where npm keeps what it downloaded, between runs. */
export const NPM_CACHE = process.env.CONSENT_NPM_CACHE ?? join(homedir(), '.cache/conectamos-consent/npm');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packages packed by the global setup, for this run. */
    consentPacked: Packed[];
  }
}

let packing: Promise<Packed[]> | undefined;

/** Every package under packages/, packed once per run. */
export function packed(): Promise<Packed[]> {
  let provided: Packed[] | undefined;
  try {
    provided = inject('consentPacked');
  } catch {
    // Not under vitest's global setup: pack here, once per process.
  }
  if (provided?.length) return Promise.resolve(provided);
  packing ??= packAll(mkdtempSync(join(tmpdir(), 'consent-packs-')));
  return packing;
}

/** The result of a command run in a consumer project. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A consumer project: a folder outside the repo with our tarballs installed. */
export interface Consumer {
  /** The project's folder. */
  dir: string;
  /** Each of our packages' tarball, by name. */
  tarballs: Record<string, string>;
  /** The environment npm runs with here (its cache, no update check, no funding or audit noise). */
  env: NodeJS.ProcessEnv;
  /** Runs a command in `dir`; resolves with its exit status and output, whatever the status. */
  run(
    command: string,
    args: string[],
    options?: { timeout?: number; env?: NodeJS.ProcessEnv },
  ): Promise<RunResult>;
  /** Deletes the folder (kept with CONSENT_KEEP_CONSUMERS=1). */
  remove(): void;
}

/** What `createConsumer` makes. */
export interface ConsumerOptions {
  /** A folder to start from, copied without node_modules and build output. */
  copy?: string;
  /** Fields merged over the copied package.json (or the package.json itself). */
  packageJson?: Record<string, unknown>;
  /** Our packages to depend on besides those the package.json names. */
  packages?: string[];
  /** More files, by path relative to the folder. */
  files?: Record<string, string>;
  /** Install with an unreachable registry: proves nothing is fetched from it. */
  offline?: boolean;
  /**
   * Skip the dependencies' install scripts. Our packages have none (the tarball tests check); this is for
   * a project that only imports `@conectamos/consent-server`, whose SQLite driver would otherwise be
   * compiled (a minute of CPU) for a test that never opens a database: the drivers load when a store is made.
   */
  ignoreScripts?: boolean;
  /** `npm install` (default true). */
  install?: boolean;
}

type Dependencies = Record<string, string>;

/** What npm runs with in a consumer: the kept cache, and nothing that talks besides the install. */
export function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // Under `npm test` or `pnpm vitest` the parent's npm_* settings (its prefix, its user agent) would
  // leak into the user's npm; node-gyp's header folder is the one worth keeping (see scripts/setup.mjs).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || key === 'npm_config_nodedir'),
  );
  return {
    ...inherited,
    npm_config_cache: NPM_CACHE,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

/** Runs a command; resolves with its status and output, whatever the status. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { ...options, timeout: options.timeout ?? 300_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr: status === null ? `${stderr}\n${error?.message}` : stderr });
      },
    );
  });
}

/** Our packages a set of names needs, themselves included: their `@conectamos/*` dependencies, all the way down. */
export function closure(names: Iterable<string>, all: Packed[]): Packed[] {
  const byName = new Map(all.map((p) => [p.name, p]));
  const found = new Map<string, Packed>();
  const visit = (name: string): void => {
    if (found.has(name)) return;
    const pack = byName.get(name);
    if (!pack) throw new Error(`${name} is not a package under packages/`);
    found.set(name, pack);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', pack.dir, 'package.json'), 'utf8'));
    // An optional peer (the container's server, for `consent receipts`) is not installed by npm either.
    const optional = (name: string) => pkg.peerDependenciesMeta?.[name]?.optional === true;
    for (const dependency of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }))
      if (dependency.startsWith('@conectamos/') && !optional(dependency)) visit(dependency);
  };
  for (const name of names) visit(name);
  return [...found.values()];
}

const ours = (dependencies: unknown): string[] =>
  Object.keys((dependencies as Dependencies | undefined) ?? {}).filter((n) => n.startsWith('@conectamos/'));

/** A temporary project outside the repo, with our packages installed from their tarballs. */
export async function createConsumer(options: ConsumerOptions = {}): Promise<Consumer> {
  const all = await packed();
  const from = options.copy && (isAbsolute(options.copy) ? options.copy : join(ROOT, options.copy));
  const dir = mkdtempSync(join(tmpdir(), `consent-consumer-${from ? basename(from) : 'app'}-`));
  if (from)
    cpSync(from, dir, {
      recursive: true,
      filter: (path) =>
        !/(^|\/)(node_modules|\.next|dist|\.turbo|\.vite)(\/|$)/.test(path.slice(from.length)),
    });
  const base = existsSync(join(dir, 'package.json'))
    ? JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    : { name: 'consent-consumer', version: '0.0.0', private: true, type: 'module' };
  const pkg = { ...base, ...options.packageJson };

  const direct = [...new Set([...(options.packages ?? []), ...ours(pkg.dependencies)])];
  const needed = closure([...direct, ...ours(pkg.devDependencies), ...ours(pkg.peerDependencies)], all);
  const tarballs = Object.fromEntries(needed.map((p) => [p.name, p.tarball]));
  const spec = (name: string) => `file:${tarballs[name]}`;
  pkg.dependencies = { ...pkg.dependencies };
  for (const name of direct) pkg.dependencies[name] = spec(name);
  for (const field of ['devDependencies', 'peerDependencies'] as const)
    if (pkg[field]) for (const name of ours(pkg[field])) pkg[field][name] = spec(name);
  // Our packages depend on each other by version; nothing of ours is in the registry, so each is pinned
  // to its tarball wherever it appears in the tree.
  pkg.overrides = { ...pkg.overrides, ...Object.fromEntries(needed.map((p) => [p.name, spec(p.name)])) };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }

  const env = npmEnv(options.offline ? { npm_config_registry: 'http://127.0.0.1:9/' } : {});
  const consumer: Consumer = {
    dir,
    tarballs,
    env,
    run: (command, args, runOptions = {}) =>
      run(command, args, { cwd: dir, env: { ...env, ...runOptions.env }, timeout: runOptions.timeout }),
    remove() {
      if (process.env.CONSENT_KEEP_CONSUMERS !== '1') rmSync(dir, { recursive: true, force: true });
    },
  };
  if (options.install !== false) {
    const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
    if (options.ignoreScripts) args.push('--ignore-scripts');
    const installed = await consumer.run('npm', args, { timeout: 600_000 });
    if (installed.status !== 0) {
      consumer.remove();
      throw new Error(`npm install failed in ${dir} (status ${installed.status}):\n${installed.stderr}`);
    }
  }
  return consumer;
}

/** An example app of examples/ installed from the tarballs, as a consumer project. */
export interface InstalledApp {
  /** The app's folder (outside the workspace). */
  dir: string;
  /** Runs one of the app's own binaries (`tsc`, `vite`, `next`) in its folder; rejects with its output. */
  bin(name: string, args: string[], env?: Record<string, string>): Promise<string>;
  /** Deletes the folder (kept with CONSENT_KEEP_CONSUMERS=1). */
  remove(): void;
}

/** `examples/<name>` installed outside the repo from the packed tarballs (see `createConsumer`). */
export async function installExample(name: string): Promise<InstalledApp> {
  const consumer = await createConsumer({ copy: join('examples', name) });
  return {
    dir: consumer.dir,
    async bin(bin, args, env) {
      const result = await consumer.run(join(consumer.dir, 'node_modules/.bin', bin), args, { env });
      if (result.status !== 0)
        throw new Error(
          `${bin} ${args.join(' ')} failed in ${consumer.dir}:\n${result.stdout}\n${result.stderr}`,
        );
      return result.stdout + result.stderr;
    },
    remove() {
      consumer.remove();
      if (process.env.CONSENT_KEEP_CONSUMERS === '1') console.log(`${name} is installed in ${consumer.dir}`);
    },
  };
}

/**
 * A test file's example and browser: `examples/<name>` installed from the tarballs, and Chromium, both
 * before the file's tests; both gone after them.
 */
export function useExample(name: string): { app(): InstalledApp; browser(): Browser } {
  let app: InstalledApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([installExample(name), launch()]);
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
