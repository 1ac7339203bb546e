/**
 * Whatever sits in storage, only a complete, valid decision loads anything. Random JSON, look-alike
 * records and mutations of a valid record go into localStorage or the fallback cookie; an oracle written
 * here from the documented format (docs/api.md "Stored format", ARCHITECTURE.md) says which are decisions,
 * without asking the SDK's own reader.
 */
import { type Category, createConsent } from '@conectamos/consent';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { holds, type JsonPath, oddValue, PROPERTY_TIMEOUT, RUNS } from '../helpers/property';
import { breakLocalStorage, reusableWindow, scriptSrcs, type TestWindow } from '../helpers/window';

const POLICY = '2026-11-01';
const DAY = 864e5;
const YEAR = 365 * DAY;
// A fixed clock, so a seed replays the same verdicts on any day.
const NOW = Date.parse('2026-12-02T12:00:00.000Z');
const OPTIONAL = ['functional', 'analytics', 'marketing'] as const;
// One vendor per optional category; a record may opt out of any of them, or of vendors not on the page.
const VENDORS = { chat: 'functional', stats: 'analytics', ads: 'marketing' } as const;

// ---- The oracle: the documented format, written out again -------------------------------------------

// Schema 1 (written before consent IDs) and schema 2, which adds the consent ID after `schema`.
const KEYS: Record<number, string[]> = {
  1: ['schema', 'policyVersion', 'decidedAt', 'expiresAt', 'categories', 'optedOut'],
  2: ['schema', 'id', 'policyVersion', 'decidedAt', 'expiresAt', 'categories', 'optedOut'],
};
const CATEGORY_KEYS = ['necessary', 'functional', 'analytics', 'marketing'];
// Dates exactly as Date#toISOString writes them (years 0000–9999 are all a decision can have).
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
// An adapter id as the store registers one: a lowercase letter or digit, then up to 63 of those or '-'.
const VENDOR_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// A consent ID: a lower-case UUID version 4 (RFC 4122 variant), as the receipt server takes it.
const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE.test(value) && new Date(value).toISOString() === value;
const sameKeys = (value: object, keys: string[]): boolean =>
  JSON.stringify(Object.keys(value)) === JSON.stringify(keys);

interface Decision {
  /** The consent ID: schema 2's, or null in a schema-1 record. */
  id: string | null;
  categories: Record<Category, boolean>;
  optedOut: string[];
}

/**
 * The decision a stored string holds, or null. Valid: exactly what the SDK writes (the keys of its schema
 * in order, no whitespace), schema 1 or schema 2 (whose `id` is a consent ID), this policy version, ISO
 * dates, four boolean categories with necessary true, kebab-case vendor ids; and plausible at `now`:
 * decided no more than a day ahead, not expired, lasting at most 365 days from the decision.
 * `decidedAt: null` holds opt-outs and is no decision.
 */
function decisionIn(raw: string, now: number): Decision | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { schema, id, policyVersion, decidedAt, expiresAt, categories, optedOut } = value as Record<
    string,
    unknown
  >;
  if ((schema !== 1 && schema !== 2) || !sameKeys(value, KEYS[schema]!) || JSON.stringify(value) !== raw)
    return null;
  if (schema === 2 && !(typeof id === 'string' && CONSENT_ID.test(id))) return null;
  if (policyVersion !== POLICY || !isIsoDate(decidedAt) || !isIsoDate(expiresAt)) return null;
  if (typeof categories !== 'object' || categories === null || !sameKeys(categories, CATEGORY_KEYS))
    return null;
  const granted = categories as Record<string, unknown>;
  if (CATEGORY_KEYS.some((c) => typeof granted[c] !== 'boolean') || granted.necessary !== true) return null;
  if (!Array.isArray(optedOut) || !optedOut.every((id) => typeof id === 'string' && VENDOR_ID.test(id)))
    return null;
  const decided = Date.parse(decidedAt);
  const expires = Date.parse(expiresAt);
  if (decided > now + DAY || expires <= now || expires > decided + YEAR) return null;
  return {
    id: schema === 2 ? (id as string) : null,
    categories: granted as Record<Category, boolean>,
    optedOut: optedOut as string[],
  };
}

// ---- Where the value is put --------------------------------------------------------------------------

