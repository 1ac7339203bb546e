// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
// A folder beside the repo whose name starts like the demo's: `startsWith` without a separator let it through.
const sibling = join(root, 'docs/demo-secrets');
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(sibling, 'key.txt'), 'secret');
  mkdirSync(join(root, 'packages/core/dist'), { recursive: true });
  server = spawn(process.execPath, [join(root, 'scripts/demo-server.mjs')], {
    env: { ...process.env, PORT: '0' },
  });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (found) resolve(Number(found[1]));
    });
    server.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
});
afterAll(() => {
  server?.kill();
  rmSync(sibling, { recursive: true, force: true });
});

/** A raw GET: the path goes on the wire exactly as written (fetch would normalise `..`). */
const get = (path: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });

describe('the demo server serves only the demo and the built packages', () => {
  test.each([
    ['the repository through a package', '/packages/core/dist/..%2f..%2f..%2f.git/HEAD'],
    ['a package source through its dist', '/packages/core/dist/..%2fsrc/index.ts'],
    ['a sibling folder through the demo', '/..%2fdemo-secrets/key.txt'],
    ['outside the repository', '/packages/core/dist/..%2f..%2f..%2f..%2fetc/passwd'],
    ['plain dot segments', '/../../package.json'],
  ])('%s: 404', async (_, path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).not.toMatch(/ref:|secret|root:|"name"/);
  });

  test('a malformed escape is a 400, and the server keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
    expect(server.exitCode).toBeNull();
  });
});
