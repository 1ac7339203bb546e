// @vitest-environment node
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { receiptsCommand, sqliteStore } from '@conectamos/consent-server';
import { describe, expect, test } from 'vitest';
import { post, receipt, send, stored, tempDir } from './helpers';

const dir = tempDir('command');

/** Runs the command in-process; resolves to its exit code and what it wrote. */
async function run(args: string[], signal?: AbortSignal, onStdout?: (text: string) => void) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
    onStdout?.(out);
  });
  stderr.on('data', (chunk) => (err += chunk));
  const code = await receiptsCommand(args, { stdout, stderr, signal });
  return { code, stdout: out, stderr: err };
}

/** A database with three receipts: two from 2024, one from 2025. */
async function populated(name: string) {
  const file = join(dir, name);
  const store = sqliteStore({ file });
  const receipts = [
    stored('2024-01-15T00:00:00.000Z'),
    stored('2024-06-15T00:00:00.000Z'),
    stored('2025-03-01T00:00:00.000Z'),
  ];
  for (const receipt of receipts) await store.append(receipt);
  await store.close();
  return { file, receipts };
}

describe('usage', () => {
  test('--help prints the usage and exits 0, for the command and each subcommand', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['export', '-h']]) {
      const { code, stdout } = await run(args);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: consent receipts <command>');
    }
  });

  test.each([
    [[], 'Usage: consent receipts <command>'],
    [['archive'], 'consent receipts: unknown command "archive"'],
    [
      ['export', '--db', 'x.sqlite', '--since', '2026-01-01', '--format', 'xml'],
      '--format must be csv or json, got "xml"',
    ],
    [
      ['export', '--db', 'x.sqlite', '--format', 'csv'],
      'export needs --since <date>, e.g. --since 2026-01-01',
    ],
    [
      ['export', '--db', 'x.sqlite', '--since', 'last week', '--format', 'csv'],
      '--since must be a date like 2026-01-01',
    ],
    [
      ['export', '--since', '2026-01-01', '--format', 'csv'],
      'give either --db <file> (SQLite) or --postgres <url>',
    ],
    [
      ['prune', '--db', 'a.sqlite', '--postgres', 'postgres://x/y', '--older-than-days', '30'],
      'give either --db',
    ],
    [
      ['prune', '--db', 'a.sqlite', '--older-than-days', '0'],
      'prune needs --older-than-days <whole number of days, at least 1>, got 0',
    ],
    [['serve', '--db', 'a.sqlite', '--port', 'http'], '--port must be 0 to 65535, got "http"'],
    [['serve', '--db', 'a.sqlite', '--colour'], "Unknown option '--colour'"],
  ])('%j exits 2: %s', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test('exporting a database that is not there exits 1 and creates nothing', async () => {
    const missing = join(dir, 'typo.sqlite');
    const { code, stderr } = await run([
      'export',
      '--db',
      missing,
      '--since',
      '2026-01-01',
      '--format',
      'csv',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(`consent receipts: no receipt database at ${missing}\n`);
    expect((await run(['prune', '--db', missing, '--older-than-days', '1'])).code).toBe(1);
  });
});

describe('export', () => {
  test('CSV of the receipts received in [since, until)', async () => {
    const { file, receipts } = await populated('export-csv.sqlite');
    const { code, stdout } = await run([
      'export',
      '--db',
      file,
      '--since',
      '2024-01-01',
      '--until',
      '2025-01-01',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,previousId,decidedAt,receivedAt,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([receipts[0]!.id, receipts[1]!.id]);
  });

  test('JSON of everything since a date', async () => {
    const { file, receipts } = await populated('export-json.sqlite');
    const { code, stdout } = await run(['export', '--db', file, '--since', '2024-06-01', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(receipts.slice(1));
  });
});

describe('prune', () => {
  test('deletes what arrived more than N days ago and prints how many', async () => {
    const { file, receipts } = await populated('prune.sqlite');
    const days = Math.floor((Date.now() - Date.parse('2024-12-01T00:00:00.000Z')) / 86_400_000);
    const { code, stdout } = await run(['prune', '--db', file, '--older-than-days', String(days)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^deleted 2 receipt\(s\) received before 2024-1[12]-/);
    const store = sqliteStore({ file });
    expect(await store.get(receipts[0]!.id)).toBeUndefined();
    expect(await store.get(receipts[2]!.id)).toEqual(receipts[2]);
    await store.close();
  });
});

describe('serve', () => {
  test('listens, stores receipts, and stops cleanly when told to', async () => {
    const file = join(dir, 'serve.sqlite');
    const stop = new AbortController();
    let listening: (url: string) => void;
    const url = new Promise<string>((resolve) => (listening = resolve));
    const finished = run(
      ['serve', '--db', file, '--port', '0', '--origin', 'https://www.conectamos.org'],
      stop.signal,
      (out) => {
        const found = /listening on (\S+)/.exec(out);
        if (found) listening(found[1]!);
      },
    );
    const base = await url;
    const sent = receipt();
    expect((await post(base, sent, { origin: 'https://www.conectamos.org' })).status).toBe(201);
    expect((await post(base, receipt(), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await send(`${base}/${sent.id}`)).status).toBe(200);
    stop.abort();
    const { code, stdout } = await finished;
    expect(code).toBe(0);
    expect(stdout).toContain(`(SQLite ${file})`);
    expect(stdout).toContain('consent receipts: stopped');
    const store = sqliteStore({ file });
    expect(await store.get(sent.id)).toMatchObject(sent);
    await store.close();
  });

  test('a PostgreSQL that cannot be reached: exit 1 with the reason, before listening', async () => {
    const { code, stdout, stderr } = await run([
      'serve',
      '--postgres',
      'postgres://nobody@127.0.0.1:1/none',
      '--port',
      '0',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^consent receipts: .*ECONNREFUSED/);
  });
});
