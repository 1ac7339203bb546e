import { type Adapter, cookieLabel, createConsent, cspFor } from '@conectamos/consent';
import { getStripe, manifest, type StripeOptions, stripe } from '@conectamos/consent-stripe';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

const publishableKey = 'pk_test_conectamos0000';
const STRIPE_JS = 'https://js.stripe.com/endive/stripe.js';

const start = (
  options: Partial<StripeOptions> = {},
  { win = makeWindow(), adapters }: { win?: TestWindow; adapters?: Adapter[] } = {},
) => {
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: adapters ?? [stripe({ publishableKey, ...options })],
  });
  return { win, consent };
};

/** What the real Stripe.js defines when it runs (happy-dom never runs scripts). */
const defineStripe = (win: TestWindow) => {
  const Stripe = vi.fn((key: string, options?: object) => ({ key, options, elements: vi.fn() }));
  Object.assign(win, { Stripe });
  return Stripe;
};

describe('loading', () => {
  test('nothing is injected before checkout asks, whatever the visitor decides', async () => {
    const { win, consent } = start();
    consent.acceptAll();
    consent.rejectAll();
    consent.page('/checkout');
    await settle();
    expect(scriptSrcs(win)).toEqual([]);
    expect('Stripe' in win).toBe(false);
  });

  test('consent.load injects Stripe.js from js.stripe.com once, with advanced fraud signals by default', async () => {
    const { win, consent } = start();
    await consent.load('stripe');
    await consent.load('stripe');
    expect(scriptSrcs(win)).toEqual([STRIPE_JS]);
  });

  test('advancedFraudSignals: false asks Stripe.js to leave them out, as stripe-js does', async () => {
    const { win, consent } = start({ advancedFraudSignals: false });
    await consent.load('stripe');
    expect(scriptSrcs(win)).toEqual([`${STRIPE_JS}?advancedFraudSignals=false`]);
  });

  test('it runs on the platform too, and before any decision (strictly necessary)', async () => {
    const win = makeWindow({ url: 'https://app.conectamos.org/billing' });
    const consent = createConsent({
      policyVersion: '2026-11-01',
      surface: 'platform',
      window: win,
      adapters: [stripe({ publishableKey })],
    });
    expect(consent.state.decided).toBe(false);
    await consent.load('stripe');
    expect(scriptSrcs(win)).toEqual([STRIPE_JS]);
  });

  test('withdrawing consent leaves Stripe and its fraud cookies alone', async () => {
    const { win, consent } = start();
    const revokes = vi.fn();
    consent.on('revoke', revokes);
    await consent.load('stripe');
    win.document.cookie = '__stripe_mid=device; path=/';
    win.document.cookie = '__stripe_sid=session; path=/';
    consent.acceptAll();
    consent.rejectAll();
    consent.reset();
    expect(win.document.cookie).toBe('__stripe_mid=device; __stripe_sid=session');
    expect(revokes.mock.calls.flat().flatMap((e) => e.adapters)).not.toContain('stripe');
    expect(consent.isGranted('stripe')).toBe(true);
  });

  test('a failing script reaches consent.on("error") with the adapter id', async () => {
    const { consent } = start({}, { win: makeWindow({ scriptsFail: true }) });
    const errors = vi.fn();
    consent.on('error', errors);
    await expect(consent.load('stripe')).rejects.toThrow(/js\.stripe\.com/);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ id: 'stripe' }));
  });
});

describe('getStripe', () => {
  test('loads Stripe.js and resolves to the instance created with the publishable key and options', async () => {
    const { win, consent } = start();
    const pending = getStripe(consent, { locale: 'es' });
    expect(scriptSrcs(win)).toEqual([STRIPE_JS]);
    const Stripe = defineStripe(win);
    const instance = await pending;
    expect(Stripe).toHaveBeenCalledExactlyOnceWith(publishableKey, { locale: 'es' });
    expect(instance).toBe(Stripe.mock.results[0]!.value);
  });

  test('is memoised per consent instance: one script, one Stripe() per set of options', async () => {
    const { win, consent } = start();
    const first = getStripe(consent);
    const Stripe = defineStripe(win);
    expect(getStripe(consent)).toBe(first);
    expect(await getStripe(consent)).toBe(await first);
    expect(Stripe).toHaveBeenCalledTimes(1);

    const connected = await getStripe(consent, { stripeAccount: 'acct_123' });
    expect(connected).not.toBe(await first);
    expect(Stripe).toHaveBeenLastCalledWith(publishableKey, { stripeAccount: 'acct_123' });
    expect(scriptSrcs(win)).toEqual([STRIPE_JS]);
  });

  test('two consent instances never share an instance or a window', async () => {
    const a = start();
    const b = start({ publishableKey: 'pk_live_otheraccount1' });
    const pendingA = getStripe(a.consent);
    const pendingB = getStripe(b.consent);
    const StripeA = defineStripe(a.win);
    const StripeB = defineStripe(b.win);
    expect(await pendingA).not.toBe(await pendingB);
    expect(StripeA).toHaveBeenCalledExactlyOnceWith(publishableKey, undefined);
    expect(StripeB).toHaveBeenCalledExactlyOnceWith('pk_live_otheraccount1', undefined);
  });

  test('works after consent.load already loaded Stripe.js', async () => {
    const { win, consent } = start();
    const loaded = consent.load('stripe');
    const Stripe = defineStripe(win);
    await loaded;
    await getStripe(consent);
    expect(Stripe).toHaveBeenCalledOnce();
    expect(scriptSrcs(win)).toEqual([STRIPE_JS]);
  });

  test('rejects clearly when no stripe adapter is registered, and injects nothing', async () => {
    const { win, consent } = start({}, { adapters: [] });
    await expect(getStripe(consent)).rejects.toThrow(
      'getStripe: no stripe adapter is registered: add stripe({ publishableKey }) to createConsent({ adapters })',
    );
    expect(scriptSrcs(win)).toEqual([]);
  });

  test('rejects clearly when the script ran but window.Stripe is missing, and tries again next time', async () => {
    const { win, consent } = start();
    await expect(getStripe(consent)).rejects.toThrow(
      'getStripe: Stripe.js loaded but window.Stripe is missing',
    );
    const Stripe = defineStripe(win);
    const instance = await getStripe(consent);
    expect(instance).toBe(Stripe.mock.results[0]!.value);
  });

  test('rejects when Stripe.js fails to load', async () => {
    const { consent } = start({}, { win: makeWindow({ scriptsFail: true }) });
    consent.on('error', () => {});
    await expect(getStripe(consent)).rejects.toThrow(/js\.stripe\.com/);
  });
});

