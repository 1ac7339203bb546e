/**
 * A receipt the browser could not hand over waits in localStorage (a few at most, for a week at most)
 * and is sent again by the next page view. The server keeps one receipt per consent ID, so a receipt
 * sent twice is harmless; one lost is proof lost.
 */
import { createConsent } from '@conectamos/consent';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { QUEUE_KEY, receiptsPosted, stubNetwork } from '../helpers/receipts';
import { breakLocalStorage, makeWindow, settle, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';
const start = (win: TestWindow) =>
  createConsent({ policyVersion, window: win, receipts: { endpoint: '/consent/receipts' } });
const waiting = (win: TestWindow): { id: string }[] =>
  JSON.parse(win.localStorage.getItem(QUEUE_KEY) ?? '[]');

afterEach(() => {
  vi.useRealTimers();
});

describe('a receipt that could not be sent', () => {
  test.each([
    ['the beacon is refused and fetch fails', { beacon: false, fetch: 'reject' as const }],
    ['there is no beacon and the server answers 503', { beacon: 'missing' as const, fetch: 503 }],
    ['the beacon is refused and the server answers 400', { beacon: false, fetch: 400 }],
  ])('is kept when %s, and sent again, unchanged, by the next page view', async (_, failing) => {
    const win = makeWindow();
    const network = stubNetwork(win, failing);
    const consent = start(win);
    consent.acceptAll();
    const [failed] = await receiptsPosted(network, 1);
    await vi.waitFor(() => expect(waiting(win)).toHaveLength(1));
    expect(waiting(win)[0]).toEqual(failed);

    network.behave({});
    start(win); // the next page view
    const [, again] = await receiptsPosted(network, 2);
    expect(again).toEqual(failed);
    expect(network.beacons.at(-1)!.body).toBe(JSON.stringify(failed));
    expect(win.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  test('waits under `<storageKey>_receipts`, the key consent.receipts tells the dialog to list', async () => {
    const win = makeWindow();
    const network = stubNetwork(win, { beacon: false, fetch: 503 });
    const receipts = { endpoint: '/consent/receipts' };
    const consent = createConsent({ policyVersion, window: win, storageKey: 'cnct_consent', receipts });
    expect(consent.receipts).toEqual(receipts);
    consent.acceptAll();
    await receiptsPosted(network, 1);
    await vi.waitFor(() => expect(win.localStorage.getItem('cnct_consent_receipts')).not.toBeNull());
    expect(win.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  test('a receipt that was handed over is not kept', async () => {
    const win = makeWindow();
    const network = stubNetwork(win, { beacon: false, fetch: 201 });
    start(win).acceptAll();
    await receiptsPosted(network, 1);
    expect(win.localStorage.getItem(QUEUE_KEY)).toBeNull();
    start(win);
    await settle();
    expect(network.fetches).toHaveLength(1);
  });

  test('fails again on the next page view: kept again, once', async () => {
    const win = makeWindow();
    const network = stubNetwork(win, { beacon: false, fetch: 'reject' });
    start(win).acceptAll();
    await receiptsPosted(network, 1);
    await vi.waitFor(() => expect(waiting(win)).toHaveLength(1));
    start(win);
    await receiptsPosted(network, 2);
    await vi.waitFor(() => expect(waiting(win)).toHaveLength(1));
    expect(waiting(win)[0]!.id).toBe(network.posted[0]!.id);
  });

  test('the queue holds the 5 newest receipts at most: older ones are dropped', async () => {
    const win = makeWindow();
    const network = stubNetwork(win, { beacon: false, fetch: 'reject' });
    const consent = start(win);
    for (let i = 0; i < 7; i++) {
      consent.acceptAll();
      // One after the other, as a person's decisions come.
      await receiptsPosted(network, i + 1);
    }
    await vi.waitFor(() => expect(waiting(win)).toHaveLength(5));
    expect(waiting(win).map((r) => r.id)).toEqual(network.posted.slice(2).map((r) => r.id));
  });

  test('is dropped once its decision is a week old; younger ones are still sent', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-01T10:00:00.000Z') });
    const win = makeWindow();
    const network = stubNetwork(win, { beacon: false, fetch: 'reject' });
    start(win).acceptAll();
    await receiptsPosted(network, 1);
    vi.setSystemTime(Date.parse('2026-12-03T10:00:00.000Z'));
    start(win).rejectAll();
    await receiptsPosted(network, 3); // the first one again, then the new decision
    await vi.waitFor(() => expect(waiting(win)).toHaveLength(2));

    network.behave({});
    vi.setSystemTime(Date.parse('2026-12-08T10:00:01.000Z')); // a week and a second after the first
    start(win);
    const [, , , retried] = await receiptsPosted(network, 4);
    expect(retried!.id).toBe(network.posted[2]!.id);
    expect(win.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  test.each([
    ['not JSON', '{"id":'],
    ['not a list', '{"id":"x"}'],
    ['a list of other things', '[null, 5, "x", {"decidedAt": "yesterday"}]'],
  ])('a queue that is %s is ignored: nothing sent, nothing thrown', async (_, raw) => {
    const win = makeWindow();
    win.localStorage.setItem(QUEUE_KEY, raw);
    const network = stubNetwork(win);
    expect(() => start(win)).not.toThrow();
    await settle();
    expect(network.beacons).toEqual([]);
  });

  test.each([
    ['not JSON', '{"id":'],
    ['empty', ''],
    ['only receipts older than a week', '[{"id":"x","decidedAt":"2020-01-01T00:00:00.000Z"}]'],
  ])('a queue that is %s is cleared by the next page view', (_, raw) => {
    const win = makeWindow();
    win.localStorage.setItem(QUEUE_KEY, raw);
    stubNetwork(win);
    start(win);
    expect(win.localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  test('a page view with nothing waiting writes nothing to localStorage', async () => {
    const win = makeWindow();
    stubNetwork(win);
    const real = win.localStorage;
    const writes: string[] = [];
    // A spy on Storage.prototype does not reach happy-dom's storage: record through a stand-in.
    const recorded = {
      getItem: (key: string) => real.getItem(key),
      setItem: (key: string, value: string) => {
        writes.push(`set ${key}`);
        real.setItem(key, value);
      },
      removeItem: (key: string) => {
        writes.push(`remove ${key}`);
        real.removeItem(key);
      },
    };
    Object.defineProperty(win, 'localStorage', { configurable: true, get: () => recorded });
    start(win);
    await settle();
    expect(writes).toEqual([]);
  });

  test('where localStorage throws, a failed receipt is lost, and nothing throws into the page', async () => {
    const win = makeWindow();
    breakLocalStorage(win);
    const network = stubNetwork(win, { beacon: false, fetch: 'reject' });
    const consent = start(win);
    expect(() => consent.acceptAll()).not.toThrow();
    await receiptsPosted(network, 1);
    expect(consent.state.decided).toBe(true);
  });
});
