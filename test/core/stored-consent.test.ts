import { createConsent } from '@conectamos/consent';
import { describe, expect, test, vi } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { makeWindow, scriptSrcs } from '../helpers/window';

const policyVersion = '2026-11-01';
const DAY = 864e5;

// The vendors these tests opt out of: an opt-out names a registered adapter.
const vendors = () => [
  testAdapter({ id: 'hubspot', category: 'marketing', onDemand: true }),
  testAdapter({ id: 'linkedin-insight', category: 'marketing', onDemand: true }),
];

const valid = (overrides: Record<string, unknown> = {}) => ({
  schema: 1,
  policyVersion,
  decidedAt: new Date(Date.now() - DAY).toISOString(),
  expiresAt: new Date(Date.now() + 364 * DAY).toISOString(),
  categories: { necessary: true, functional: false, analytics: true, marketing: false },
  optedOut: ['hubspot'],
  ...overrides,
});

describe('the stored decision', () => {
  test('is written to localStorage["cookie_consent"] in the documented shape, for one year', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win, adapters: vendors() });
    const before = Date.now();
    consent.set({ analytics: true });
    consent.optOut('hubspot');
    const stored = JSON.parse(win.localStorage.getItem('cookie_consent')!);
    expect(Object.keys(stored)).toEqual([
      'schema',
      'id',
      'policyVersion',
      'decidedAt',
      'expiresAt',
      'categories',
      'optedOut',
    ]);
    expect(stored).toMatchObject({
      schema: 2,
      id: consent.id,
      policyVersion,
      categories: { necessary: true, functional: false, analytics: true, marketing: false },
      optedOut: ['hubspot'],
    });
    const lifetime = Date.parse(stored.expiresAt) - Date.parse(stored.decidedAt);
    expect(lifetime).toBe(365 * DAY);
    expect(Date.parse(stored.decidedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  test('maxAgeDays and storageKey are configurable', () => {
    const win = makeWindow();
    createConsent({ policyVersion, window: win, storageKey: 'my_consent', maxAgeDays: 30 }).acceptAll();
    const stored = JSON.parse(win.localStorage.getItem('my_consent')!);
    expect(Date.parse(stored.expiresAt) - Date.parse(stored.decidedAt)).toBe(30 * DAY);
  });

  test('a valid stored decision applies on the next page load', () => {
    const win = makeWindow();
    win.localStorage.setItem('cookie_consent', JSON.stringify(valid()));
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const hubspot = testAdapter({ id: 'hubspot', category: 'analytics' });
    const consent = createConsent({ policyVersion, adapters: [stats, hubspot], window: win });
    expect(consent.state).toMatchObject({ decided: true, source: 'stored', optedOut: ['hubspot'] });
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('vendor opt-outs made before any decision are kept, and are not a decision', () => {
    const win = makeWindow();
    createConsent({ policyVersion, window: win, adapters: vendors() }).optOut('hubspot');
    const next = createConsent({ policyVersion, window: win, adapters: vendors() });
    expect(next.state).toMatchObject({ decided: false, optedOut: ['hubspot'] });
  });

  const now = Date.now();
  const bad: [string, string][] = [
    ['not JSON', '{"schema":1,'],
    ['a JSON string', '"accepted"'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    // A schema-2 record in every other respect (an id, after the schema), so only the schema is wrong.
    [
      'an unknown schema',
      JSON.stringify(valid({ schema: 3 })).replace(
        '"schema":3,',
        '"schema":3,"id":"0b7c2a4e-5d1f-4c3a-9e8b-6f2d1a0c9b7e",',
      ),
    ],
    ['another policy version', JSON.stringify(valid({ policyVersion: '2025-01-01' }))],
    ['an expired decision', JSON.stringify(valid({ expiresAt: new Date(now - 1000).toISOString() }))],
    ['an invalid date', JSON.stringify(valid({ decidedAt: 'yesterday' }))],
    ['a number for a date', JSON.stringify(valid({ expiresAt: now + DAY }))],
    [
      'a string for a boolean',
      JSON.stringify(
        valid({ categories: { necessary: true, functional: false, analytics: 'true', marketing: false } }),
      ),
    ],
    ['a missing category', JSON.stringify(valid({ categories: { necessary: true, analytics: true } }))],
    ['an extra category', JSON.stringify(valid({ categories: { ...valid().categories, tracking: true } }))],
    ['necessary false', JSON.stringify(valid({ categories: { ...valid().categories, necessary: false } }))],
    ['optedOut not an array', JSON.stringify(valid({ optedOut: 'hubspot' }))],
    ['a number in optedOut', JSON.stringify(valid({ optedOut: [5] }))],
    ['an unsafe id in optedOut', JSON.stringify(valid({ optedOut: ['<img src=x>'] }))],
    [
      'a __proto__ key',
      JSON.stringify(valid()).replace('{"schema"', '{"__proto__":{"polluted":true},"schema"'),
    ],
    [
      'a __proto__ category',
      JSON.stringify(valid()).replace('"categories":{', '"categories":{"__proto__":{"marketing":true},'),
    ],
    [
      'a constructor key',
      JSON.stringify(valid()).replace('{"schema"', '{"constructor":{"prototype":{"x":1}},"schema"'),
    ],
    ['an extra top-level key', JSON.stringify(valid({ admin: true }))],
    ['a missing decidedAt', JSON.stringify(valid({ decidedAt: undefined }))],
    // No decision (decidedAt null) can grant anything: such a record only carries vendor opt-outs.
    [
      'no decision, yet categories granted',
      JSON.stringify(
        valid({
          decidedAt: null,
          categories: { necessary: true, functional: true, analytics: true, marketing: true },
        }),
      ),
    ],
    // A decision lasts maxAgeDays (365) from when it was made, and cannot be made in the future.
    [
      'an expiry beyond a year after the decision',
      JSON.stringify(valid({ expiresAt: new Date(now + 2 * 365 * DAY).toISOString() })),
    ],
    ['an expiry in the year 9999', JSON.stringify(valid({ expiresAt: '9999-12-31T23:59:59.999Z' }))],
    ['an expiry in the year +275760', JSON.stringify(valid({ expiresAt: '+275760-09-13T00:00:00.000Z' }))],
    [
      'a decision dated 2099',
      JSON.stringify(valid({ decidedAt: '2099-01-01T00:00:00.000Z', expiresAt: '2099-12-31T00:00:00.000Z' })),
    ],
    [
      'a decision two days in the future',
      JSON.stringify(
        valid({
          decidedAt: new Date(now + 2 * DAY).toISOString(),
          expiresAt: new Date(now + 300 * DAY).toISOString(),
        }),
      ),
    ],
    [
      'opt-outs only, kept for more than a year',
      JSON.stringify(
        valid({
          decidedAt: null,
          categories: { necessary: true, functional: false, analytics: false, marketing: false },
          expiresAt: new Date(now + 400 * DAY).toISOString(),
        }),
      ),
    ],
  ];

  test.each(bad)('%s counts as no decision: nothing optional runs, nothing throws', (_, raw) => {
    const win = makeWindow();
    win.localStorage.setItem('cookie_consent', raw);
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, adapters: [stats], window: win });
    expect(consent.state.decided).toBe(false);
    expect(consent.state.categories.analytics).toBe(false);
    expect(consent.isGranted('analytics')).toBe(false);
    expect(scriptSrcs(win)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('a decision made with the clock ten years ahead is void once the clock is right again', () => {
    const win = makeWindow();
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    vi.useFakeTimers({ now: new Date('2036-06-01T00:00:00Z'), toFake: ['Date'] });
    try {
      createConsent({ policyVersion, window: win, adapters: vendors() }).acceptAll();
    } finally {
      vi.useRealTimers();
    }
    const consent = createConsent({ policyVersion, adapters: [stats], window: win });
    expect(consent.state.decided).toBe(false);
    expect(scriptSrcs(win)).toEqual([]);
  });

  test('a decision a few hours ahead (a clock that drifts) still counts', () => {
    const win = makeWindow();
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    win.localStorage.setItem(
      'cookie_consent',
      JSON.stringify(
        valid({
          decidedAt: new Date(now + 3 * 3600e3).toISOString(),
          expiresAt: new Date(now + 3 * 3600e3 + 365 * DAY).toISOString(),
        }),
      ),
    );
    expect(createConsent({ policyVersion, adapters: [stats], window: win }).state.decided).toBe(true);
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('the record written round-trips as valid (the strict reader accepts our own writes)', () => {
    const win = makeWindow();
    const first = createConsent({ policyVersion, window: win, adapters: vendors() });
    first.set({ functional: true, marketing: true });
    first.optOut('linkedin-insight');
    const second = createConsent({ policyVersion, window: win, adapters: vendors() });
    expect(second.state).toMatchObject({
      decided: true,
      categories: { necessary: true, functional: true, analytics: false, marketing: true },
      optedOut: ['linkedin-insight'],
    });
  });

  test('reset() forgets the decision and the vendor choices', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win, adapters: vendors() });
    consent.acceptAll();
    consent.optOut('hubspot');
    consent.reset();
    expect(win.localStorage.getItem('cookie_consent')).toBeNull();
    expect(consent.state).toMatchObject({ decided: false, optedOut: [], source: 'default' });
    expect(createConsent({ policyVersion, window: win, adapters: vendors() }).state.decided).toBe(false);
  });
});
