// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { consent } from './run';

const dir = mkdtempSync(join(tmpdir(), 'consent-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = JSON.stringify({ policyVersion: '2026-11-01', adapters: {} });

describe('the CLI on hostile files: a clear error and exit 1, never a stack or a hang', () => {
  test('10,000 nested arrays', () => {
    const run = consent('validate', file('deep.json', '['.repeat(10_000)));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nested more than 64 levels deep/);
    expect(run.stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
  });

  test('invalid UTF-8 bytes are not silently replaced and called valid', () => {
    const bytes = Buffer.concat([
      Buffer.from(good.slice(0, 20)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(good.slice(20)),
    ]);
    const run = consent('validate', file('latin.json', bytes));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not UTF-8 text \(invalid bytes at byte 20\)/);
  });

  test('an endless file (/dev/zero) stops at the size limit', () => {
    const run = consent('validate', '/dev/zero');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/larger than 1 MB/);
  });

  test('a file over the limit is refused with its reason', () => {
    const run = consent('validate', file('big.json', `{"policyVersion":"1","x":"${'a'.repeat(1_100_000)}"}`));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/larger than 1 MB; a container is a few kilobytes/);
  });

  test('a folder is refused', () => {
    const run = consent('validate', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/it is a folder, not a file/);
  });

  test('the same limits hold for every command that reads a file', () => {
    for (const command of ['csp', 'cookies']) {
      const run = consent(command, '/dev/zero');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/larger than 1 MB/);
    }
  });
});
