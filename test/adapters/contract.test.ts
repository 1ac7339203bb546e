import { cookieLabel, createConsent } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { makeWindow, scriptSrcs } from '../helpers/window';
import type { ContractRow } from './contract';

const rows = Object.values(import.meta.glob<{ row: ContractRow }>('./rows/*.ts', { eager: true })).map(
  (m) => m.row,
);
const policyVersion = '2026-11-01';

const globalsOf = (win: object, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, (win as Record<string, unknown>)[name] !== undefined]));

const start = (row: ContractRow, win = makeWindow()) => {
  const consent = createConsent({
    policyVersion,
    window: win,
    adapters: [row.create()],
    cookieDomain: 'conectamos.org',
  });
  const run = async () => {
    if (row.onDemand) await consent.load(row.id);
    else consent.grant(row.category);
  };
  return { win, consent, run };
};

test('every vendor adapter has a contract row', () => {
  expect(rows.map((r) => r.id).sort()).toEqual([
    'google-ads',
    'google-analytics',
    'hubspot',
    'intercom',
    'linkedin-insight',
    'posthog',
    'stripe',
  ]);
});

describe.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
  test('declares its category, surfaces, cookies with every field, and CSP hosts', () => {
    const adapter = row.create();
    expect(adapter.id).toBe(row.id);
    expect(adapter.category).toBe(row.category);
    expect(adapter.surfaces ?? ['site', 'platform']).toEqual(row.surfaces);
    expect(adapter.vendor).toMatch(/\w/);
    expect(adapter.privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(adapter.cookies.length).toBeGreaterThan(0);
    for (const c of adapter.cookies) {
      expect(cookieLabel(c)).toMatch(/\w/);
      expect(c.purpose).toMatch(/\w{3}/);
      expect(c.duration).toMatch(/\w/);
      expect(c.provider).toMatch(/\w/);
    }
    expect(adapter.csp?.scriptSrc?.length).toBeGreaterThan(0);
    for (const host of Object.values(adapter.csp ?? {}).flat())
      expect(host).toMatch(/^((https|wss):\/\/[\w*.-]+|blob:|data:)$/);
  });

  test('nothing in the DOM or in globals before consent', async () => {
    const { win } = start(row);
    expect(scriptSrcs(win)).toEqual([]);
    expect(globalsOf(win, row.globals)).toEqual(Object.fromEntries(row.globals.map((g) => [g, false])));
  });

  test('exactly one script after consent, from the vendor, with the right URL', async () => {
    const { win, run, consent } = start(row);
    await run();
    if (!row.onDemand) consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([row.script]);
    expect(globalsOf(win, row.globals)).toEqual(Object.fromEntries(row.globals.map((g) => [g, true])));
  });

  test.runIf(!!row.earlyCall)('calls made before the script loads are queued and kept', async () => {
    const { win, run, consent } = start(row);
    await run();
    const check = row.earlyCall!(consent, win);
    check();
  });

  test.runIf(!row.onDemand)(
    'revoking calls the vendor opt-out and deletes its declared cookies and storage',
    async () => {
      const { win, run, consent } = start(row);
      await run();
      for (const c of row.cookies ?? []) win.document.cookie = `${c}; path=/`;
      for (const key of [...(row.storage?.delete ?? []), ...(row.storage?.keep ?? [])])
        win.localStorage.setItem(key, '1');
      win.document.cookie = 'session_id=keep; path=/';
      expect(row.cookies?.length).toBeGreaterThan(0);
      consent.deny(row.category);
      row.expectOptedOut?.(win);
      expect(win.document.cookie).toBe('session_id=keep');
      for (const key of row.storage?.delete ?? []) expect(win.localStorage.getItem(key), key).toBeNull();
      for (const key of row.storage?.keep ?? []) expect(win.localStorage.getItem(key), key).toBe('1');
    },
  );

  test.runIf(!row.onDemand)(
    'a per-vendor opt-out also revokes it, and its category stays granted',
    async () => {
      const { win, run, consent } = start(row);
      await run();
      for (const c of row.cookies ?? []) win.document.cookie = `${c}; path=/`;
      consent.optOut(row.id);
      row.expectOptedOut?.(win);
      expect(win.document.cookie).toBe('');
      expect(consent.isGranted(row.category)).toBe(true);
    },
  );

  test.each(row.badOptions.map(([make, message]) => [String(message), make, message] as const))(
    'bad options are refused: %s',
    (_, make, message) => {
      expect(make).toThrow(message);
    },
  );
});
