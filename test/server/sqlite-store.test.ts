// @vitest-environment node
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteStore } from '@conectamos/consent-server';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { stored, tempDir } from './helpers';
import { storeContract } from './store-contract';

const dir = tempDir('sqlite');
const file = join(dir, 'receipts.sqlite');

describe('SQLite store, on disk', () => {
  storeContract({
    open: () => sqliteStore({ file }),
    updateInPlace: async (id) => {
      const db = new Database(file);
      try {
        db.prepare('UPDATE consent_receipts SET marketing = 1 WHERE id = ?').run(id);
      } finally {
        db.close();
      }
    },
  });

  test('the file is in WAL mode at schema 1, and opening it again migrates nothing', async () => {
    const other = join(dir, 'pragmas.sqlite');
    await sqliteStore({ file: other }).close();
    const receipt = stored(new Date());
    const store = sqliteStore({ file: other });
    await store.append(receipt);
    await store.close();
    const db = new Database(other, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  test('prune deletes many thousands, slice by slice, and counts them all', { timeout: 30_000 }, async () => {
    const store = sqliteStore({ file: join(dir, 'prune-many.sqlite') });
    const old = Array.from({ length: 12_345 }, (_, i) => stored(new Date(Date.UTC(2018, 0, 1) + i)));
    const kept = stored(new Date());
    await Promise.all([...old, kept].map((receipt) => store.append(receipt)));
    expect(await store.prune(new Date(Date.UTC(2019, 0, 1)))).toBe(12_345);
    expect(await store.get(kept.id)).toEqual(kept);
    await store.close();
  });

  test('a file from a newer server is refused, not rewritten', () => {
    const newer = join(dir, 'newer.sqlite');
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    expect(() => sqliteStore({ file: newer })).toThrow(
      'the receipt database is at schema 99, newer than this server knows (1)',
    );
  });
});

test('while the store runs, checkpoints copy receipts from the WAL into the database file', async () => {
  const running = join(dir, 'checkpoints.sqlite');
  const store = sqliteStore({ file: running });
  const receipts = Array.from({ length: 50 }, () => stored(new Date()));
  await Promise.all(receipts.map((receipt) => store.append(receipt)));
  // Commits after the first checkpoint's interval give the worker its turn.
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.append(stored(new Date()));
  }
  await expect.poll(() => countInFileAlone(running), { timeout: 5000 }).toBeGreaterThanOrEqual(50);
  await store.close();
});

/** Receipts in the database file itself, read from a copy made without its WAL. */
function countInFileAlone(file: string): number {
  const copy = `${file}.copy-${Date.now()}`;
  copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM consent_receipts').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
