/**
 * The whole test suite, in the order a failure is cheapest to find: build, lint, types, unit tests,
 * size budgets, import inertness, the real-browser tests, then the consumer tests (the examples installed
 * from the packed packages, built and driven in Chromium). Stops at the first failing step and
 * ends with one summary line of test counts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });

const steps: [string, string, string[]][] = [
  ['build', bin('tsx'), ['build.ts']],
  ['lint and format', bin('biome'), ['ci', '.']],
  ['types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  [
    'unit tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`],
  ],
  ['size budgets', bin('size-limit'), []],
  ['import inertness', bin('tsx'), ['scripts/check-inert.ts']],
  [
    'browser tests',
    bin('vitest'),
    [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'e2e.json')}`,
    ],
  ],
  [
    'consumer tests',
    bin('vitest'),
    [
      'run',
      '--config',
      'vitest.consumers.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'consumers.json')}`,
    ],
  ],
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
tally('unit.json');
tally('e2e.json');
tally('consumers.json');
if (failedStep) {
  console.log(`\nFailed at: ${failedStep}`);
  counts.failed = Math.max(counts.failed, 1);
}
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
