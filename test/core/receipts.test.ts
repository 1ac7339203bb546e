/**
 * Proof of consent from the browser: with `receipts: { endpoint }`, each stored decision posts one
 * receipt, in exactly the shape the receipt server validates, without holding up the decision. The
 * network is stubbed on each test window (see helpers/receipts.ts): nothing leaves the test.
 */
import { createConsent } from '@conectamos/consent';
import { validateReceipt } from '@conectamos/consent-server';
import { describe, expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { receiptsPosted, sha256, stubNetwork, UUID_V4 } from '../helpers/receipts';
import { makeWindow, otherTabWrites, settle, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';
const receipts = { endpoint: '/consent/receipts' };

const start = (win: TestWindow, options: { receipts?: typeof receipts } = { receipts }) =>
  createConsent({
    policyVersion,
    window: win,
    adapters: [
      testAdapter({ id: 'stats', category: 'analytics' }),
      testAdapter({ id: 'hubspot', category: 'marketing', onDemand: true }),
    ],
    ...options,
  });

describe('a decision with receipts on', () => {
  test('posts one receipt, in the server’s shape, naming the stored consent ID', async () => {
    const win = makeWindow({ url: 'https://www.conectamos.org/pricing' });
    const network = stubNetwork(win);
    const consent = start(win);
    consent.set({ analytics: true });
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toEqual({
      id: consent.id,
      previousId: null,
      decidedAt: consent.state.decidedAt,
      policyVersion,
      categories: { necessary: true, functional: false, analytics: true, marketing: false },
      optedOut: [],
      surface: 'site',
      source: 'user',
      action: 'api',
      lang: null,
      path: '/pricing',
      uiText: null,
    });
    expect(receipt!.id).toBe(JSON.parse(win.localStorage.getItem('cookie_consent')!).id);
    expect(validateReceipt(receipt)).toEqual({ ok: true, receipt });
  });

  test('goes with sendBeacon, to the endpoint, as a string (text/plain: no CORS preflight)', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    start(win).acceptAll();
    await receiptsPosted(network, 1);
    expect(network.beacons).toHaveLength(1);
    expect(network.beacons[0]!.url).toBe('/consent/receipts');
    expect(typeof network.beacons[0]!.body).toBe('string');
    expect(network.fetches).toEqual([]);
  });

  test.each([
    ['is missing', { beacon: 'missing' as const }],
    ['refuses it', { beacon: false }],
  ])('falls back to fetch with keepalive and without cookies when sendBeacon %s', async (_, behaviour) => {
    const win = makeWindow();
    const network = stubNetwork(win, behaviour);
    const consent = start(win);
    consent.acceptAll();
    const [receipt] = await receiptsPosted(network, 1);
    expect(network.fetches).toHaveLength(1);
    const { url, init } = network.fetches[0]!;
    expect(url).toBe('/consent/receipts');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(typeof init.body).toBe('string');
    expect(receipt!.id).toBe(consent.id);
  });

  test('does not hold up the decision: the vendors start and `change` fires before anything is posted', () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const consent = start(win);
    const changes: string[] = [];
    consent.on('change', () => changes.push(`change with ${network.beacons.length} beacons`));
    consent.update({ categories: { analytics: true } }, { action: 'custom', lang: 'en', text: 'Shown' });
    expect(changes).toEqual(['change with 0 beacons']);
    expect(consent.isGranted('stats')).toBe(true);
  });

  test('carries the action, the language and the SHA-256 of the texts a consent UI passes', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const consent = start(win);
    const text = 'Usamos cookies. Aceptar todo — sólo las necesarias ✓';
    consent.update({ categories: { functional: true } }, { action: 'accept-all', lang: 'es', text });
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({ action: 'accept-all', lang: 'es', uiText: sha256(text) });
    expect(validateReceipt(receipt).ok).toBe(true);
  });

  test('has uiText null where the page has no crypto.subtle (plain http), and is still sent', async () => {
    const win = makeWindow();
    Object.defineProperty(win, 'crypto', { configurable: true, value: { subtle: undefined } });
    const network = stubNetwork(win);
    start(win).update({ categories: { analytics: true } }, { action: 'custom', lang: 'en', text: 'x' });
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({ action: 'custom', uiText: null });
  });

  test('sends the path only: a query string or fragment may hold personal data', async () => {
    const win = makeWindow({ url: 'https://www.conectamos.org/signup/done?email=ana%40example.org#token=1' });
    const network = stubNetwork(win);
    start(win).acceptAll();
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt!.path).toBe('/signup/done');
  });

  test('says "gpc" when Global Privacy Control held marketing back', async () => {
    const win = makeWindow();
    Object.defineProperty(win.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const network = stubNetwork(win);
    start(win).acceptAll();
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({ source: 'gpc', categories: { marketing: false } });
  });
});