type Store = 'localStorage' | 'cookie, localStorage throwing' | 'cookie, localStorage empty' | 'raw cookie';
const STORES: Store[] = [
  'localStorage',
  'cookie, localStorage throwing',
  'cookie, localStorage empty',
  'raw cookie',
];

const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

/** Puts a value where the SDK looks, and returns the string it will read there (or null if none). */
function put(win: TestWindow, raw: string, store: Store): string | null {
  if (store === 'localStorage') {
    win.localStorage.setItem('cookie_consent', raw);
    return raw;
  }
  if (store === 'cookie, localStorage throwing') breakLocalStorage(win);
  // The SDK percent-encodes the JSON it writes to the cookie; a hand-written cookie need not be, as far
  // as a cookie value can go without it (RFC 6265 cookie-octets).
  const value = store === 'raw cookie' && COOKIE_OCTETS.test(raw) ? raw : encodeURIComponent(raw);
  win.document.cookie = `cookie_consent=${value}; path=/`;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

let firstVisit: () => TestWindow;

/** Starts the SDK on a page whose storage holds `raw`, and reports what it did. */
function startWith(raw: string, store: Store) {
  const win = firstVisit();
  const read = put(win, raw, store);
  const adapters = Object.entries(VENDORS).map(([id, category]) => testAdapter({ id, category }));
  const consent = createConsent({ policyVersion: POLICY, adapters, window: win });
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  return {
    expected: read === null || read === '' ? null : decisionIn(read, NOW),
    state: consent.state,
    id: consent.id,
    granted: OPTIONAL.filter((c) => consent.isGranted(c)),
    loaded: adapters.filter((a) => a.load.mock.calls.length > 0).map((a) => a.id),
    scripts: scriptSrcs(win),
    inherited,
  };
}

const verdicts = { decisions: 0, rejected: 0 };

/** The property itself: an invalid value loads nothing and decides nothing; a valid one loads what it grants. */
function onlyDecisionsLoad(raw: string, store: Store): void {
  const run = startWith(raw, store);
  expect(run.inherited, 'Object.prototype polluted').toEqual([]);
  if (!run.expected) {
    verdicts.rejected++;
    expect(run.state.decided).toBe(false);
    expect(run.granted).toEqual([]);
    expect(run.loaded).toEqual([]);
    expect(run.scripts).toEqual([]);
    expect(run.id).toBeNull();
    return;
  }
  verdicts.decisions++;
  const { id, categories, optedOut } = run.expected;
  expect(run.state).toMatchObject({ decided: true, source: 'stored', categories });
  expect(run.id).toBe(id);
  expect(run.loaded).toEqual(
    Object.entries(VENDORS)
      .filter(([id, category]) => categories[category] && !optedOut.includes(id))
      .map(([id]) => id),
  );
}

// ---- Generators -------------------------------------------------------------------------------------

const store = fc.constantFrom(...STORES);

/** A consent ID as the SDK makes one: fast-check's UUIDs of version 4, in the RFC 4122 variant. */
const consentId = fc.uuid({ version: 4 });

/** A record-shaped object of random values: right keys, wrong everything else (some keys missing). */
const lookAlike = fc
  .record(
    {
      schema: fc.oneof(fc.constantFrom(1, 2), oddValue),
      id: fc.oneof(consentId, oddValue),
      policyVersion: fc.oneof(fc.constant(POLICY), oddValue),
      decidedAt: fc.oneof(fc.constant(new Date(NOW).toISOString()), oddValue),
      expiresAt: fc.oneof(fc.constant(new Date(NOW + DAY).toISOString()), oddValue),
      categories: fc.oneof(
        oddValue,
        fc.record({
          necessary: fc.oneof(fc.constant(true), oddValue),
          functional: fc.oneof(fc.boolean(), oddValue),
          analytics: fc.oneof(fc.boolean(), oddValue),
          marketing: fc.oneof(fc.boolean(), oddValue),
        }),
      ),
      optedOut: fc.oneof(fc.constant([]), oddValue),
    },
    { requiredKeys: [] },
  )
  .map((value) => JSON.stringify(value));

const randomValue = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  lookAlike,
);