describe('declaration', () => {
  test('necessary, on demand, on both surfaces, with no opt-out to call', () => {
    const adapter = stripe({ publishableKey });
    expect(adapter).toMatchObject({
      id: 'stripe',
      vendor: 'Stripe',
      category: 'necessary',
      surfaces: ['site', 'platform'],
      onDemand: true,
      publishableKey,
      privacyPolicyUrl: 'https://stripe.com/privacy',
    });
    expect(adapter.optOut).toBeUndefined();
  });

  test('declares the fraud-prevention cookies for the policy tables', () => {
    const rows = stripe({ publishableKey }).cookies.map((c) => [cookieLabel(c), c.duration, c.provider]);
    expect(rows).toEqual([
      ['__stripe_mid', '1 year', 'Stripe'],
      ['__stripe_sid', '30 minutes', 'Stripe'],
    ]);
    for (const c of stripe({ publishableKey }).cookies) expect(c.purpose).toMatch(/^Fraud prevention/);
  });

  test("declares Stripe's CSP hosts", () => {
    expect(cspFor([manifest], { self: [] })).toBe(
      'script-src https://js.stripe.com https://*.js.stripe.com https://maps.googleapis.com; ' +
        'connect-src https://api.stripe.com https://maps.googleapis.com; ' +
        'img-src https://*.stripe.com; ' +
        'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
    );
  });
});

describe('validation', () => {
  test.each([
    ['pk_live_abcdefghij', true],
    ['pk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', true],
    ['pk_test_short', false],
    ['pk_test_abc-defghijkl', false],
    ['pk_prod_abcdefghijkl', false],
    [' pk_test_abcdefghijkl', false],
    ['', false],
  ])('publishableKey %j accepted: %s', (key, ok) => {
    const make = () => stripe({ publishableKey: key });
    if (ok) expect(make().publishableKey).toBe(key);
    else
      expect(make).toThrow(
        `stripe: publishableKey must look like "pk_live_..." or "pk_test_...", got "${key}"`,
      );
  });

  test.each([
    ['sk_live_abc123', 'sk'],
    ['sk_test_abc123', 'sk'],
    ['rk_live_abc123', 'rk'],
    [' sk_live_abc123', 'sk'],
  ])('a secret key (%j) is refused without echoing it', (key, prefix) => {
    const make = () => stripe({ publishableKey: key });
    expect(make).toThrow(TypeError);
    expect(make).toThrow(
      `got a secret key "${prefix}_...": secret and restricted keys must never reach a browser`,
    );
    expect(make).not.toThrow(key.trim());
  });

  test.each([
    [undefined, 'publishableKey must look like "pk_live_..." or "pk_test_...", got undefined'],
    [123, 'publishableKey must look like "pk_live_..." or "pk_test_...", got 123'],
  ])('a publishableKey of %j is refused', (key, message) => {
    expect(() => stripe({ publishableKey: key as unknown as string })).toThrow(`stripe: ${message}`);
  });

  test('missing options are refused with the same message', () => {
    expect(() => stripe(undefined as unknown as StripeOptions)).toThrow(
      'stripe: publishableKey must look like "pk_live_..." or "pk_test_...", got undefined',
    );
  });

  test.each([['false'], [0], [null]])('advancedFraudSignals %j is refused', (value) => {
    expect(() => stripe({ publishableKey, advancedFraudSignals: value as unknown as boolean })).toThrow(
      `stripe: advancedFraudSignals must be true or false, got ${JSON.stringify(value)}`,
    );
  });
});
