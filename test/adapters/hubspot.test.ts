import { type Adapter, type Consent, createConsent } from '@conectamos/consent';
import { type HubSpotOptions, hubspot, manifest } from '@conectamos/consent-hubspot';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

type HubSpotWindow = TestWindow & {
  _hsq?: unknown[];
  _hsp?: unknown[];
  disableHubSpotCookieBanner?: boolean;
};

const ALL = { analytics: true, advertisement: true, functionality: true };
const NONE = { analytics: false, advertisement: false, functionality: false };

const setup = (
  options: Partial<HubSpotOptions> = {},
  { url, surface }: { url?: string; surface?: 'site' | 'platform' } = {},
) => {
  const win = makeWindow({ url }) as HubSpotWindow;
  const adapter = hubspot({ portalId: '1234567', ...options });
  const consent = createConsent({ policyVersion: '1', window: win, adapters: [adapter], surface });
  const errors: unknown[] = [];
  consent.on('error', ({ error }) => errors.push(error));
  return { win, adapter, consent, errors };
};

const consentCalls = (win: HubSpotWindow) =>
  (win._hsp ?? []).filter((c) => (c as unknown[])[0] === 'setHubSpotConsent');

describe('hubspot: before consent', () => {
  test('the factory touches nothing: no globals on the page it is imported into', () => {
    hubspot({ portalId: '1234567' });
    expect('_hsq' in window || '_hsp' in window || 'disableHubSpotCookieBanner' in window).toBe(false);
  });

  test('denied marketing: no script, no queues, even with every other category granted', () => {
    const { win, consent } = setup();
    consent.set({ analytics: true, functional: true, marketing: false });
    expect(scriptSrcs(win)).toEqual([]);
    expect(win._hsq).toBeUndefined();
    expect(win.disableHubSpotCookieBanner).toBeUndefined();
  });

  test('never on the platform, even with marketing granted', () => {
    const { win, consent } = setup({}, { surface: 'platform' });
    consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([]);
    expect(win._hsq).toBeUndefined();
  });
});

describe('hubspot: on grant', () => {
  test('switches HubSpot banner off, queues the path and our consent, all before the loader is injected', () => {
    const { win, consent } = setup();
    const seen: unknown[] = [];
    const append = win.document.head.append.bind(win.document.head);
    vi.spyOn(win.document.head, 'append').mockImplementation((...nodes) => {
      seen.push(structuredClone({ banner: win.disableHubSpotCookieBanner, hsq: win._hsq, hsp: win._hsp }));
      append(...nodes);
    });
    consent.grant('marketing');
    expect(seen).toEqual([
      {
        banner: true,
        hsq: [['setPath', '/pricing']],
        hsp: [['setHubSpotConsent', { analytics: true, advertisement: true, functionality: false }]],
      },
    ]);
  });

  test('injects HubSpot loader once, async, with the id of HubSpot own snippet', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    consent.grant('marketing');
    const scripts = [...win.document.querySelectorAll('script')];
    expect(scripts.map((s) => [s.src, s.id, s.async])).toEqual([
      ['https://js.hs-scripts.com/1234567.js', 'hs-script-loader', true],
    ]);
  });

  test('maps our categories to setHubSpotConsent: marketing gives analytics and advertisement, functional gives functionality', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    expect(consentCalls(win)).toEqual([['setHubSpotConsent', ALL]]);
  });

  test('with marketing alone, HubSpot gets analytics and advertisement consent but not functionality', () => {
    const { win, consent } = setup();
    consent.set({ marketing: true, analytics: false, functional: false });
    expect(consentCalls(win)).toEqual([['setHubSpotConsent', { ...ALL, functionality: false }]]);
  });

  test('keeps the query string of the first page, where HubSpot reads campaign parameters', () => {
    const { win, consent } = setup(
      {},
      { url: 'https://www.conectamos.org/webinar?utm_source=linkedin&utm_medium=paid' },
    );
    consent.grant('marketing');
    expect(win._hsq).toEqual([['setPath', '/webinar?utm_source=linkedin&utm_medium=paid']]);
  });

  test.each([
    ['na1', 'https://js.hs-scripts.com/1234567.js'],
    ['na2', 'https://js-na2.hs-scripts.com/1234567.js'],
    ['eu1', 'https://js-eu1.hs-scripts.com/1234567.js'],
    ['ap1', 'https://js-ap1.hs-scripts.com/1234567.js'],
  ] as const)('region %s loads from %s', (region, url) => {
    const { win, consent } = setup({ region });
    consent.grant('marketing');
    expect(scriptSrcs(win)).toEqual([url]);
  });

  test('a loader that fails to load reaches on("error") with the adapter id', async () => {
    const win = makeWindow({ scriptsFail: true });
    const consent = createConsent({
      policyVersion: '1',
      window: win,
      adapters: [hubspot({ portalId: '1234567' })],
    });
    const errors: { id?: string }[] = [];
    consent.on('error', (e) => errors.push(e));
    consent.grant('marketing');
    await settle();
    expect(errors.map((e) => e.id)).toEqual(['hubspot']);
  });
});

