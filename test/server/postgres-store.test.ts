// @vitest-environment node
import { postgresStore } from '@conectamos/consent-server';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { stored } from './helpers';
import { testDatabase } from './postgres';
import { storeContract } from './store-contract';

const database = await testDatabase();
const url = database.url ?? '';

describe.skipIf(database.skip)(
  `PostgreSQL store${database.skip ? ` (skipped: ${database.skip})` : ''}`,
  () => {
    const sql = async (text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await client.query(text, values);
      } finally {
        await client.end();
      }
    };

    test('servers starting at once against a new database migrate it once', async () => {
      const stores = Array.from({ length: 4 }, () => postgresStore({ connectionString: url, max: 2 }));
      await Promise.all(stores.map((store) => store.ready()));
      await Promise.all(stores.map((store) => store.close()));
      const again = postgresStore({ connectionString: url });
      await again.ready();
      await again.close();
      const { rows } = await sql('SELECT version FROM consent_receipts_migrations');
      expect(rows).toEqual([{ version: 1 }]);
    });

    storeContract({
      open: () => postgresStore({ connectionString: url }),
      updateInPlace: (id) => sql('UPDATE consent_receipts SET marketing = true WHERE id = $1', [id]),
    });

    test('a server that may not change the schema starts against a migrated database, and reads', async () => {
      const readOnly = new URL(url);
      readOnly.searchParams.set('options', '-c default_transaction_read_only=on');
      const store = postgresStore({ connectionString: readOnly.href });
      await store.ready();
      expect(await store.get(crypto.randomUUID())).toBeUndefined();
      await expect(store.append(stored(new Date()))).rejects.toThrow(/read-only transaction/);
      await store.close();
    });

    test('TRUNCATE is refused too: only prune deletes', async () => {
      await expect(sql('TRUNCATE consent_receipts')).rejects.toThrow(/append-only/);
    });

    test('a pool of your own is used and left open', async () => {
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      const store = postgresStore({ pool });
      expect(await store.get(crypto.randomUUID())).toBeUndefined();
      await store.close();
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await pool.end();
    });

    test('a database at a newer schema is refused', async () => {
      await sql('INSERT INTO consent_receipts_migrations (version) VALUES (99)');
      const store = postgresStore({ connectionString: url });
      await expect(store.ready()).rejects.toThrow(
        'the receipt database is at schema 99, newer than this server knows (1)',
      );
      await store.close();
      await sql('DELETE FROM consent_receipts_migrations WHERE version = 99');
    });
  },
);
