// @vitest-environment node
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { call, copyFixture } from './editor-http';
import { cliPath, consent, root } from './run';

test('consent edit prints the address to open, serves the file there, and stops on Ctrl+C', async () => {
  const { dir, file } = copyFixture('conectamos.json');
  const child = spawn(process.execPath, [cliPath, 'edit', file], { cwd: root });
  try {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect.poll(() => stdout, { timeout: 10_000 }).toMatch(/Press Ctrl\+C to stop\.\n$/);
    const [, port, token] = /open http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)\n/.exec(stdout)!;
    expect(stdout).toContain(`Editing ${file}: open http://127.0.0.1:${port}/#token=${token}`);
    const read = await call(Number(port), '/api/file', {
      headers: { host: `127.0.0.1:${port}`, 'x-consent-token': token! },
    });
    expect(read.json).toMatchObject({ name: 'consent.json', value: { policyVersion: '2026-11-01' } });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/Stopped\.\n$/);
    await expect(call(Number(port), '/', { headers: { host: `127.0.0.1:${port}` } })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('consent edit refuses a bad port (exit 2) and a file it cannot open (exit 1), in words', () => {
  const badPort = consent('edit', 'test/container/fixtures/conectamos.json', '--port', 'eighty');
  expect(badPort.status).toBe(2);
  expect(badPort.stderr).toContain('consent: --port must be a number from 0 to 65535, got "eighty"');
  const missing = consent('edit', join('test/container/fixtures', 'missing.json'));
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/^✗ cannot open test\/container\/fixtures\/missing\.json: ENOENT/);
  const notJson = consent('edit', 'README.md');
  expect(notJson.status).toBe(1);
  expect(notJson.stderr).toMatch(
    /^✗ README\.md is not valid JSON \(line 1, column 1: .*\); fix it in a text editor first/,
  );
});
