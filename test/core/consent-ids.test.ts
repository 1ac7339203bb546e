/**
 * The consent ID: every stored change of a decision gets a new one, kept in the schema-2 record, and a
 * schema-1 record (written before IDs) still counts as a decision until the next write upgrades it.
 */
import { createConsent } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { UUID_V4 } from '../helpers/receipts';
import { makeWindow, otherTabWrites, scriptSrcs, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';
const DAY = 864e5;
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

const adapters = () => [
  testAdapter({ id: 'stats', category: 'analytics' }),
  testAdapter({ id: 'hubspot', category: 'marketing', onDemand: true }),
];
const start = (win: TestWindow) => createConsent({ policyVersion, window: win, adapters: adapters() });
const storedJson = (win: TestWindow) => JSON.parse(win.localStorage.getItem('cookie_consent')!);

/** A record as stored, schema 1 (no id) or schema 2 (with `id` after `schema`). */
const record = (schema: 1 | 2, overrides: Record<string, unknown> = {}) => {
  const now = Date.now();
  return {
    schema,
    ...(schema === 2 && { id: ID }),
    policyVersion,
    decidedAt: new Date(now - DAY).toISOString(),
    expiresAt: new Date(now + 364 * DAY).toISOString(),
    categories: { necessary: true, functional: false, analytics: true, marketing: false },
    optedOut: [],
    ...overrides,
  };
};

describe('the consent ID', () => {
  test('is null before a decision, and a UUID v4 once one is made, stored as schema 2', () => {
    const win = makeWindow();
    const consent = start(win);
    expect(consent.id).toBeNull();
    expect(consent.state.id).toBeNull();
    consent.set({ analytics: true });
    expect(consent.id).toMatch(UUID_V4);
    expect(consent.state.id).toBe(consent.id);
    expect(storedJson(win)).toMatchObject({ schema: 2, id: consent.id });
  });

  test('is new with each stored change, a decision or a vendor choice', () => {
    const consent = start(makeWindow());
    const ids: (string | null)[] = [];
    consent.acceptAll();
    ids.push(consent.id);
    consent.optOut('hubspot');
    ids.push(consent.id);
    consent.acceptAll();
    ids.push(consent.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  test('is kept across page views, and follows a change made in another tab', () => {
    const win = makeWindow();
    const first = start(win);
    first.acceptAll();
    const next = start(win);
    expect(next.id).toBe(first.id);
    const elsewhere = start(makeWindow());
    elsewhere.rejectAll();
    otherTabWrites(win, JSON.stringify({ ...storedJson(win), id: elsewhere.id }));
    expect(next.id).toBe(elsewhere.id);
  });

  test('a vendor choice before any decision is stored without one', () => {
    const win = makeWindow();
    const consent = start(win);
    consent.optOut('hubspot');
    expect(consent.id).toBeNull();
    expect(storedJson(win)).toMatchObject({ schema: 2, id: null, decidedAt: null, optedOut: ['hubspot'] });
    expect(start(win).state).toMatchObject({ decided: false, optedOut: ['hubspot'] });
  });

  test('withdrawal forgets it', () => {
    const win = makeWindow();
    const consent = start(win);
    consent.acceptAll();
    consent.reset();
    expect(consent.id).toBeNull();
    expect(win.localStorage.getItem('cookie_consent')).toBeNull();
  });
});

describe('a schema-1 record (written before consent IDs)', () => {
  test('still counts as a decision, with no ID until the next write', () => {
    const win = makeWindow();
    win.localStorage.setItem('cookie_consent', JSON.stringify(record(1)));
    const consent = start(win);
    expect(consent.state).toMatchObject({ decided: true, source: 'stored', id: null });
    expect(consent.id).toBeNull();
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('is rewritten as schema 2, with a new ID, at the next write: here a vendor choice', () => {
    const win = makeWindow();
    const old = record(1);
    win.localStorage.setItem('cookie_consent', JSON.stringify(old));
    const consent = start(win);
    consent.optOut('stats');
    const upgraded = storedJson(win);
    // The keys of schema 2, in its order: `id` right after `schema`.
    expect(Object.keys(upgraded)).toEqual(Object.keys(record(2)));
    // The decision itself is unchanged: a vendor choice keeps its date and expiry.
    expect(upgraded).toEqual({ ...old, schema: 2, id: consent.id, optedOut: ['stats'] });
    expect(consent.id).toMatch(UUID_V4);
    expect(start(win).id).toBe(consent.id);
  });
});

describe('a schema-2 record is read strictly', () => {
  const bad: [string, string][] = [
    ['no id', JSON.stringify({ ...record(2), id: undefined })],
    ['id null with a decision', JSON.stringify(record(2, { id: null }))],
    ['an upper-case id', JSON.stringify(record(2, { id: ID.toUpperCase() }))],
    ['an id that is not version 4', JSON.stringify(record(2, { id: ID.replace('-41d3-', '-11d3-') }))],
    ['an id of another variant', JSON.stringify(record(2, { id: ID.replace('-9a0c-', '-7a0c-') }))],
    ['an id in an array', JSON.stringify(record(2, { id: [ID] }))],
    ['an id as a number', JSON.stringify(record(2, { id: 42 }))],
    ['an id with spaces', JSON.stringify(record(2, { id: ` ${ID}` }))],
    ['an id after policyVersion', JSON.stringify({ ...record(1), schema: 2, id: ID })],
    ['schema 1 with an id', JSON.stringify({ ...record(2), schema: 1 })],
    ['schema "2"', JSON.stringify({ ...record(2), schema: '2' })],
    ['schema 3', JSON.stringify({ ...record(2), schema: 3 })],
    ['no schema', JSON.stringify({ ...record(2), schema: undefined })],
  ];

  test.each(bad)('%s: no decision, nothing optional runs', (_, raw) => {
    const win = makeWindow();
    win.localStorage.setItem('cookie_consent', raw);
    const consent = start(win);
    expect(consent.state.decided).toBe(false);
    expect(consent.id).toBeNull();
    expect(scriptSrcs(win)).toEqual([]);
  });

  test('an ID without a decision (opt-outs only) is not a record the SDK writes', () => {
    const win = makeWindow();
    win.localStorage.setItem(
      'cookie_consent',
      JSON.stringify(
        record(2, {
          decidedAt: null,
          categories: { necessary: true, functional: false, analytics: false, marketing: false },
          optedOut: ['hubspot'],
        }),
      ),
    );
    expect(start(win).state.optedOut).toEqual([]);
  });

  test('the record as written is the one read back', () => {
    const win = makeWindow();
    win.localStorage.setItem('cookie_consent', JSON.stringify(record(2)));
    expect(start(win)).toMatchObject({ id: ID, state: { decided: true, id: ID } });
  });
});
