/**
 * The shared store: PostgreSQL, for several web servers in front of one database. The receipts of one
 * event-loop turn go in one `INSERT … ON CONFLICT DO NOTHING` (group commit: one round trip and one
 * commit for all of them); PostgreSQL's commit waits for its write-ahead log to reach the disk (keep
 * `synchronous_commit` on). A receipt the insert skipped is compared with the stored one.
 */
import { createRequire } from 'node:module';
import type { Pool } from 'pg';
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
import { migrate } from './postgres-migrations';
import { type AppendResult, type ReceiptStore, type StoredReceipt, sameDecision } from './receipt';

/** Options of {@link postgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:5432/db`; the password may come from PGPASSWORD or ~/.pgpass instead of the URL. */
  connectionString?: string;
  /** A pg Pool of your own to use instead of opening one; `close()` then leaves it open. */
  pool?: Pool;
  /** Connections in the pool this store opens. Default 10. */
  max?: number;
}

/** The PostgreSQL receipt store: its schema is migrated on first use, and a 2xx is committed. */
export function postgresStore(options: PostgresStoreOptions): ReceiptStore {
  if (!options.pool && !options.connectionString)
    throw new Error('postgresStore: give a connectionString like postgres://user@host:5432/db, or a pool');
  const ownPool = !options.pool;
  // pg is loaded here, when a store is made, never when the package is imported.
  const pool =
    options.pool ??
    new (createRequire(import.meta.url)('pg') as typeof import('pg')).Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
    });
  // An idle connection that drops (a database restart) is reported here; unheard, it would end the process.
  if (ownPool) pool.on('error', () => {});

  let migrated: Promise<void> | undefined;
  const ready = () => {
    // A failed migration is retried by the next call: the database may come up after the server.
    migrated ??= migrate(pool).catch((error: unknown) => {
      migrated = undefined;
      throw error;
    });
    return migrated;
  };
  const query = async <Row extends object>(sql: string, values: unknown[]) => {
    await ready();
    return pool.query<Row>(sql, values);
  };

  // Built when a store is made: a template at module level would be work on import.
  const insertBatch = `INSERT INTO consent_receipts (${COLUMNS.join(', ')})
    SELECT id, previous_id, decided_at, received_at, policy_version, necessary, functional, analytics, marketing,
           ARRAY(SELECT jsonb_array_elements_text(opted_out)), surface, source, action, lang, path, ui_text
    FROM jsonb_to_recordset($1::jsonb) AS r(
      id uuid, previous_id uuid, decided_at timestamptz, received_at timestamptz, policy_version text,
      necessary boolean, functional boolean, analytics boolean, marketing boolean, opted_out jsonb,
      surface text, source text, action text, lang text, path text, ui_text text)
    ON CONFLICT (id) DO NOTHING
    RETURNING id`;
  const byId = 'SELECT * FROM consent_receipts WHERE id = $1';

  const writes = groupCommit(async (batch: StoredReceipt[]): Promise<AppendResult[]> => {
    // The whole batch as one jsonb parameter: one statement whatever its size, rows in batch order.
    const records = batch.map((receipt) => {
      const values = receiptValues(receipt);
      return Object.fromEntries(COLUMNS.map((column, i) => [column, values[i]]));
    });
    const { rows } = await query<{ id: string }>(insertBatch, [JSON.stringify(records)]);
    const created = new Set(rows.map((row) => row.id));
    // The first of an id in the batch is the one inserted; any other is a retry or a conflict.
    const results = batch.map((receipt): AppendResult | undefined =>
      created.delete(receipt.id) ? 'created' : undefined,
    );
    const skipped = batch.filter((_, i) => results[i] === undefined);
    if (skipped.length === 0) return results as AppendResult[];
    const stored = await query<ReceiptRow>('SELECT * FROM consent_receipts WHERE id = ANY($1::uuid[])', [
      skipped.map((receipt) => receipt.id),
    ]);
    const storedById = new Map(stored.rows.map((row) => [row.id, receiptFromRow(row)]));
    return batch.map((receipt, i) => {
      if (results[i]) return results[i];
      const existing = storedById.get(receipt.id);
      return existing && sameDecision(existing, receipt) ? 'duplicate' : 'conflict';
    });
  });

  return {
    ready,
    append: (receipt) => writes.add(receipt),
    async get(id) {
      const { rows } = await query<ReceiptRow>(byId, [id]);
      return rows[0] && receiptFromRow(rows[0]);
    },
    export({ since, until }) {
      const end = rangeEnd(until);
      return keysetPages(since, async (after) => {
        const { rows } = await query<ReceiptRow>(
          `SELECT * FROM consent_receipts WHERE (received_at, id) > ($1, $2) AND received_at < $3
           ORDER BY received_at, id LIMIT ${EXPORT_PAGE_SIZE}`,
          [after.receivedAt, after.id, end],
        );
        return rows;
      });
    },
    async prune(olderThan) {
      const { rowCount } = await query('DELETE FROM consent_receipts WHERE received_at < $1', [olderThan]);
      return rowCount ?? 0;
    },
    async close() {
      writes.flush();
      if (ownPool) await pool.end();
    },
  };
}
