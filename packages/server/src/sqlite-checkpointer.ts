/**
 * Moves SQLite's WAL checkpoints off the event loop. better-sqlite3 is synchronous, and by default the
 * connection that commits also copies the WAL into the database file every 1000 pages: tens of
 * milliseconds in which no request is answered, which is most of the p99 at a steady load. Here the
 * writer turns that off and a worker thread with its own connection checkpoints instead. Commits
 * still wait for the WAL to reach the disk: durability does not change, only who does the copying.
 */
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

// The worker, run as CommonJS from this text. Nothing is interpolated: the file and the driver's path
// arrive as workerData. PASSIVE never blocks the writer; it answers with the WAL's length in frames.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
parentPort.on('message', () => {
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage(log);
});
`;

/** Checkpoints on a worker thread, at most once per interval, never two at a time. */
export interface Checkpointer {
  /** Called after each commit: starts a checkpoint if none ran in the last interval. */
  afterCommit(): void;
  close(): Promise<void>;
}

// 16 MB of 4 KB pages. Under a steady load the worker's checkpoints never catch up with the end of the
// WAL (frames arrive while each one runs), and SQLite starts the WAL over only once every frame is in
// the database file. Past this length the writer copies the few frames left itself, between two
// commits: a short pause, after which the next commit starts the WAL from the beginning.
const WAL_RESTART_FRAMES = 4096;

/**
 * A checkpointer for `db`'s file, on a writer that has set `wal_autocheckpoint = 0`. When the worker
 * dies, the writer checkpoints for itself again rather than let the WAL grow.
 */
export function walCheckpointer(db: BetterSqlite3.Database, driver: string): Checkpointer {
  const intervalMs = 100;
  let worker: Worker | undefined;
  let failed = false;
  let running = false;
  let last = 0;
  let walFrames = 0;
  const start = () => {
    const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: db.name, driver } });
    // The worker never keeps the process alive: a server that is done may exit with it idle.
    thread.unref();
    thread.on('message', (frames: number) => {
      running = false;
      last = Date.now();
      walFrames = frames;
    });
    thread.on('error', () => {
      failed = true;
      db.pragma('wal_autocheckpoint = 1000');
    });
    return thread;
  };
  return {
    afterCommit() {
      if (failed || running) return;
      if (walFrames > WAL_RESTART_FRAMES) {
        walFrames = 0;
        db.pragma('wal_checkpoint(PASSIVE)');
        return;
      }
      if (Date.now() - last < intervalMs) return;
      worker ??= start();
      running = true;
      worker.postMessage('checkpoint');
    },
    async close() {
      await worker?.terminate();
    },
  };
}