/**
 * A valid decision: made within the last year (or up to a day ahead), expiring after now, within a year;
 * schema 2 with its consent ID, or schema 1 (before IDs).
 */
const validRecord = fc
  .oneof(fc.integer({ min: NOW - YEAR + 1, max: NOW + DAY }), fc.constantFrom(NOW - YEAR + 1, NOW, NOW + DAY))
  .chain((decided) =>
    fc.record({
      decided: fc.constant(decided),
      expires: fc.oneof(
        fc.integer({ min: NOW + 1, max: decided + YEAR }),
        fc.constantFrom(NOW + 1, decided + YEAR),
      ),
      functional: fc.boolean(),
      analytics: fc.boolean(),
      marketing: fc.boolean(),
      optedOut: fc.uniqueArray(fc.constantFrom('chat', 'stats', 'ads', 'hubspot', 'google-ads'), {
        maxLength: 3,
      }),
      id: fc.option(consentId, { nil: undefined, freq: 4 }),
    }),
  )
  .map((r) => ({
    schema: r.id === undefined ? 1 : 2,
    ...(r.id !== undefined && { id: r.id as unknown }),
    policyVersion: POLICY,
    decidedAt: new Date(r.decided).toISOString() as string | null,
    expiresAt: new Date(r.expires).toISOString(),
    categories: { necessary: true, functional: r.functional, analytics: r.analytics, marketing: r.marketing },
    optedOut: r.optedOut as unknown[],
  }));

const PATHS: JsonPath[] = [
  ['schema'],
  ['id'],
  ['policyVersion'],
  ['decidedAt'],
  ['expiresAt'],
  ['categories'],
  ...CATEGORY_KEYS.map((c) => ['categories', c]),
  ['optedOut'],
  ['optedOut', 0],
];

type Json = Record<string | number, unknown>;
type Mutation = (record: Json) => void;

/** The object holding `path`'s last key, if the path still leads somewhere. */
const parentOf = (record: Json, path: JsonPath): Json | undefined => {
  let node: unknown = record;
  for (const key of path.slice(0, -1)) node = (node as Json | undefined)?.[key];
  return typeof node === 'object' && node !== null ? (node as Json) : undefined;
};
const dateShift = fc.oneof(
  fc.constantFrom(1, -1, DAY, -DAY, 2 * DAY, YEAR, -YEAR, 10 * YEAR),
  fc.integer({ min: -2 * YEAR, max: 2 * YEAR }),
);
const dateKey = fc.constantFrom('decidedAt', 'expiresAt');
// The same instant, written in a form Date.parse accepts but the SDK never writes.
const DATE_FORMS: Record<string, (iso: string) => unknown> = {
  'no milliseconds': (iso) => iso.replace(/\.\d{3}Z$/, 'Z'),
  'an offset': (iso) => iso.replace(/Z$/, '+00:00'),
  'the day only': (iso) => iso.slice(0, 10),
  'epoch milliseconds': (iso) => Date.parse(iso),
  'a space for T': (iso) => iso.replace('T', ' '),
  'lower case': (iso) => iso.toLowerCase(),
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Any field set to anything, or removed.
  fc.tuple(fc.constantFrom(...PATHS), oddValue).map(
    ([path, value]): Mutation =>
      (r) => {
        const parent = parentOf(r, path);
        if (parent) parent[path.at(-1)!] = value;
      },
  ),
  fc.constantFrom(...PATHS).map(
    (path): Mutation =>
      (r) => {
        const parent = parentOf(r, path);
        if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
        else if (parent) delete parent[path.at(-1)!];
      },
  ),
  // An extra key, own `__proto__` and `constructor` included, at the top or among the categories.
  fc
    .tuple(
      fc.constantFrom([], ['categories']),
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'tracking', 'id'), fc.string()),
      oddValue,
    )
    .map(
      ([at, key, value]): Mutation =>
        (r) => {
          const target = at.length ? parentOf(r, [...at, 'x']) : r;
          if (target && !Array.isArray(target))
            Object.defineProperty(target, key, {
              value,
              enumerable: true,
              configurable: true,
              writable: true,
            });
        },
    ),
  // A vendor choice appended: a real id, a string that is not one, or another type.
  fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), fc.string(), oddValue).map(
    (id): Mutation =>
      (r) => {
        if (Array.isArray(r.optedOut)) r.optedOut.push(id);
      },
  ),
  // A category switched: harmless for the optional ones, fatal for necessary.
  fc.tuple(fc.constantFrom(...CATEGORY_KEYS), fc.boolean()).map(
    ([c, on]): Mutation =>
      (r) => {
        const categories = r.categories as Json | undefined;
        if (categories && typeof categories === 'object') categories[c] = on;
      },
  ),
  // A date moved, in the SDK's own format: past expiry, beyond a year, into the future.
  fc.tuple(dateKey, dateShift).map(
    ([key, shift]): Mutation =>
      (r) => {
        const time = Date.parse(r[key] as string) + shift;
        if (typeof r[key] === 'string' && Number.isFinite(time)) r[key] = new Date(time).toISOString();
      },
  ),
  fc.tuple(dateKey, fc.constantFrom(...Object.keys(DATE_FORMS))).map(
    ([key, form]): Mutation =>
      (r) => {
        if (typeof r[key] === 'string') r[key] = DATE_FORMS[form]!(r[key] as string);
      },
  ),
  // The consent ID in another form: upper case, another UUID version or variant, braces.
  fc
    .constantFrom<(id: string) => string>(
      (id) => id.toUpperCase(),
      (id) => `${id.slice(0, 14)}1${id.slice(15)}`,
      (id) => `${id.slice(0, 19)}c${id.slice(20)}`,
      (id) => `{${id}}`,
      (id) => id.replaceAll('-', ''),
    )
    .map(
      (form): Mutation =>
        (r) => {
          if (typeof r.id === 'string') r.id = form(r.id);
        },
    ),
  // The other schema number, keeping the keys: schema 1 with an id, or schema 2 without one.
  fc.constant<Mutation>((r) => {
    r.schema = r.schema === 1 ? 2 : 1;
  }),
  // No decision yet: decidedAt null, whatever the categories say.
  fc.constant<Mutation>((r) => {
    r.decidedAt = null;
  }),
);

