/**
 * The shared store: PostgreSQL, for several web servers in front of one database. Each receipt is one
 * `INSERT … ON CONFLICT DO NOTHING`; PostgreSQL's own commit waits for its write-ahead log to reach the
 * disk (keep `synchronous_commit` on), and it groups the flushes of concurrent commits by itself.
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
import { migrate } from './postgres-migrations';
import { type ReceiptStore, sameDecision } from './receipt';

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

  const insert = `INSERT INTO consent_receipts (${COLUMNS.join(', ')})
    VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING`;
  const byId = 'SELECT * FROM consent_receipts WHERE id = $1';

  return {
    ready,
    async append(receipt) {
      const { rowCount } = await query(insert, receiptValues(receipt));
      if (rowCount === 1) return 'created';
      const { rows } = await query<ReceiptRow>(byId, [receipt.id]);
      return rows[0] && sameDecision(receiptFromRow(rows[0]), receipt) ? 'duplicate' : 'conflict';
    },
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
      if (ownPool) await pool.end();
    },
  };
}
