/**
 * The `consent` CLI as a user runs it: once with npx, from the tarballs alone (as
 * `npx -p @conectamos/consent-container consent …` will be from the registry), and as the project's own
 * dev dependency (`npx consent …`). A good container exits 0 and says so; a bad one exits 1 and names
 * the problem where it is; `--help` exits 0.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, closure, createConsumer, NPM_CACHE, npmEnv, packed, ROOT, run } from './harness';

// The same fixtures the CLI's own tests use: a good container with campaigns, and one with a date a person
// would write ("April").
const fixture = (name: string) => readFileSync(join(ROOT, 'test/container/fixtures', name), 'utf8');
const GOOD = fixture('good-campaigns.json');
const BAD = fixture('bad-date.json');
const BAD_LINE = BAD.split('\n').findIndex((line) => line.includes('"April"')) + 1;

const CONTAINER = '@conectamos/consent-container';

describe('npx -p <the container package> consent', () => {
  let dir: string;
  let specs: string[];
  let npxBefore: Set<string>;
  const consent = (...args: string[]) =>
    run('npx', ['--yes', '--prefer-offline', ...specs.flatMap((s) => ['-p', s]), 'consent', ...args], {
      cwd: dir,
      env: npmEnv(),
    });

  beforeAll(async () => {
    // A folder with no package.json: npx installs into its own cache, as for a one-off command.
    dir = mkdtempSync(join(tmpdir(), 'consent-npx-'));
    writeFileSync(join(dir, 'consent.json'), GOOD);
    writeFileSync(join(dir, 'broken.json'), BAD);
    // The registry would give npx the container's @conectamos dependencies; here they are its tarballs.
    specs = closure([CONTAINER], await packed()).map((p) => p.tarball);
    npxBefore = new Set(listNpx());
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    // The tarballs' paths are new each run, so npx made a new install under its cache: remove it.
    for (const entry of listNpx())
      if (!npxBefore.has(entry)) rmSync(join(NPM_CACHE, '_npx', entry), { recursive: true });
  });

  it('validates a good container: exit 0 and a summary', async () => {
    const { status, stdout, stderr } = await consent('validate', 'consent.json');
    expect(stderr.replace(/^npm warn exec.*\n/gm, '')).toBe('');
    expect(status).toBe(0);
    // Valid with warnings (campaigns that never fire on this surface, no events list): exit 0 all the same.
    const [summary, warnings] = stdout.split('\n');
    expect(summary).toBe('✓ consent.json is a valid container: 3 adapters, 4 campaigns (2 active today)');
    expect(warnings).toBe('⚠ 6 warnings:');
  });

  it('rejects a bad one: exit 1, the problem by line, column, path and campaign', async () => {
    const { status, stdout, stderr } = await consent('validate', 'broken.json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      '✗ broken.json is not a valid container: 1 problem\n' +
        `line ${BAD_LINE}, column 14: $.campaigns[0].end (campaign "spring-webinar"): expected a date like "2026-04-30", found "April"\n`,
    );
  });
});

describe('consent as a project dev dependency', () => {
  let project: Consumer;
  beforeAll(async () => {
    project = await createConsumer({
      packageJson: {
        devDependencies: { [CONTAINER]: '^0.1.0' },
        scripts: { 'check:consent': 'consent validate public/consent.json' },
      },
      files: { 'public/consent.json': GOOD, 'broken.json': BAD },
    });
  });
  afterAll(() => project?.remove());

  it('runs from an npm script and from npx, with the same exit codes', async () => {
    const script = await project.run('npm', ['run', '--silent', 'check:consent']);
    expect(script.status, script.stderr).toBe(0);
    expect(script.stdout).toContain('✓ public/consent.json is a valid container');
    const broken = await project.run('npx', ['--no-install', 'consent', 'validate', 'broken.json']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('$.campaigns[0].end (campaign "spring-webinar")');
  });

  it('prints its usage for --help, exit 0', async () => {
    const { status, stdout } = await project.run('npx', ['--no-install', 'consent', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: consent <command> <file> \[options\]/);
    expect(stdout).toContain('validate <file>');
  });

  it('prints the CSP and the cookie tables the docs promise', async () => {
    const csp = await project.run('npx', ['--no-install', 'consent', 'csp', 'public/consent.json']);
    expect(csp.status, csp.stderr).toBe(0);
    expect(csp.stdout).toMatch(/^script-src 'self' https:\/\/www\.googletagmanager\.com /); // Google Ads' gtag.js
    const cookies = await project.run('npx', ['--no-install', 'consent', 'cookies', 'public/consent.json']);
    expect(cookies.status, cookies.stderr).toBe(0);
    expect(cookies.stdout).toContain('`_gcl_au`'); // Google Ads' cookie
  });
});

function listNpx(): string[] {
  try {
    return readdirSync(join(NPM_CACHE, '_npx'));
  } catch {
    return [];
  }
}
