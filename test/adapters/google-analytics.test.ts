import { cookieLabel, cookieMatches, createConsent, cspFor, type ErrorEvent } from '@conectamos/consent';
import { googleAnalytics, MEASUREMENT_ID, manifest } from '@conectamos/consent-google-analytics';
import { describe, expect, test } from 'vitest';
import { makeWindow, networkAttempts, scriptSrcs, type TestWindow } from '../helpers/window';

const ID = 'G-TEST1234';
const SCRIPT = `https://www.googletagmanager.com/gtag/js?id=${ID}`;

const layer = (win: TestWindow): unknown[][] =>
  ((win as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).map((a) => [...a]);
const events = (win: TestWindow, name?: string) =>
  layer(win).filter((e) => e[0] === 'event' && (name === undefined || e[1] === name));
const disabled = (win: TestWindow) => (win as unknown as Record<string, unknown>)[`ga-disable-${ID}`];

const setup = (
  options: Partial<Parameters<typeof googleAnalytics>[0]> = {},
  surface?: 'site' | 'platform',
) => {
  const win = makeWindow({ url: 'https://www.conectamos.org/pricing?plan=pro' });
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    surface,
    adapters: [googleAnalytics({ measurementId: ID, ...options })],
    cookieDomain: 'conectamos.org',
  });
  const errors: ErrorEvent[] = [];
  consent.on('error', (e) => errors.push(e));
  return { win, consent, errors };
};

