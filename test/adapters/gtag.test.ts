import { type Adapter, createConsent } from '@conectamos/consent';
import { googleAds } from '@conectamos/consent-google-ads';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { CONSENT_MODE, type ConsentType, useGtag } from '@conectamos/consent-gtag';
import { describe, expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, networkAttempts, scriptSrcs, type TestWindow } from '../helpers/window';

const GA = 'G-TEST1234';
const AW = 'AW-123456789';
const TYPES = Object.keys(CONSENT_MODE) as ConsentType[];

const entries = (win: TestWindow): IArguments[] => (win as unknown as { dataLayer: IArguments[] }).dataLayer;
const layer = (win: TestWindow): unknown[][] => entries(win).map((a) => [...a]);
const commands = (win: TestWindow): string[] =>
  layer(win).map((e) => (e[0] === 'consent' || e[0] === 'set' ? `${e[0]} ${e[1]}` : String(e[0])));
const updates = (win: TestWindow) =>
  layer(win)
    .filter((e) => e[0] === 'consent' && e[1] === 'update')
    .map((e) => e[2]);

/** What Consent Mode must say for a set of granted categories, straight from the shared mapping. */
const expected = (granted: string[]) =>
  Object.fromEntries(
    TYPES.map((t) => [
      t,
      granted.includes(CONSENT_MODE[t]) || CONSENT_MODE[t] === 'necessary' ? 'granted' : 'denied',
    ]),
  );

const setup = (
  adapters: Adapter[] = [googleAnalytics({ measurementId: GA }), googleAds({ conversionId: AW })],
) => {
  const win = makeWindow();
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters,
    cookieDomain: 'conectamos.org',
  });
  return { win, consent };
};

describe('gtag: the shared dataLayer', () => {
  test('holds real Arguments objects, never arrays (gtag.js ignores arrays)', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    consent.page('/pricing');
    consent.track('signup', { label: 'AbC-D_efG' });
    expect(entries(win).length).toBeGreaterThan(5);
    for (const entry of entries(win)) {
      expect(Array.isArray(entry)).toBe(false);
      expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
    }
  });

  test('starts with Consent Mode default, every one of the seven types denied', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    const [first] = layer(win);
    expect(first?.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first?.[2]).toMatchObject(Object.fromEntries(TYPES.map((t) => [t, 'denied'])));
    expect(TYPES).toHaveLength(7);
  });

  test('the choice is applied before anything is measured: default, update, js, config', () => {
    const { win, consent } = setup([googleAnalytics({ measurementId: GA })]);
    consent.grant('analytics');
    const order = commands(win).filter((c) => /^(consent|js|config)/.test(c));
    expect(order).toEqual(['consent default', 'consent update', 'js', 'config']);
  });

  test('the update comes before any config, and ads data redaction is set before it too', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    const list = commands(win);
    const firstConfig = list.indexOf('config');
    expect(list[0]).toBe('consent default');
    expect(list.indexOf('consent update')).toBeLessThan(firstConfig);
    expect(list.indexOf('js')).toBeLessThan(firstConfig);
    expect(list.indexOf('set ads_data_redaction')).toBeLessThan(firstConfig);
    expect(
      layer(win)
        .filter((e) => e[0] === 'config')
        .map((e) => e[1]),
    ).toEqual([GA, AW]);
  });

  test('pushes an update after each state change, with the CONSENT_MODE mapping', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    expect(updates(win)).toEqual([expected(['analytics'])]);
    consent.grant('marketing');
    expect(updates(win).at(-1)).toEqual(expected(['analytics', 'marketing']));
    consent.grant('functional');
    expect(updates(win).at(-1)).toEqual(expected(['analytics', 'marketing', 'functional']));
    consent.deny('analytics');
    expect(updates(win).at(-1)).toEqual(expected(['marketing', 'functional']));
    consent.reset();
    expect(updates(win).at(-1)).toEqual(expected([]));
    expect(updates(win)).toHaveLength(5);
  });

  test('pushes no update when nothing it maps changed, even with two Google adapters listening', () => {
    const { win, consent } = setup([
      googleAnalytics({ measurementId: GA }),
      googleAds({ conversionId: AW }),
      testAdapter({ id: 'hubspot', category: 'marketing' }),
    ]);
    consent.acceptAll();
    const count = updates(win).length;
    expect(count).toBe(1);
    consent.grant('analytics');
    consent.set({ marketing: true, functional: true });
    consent.optOut('hubspot');
    consent.optIn('hubspot');
    expect(updates(win)).toHaveLength(count);
  });

  test('injects gtag.js once for both Google adapters, with the first id', () => {
    const both = setup();
    both.consent.acceptAll();
    expect(scriptSrcs(both.win)).toEqual([`https://www.googletagmanager.com/gtag/js?id=${GA}`]);

    const adsFirst = setup();
    adsFirst.consent.grant('marketing');
    adsFirst.consent.grant('analytics');
    expect(scriptSrcs(adsFirst.win)).toEqual([`https://www.googletagmanager.com/gtag/js?id=${AW}`]);
    expect(networkAttempts).toEqual([]);
  });

  test('a revoke and re-grant pushes no second default or js, and no second script', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    consent.rejectAll();
    consent.acceptAll();
    expect(commands(win).filter((c) => c === 'consent default' || c === 'js')).toEqual([
      'consent default',
      'js',
    ]);
    expect(scriptSrcs(win)).toHaveLength(1);
    expect(updates(win).at(-1)).toEqual(expected(['analytics', 'marketing', 'functional']));
  });

  test('a per-vendor opt-out of Google Ads denies the ad types, though marketing stays granted', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    consent.optOut('google-ads');
    expect(updates(win).at(-1)).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
    });
    // And later changes elsewhere must not grant them again.
    consent.deny('functional');
    expect(updates(win).at(-1)).toMatchObject({ ad_storage: 'denied' });
  });

  test('refuses a tag id that is not a Google tag id', () => {
    const { consent, win } = setup([]);
    const ctx = {
      consent,
      window: win,
      document: win.document,
      nonce: undefined,
      loadScript: () => Promise.reject(),
    };
    expect(() => useGtag(ctx, 'UA-1"><script>', 'google-analytics')).toThrow(/gtag: tag id must look like/);
    expect((win as unknown as { dataLayer?: unknown }).dataLayer).toBeUndefined();
  });
});

