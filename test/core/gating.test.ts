import { createConsent } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { makeWindow, scriptSrcs, settle } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('before a decision', () => {
  test('no optional adapter runs and nothing is injected', async () => {
    const win = makeWindow();
    const adapters = (['functional', 'analytics', 'marketing'] as const).map((category) =>
      testAdapter({ id: `v-${category}`, category }),
    );
    const consent = createConsent({ policyVersion, adapters, window: win });
    await settle();
    expect(scriptSrcs(win)).toEqual([]);
    for (const a of adapters) expect(a.load).not.toHaveBeenCalled();
    expect(consent.state).toMatchObject({
      decided: false,
      source: 'default',
      decidedAt: null,
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
    });
  });

  test('necessary adapters run at once', () => {
    const win = makeWindow();
    const necessary = testAdapter({ id: 'payments', category: 'necessary' });
    createConsent({ policyVersion, adapters: [necessary], window: win });
    expect(scriptSrcs(win)).toEqual([tagUrl('payments')]);
  });

  test('on-demand adapters wait for load(id), even when necessary', async () => {
    const win = makeWindow();
    const stripe = testAdapter({ id: 'stripe', category: 'necessary', onDemand: true });
    const consent = createConsent({ policyVersion, adapters: [stripe], window: win });
    expect(scriptSrcs(win)).toEqual([]);
    await expect(consent.load('stripe')).resolves.toBeUndefined();
    expect(scriptSrcs(win)).toEqual([tagUrl('stripe')]);
    await consent.load('stripe');
    expect(scriptSrcs(win)).toEqual([tagUrl('stripe')]);
  });

  test('load(id) stays consent-gated and rejects unknown ids', async () => {
    const win = makeWindow();
    const chat = testAdapter({ id: 'chat', category: 'functional', onDemand: true });
    const consent = createConsent({ policyVersion, adapters: [chat], window: win });
    await expect(consent.load('chat')).rejects.toThrow(/may run here, got "chat"/);
    await expect(consent.load('nope' as never)).rejects.toThrow(/registered adapter.*"nope"/);
    expect(scriptSrcs(win)).toEqual([]);
    consent.grant('functional');
    expect(scriptSrcs(win)).toEqual([]);
    await consent.load('chat');
    expect(scriptSrcs(win)).toEqual([tagUrl('chat')]);
  });
});