describe('hubspot: page views and events', () => {
  const running = () => {
    const s = setup();
    s.consent.grant('marketing');
    s.win._hsq!.length = 0;
    return s;
  };

  test('consent.page(path) sets the path, then tracks the page view', () => {
    const { win, consent } = running();
    consent.page('/docs/getting-started');
    expect(win._hsq).toEqual([['setPath', '/docs/getting-started'], ['trackPageView']]);
  });

  test('consent.page() without a path tracks the current one', () => {
    const { win, consent } = running();
    consent.page();
    expect(win._hsq).toEqual([['setPath', '/pricing'], ['trackPageView']]);
  });

  test.each(['pricing', '//evil.example/pricing', 'https://www.conectamos.org/pricing'])(
    'refuses a path that does not start with one "/": %s',
    (path) => {
      const { win, consent, errors } = running();
      consent.page(path);
      expect(win._hsq).toEqual([]);
      expect(String(errors[0])).toBe(
        `TypeError: hubspot: path must start with "/", got ${JSON.stringify(path)}`,
      );
    },
  );

  test('consent.track sends nothing to HubSpot: custom behavioral events are not part of this adapter', () => {
    const { win, consent } = running();
    const before = [...win._hsq!];
    consent.track('signup_completed', { plan: 'pro' });
    expect(win._hsq).toEqual(before);
  });

  test('after revocation, page views and events no longer reach HubSpot', () => {
    const { win, consent } = running();
    consent.deny('marketing');
    const before = [...win._hsq!];
    consent.page('/after');
    consent.track('after');
    expect(win._hsq).toEqual(before);
  });
});

