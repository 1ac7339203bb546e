import { cookieLabel, createConsent, type ErrorEvent } from '@conectamos/consent';
import { optionIs } from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';
import { ajv } from '../helpers/schema';
import { makeWindow, scriptSrcs } from '../helpers/window';
import { type ContractRow, create } from './contract';

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
    adapters: [create(row)],
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
  test('the runtime adapter declares its category, surfaces and cookies with every field', () => {
    const adapter = create(row);
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
    // What only a server needs stays in the manifest: the browser never carries CSP hosts.
    expect(adapter.csp).toBeUndefined();
  });

  test('the manifest is the same vendor, as static JSON data, with its CSP hosts', () => {
    const { manifest } = row;
    const adapter = create(row);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
    expect(manifest).toMatchObject({
      id: adapter.id,
      vendor: adapter.vendor,
      category: adapter.category,
      surfaces: row.surfaces,
      privacyPolicyUrl: adapter.privacyPolicyUrl,
    });
    expect([manifest.optOutUrl, manifest.onDemand]).toEqual([adapter.optOutUrl, adapter.onDemand]);
    expect(manifest.cookies.map((c) => c.name ?? c.label)).toEqual(
      adapter.cookies.map((c) => (typeof c.name === 'string' ? c.name : c.label)),
    );
    const hosts = [manifest.csp, ...(manifest.cspWhen ?? []).map((w) => w.csp)];
    expect(hosts.some((csp) => csp.scriptSrc?.length)).toBe(true);
    for (const host of hosts.flatMap((csp) => Object.values(csp).flat()))
      expect(host).toMatch(/^((https|wss):\/\/[\w*.-]+|blob:|data:)$/);
  });

  test('every text the dialog shows of it has its Spanish in the manifest, where the dialog looks for it', () => {
    const { manifest } = row;
    const adapter = create(row);
    const es = manifest.i18n.es;
    // Cookie texts are matched by position: the factory keeps the manifest's order and storages.
    expect(adapter.cookies.map((c) => [cookieLabel(c), c.storage ?? 'cookie'])).toEqual(
      manifest.cookies.map((c) => [cookieLabel(c), c.storage ?? 'cookie']),
    );
    expect(es.cookies).toHaveLength(manifest.cookies.length);
    manifest.cookies.forEach((cookie, i) => {
      const spanish = es.cookies[i]!;
      expect(spanish.purpose, `${cookieLabel(cookie)}: translated`).not.toBe(cookie.purpose);
      expect(spanish.purpose).toMatch(/\p{L}{3}/u);
      expect(spanish.duration, `${cookieLabel(cookie)}: its duration translated`).not.toBe(cookie.duration);
    });
    // Purposes are matched by their English: the one these options give, and every other it can give.
    const purposes = [manifest.purpose, ...(manifest.purposeWhen ?? []).map((w) => w.purpose)];
    expect(es.purposes.map(([english]) => english).sort()).toEqual([...purposes].sort());
    for (const [english, spanish] of es.purposes) expect(spanish).not.toBe(english);
    const selected = manifest.purposeWhen?.find((w) => optionIs(manifest, row.options, w))?.purpose;
    expect(adapter.purpose, 'the purpose tools print for these options').toBe(selected ?? manifest.purpose);
  });

  test("the policy's notes and the manifest's conditions name real options and values", () => {
    const { manifest } = row;
    const conditions = [
      ...(manifest.cspWhen ?? []),
      ...(manifest.purposeWhen ?? []),
      ...(manifest.notes ?? []).flatMap((note) => (note.when ? [note.when] : [])),
    ];
    for (const { option, equals } of conditions) {
      const schema = manifest.options.properties?.[option];
      expect(schema, `${option} is an option of ${row.id}`).toBeDefined();
      expect(ajv.compile(schema!)(equals), `${JSON.stringify(equals)} is a value of ${option}`).toBe(true);
    }
    for (const note of manifest.notes ?? []) {
      expect(note.i18n.es).toMatch(/\p{L}{3}/u);
      expect(note.i18n.es).not.toBe(note.text);
    }
  });

  test('the options schema and the factory apply the same rules', () => {
    const valid = ajv.compile(row.manifest.options);
    expect(valid(row.options), JSON.stringify(valid.errors)).toBe(true);
    expect(() => create(row)).not.toThrow();
    for (const [options] of row.badOptions) expect(valid(options), JSON.stringify(options)).toBe(false);
    // A misspelt option name would silently fall back to a default: the schema refuses it.
    expect(valid({ ...row.options, regoin: 'eu' })).toBe(false);
  });

  test('a campaign send schema exactly when the adapter takes events', () => {
    const adapter = create(row);
    expect(!!row.manifest.campaigns, 'manifest.campaigns').toBe(!!adapter.track);
    expect(!!row.campaigns, 'the row lists campaign sends').toBe(!!adapter.track);
  });

  if (row.campaigns)
    test('the campaign send schema accepts what the adapter sends and refuses the rest', async () => {
      const valid = ajv.compile(row.manifest.campaigns!.send);
      for (const send of row.campaigns!.good) expect(valid(send), JSON.stringify(valid.errors)).toBe(true);
      for (const send of row.campaigns!.bad) expect(valid(send), JSON.stringify(send)).toBe(false);
      // What the schema lets through, the running adapter takes without an error.
      const { consent, run } = start(row);
      const errors: ErrorEvent[] = [];
      consent.on('error', (e) => errors.push(e));
      await run();
      for (const send of row.campaigns!.good) consent.track('webinar_registered', { ...send });
      expect(errors).toEqual([]);
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

  if (row.earlyCall)
    test('calls made before the script loads are queued and kept', async () => {
      const { win, run, consent } = start(row);
      await run();
      const check = row.earlyCall!(consent, win);
      check();
    });

  if (!row.onDemand)
    test('revoking calls the vendor opt-out and deletes its declared cookies and storage', async () => {
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
    });

  if (!row.onDemand)
    test('a per-vendor opt-out also revokes it, and its category stays granted', async () => {
      const { win, run, consent } = start(row);
      await run();
      for (const c of row.cookies ?? []) win.document.cookie = `${c}; path=/`;
      consent.optOut(row.id);
      row.expectOptedOut?.(win);
      expect(win.document.cookie).toBe('');
      expect(consent.isGranted(row.category)).toBe(true);
    });

  test.each(row.badOptions.map(([options, message]) => [String(message), options, message] as const))(
    'bad options are refused: %s',
    (_, options, message) => {
      expect(() => row.factory(options as never)).toThrow(message);
    },
  );
});