describe('granting', () => {
  test('injects before grant() returns, once however often it is granted', () => {
    const win = makeWindow();
    const analytics = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, adapters: [analytics], window: win });
    consent.grant('analytics');
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    consent.grant('analytics');
    consent.acceptAll();
    consent.set({ analytics: true });
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    expect(analytics.load).toHaveBeenCalledTimes(1);
  });

  test('only the granted category runs', () => {
    const win = makeWindow();
    const analytics = testAdapter({ id: 'stats', category: 'analytics' });
    const marketing = testAdapter({ id: 'ads', category: 'marketing' });
    const consent = createConsent({ policyVersion, adapters: [analytics, marketing], window: win });
    consent.set({ analytics: true, marketing: false });
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('stats')).toBe(true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('ads')).toBe(false);
    // A misspelt id is a type error, and at run time a clear one, not a silent false.
    expect(() => consent.isGranted('unknown-vendor' as never)).toThrow(
      /no adapter has the id "unknown-vendor" \(known: stats, ads\)/,
    );
  });

  test('acceptAll grants everything, rejectAll only the necessary', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    consent.acceptAll();
    expect(consent.state.categories).toEqual({
      necessary: true,
      functional: true,
      analytics: true,
      marketing: true,
    });
    expect(consent.state).toMatchObject({ decided: true, source: 'user' });
    consent.rejectAll();
    expect(consent.state.categories).toEqual({
      necessary: true,
      functional: false,
      analytics: false,
      marketing: false,
    });
    expect(consent.state.decided).toBe(true);
  });

  test('set() keeps the categories it does not name, and necessary cannot be denied', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    consent.set({ functional: true });
    consent.set({ analytics: true });
    consent.deny('necessary');
    expect(consent.state.categories).toEqual({
      necessary: true,
      functional: true,
      analytics: true,
      marketing: false,
    });
  });

  test('a bad choice is reported, changes nothing and never throws', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    const errors: unknown[] = [];
    consent.on('error', ({ error }) => errors.push(error));
    expect(() => consent.set({ analytics: 'yes' } as never)).not.toThrow();
    expect(() => consent.grant('cookies' as never)).not.toThrow();
    expect(errors).toHaveLength(2);
    expect(String(errors[0])).toMatch(/category: boolean/);
    expect(consent.state.decided).toBe(false);
  });

  test('an id no adapter declares throws, naming the ids there are, and stores nothing', () => {
    const win = makeWindow();
    const posthog = testAdapter({ id: 'posthog', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [posthog] });
    for (const call of [
      () => consent.optOut('post-hog' as never),
      () => consent.optIn('post-hog' as never),
      () => consent.allow('post-hog' as never),
      () => consent.update({ vendors: { 'post-hog': false } as never }),
    ])
      expect(call).toThrow(/consent: no adapter has the id "post-hog" \(known: posthog\)/);
    expect(win.localStorage.getItem('cookie_consent')).toBeNull();
    expect(consent.state.optedOut).toEqual([]);
  });

  test('a late register() runs at once when allowed', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    consent.grant('analytics');
    consent.register(testAdapter({ id: 'late', category: 'analytics' }));
    expect(scriptSrcs(win)).toEqual([tagUrl('late')]);
    expect(() => consent.register(testAdapter({ id: 'late', category: 'analytics' }))).toThrow(/unique/);
  });
});

describe('surfaces', () => {
  test('marketing adapters default to the site: the platform never loads them', () => {
    const win = makeWindow({ url: 'https://app.conectamos.org/app' });
    const ads = testAdapter({ id: 'ads', category: 'marketing' });
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({
      policyVersion,
      surface: 'platform',
      adapters: [ads, stats],
      window: win,
    });
    consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    // The choice is recorded as made, but marketing may not run here: markup blocks and Consent Mode ask this.
    expect(consent.state.categories.marketing).toBe(true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('ads')).toBe(false);
  });

  test('on the site the same choice grants marketing', () => {
    const consent = createConsent({ policyVersion, surface: 'site', window: makeWindow() });
    consent.acceptAll();
    expect(consent.isGranted('marketing')).toBe(true);
  });

  test('an adapter can declare the surfaces it runs on', () => {
    const win = makeWindow();
    const siteOnly = testAdapter({ id: 'landing', category: 'analytics', surfaces: ['platform'] });
    const consent = createConsent({ policyVersion, surface: 'site', adapters: [siteOnly], window: win });
    consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([]);
  });
});

describe('per-vendor opt-out', () => {
  test('an opted-out vendor does not run although its category is granted', () => {
    const win = makeWindow();
    const ga = testAdapter({ id: 'ga', category: 'analytics' });
    const ph = testAdapter({ id: 'ph', category: 'analytics' });
    const consent = createConsent({ policyVersion, adapters: [ga, ph], window: win });
    consent.optOut('ga');
    expect(consent.state.decided).toBe(false);
    consent.grant('analytics');
    expect(scriptSrcs(win)).toEqual([tagUrl('ph')]);
    expect(consent.isGranted('ga')).toBe(false);
    consent.optIn('ga');
    expect(scriptSrcs(win)).toEqual([tagUrl('ph'), tagUrl('ga')]);
    expect(consent.state.optedOut).toEqual([]);
  });

  test('necessary adapters cannot be opted out', () => {
    const win = makeWindow();
    const pay = testAdapter({ id: 'pay', category: 'necessary' });
    const consent = createConsent({ policyVersion, adapters: [pay], window: win });
    consent.optOut('pay');
    expect(consent.isGranted('pay')).toBe(true);
    expect(pay.optOut).not.toHaveBeenCalled();
  });
});
