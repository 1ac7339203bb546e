// @vitest-environment node
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { call, copyFixture, runEditor } from './editor-http';
import { consent } from './run';

test('consent edit prints the address to open, serves the file there, and stops on Ctrl+C', async () => {
  const { dir, file } = copyFixture('conectamos.json');
  const editor = await runEditor(file);
  try {
    const { port, token } = editor;
    expect(editor.stdout()).toBe(
      `Editing ${file}: open http://127.0.0.1:${port}/#token=${token}\n` +
        'Only this computer can reach it, and only with that address. Press Ctrl+C to stop.\n',
    );
    const read = await call(port, '/api/file', {
      headers: { host: `127.0.0.1:${port}`, 'x-consent-token': token },
    });
    expect(read.json).toMatchObject({ name: 'consent.json', value: { policyVersion: '2026-11-01' } });
    expect(await editor.stop()).toBe(0);
    expect(editor.stdout()).toMatch(/Stopped\.\n$/);
    await expect(call(port, '/', { headers: { host: `127.0.0.1:${port}` } })).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    editor.child.kill();
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