describe('a history of decisions', () => {
  test('is a chain: each receipt names the ID it replaced, and the last is consent.id', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const consent = start(win);
    consent.acceptAll();
    consent.optOut('hubspot');
    const next = start(win); // the next page view
    next.rejectAll();
    const posted = await receiptsPosted(network, 3);
    expect(posted.map((r) => r.previousId)).toEqual([null, posted[0]!.id, posted[1]!.id]);
    expect(posted[1]).toMatchObject({ optedOut: ['hubspot'], action: 'api' });
    expect(posted[2]!.id).toBe(next.id);
    for (const receipt of posted) expect(receipt.id).toMatch(UUID_V4);
  });

  test('a vendor choice before any decision sends nothing: there is no consent to prove', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    start(win).optOut('hubspot');
    await settle();
    expect(network.beacons).toEqual([]);
    expect(network.fetches).toEqual([]);
  });

  test('withdrawal sends a "withdraw" receipt under a new ID, naming the withdrawn one', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const consent = start(win);
    consent.acceptAll();
    const withdrawn = consent.id;
    consent.reset();
    const [, receipt] = await receiptsPosted(network, 2);
    expect(receipt).toMatchObject({
      previousId: withdrawn,
      action: 'withdraw',
      source: 'default',
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
      optedOut: [],
    });
    expect(receipt!.id).toMatch(UUID_V4);
    expect(receipt!.id).not.toBe(withdrawn);
    expect(validateReceipt(receipt).ok).toBe(true);
    // The browser keeps nothing: the next decision starts a new chain.
    consent.acceptAll();
    const [, , fresh] = await receiptsPosted(network, 3);
    expect(fresh!.previousId).toBeNull();
  });

  test('withdrawing when nothing was decided sends nothing', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    start(win).reset();
    await settle();
    expect(network.beacons).toEqual([]);
  });

  test('a change made in another tab is that tab’s to prove: nothing is sent here', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    start(win);
    const elsewhere = start(makeWindow(), {});
    elsewhere.acceptAll();
    otherTabWrites(win, makeStored(elsewhere));
    await settle();
    expect(network.beacons).toEqual([]);
  });
});

describe('without receipts', () => {
  test('nothing is sent, whatever is decided', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const consent = start(win, {});
    consent.acceptAll();
    consent.optOut('hubspot');
    consent.reset();
    await settle();
    expect(network.beacons).toEqual([]);
    expect(network.fetches).toEqual([]);
    expect(consent.id).toBeNull();
  });
});

describe('the receipts option', () => {
  test.each([
    ['a relative path', 'consent/receipts'],
    ['an http URL', 'http://www.conectamos.org/consent/receipts'],
    ['another host without a scheme', '//evil.example/receipts'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', undefined],
    ['a number', 5],
  ])('refuses %s as the endpoint, naming the option', (_, endpoint) => {
    expect(() =>
      createConsent({ policyVersion, window: makeWindow(), receipts: { endpoint: endpoint as string } }),
    ).toThrow(/receipts\.endpoint must be a path like "\/consent\/receipts" or an https:\/\/ URL/);
  });

  test('takes an https URL on another host', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const endpoint = 'https://receipts.conectamos.org/consent/receipts';
    createConsent({ policyVersion, window: win, receipts: { endpoint } }).acceptAll();
    await receiptsPosted(network, 1);
    expect(network.beacons[0]!.url).toBe(endpoint);
  });
});

/** The stored value another tab's instance wrote. */
function makeStored(consent: ReturnType<typeof createConsent>): string {
  const { id, decidedAt, expiresAt, categories, optedOut } = consent.state;
  return JSON.stringify({ schema: 2, id, policyVersion, decidedAt, expiresAt, categories, optedOut });
}
