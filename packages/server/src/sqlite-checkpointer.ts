/**
 * Moves SQLite's WAL checkpoints off the event loop. better-sqlite3 is synchronous, and by default the
 * connection that commits also copies the WAL into the database file every 1000 pages: tens of
 * milliseconds in which no request is answered, which is most of the p99 at a steady load. Here the
 * writer turns that off and a worker thread with its own connection checkpoints instead. Commits
 * still wait for the WAL to reach the disk: durability does not change, only who does the copying.
 */
import { Worker } from 'node:worker_threads';

// The worker, run as CommonJS from this text. Nothing is interpolated: the file and the driver's path
// arrive as workerData. PASSIVE never blocks the writer; when the WAL has grown past the limit (a load
// so steady that a passive checkpoint never catches up with it), RESTART makes the next commit start
// the WAL from the beginning again, holding the writer back for that one checkpoint.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
parentPort.on('message', () => {
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
  if (log > workerData.restartAfterFrames) db.pragma('wal_checkpoint(RESTART)');
  parentPort.postMessage('done');
});
`;

/** Checkpoints on a worker thread, at most once per interval, never two at a time. */
export interface Checkpointer {
  /** Called after each commit: starts a checkpoint if none ran in the last interval. */
  afterCommit(): void;
  close(): Promise<void>;
}

/**
 * A checkpointer for the database `file`, whose writer has set `wal_autocheckpoint = 0`. `onFailure`
 * hears when the worker dies, so the writer can checkpoint for itself again rather than let the WAL grow.
 */
export function walCheckpointer(
  file: string,
  driver: string,
  onFailure: (error: unknown) => void,
): Checkpointer {
  const intervalMs = 100;
  let worker: Worker | undefined;
  let failed = false;
  let running = false;
  let last = 0;
  const start = () => {
    const thread = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, driver, restartAfterFrames: 4096 },
    });
    // The worker never keeps the process alive: a server that is done may exit with it idle.
    thread.unref();
    thread.on('message', () => {
      running = false;
      last = Date.now();
    });
    thread.on('error', (error) => {
      failed = true;
      onFailure(error);
    });
    return thread;
  };
  return {
    afterCommit() {
      if (failed || running || Date.now() - last < intervalMs) return;
      worker ??= start();
      running = true;
      worker.postMessage('checkpoint');
    },
    async close() {
      await worker?.terminate();
    },
  };
}
