/**
 * `pnpm bench:receipts`: the receipt server under load on loopback, on SQLite and on PostgreSQL, as
 * the built `consent-receipts serve` runs it. Per store: the most receipts per second autocannon can
 * get acknowledged, then a fixed 1,000 receipts/s, then SIGKILL mid-load and a restart, counting the
 * acknowledged receipts that are missing. Writes the `## Receipts` section of docs/benchmarks.md.
 *
 * `--seconds N` (or RECEIPTS_BENCH_SECONDS) shortens each run; the figures in the docs come from 60 s.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { receipt } from '../test/server/receipt-fixture';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'packages/server/dist/bin.js');
const { values } = parseArgs({ options: { seconds: { type: 'string' } } });
const seconds = Number(values.seconds ?? process.env.RECEIPTS_BENCH_SECONDS ?? 60);
const postgresUrl =
  process.env.CONSENT_BENCH_POSTGRES ??
  process.env.CONSENT_TEST_POSTGRES ??
  'postgres://consent_test:consent_test@127.0.0.1:5432/consent_test';
if (!existsSync(bin)) throw new Error(`${bin} is missing: build first (pnpm build)`);

async function startServe(storeArgs: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', ...storeArgs, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  for await (const chunk of child.stdout!) {
    output += chunk;
    const found = /listening on (\S+)/.exec(output);
    if (found) return { url: found[1]!, child };
  }
  throw new Error(`serve exited before listening: ${output}`);
}

interface Load {
  url: string;
  seconds: number;
  connections: number;
  overallRate?: number;
  /** Told the consent ID of every receipt answered with 201. */
  onAcknowledged?: (id: string) => void;
}

/** Posts a fresh receipt per request, as text/plain like sendBeacon. */
function load({ url, seconds, connections, overallRate, onAcknowledged }: Load) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    overallRate,
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    requests: [
      {
        // The context is per connection, and a connection has one request in flight: it holds that one's id.
        setupRequest: (request, context: { id?: string }) => {
          context.id = randomUUID();
          return { ...request, body: JSON.stringify(receipt({ id: context.id })) };
        },
        onResponse: (status, _body, context: { id?: string }) => {
          if (status === 201) onAcknowledged?.(context.id!);
        },
      },
    ],
  });
}

/**
 * An even 1,000 receipts/s: one request every millisecond, each timed from when it was due, so a server
 * that falls behind pays for it in the figures (no coordinated omission). autocannon's overallRate
 * sends each connection's share of a second back to back at the start of that second, which measures
 * bursts at full speed rather than a steady rate.
 */
async function paced(url: string, perSecond: number, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let acknowledged = 0;
  const inFlight: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'text/plain;charset=UTF-8' } },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode === 201) acknowledged++;
            resolve();
          });
        },
      );
      req.on('error', () => resolve());
      req.end(JSON.stringify(receipt()));
    });
  const start = performance.now();
  const total = perSecond * seconds;
  for (let sent = 0; sent < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * perSecond) / 1000));
    for (; sent < due; sent++) inFlight.push(send(start + (sent * 1000) / perSecond));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]! * 10) / 10;
  return { perSecond: Math.round(acknowledged / seconds), p50: at(0.5), p99: at(0.99) };
}

const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
};

interface StoreFigures {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  fixedRate: number;
  fixedP50: number;
  fixedP99: number;
  burstP99: number;
  acknowledged: number;
  missing: number;
  /** The machine's load average when this store's runs began and ended. */
  load: string;
}

