/**
 * The PostgreSQL schema, as numbered migrations recorded in `consent_receipts_migrations`. Several web
 * servers may start at once against one database: a transaction-scoped advisory lock lets one of them
 * migrate while the others wait, then find nothing left to do.
 */
import type { Pool } from 'pg';

// Any constant works; it only has to be the same in every server. ASCII "consent" as a bigint.
const MIGRATION_LOCK = '27988542867467892';

// Migration n is version n + 1. Append, never edit one that has shipped.
const MIGRATIONS = [
  `CREATE TABLE consent_receipts (
     id uuid PRIMARY KEY,
     previous_id uuid,
     decided_at timestamptz NOT NULL,
     received_at timestamptz NOT NULL,
     policy_version text NOT NULL,
     necessary boolean NOT NULL CHECK (necessary),
     functional boolean NOT NULL,
     analytics boolean NOT NULL,
     marketing boolean NOT NULL,
     opted_out text[] NOT NULL,
     surface text NOT NULL,
     source text NOT NULL,
     action text NOT NULL,
     lang text,
     path text NOT NULL,
     ui_text text
   );
   CREATE INDEX consent_receipts_received_at ON consent_receipts (received_at, id);
   -- Proof of consent is append-only: a stored decision is never rewritten, whoever holds the database.
   CREATE FUNCTION consent_receipts_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'consent receipts are append-only: % is refused', TG_OP;
   END $$;
   CREATE TRIGGER consent_receipts_append_only BEFORE UPDATE ON consent_receipts
     FOR EACH ROW EXECUTE FUNCTION consent_receipts_refuse_change();
   CREATE TRIGGER consent_receipts_no_truncate BEFORE TRUNCATE ON consent_receipts
     FOR EACH STATEMENT EXECUTE FUNCTION consent_receipts_refuse_change();`,
];

/**
 * Brings the schema up to date; running it again, or on several servers at once, changes nothing.
 * A database already up to date is only read: no lock, no DDL, so the web servers may run as a role
 * that can read and insert receipts but not create tables.
 */
export async function migrate(pool: Pool): Promise<void> {
  if ((await schemaVersion(pool)) === MIGRATIONS.length) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS consent_receipts_migrations (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    // Read again under the lock: another server may have migrated while this one waited for it.
    const current = await schemaVersion(client);
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (i < current) continue;
      await client.query(sql);
      await client.query('INSERT INTO consent_receipts_migrations (version) VALUES ($1)', [i + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The schema version recorded in the database: 0 before the first migration. */
async function schemaVersion(db: Pick<Pool, 'query'>): Promise<number> {
  const table = await db.query<{ found: string | null }>(
    "SELECT to_regclass('consent_receipts_migrations')::text AS found",
  );
  if (!table.rows[0]?.found) return 0;
  const { rows } = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM consent_receipts_migrations',
  );
  const version = rows[0]?.version ?? 0;
  if (version > MIGRATIONS.length)
    throw new Error(
      `the receipt database is at schema ${version}, newer than this server knows (${MIGRATIONS.length})`,
    );
  return version;
}
