/**
 * `consent receipts serve | export | prune`: the command behind the `consent` CLI and the package's
 * own `consent-receipts` bin. Exit codes: 0 done, 1 failed (the database, the network), 2 bad usage.
 */

import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type ExportFormat, formatReceipts } from './export';
import { postgresStore } from './postgres-store';
import type { ReceiptStore } from './receipt';
import { serveReceipts } from './serve';
import { sqliteStore } from './sqlite-store';

/** Where the command writes, and what stops `serve` (besides SIGINT and SIGTERM). */
export interface ReceiptsCommandIO {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Aborting it stops `serve` as SIGTERM would. */
  signal?: AbortSignal;
}

const USAGE = `Usage: consent receipts <command> [options]

Commands:
  serve   --db receipts.sqlite | --postgres <url>  [--port 8787] [--host 127.0.0.1]
          [--base /consent/receipts] [--origin https://www.example.org]...
          Receive receipts over HTTP until SIGINT or SIGTERM.
  export  --db receipts.sqlite | --postgres <url>  --since 2026-01-01 [--until 2026-02-01]
          --format csv|json
          Write the receipts received in [since, until) to stdout.
  prune   --db receipts.sqlite | --postgres <url>  --older-than-days 1825
          Delete the receipts received more than that many days ago; print how many.

The PostgreSQL password may come from PGPASSWORD or ~/.pgpass instead of the URL.
`;

// Plain literals, combined when a command runs: a spread at module level would be work on import.
const STORE_OPTIONS = {
  db: { type: 'string' },
  postgres: { type: 'string' },
  help: { type: 'boolean' },
} as const;
const SERVE_OPTIONS = {
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  base: { type: 'string', default: '/consent/receipts' },
  origin: { type: 'string', multiple: true, default: [] as string[] },
} as const;
const EXPORT_OPTIONS = {
  since: { type: 'string' },
  until: { type: 'string' },
  format: { type: 'string' },
} as const;
const PRUNE_OPTIONS = { 'older-than-days': { type: 'string' } } as const;

class UsageError extends Error {}

/** Runs `consent receipts <args>`; resolves to the exit code. */
export async function receiptsCommand(args: string[], io: ReceiptsCommandIO = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const [command, ...rest] = args;
  const help = command === '--help' || command === '-h' || command === 'help';
  if (command === undefined || help || rest.includes('--help') || rest.includes('-h')) {
    (command ? stdout : stderr).write(USAGE);
    return command ? 0 : 2;
  }
  const parse = <T extends ParseArgsConfig['options']>(options: T) =>
    parseArgs({
      args: rest,
      options: { ...STORE_OPTIONS, ...options },
      strict: true,
      allowPositionals: false,
    }).values;
  try {
    if (command === 'serve') return await serve(parse(SERVE_OPTIONS), stdout, io.signal);
    if (command === 'export') return await exportReceipts(parse(EXPORT_OPTIONS), stdout);
    if (command === 'prune') return await prune(parse(PRUNE_OPTIONS), stdout);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    stderr.write(
      `consent receipts: ${(error as Error).message}\n${usage ? 'Run with --help for usage.\n' : ''}`,
    );
    return usage ? 2 : 1;
  }
}

interface StoreValues {
  db?: string;
  postgres?: string;
}
type ServeValues = StoreValues & { port: string; host: string; base: string; origin: string[] };
type ExportValues = StoreValues & { since?: string; until?: string; format?: string };
type PruneValues = StoreValues & { 'older-than-days'?: string };

function openStore(
  { db, postgres }: StoreValues,
  mustExist: boolean,
): { store: ReceiptStore; label: string } {
  if ((db === undefined) === (postgres === undefined))
    throw new UsageError('give either --db <file> (SQLite) or --postgres <url>');
  if (postgres !== undefined)
    return { store: postgresStore({ connectionString: postgres }), label: 'PostgreSQL' };
  // Reading or pruning a file that is not there is a typo, not a wish for an empty database.
  if (mustExist && !existsSync(db!)) throw new Error(`no receipt database at ${db}`);
  return { store: sqliteStore({ file: db! }), label: `SQLite ${db}` };
}

async function serve(
  values: ServeValues,
  stdout: NodeJS.WritableStream,
  signal?: AbortSignal,
): Promise<number> {
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new UsageError(`--port must be 0 to 65535, got "${values.port}"`);
  if (!values.base.startsWith('/')) throw new UsageError(`--base must start with "/", got "${values.base}"`);
  const { store, label } = openStore(values, false);
  let server: Awaited<ReturnType<typeof serveReceipts>>;
  try {
    server = await serveReceipts({
      store,
      port,
      host: values.host,
      base: values.base,
      allowedOrigins: values.origin,
    });
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  stdout.write(`consent receipts: listening on ${server.url} (${label})\n`);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  signal?.addEventListener('abort', onSignal, { once: true });
  if (!signal?.aborted) await once(stop.signal, 'abort');
  process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  await server.close();
  stdout.write('consent receipts: stopped\n');
  return 0;
}

async function exportReceipts(values: ExportValues, stdout: NodeJS.WritableStream): Promise<number> {
  if (values.since === undefined)
    throw new UsageError('export needs --since <date>, e.g. --since 2026-01-01');
  const since = parseDate('--since', values.since);
  const until = values.until === undefined ? undefined : parseDate('--until', values.until);
  if (values.format !== 'csv' && values.format !== 'json')
    throw new UsageError(
      `--format must be csv or json, got ${values.format === undefined ? 'nothing' : `"${values.format}"`}`,
    );
  const { store } = openStore(values, true);
  try {
    for await (const chunk of formatReceipts(store.export({ since, until }), values.format as ExportFormat))
      if (!stdout.write(chunk)) await once(stdout, 'drain');
  } finally {
    await store.close();
  }
  return 0;
}

async function prune(values: PruneValues, stdout: NodeJS.WritableStream): Promise<number> {
  const days = values['older-than-days'];
  if (days === undefined || !/^\d+$/.test(days) || Number(days) < 1)
    throw new UsageError(
      `prune needs --older-than-days <whole number of days, at least 1>, got ${days ?? 'nothing'}`,
    );
  const olderThan = new Date(Date.now() - Number(days) * 24 * 60 * 60 * 1000);
  const { store } = openStore(values, true);
  try {
    const deleted = await store.prune(olderThan);
    stdout.write(`deleted ${deleted} receipt(s) received before ${olderThan.toISOString()}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

function parseDate(flag: string, value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}($|T)/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`${flag} must be a date like 2026-01-01 or 2026-01-01T00:00:00Z, got "${value}"`);
  return date;
}