describe('googleAnalytics', () => {
  test('configures GA4 with signals, ad personalisation and automatic page views off, IP masking explicit', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    expect(layer(win).filter((e) => e[0] === 'config')).toEqual([
      [
        'config',
        ID,
        {
          anonymize_ip: true,
          allow_google_signals: false,
          allow_ad_personalization_signals: false,
          send_page_view: false,
        },
      ],
    ]);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
    expect(networkAttempts).toEqual([]);
  });

  test('the two signals can be turned on explicitly; Google Signals then needs DoubleClick in the CSP', () => {
    const { win, consent } = setup({ allowGoogleSignals: true, allowAdPersonalizationSignals: true });
    consent.grant('analytics');
    expect(layer(win).find((e) => e[0] === 'config')?.[2]).toMatchObject({
      allow_google_signals: true,
      allow_ad_personalization_signals: true,
      anonymize_ip: true,
    });
    expect(manifest.options.properties.allowGoogleSignals.default).toBe(false);
    const [signals, ...others] = manifest.cspWhen;
    expect(others).toEqual([]);
    expect(signals).toMatchObject({ option: 'allowGoogleSignals', equals: true });
    expect(signals.csp.connectSrc).toContain('https://*.g.doubleclick.net');
    expect(signals.csp.frameSrc).toEqual(['https://td.doubleclick.net', 'https://www.googletagmanager.com']);
    // Without Signals, no DoubleClick and no frames.
    expect('frameSrc' in manifest.csp).toBe(false);
    expect(Object.values(manifest.csp).flat()).not.toContain('https://*.g.doubleclick.net');
    // As the README tells a site with Signals on to compute its policy.
    expect(cspFor([manifest, ...manifest.cspWhen])).toContain(
      "frame-src 'self' https://td.doubleclick.net https://www.googletagmanager.com",
    );
  });

  test('sends one page view for the page consent was given on, after config', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    expect(events(win, 'page_view')).toEqual([
      [
        'event',
        'page_view',
        {
          page_location: 'https://www.conectamos.org/pricing?plan=pro',
          page_path: '/pricing?plan=pro',
          send_to: ID,
        },
      ],
    ]);
    const kinds = layer(win).map((e) => e[0]);
    expect(kinds.indexOf('config')).toBeLessThan(kinds.lastIndexOf('event'));
  });

  test('consent.page() sends a page view per SPA route, for this measurement id', () => {
    const { win, consent } = setup();
    consent.page('/before-consent');
    expect(events(win)).toEqual([]);
    consent.grant('analytics');
    consent.page('/docs/start?ref=nav');
    win.history.pushState({}, '', '/blog');
    consent.page();
    expect(events(win, 'page_view').slice(1)).toEqual([
      [
        'event',
        'page_view',
        {
          page_location: 'https://www.conectamos.org/docs/start?ref=nav',
          page_path: '/docs/start?ref=nav',
          send_to: ID,
        },
      ],
      [
        'event',
        'page_view',
        { page_location: 'https://www.conectamos.org/blog', page_path: '/blog', send_to: ID },
      ],
    ]);
  });

  test('consent.track() sends a GA4 event to this measurement id; a bad event name is reported, not sent', () => {
    const { win, consent, errors } = setup();
    consent.grant('analytics');
    consent.track('signup_completed', { plan: 'pro' });
    consent.track('Signup completed!');
    expect(events(win).filter((e) => e[1] !== 'page_view')).toEqual([
      ['event', 'signup_completed', { plan: 'pro', send_to: ID }],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.id).toBe('google-analytics');
    expect(String(errors[0]?.error)).toMatch(/googleAnalytics: GA4 event names .* got "Signup completed!"/);
  });

  test('revoking sets ga-disable-<ID>; granting again clears it, without a second script', () => {
    const { win, consent } = setup();
    expect(disabled(win)).toBeUndefined();
    consent.grant('analytics');
    expect(disabled(win)).toBe(false);
    consent.deny('analytics');
    expect(disabled(win)).toBe(true);
    consent.page('/while-denied');
    expect(events(win, 'page_view')).toHaveLength(1);
    consent.grant('analytics');
    expect(disabled(win)).toBe(false);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
    consent.page('/after');
    expect(events(win, 'page_view').at(-1)?.[2]).toMatchObject({ page_path: '/after' });
  });

  test('a per-vendor opt-out disables GA while analytics stays granted', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    consent.optOut('google-analytics');
    expect(disabled(win)).toBe(true);
    expect(consent.isGranted('analytics')).toBe(true);
    consent.optIn('google-analytics');
    expect(disabled(win)).toBe(false);
  });

  test('runs on the platform too (analytics is not advertising)', () => {
    const { win, consent } = setup({}, 'platform');
    consent.grant('analytics');
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
  });

  test('deletes _ga and this property’s _ga_<ID> on host and parent domain, and other _ga_* too', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    win.document.cookie = '_ga=GA1.1.1.1; path=/; domain=conectamos.org';
    win.document.cookie = '_ga_TEST1234=GS1.1.1; path=/; domain=conectamos.org';
    win.document.cookie = '_ga_TEST1234=GS1.1.2; path=/';
    win.document.cookie = '_gcl_au=1.1.1; path=/';
    consent.deny('analytics');
    expect(win.document.cookie).toBe('_gcl_au=1.1.1');
  });

  test('declares its cookies as the policy states them, the property cookies as one pattern', () => {
    const { cookies } = googleAnalytics({ measurementId: ID });
    expect(cookies).toEqual(manifest.cookies);
    expect(cookies.map((c) => [c.name ?? c.pattern, cookieLabel(c), c.duration])).toEqual([
      ['_ga', '_ga', '2 years'],
      ['^_ga_', '_ga_*', '2 years'],
    ]);
    expect(cookieMatches(cookies[1]!, '_ga_TEST1234')).toBe(true);
  });

  test('the error message names the factory, the option, the format and the value', () => {
    expect(() => googleAnalytics({ measurementId: 'UA-1' })).toThrow(
      new TypeError('googleAnalytics: measurementId must look like "G-XXXXXXX", got "UA-1"'),
    );
    expect(() => googleAnalytics(undefined as never)).toThrow(/measurementId/);
    expect(() => googleAnalytics({ measurementId: 12345 as never })).toThrow(/got 12345/);
  });
});

test("the deprecated MEASUREMENT_ID export is the manifest's pattern", () => {
  expect(MEASUREMENT_ID.source).toBe(manifest.options.properties.measurementId.pattern);
});
