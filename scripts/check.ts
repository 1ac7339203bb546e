/**
 * The whole test suite, in the order a failure is cheapest to find: build, lint, types, unit tests,
 * size budgets, import inertness, the real-browser tests, then the consumer tests (every package packed
 * and installed with npm outside the repo, as a user gets it). Stops at the first failing step and ends
 * with one summary line of test counts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const reports = join(root, 'test-results');
// A report left by an earlier run must not count in this run's summary.
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A vitest run that also writes its counts to test-results/<report>.json, for the summary line. */
const vitest = (report: string, config?: string): string[] => [
  'run',
  ...(config ? ['--config', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${report}.json`)}`,
];

const steps: [string, string, string[]][] = [
  ['build', bin('tsx'), ['build.ts']],
  ['lint and format', bin('biome'), ['ci', '.']],
  ['types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['unit tests', bin('vitest'), vitest('unit')],
  ['size budgets', bin('size-limit'), []],
  ['import inertness', bin('tsx'), ['scripts/check-inert.ts']],
  ['browser tests', bin('vitest'), vitest('e2e', 'vitest.e2e.config.ts')],
  ['consumer tests', bin('vitest'), vitest('consumers', 'vitest.consumers.config.ts')],
];

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const tally = (file: string) => {
  const path = join(reports, file);
  if (!existsSync(path)) return;
  const json = JSON.parse(readFileSync(path, 'utf8')) as VitestJson;
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests;
  counts.skipped += json.numPendingTests;
};

let failedStep: string | undefined;
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(
    `━━ ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (status !== 0) {
    failedStep = name;
    break;
  }
}
for (const report of ['unit', 'e2e', 'consumers']) tally(`${report}.json`);
if (failedStep) {
  console.log(`\nFailed at: ${failedStep}`);
  counts.failed = Math.max(counts.failed, 1);
}
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
