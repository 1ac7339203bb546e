// @vitest-environment node
import { rmSync } from 'node:fs';
import { expect, test } from 'vitest';
import { call, copyFixture, runEditor } from './editor-http';
import { consent } from './run';

// Each test starts the CLI, a Node process loading ajv: on a busy two-core machine that alone takes seconds.
const SPAWN_TIMEOUT = 30_000;

test(
  'consent edit prints the address to open, serves the file there, and stops on Ctrl+C',
  async () => {
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
      await expect(call(port, '/', { headers: { host: `127.0.0.1:${port}` } })).rejects.toThrow(
        /ECONNREFUSED/,
      );
    } finally {
      editor.child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  },
  SPAWN_TIMEOUT,
);

const fixturePath = 'test/container/fixtures/conectamos.json';

test.each([
  [[fixturePath, '--port', 'eighty'], 2, /^consent: --port must be a number from 0 to 65535, got "eighty"\n/],
  [[fixturePath, '--port', '70000'], 2, /^consent: --port must be a number from 0 to 65535, got "70000"\n/],
  [
    ['test/container/fixtures/missing.json'],
    1,
    /^✗ cannot open test\/container\/fixtures\/missing\.json: ENOENT/,
  ],
  [
    ['README.md'],
    1,
    /^✗ README\.md is not valid JSON \(line 1, column 1: .*\); fix it in a text editor first\n$/,
  ],
])(
  'consent edit %j refuses, in words, with exit %i',
  (args, status, stderr) => {
    const run = consent('edit', ...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(stderr);
    expect(run.stdout).toBe('');
  },
  SPAWN_TIMEOUT,
);