describe('hubspot: revoke and re-grant', () => {
  const revoke = (how: (c: Consent) => void) => {
    const s = setup();
    s.consent.acceptAll();
    how(s.consent);
    return s;
  };

  test.each([
    ['deny(marketing)', (c: Consent) => c.deny('marketing')],
    ['optOut(hubspot)', (c: Consent) => c.optOut('hubspot')],
    ['reset()', (c: Consent) => c.reset()],
  ])(
    '%s: revokes HubSpot cookie consent, then sets do-not-track, and tells HubSpot nothing is allowed',
    (_, how) => {
      const { win } = revoke(how);
      expect(win._hsq).toEqual([['setPath', '/pricing'], ['revokeCookieConsent'], ['doNotTrack']]);
      expect(win._hsp).toEqual([
        ['setHubSpotConsent', ALL],
        ['revokeCookieConsent'],
        ['setHubSpotConsent', NONE],
      ]);
    },
  );

  test('deletes HubSpot cookies on the parent domain, keeps the site own and HubSpot do-not-track flag', () => {
    const { win, consent } = setup();
    consent.acceptAll();
    for (const c of ['hubspotutk=a', '__hstc=b', '__hssc=c', '__hssrc=1', '__hs_do_not_track=yes'])
      win.document.cookie = `${c}; domain=.conectamos.org; path=/`;
    win.document.cookie = 'lang=es; path=/';
    expect(win.document.cookie).toContain('hubspotutk=a');
    consent.deny('marketing');
    // The flag is the opt-out itself: deleting it would let HubSpot's running script track again.
    expect(win.document.cookie).toBe('__hs_do_not_track=yes; lang=es');
  });

  test('declares the do-not-track flag for the cookie tables, marked to be kept', () => {
    const { cookies } = hubspot({ portalId: '1234567' });
    expect(cookies).toEqual(manifest.cookies);
    expect(cookies.map((c) => [c.name, c.duration, !!c.keep])).toEqual([
      ['hubspotutk', '180 days', false],
      ['__hstc', '6 months', false],
      ['__hssc', '30 minutes', false],
      ['__hssrc', 'Session', false],
      ['__hs_do_not_track', '6 months', true],
    ]);
  });

  test('re-grant lifts do-not-track, sets the path and tells HubSpot again, without a second loader', async () => {
    const { win, consent } = setup();
    const loads: string[] = [];
    consent.on('load', ({ id }) => loads.push(id));
    consent.acceptAll();
    consent.deny('marketing');
    win._hsq!.length = 0;
    win._hsp!.length = 0;
    consent.grant('marketing');
    expect(win._hsq).toEqual([
      ['doNotTrack', { track: true }],
      ['setPath', '/pricing'],
    ]);
    expect(win._hsp).toEqual([['setHubSpotConsent', ALL]]);
    expect(scriptSrcs(win)).toEqual(['https://js.hs-scripts.com/1234567.js']);
    await settle();
    expect(loads).toEqual(['hubspot', 'hubspot']);
  });

  test('a do-not-track cookie left by an earlier revocation is lifted when consent is given on a later page', () => {
    const { win, consent } = setup();
    win.document.cookie = '__hs_do_not_track=yes; path=/';
    consent.grant('marketing');
    expect(win._hsq).toEqual([
      ['doNotTrack', { track: true }],
      ['setPath', '/pricing'],
    ]);
  });

  test('without a do-not-track cookie, a first grant sends no doNotTrack at all', () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    expect(win._hsq!.some((c) => (c as unknown[])[0] === 'doNotTrack')).toBe(false);
  });
});

describe('hubspot: options are validated before anything can reach a URL', () => {
  test.each<[string, () => Adapter, string]>([
    [
      'no options',
      () => hubspot(undefined as unknown as HubSpotOptions),
      'portalId must be digits like "1234567", got undefined',
    ],
    ['empty', () => hubspot({ portalId: '' }), 'portalId must be digits like "1234567", got ""'],
    ['too short', () => hubspot({ portalId: '1234' }), 'portalId must be digits like "1234567", got "1234"'],
    [
      'too long',
      () => hubspot({ portalId: '12345678901' }),
      'portalId must be digits like "1234567", got "12345678901"',
    ],
    [
      'a path',
      () => hubspot({ portalId: '1234567/../x' }),
      'portalId must be digits like "1234567", got "1234567/../x"',
    ],
    [
      'spaces',
      () => hubspot({ portalId: ' 1234567' }),
      'portalId must be digits like "1234567", got " 1234567"',
    ],
    [
      'a region',
      () => hubspot({ portalId: '1234567', region: 'EU1' as 'eu1' }),
      'region must be na1, na2, eu1 or ap1, got "EU1"',
    ],
    [
      'a host',
      () => hubspot({ portalId: '1234567', region: 'eu1.evil' as 'eu1' }),
      'region must be na1, na2, eu1 or ap1, got "eu1.evil"',
    ],
  ])('%s', (_, make, message) => {
    expect(make).toThrow(TypeError);
    expect(make).toThrow(`hubspot: ${message}`);
  });

  test('accepts 5 to 10 digit Hub IDs', () => {
    for (const portalId of ['12345', '1234567', '1234567890'])
      expect(hubspot({ portalId }).id).toBe('hubspot');
  });
});
