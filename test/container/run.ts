/** Shared by the CLI tests: the fixtures, and the built CLI run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const root = join(import.meta.dirname, '../..');

/** The built CLI, as `bin.consent` points at it. */
export const cliPath = join(root, 'packages/container/dist/cli.js');

/** A fixture's path, relative to the root (as a person would type it, and as the CLI echoes it). */
export const fixture = (name: string): string => `test/container/fixtures/${name}`;

/** A fixture's parsed JSON. */
export const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(root, fixture(name)), 'utf8'));

/** What a CLI run gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `consent <args>` from the root with the built dist/cli.js. The test runner builds first; run alone,
 * a missing build fails with the command that makes it rather than with a puzzling spawn error.
 */
export function consent(...args: string[]): Run {
  if (!existsSync(cliPath))
    throw new Error(`${cliPath} is missing: build it first with \`npx tsx build.ts\` (or \`pnpm build\`)`);
  const { status, stdout, stderr } = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}
