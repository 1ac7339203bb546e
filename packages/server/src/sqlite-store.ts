/**
 * The embedded store: one SQLite file, written through better-sqlite3. WAL mode with
 * `synchronous=FULL` makes every commit wait for the disk, so a 2xx means the receipt survives a crash
 * or a power cut; group commit shares that wait between the receipts of one event-loop turn.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import {
  COLUMNS,
  EXPORT_PAGE_SIZE,
  keysetPages,
  type ReceiptRow,
  rangeEnd,
  receiptFromRow,
  receiptValues,
} from './columns';
import { groupCommit } from './group-commit';
import { type AppendResult, type ReceiptStore, type StoredReceipt, sameDecision } from './receipt';
import { walCheckpointer } from './sqlite-checkpointer';

/** Options of {@link sqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file; created with its schema when it does not exist. */
  file: string;
}

// Versioned schema: migration n brings PRAGMA user_version from n to n + 1. Append, never edit.
const MIGRATIONS = [
  `CREATE TABLE consent_receipts (
     id TEXT PRIMARY KEY,
     previous_id TEXT,
     decided_at TEXT NOT NULL,
     received_at TEXT NOT NULL,
     policy_version TEXT NOT NULL,
     necessary INTEGER NOT NULL CHECK (necessary = 1),
     functional INTEGER NOT NULL CHECK (functional IN (0, 1)),
     analytics INTEGER NOT NULL CHECK (analytics IN (0, 1)),
     marketing INTEGER NOT NULL CHECK (marketing IN (0, 1)),
     opted_out TEXT NOT NULL,
     surface TEXT NOT NULL,
     source TEXT NOT NULL,
     action TEXT NOT NULL,
     lang TEXT,
     path TEXT NOT NULL,
     ui_text TEXT
   ) STRICT;
   CREATE INDEX consent_receipts_received_at ON consent_receipts (received_at, id);
   -- Proof of consent is append-only: a stored decision is never rewritten, whoever holds the file.
   CREATE TRIGGER consent_receipts_append_only BEFORE UPDATE ON consent_receipts
   BEGIN SELECT RAISE(ABORT, 'consent receipts are append-only'); END;`,
];

const PRUNE_SLICE = 5000;

/** The embedded receipt store: one SQLite file, durable on every 2xx. */
export function sqliteStore(options: SqliteStoreOptions): ReceiptStore {
  // The driver is a native addon: loaded here, when a store is made, never when the package is imported.
  const require = createRequire(import.meta.url);
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(options.file);
  // Another process (a prune, a second server) may hold the write lock for a moment: wait, do not fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // After a burst, the WAL file is cut back to this size instead of keeping its largest size on disk.
  db.pragma(`journal_size_limit = ${16 * 1024 * 1024}`);
  migrate(db);
  db.pragma('wal_autocheckpoint = 0');
  const checkpoints = walCheckpointer(db, require.resolve('better-sqlite3'));

  const insert = db.prepare(
    `INSERT INTO consent_receipts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare<[string], ReceiptRow>('SELECT * FROM consent_receipts WHERE id = ?');
  const page = db.prepare<[string, string, string], ReceiptRow>(
    `SELECT * FROM consent_receipts WHERE (received_at, id) > (?, ?) AND received_at < ?
     ORDER BY received_at, id LIMIT ${EXPORT_PAGE_SIZE}`,
  );
  // Deleted a slice at a time: each slice is its own short transaction, so a server writing to the same
  // file waits milliseconds for the lock, never the length of the whole prune.
  const pruneSlice = db.prepare<[string]>(
    `DELETE FROM consent_receipts WHERE rowid IN
       (SELECT rowid FROM consent_receipts WHERE received_at < ? LIMIT ${PRUNE_SLICE})`,
  );

  const appendOne = (receipt: StoredReceipt): AppendResult => {
    const values = receiptValues(receipt).map((value) =>
      typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? JSON.stringify(value) : value,
    );
    if (insert.run(values).changes === 1) return 'created';
    const stored = byId.get(receipt.id);
    return stored && sameDecision(receiptFromRow(stored), receipt) ? 'duplicate' : 'conflict';
  };
  // IMMEDIATE takes the write lock at BEGIN, so a `prune` in another process waits instead of failing.
  const commit = db.transaction((batch: StoredReceipt[]) => batch.map(appendOne));
  const writes = groupCommit((batch: StoredReceipt[]) => {
    const results = commit.immediate(batch);
    checkpoints.afterCommit();
    return results;
  });

  return {
    ready: async () => {},
    append: (receipt) => writes.add(receipt),
    get: async (id) => {
      const row = byId.get(id);
      return row && receiptFromRow(row);
    },
    export: ({ since, until }) => {
      const end = rangeEnd(until);
      return keysetPages(since, (after) => page.all(after.receivedAt, after.id, end));
    },
    prune: async (olderThan) => {
      let deleted = 0;
      for (let changes = PRUNE_SLICE; changes === PRUNE_SLICE; deleted += changes) {
        changes = pruneSlice.run(olderThan.toISOString()).changes;
        // Between slices, the event loop: a server in this process answers its requests meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return deleted;
    },
    close: async () => {
      if (!db.open) return;
      writes.flush();
      await checkpoints.close();
      // The last checkpoint here, so the file holds everything and the WAL is left empty.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

function migrate(db: BetterSqlite3.Database): void {
  // One IMMEDIATE transaction: two processes opening a new file at once migrate it once.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length)
      throw new Error(
        `the receipt database is at schema ${version}, newer than this server knows (${MIGRATIONS.length})`,
      );
    for (const [i, sql] of MIGRATIONS.entries()) if (i >= version) db.exec(sql);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
