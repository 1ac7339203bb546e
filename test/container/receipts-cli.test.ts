// @vitest-environment node
/**
 * `consent receipts serve | export | prune`: the `consent` CLI runs @conectamos/consent-server's command.
 * The built dist/cli.js is spawned as a user runs it, against real SQLite files in a temp directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteStore } from '@conectamos/consent-server';
import { afterEach, describe, expect, test } from 'vitest';
import { post, receipt, send, stored, tempDir } from '../server/helpers';
import { cliPath, consent, root } from './run';

const dir = tempDir('consent-cli-receipts');
const DAY = 864e5;

/** A database holding one receipt received 40 days ago and one received now. */
async function database(name: string) {
  const file = join(dir, name);
  const store = sqliteStore({ file });
  const old = stored(new Date(Date.now() - 40 * DAY));
  const recent = stored(new Date());
  await store.append(old);
  await store.append(recent);
  await store.close();
  return { file, old, recent };
}

describe('consent --help', () => {
  test('lists the receipts command', () => {
    const { status, stdout } = consent('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}receipts serve\|export\|prune \.\.\. +proof of consent/m);
  });
});

describe('consent receipts', () => {
  test('--help prints the receipts command’s own usage, exit 0', () => {
    for (const args of [
      ['receipts', '--help'],
      ['receipts', 'export', '--help'],
    ]) {
      const { status, stdout } = consent(...args);
      expect(status).toBe(0);
      expect(stdout).toContain('Usage: consent receipts <command> [options]');
      expect(stdout).toContain('--older-than-days 1825');
    }
  });

  test('bad usage: exit 2, naming the problem', () => {
    expect(consent('receipts')).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage:') });
    const { status, stderr } = consent('receipts', 'export', '--db', 'x.sqlite', '--format', 'csv');
    expect(status).toBe(2);
    expect(stderr).toContain('export needs --since <date>');
    expect(consent('receipts', 'archive').stderr).toContain('unknown command "archive"');
  });

  test('a database that is not there: exit 1, and no file is made', () => {
    const missing = join(dir, 'missing.sqlite');
    const { status, stderr } = consent('receipts', 'prune', '--db', missing, '--older-than-days', '30');
    expect(status).toBe(1);
    expect(stderr).toContain(`no receipt database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  test('export: the receipts received since a date, as JSON or CSV', async () => {
    const { file, old, recent } = await database('export.sqlite');
    const since = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);
    const json = consent('receipts', 'export', '--db', file, '--since', since, '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([recent]);
    const csv = consent('receipts', 'export', '--db', file, '--since', '2000-01-01', '--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,previousId,decidedAt,receivedAt,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([old.id, recent.id]);
  });

  test('prune: deletes what was received before the cut-off, and says how many', async () => {
    const { file, recent } = await database('prune.sqlite');
    const { status, stdout } = consent('receipts', 'prune', '--db', file, '--older-than-days', '30');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^deleted 1 receipt\(s\) received before \d{4}-/);
    const left = consent('receipts', 'export', '--db', file, '--since', '2000-01-01', '--format', 'json');
    expect(JSON.parse(left.stdout)).toEqual([recent]);
  });

  describe('serve', () => {
    let server: ChildProcess | undefined;
    afterEach(() => {
      if (server?.exitCode === null) server.kill('SIGKILL');
    });

    test('receives receipts over HTTP, answers for them, and stops on SIGTERM with exit 0', async () => {
      const file = join(dir, 'serve.sqlite');
      server = spawn(process.execPath, [cliPath, 'receipts', 'serve', '--db', file, '--port', '0'], {
        cwd: root,
      });
      let output = '';
      server.stdout!.on('data', (chunk) => (output += chunk));
      // It prints the endpoint: http://127.0.0.1:<port>/consent/receipts.
      const endpoint = await new Promise<string>((resolve, reject) => {
        server!.stdout!.on('data', () => {
          const listening = /listening on (\S+)/.exec(output);
          if (listening) resolve(listening[1]!);
        });
        server!.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      const sent = receipt();
      expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/consent\/receipts$/);
      expect((await post(endpoint, sent)).status).toBe(201);
      const answer = await send(`${endpoint}/${sent.id}`);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject(sent);

      server.kill('SIGTERM');
      const [code] = await once(server, 'exit');
      expect(code).toBe(0);
      expect(output).toContain('consent receipts: stopped');
      const kept = consent('receipts', 'export', '--db', file, '--since', '2000-01-01', '--format', 'json');
      expect(JSON.parse(kept.stdout)).toEqual([{ ...sent, receivedAt: expect.any(String) }]);
    });
  });
});
