// @vitest-environment node
/**
 * A 2xx means the receipt is on disk. The serve command runs as a child process; receipts are posted
 * concurrently; the process is killed with SIGKILL while requests are in flight (no shutdown code
 * runs); restarted on the same database, it must hold every receipt it acknowledged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { post, receipt, send, tempDir } from './helpers';
import { testDatabase } from './postgres';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'packages/server/src/bin.ts');

/** Starts `consent-receipts serve` on a free port; resolves once it says where it listens. */
async function startServe(storeArgs: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', ...storeArgs, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  for await (const chunk of child.stdout!) {
    output += chunk;
    const found = /listening on (\S+)/.exec(output);
    if (found) return { url: found[1]!, child };
  }
  throw new Error(`serve exited before listening: ${output}`);
}

/** Posts receipts from `workers` concurrent clients until `enough` are acknowledged, then kills the server. */
async function postThenKill(url: string, child: ChildProcess, enough: number, workers = 16) {
  const acknowledged: ReturnType<typeof receipt>[] = [];
  let failures = 0;
  const worker = async () => {
    while (child.exitCode === null && child.signalCode === null) {
      const sent = receipt();
      try {
        const answer = await post(url, sent);
        if (answer.status === 201) acknowledged.push(sent);
      } catch {
        failures++; // the connection died with the process: this receipt was never acknowledged
      }
      if (acknowledged.length >= enough && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  if (child.signalCode === null) await once(child, 'exit');
  return { acknowledged, failures };
}

async function killAndRestart(storeArgs: string[]) {
  const first = await startServe(storeArgs);
  const { acknowledged } = await postThenKill(first.url, first.child, 300);
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(300);

  const second = await startServe(storeArgs);
  try {
    const missing: string[] = [];
    for (const sent of acknowledged) {
      const answer = await send(`${second.url}/${sent.id}`);
      if (answer.status !== 200) missing.push(sent.id);
      else expect(answer.json).toMatchObject(sent);
    }
    expect(missing).toEqual([]);
  } finally {
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }
  expect(second.child.exitCode).toBe(0);
}

const database = await testDatabase();
// Made here, at the top: the helper's clean-up hook belongs to the file, not to a test.
const dir = tempDir('durability');

describe('every acknowledged receipt survives SIGKILL', () => {
  test('SQLite', { timeout: 60_000 }, async () => {
    await killAndRestart(['--db', join(dir, 'receipts.sqlite')]);
  });

  test.skipIf(database.skip)(
    `PostgreSQL${database.skip ? ` (skipped: ${database.skip})` : ''}`,
    { timeout: 60_000 },
    async () => {
      await killAndRestart(['--postgres', database.url!]);
    },
  );
});