describe('gtag on the platform surface', () => {
  test('Consent Mode says denied for the ad types after "accept all": no advertising in the authenticated app', () => {
    const win = makeWindow({ url: 'https://app.conectamos.org/app' });
    const consent = createConsent({
      policyVersion: '2026-11-01',
      surface: 'platform',
      window: win,
      adapters: [googleAnalytics({ measurementId: GA })],
    });
    consent.acceptAll();
    expect(updates(win).at(-1)).toEqual(expected(['analytics', 'functional']));
    expect(scriptSrcs(win)).toEqual([`https://www.googletagmanager.com/gtag/js?id=${GA}`]);
  });

  test('a page that pushed null onto dataLayer does not break Consent Mode', () => {
    const win = makeWindow();
    (win as unknown as { dataLayer: unknown[] }).dataLayer = [null, { event: 'x' }];
    const consent = createConsent({
      policyVersion: '2026-11-01',
      window: win,
      adapters: [googleAnalytics({ measurementId: GA })],
    });
    expect(() => consent.grant('analytics')).not.toThrow();
    const pushed = entries(win).filter((e) => e && e[0] === 'consent' && e[1] === 'update');
    expect(pushed.at(-1)?.[2]).toMatchObject({ analytics_storage: 'granted' });
  });
});

describe('gtag on a page with a long dataLayer', () => {
  test('a change reads dataLayer from the end back to the last consent command, not the whole of it', () => {
    const win = makeWindow();
    const consent = createConsent({
      policyVersion: '2026-11-01',
      window: win,
      adapters: [googleAnalytics({ measurementId: GA })],
    });
    consent.grant('analytics');
    const layer = (win as unknown as { dataLayer: unknown[] }).dataLayer;
    // The page's own events after ours, as a long-lived SPA piles them up.
    for (let i = 0; i < 5000; i++) layer.push({ event: 'scroll', i });
    let reads = 0;
    (win as unknown as { dataLayer: unknown[] }).dataLayer = new Proxy(layer, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    consent.grant('marketing');
    // Consent Mode's update is now the last entry: the next change finds it at once.
    reads = 0;
    consent.deny('marketing');
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(10);
  });
});
