#!/usr/bin/env node
/**
 * Installs what the demo and the tests need on a fresh machine that has only Node 20 and npm:
 * pnpm 12.4.2, the workspace from the lockfile, and (with --browser) Debian's Chromium.
 * Each step is skipped when it is already done, so running it again costs nothing.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const PNPM = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // "pnpm@12.4.2"
const run = (command) => {
  console.log(`setup: ${command}`);
  execSync(command, { cwd: root, stdio: 'inherit' });
};
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const version = has('pnpm') ? spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
if (`pnpm@${version}` !== PNPM) run(`npm install --global ${PNPM}`);

// node_modules/.modules.yaml is written by pnpm at the end of an install: older than the lockfile means stale.
const marker = join(root, 'node_modules/.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs)
  run('pnpm install --frozen-lockfile');

if (process.argv.includes('--browser')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (process.getuid?.() !== 0) {
      console.error(
        `setup: ${chromium} is missing. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
      );
      process.exit(1);
    }
    run('apt-get update');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y chromium');
  }
}
