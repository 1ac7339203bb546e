#!/usr/bin/env node
/**
 * Installs what the demo and the tests need on a fresh machine that has only Node 20 and npm:
 * pnpm 12.4.2, the workspace from the lockfile, (with --browser) Debian's Chromium, and (with
 * --postgres) Debian's PostgreSQL, started, with the role and database the server tests use.
 * Each step is skipped when it is already done, so running it again costs nothing.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
// better-sqlite3 builds from source when no prebuilt binary can be fetched; node-gyp would download
// Node's headers, so point it at the ones installed next to this Node when they are there.
const headers = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(headers, 'include/node/node_api.h')))
  process.env.npm_config_nodedir = headers;
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

if (process.argv.includes('--postgres')) preparePostgres();

/**
 * The PostgreSQL the server package's tests use: Debian's cluster, started, with a `consent_test` role
 * (allowed to create the database each test run uses) and database, matching the default of
 * CONSENT_TEST_POSTGRES. When that variable is set, its server is the caller's business.
 */
function preparePostgres() {
  if (process.env.CONSENT_TEST_POSTGRES) return;
  const root = process.getuid?.() === 0;
  if (!has('pg_ctlcluster')) {
    if (!root) {
      console.warn(
        'setup: PostgreSQL is missing (sudo apt-get install -y postgresql); its tests will skip, or fail under CI.',
      );
      return;
    }
    run('apt-get update');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql');
  }
  const clusters = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n');
  const [version, name, , status] = (clusters[0] ?? '').split(/\s+/);
  if (!version || !name) {
    console.warn(
      'setup: no PostgreSQL cluster found (pg_createcluster --start 15 main); its tests will skip.',
    );
    return;
  }
  if (!root) return; // starting a cluster and creating roles needs the postgres superuser
  if (status !== 'online') run(`pg_ctlcluster ${version} ${name} start`);
  const psql = (sql) =>
    spawnSync('su', ['postgres', '-c', 'psql -X -v ON_ERROR_STOP=1 -tA'], {
      input: sql,
      encoding: 'utf8',
      cwd: '/',
    });
  const found = (sql) => psql(sql).stdout.trim() === '1';
  const create = (sql) => {
    console.log(`setup: ${sql}`);
    const created = psql(sql);
    if (created.status !== 0) throw new Error(`setup: PostgreSQL refused "${sql}": ${created.stderr}`);
  };
  if (!found("SELECT 1 FROM pg_roles WHERE rolname = 'consent_test'"))
    create("CREATE ROLE consent_test LOGIN CREATEDB PASSWORD 'consent_test'");
  if (!found("SELECT 1 FROM pg_database WHERE datname = 'consent_test'"))
    create('CREATE DATABASE consent_test OWNER consent_test');
}
