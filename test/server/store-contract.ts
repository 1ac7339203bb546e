/**
 * What every receipt store promises, run against each real database: SQLite on disk and PostgreSQL.
 * `open` opens the store on the same database each time it is called; `updateInPlace` tries an UPDATE
 * straight in the database, past the store.
 */
import type { ReceiptStore, StoredReceipt } from '@conectamos/consent-server';
import { expect, test } from 'vitest';
import { stored } from './helpers';

/** How a test file gives the contract its store. */
export interface StoreUnderTest {
  open(): ReceiptStore;
  updateInPlace(id: string): Promise<unknown>;
}

const collect = async (receipts: AsyncIterable<StoredReceipt>) => {
  const all: StoredReceipt[] = [];
  for await (const receipt of receipts) all.push(receipt);
  return all;
};

/** Registers the contract's tests in the calling `describe`. */
export function storeContract({ open, updateInPlace }: StoreUnderTest): void {
  test('append stores a receipt and get returns it field for field', async () => {
    const store = open();
    const receipt = stored('2026-05-01T10:00:00.000Z', {
      previousId: crypto.randomUUID(),
      lang: 'en-GB',
      optedOut: ['posthog', 'hubspot'],
    });
    expect(await store.append(receipt)).toBe('created');
    expect(await store.get(receipt.id)).toEqual(receipt);
    expect(await store.get(crypto.randomUUID())).toBeUndefined();
    await store.close();
  });

  test('the same receipt again is a duplicate; other content under its id is a conflict, and nothing changes', async () => {
    const store = open();
    const receipt = stored('2026-05-01T10:00:00.000Z', { lang: null, uiText: null, optedOut: [] });
    expect(await store.append(receipt)).toBe('created');
    // A retry arrives later: its receivedAt differs, the decision does not.
    expect(await store.append({ ...receipt, receivedAt: '2026-05-02T10:00:00.000Z' })).toBe('duplicate');
    expect(await store.append({ ...receipt, optedOut: ['hubspot'] })).toBe('conflict');
    expect(await store.append({ ...receipt, decidedAt: '2026-05-01T09:00:00.000Z' })).toBe('conflict');
    expect(await store.get(receipt.id)).toEqual(receipt);
    await store.close();
  });

  test('receipts appended in the same moment are all stored; a repeat among them is a duplicate, a change a conflict', async () => {
    const store = open();
    const receipts = Array.from({ length: 200 }, () => stored(new Date()));
    const changed = { ...receipts[1]!, path: '/elsewhere' };
    const results = await Promise.all(
      [...receipts, receipts[0]!, changed].map((receipt) => store.append(receipt)),
    );
    expect(results.filter((result) => result === 'created')).toHaveLength(200);
    expect(results.slice(-2)).toEqual(['duplicate', 'conflict']);
    for (const receipt of receipts) expect(await store.get(receipt.id)).toEqual(receipt);
    await store.close();
  });

  test('a receipt survives closing and reopening the store', async () => {
    const first = open();
    const receipt = stored(new Date());
    await first.append(receipt);
    await first.close();
    const second = open();
    expect(await second.get(receipt.id)).toEqual(receipt);
    await second.close();
  });

  test('export yields the range [since, until) by arrival, oldest first, across many pages', {
    timeout: 30_000,
  }, async () => {
    const store = open();
    const day = (n: number, ms = 0) => new Date(Date.UTC(2025, 0, n) + ms);
    const inside = Array.from({ length: 1234 }, (_, i) => stored(day(10, i * 1000)));
    const edges = [stored(day(9, 86_399_999)), stored(day(12))];
    // Several receipts in the same millisecond: paging must neither skip nor repeat them.
    const sameMoment = Array.from({ length: 7 }, () => stored(day(11)));
    await Promise.all([...edges, ...inside, ...sameMoment].map((receipt) => store.append(receipt)));

    const exported = await collect(store.export({ since: day(10), until: day(12) }));
    expect(exported).toHaveLength(1234 + 7);
    expect(new Set(exported.map((receipt) => receipt.id)).size).toBe(1241);
    const order = exported.map((receipt) => `${receipt.receivedAt} ${receipt.id}`);
    expect(order).toEqual([...order].sort());
    expect(exported[0]).toEqual(inside[0]);

    const open_ended = await collect(store.export({ since: day(11, 1) }));
    expect(open_ended.map((receipt) => receipt.id)).toContain(edges[1]!.id);
    expect(open_ended.map((receipt) => receipt.id)).not.toContain(sameMoment[0]!.id);
    await store.close();
  });

  test('prune deletes what arrived before the date, says how many, and keeps the rest', async () => {
    const store = open();
    const old = [stored('2019-03-01T00:00:00.000Z'), stored('2019-06-01T00:00:00.000Z')];
    const recent = stored('2019-09-01T00:00:00.000Z');
    for (const receipt of [...old, recent]) await store.append(receipt);
    expect(await store.prune(new Date('2019-07-01T00:00:00.000Z'))).toBe(2);
    expect(await store.get(old[0]!.id)).toBeUndefined();
    expect(await store.get(recent.id)).toEqual(recent);
    expect(await store.prune(new Date('2019-07-01T00:00:00.000Z'))).toBe(0);
    await store.close();
  });

  test('the database itself refuses an UPDATE: receipts are append-only', async () => {
    const store = open();
    const receipt = stored(new Date());
    await store.append(receipt);
    await expect(updateInPlace(receipt.id)).rejects.toThrow(/append-only/);
    expect(await store.get(receipt.id)).toEqual(receipt);
    await store.close();
  });
}