type Serialise = (record: Json) => string;
const serialise: fc.Arbitrary<Serialise> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Serialise>((r) => JSON.stringify(r)) },
  fc.constant<Serialise>((r) => JSON.stringify(r, null, 2)),
  fc.constant<Serialise>((r) => JSON.stringify(Object.fromEntries(Object.entries(r).reverse()))),
  fc.nat().map(
    (cut): Serialise =>
      (r) => {
        const text = JSON.stringify(r);
        return text.slice(0, cut % text.length);
      },
  ),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 2 })).map(
    ([at, insert]): Serialise =>
      (r) => {
        const text = JSON.stringify(r);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i);
      },
  ),
);

const mutated = fc
  .tuple(validRecord, fc.array(mutation, { maxLength: 3 }), serialise)
  .map(([record, mutations, write]) => {
    // A copy: fast-check hands the same generated value to every shrinking attempt.
    const copy = structuredClone(record) as unknown as Json;
    for (const change of mutations) change(copy);
    return write(copy);
  });

// ---- The properties -----------------------------------------------------------------------------------

describe('stored consent, at random', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    // One window per property, reset before each run (see reusableWindow).
    firstVisit = reusableWindow();
    verdicts.decisions = verdicts.rejected = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test(
    `${RUNS} random JSON values and look-alike records: none is a decision, none loads a vendor or throws`,
    async () => {
      await holds('random stored values', fc.property(randomValue, store, onlyDecisionsLoad));
      expect(verdicts.rejected).toBeGreaterThan(RUNS * 0.9);
    },
    PROPERTY_TIMEOUT,
  );

  test(
    `${RUNS} mutations of a valid record: only those still valid load, and exactly what they grant`,
    async () => {
      await holds('mutated stored records', fc.property(mutated, store, onlyDecisionsLoad));
      console.info(`[fast-check] ${verdicts.decisions} still decisions, ${verdicts.rejected} no decision`);
      // Both sides were reached: many mutations leave a decision, many break it.
      expect(verdicts.decisions).toBeGreaterThan(RUNS / 10);
      expect(verdicts.rejected).toBeGreaterThan(RUNS / 4);
    },
    PROPERTY_TIMEOUT,
  );
});