async function measure(storeArgs: string[]): Promise<StoreFigures> {
  // Other work on the machine moves these figures more than any change here: the load goes with them.
  const loadBefore = loadavg()[0]!;
  const server = await startServe(storeArgs);
  // A short warm-up: the JIT, the pool's connections, the first pages of the table.
  await load({ url: server.url, seconds: 2, connections: 64 });
  const max = await load({ url: server.url, seconds, connections: 64 });
  const fixed = await paced(server.url, 1000, seconds);
  const bursts = await load({ url: server.url, seconds, connections: 32, overallRate: 1000 });
  await stop(server.child);

  // Durability under load: SIGKILL while requests are in flight, restart, look for every 201.
  const victim = await startServe(storeArgs);
  const acknowledged: string[] = [];
  const running = load({
    url: victim.url,
    seconds: 30,
    connections: 64,
    onAcknowledged: (id) => acknowledged.push(id),
  });
  await new Promise((resolve) => setTimeout(resolve, Math.min(5, seconds) * 1000));
  victim.child.kill('SIGKILL');
  await once(victim.child, 'exit');
  (running as unknown as { stop(): void }).stop();
  await running;
  const restarted = await startServe(storeArgs);
  let missing = 0;
  const ids = [...acknowledged];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let id = ids.pop(); id; id = ids.pop()) {
        const answer = await fetch(`${restarted.url}/${id}`);
        await answer.arrayBuffer();
        if (answer.status !== 200) missing++;
      }
    }),
  );
  await stop(restarted.child);

  const served = max.statusCodeStats?.['201']?.count ?? 0;
  return {
    perSecond: Math.round(served / seconds),
    p50: max.latency.p50,
    p99: max.latency.p99,
    errors: max.non2xx + max.errors,
    fixedRate: fixed.perSecond,
    fixedP50: fixed.p50,
    fixedP99: fixed.p99,
    burstP99: bursts.latency.p99,
    acknowledged: acknowledged.length,
    missing,
    load: `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  };
}

/** A database of its own for the PostgreSQL run, dropped afterwards; undefined when there is no server. */
async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> } | string> {
  const admin = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return `PostgreSQL not reachable (${String(error)}); run node scripts/setup.mjs --postgres`;
  }
  const name = `consent_bench_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const rows: string[] = [];
const row = (store: string, f: StoreFigures) =>
  `| ${store} | ${f.perSecond.toLocaleString('en')} | ${f.p50} ms | ${f.p99} ms | ${f.fixedRate.toLocaleString('en')} | ${f.fixedP50} ms | ${f.fixedP99} ms | ${f.burstP99} ms | ${f.acknowledged.toLocaleString('en')} | **${f.missing}** | ${f.load} |`;

const dir = mkdtempSync(join(tmpdir(), 'consent-bench-receipts-'));
try {
  console.log(`SQLite, ${seconds} s per run…`);
  const sqlite = await measure(['--db', join(dir, 'receipts.sqlite')]);
  rows.push(row('SQLite (WAL, synchronous=FULL, group commit)', sqlite));
  console.log(rows.at(-1));
  const database = await benchDatabase();
  if (typeof database === 'string') rows.push(`| PostgreSQL | skipped: ${database} |||||||||`);
  else {
    console.log(`PostgreSQL, ${seconds} s per run…`);
    try {
      rows.push(
        row('PostgreSQL 15 (pool of 10, synchronous_commit on)', await measure(['--postgres', database.url])),
      );
    } finally {
      await database.drop();
    }
  }
  console.log(rows.at(-1));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const section = `## Receipts

Generated by \`pnpm bench:receipts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version},
${cpus().length} × ${cpus()[0]?.model.trim()}), ${seconds} s per run. The load average in the last column
(start → end of that store's runs) counts all the work on the machine, the bench's own included (about 2). The built \`consent-receipts serve\` runs in
its own process on loopback; autocannon, in the bench process on the same two cores, posts a fresh receipt per
request as text/plain, like sendBeacon. A receipt counts when it is answered 201, which the server sends only
after the receipt's transaction has committed to disk.

| store | most receipts/s (64 connections) | p50 | p99 | at 1,000/s evenly: receipts/s | p50 | p99 | p99, autocannon's 1,000/s in bursts | acknowledged before SIGKILL | missing after restart | load average |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Goals on this two-core machine: at least 3,000 receipts/s on SQLite, and p99 under 20 ms at 1,000 receipts/s.
The steady rate is one receipt every millisecond from a small paced client in the bench, each timed from
when it was due, so a server falling behind shows in the figures. autocannon's own \`overallRate\` is shown
next to it for comparison: it sends each connection's share of a second back to back at the start of the
second and corrects for coordinated omission with a 1 ms interval, so it measures bursts at full speed. The last two columns: the
server was killed with SIGKILL mid-load, restarted on the same database, and asked for every receipt it had
answered 201; none may be missing.
`;

// The rest of docs/benchmarks.md is written by `pnpm bench`, which keeps this section as it finds it.
const docs = join(root, 'docs/benchmarks.md');
const current = readFileSync(docs, 'utf8');
const start = current.indexOf('\n## Receipts\n');
writeFileSync(docs, `${start === -1 ? current.trimEnd() : current.slice(0, start).trimEnd()}\n\n${section}`);
execFileSync(
  process.execPath,
  [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', docs],
  {
    stdio: 'ignore',
  },
);
console.log(`\n${section}`);
