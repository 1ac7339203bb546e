import { cookieLabel, cookieMatches, createConsent, cspFor } from '@conectamos/consent';
import { type IntercomOptions, intercom, manifest } from '@conectamos/consent-intercom';
import { describe, expect, test, vi } from 'vitest';
import { ajv } from '../helpers/schema';
import { makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

const appId = 'abc12345';
const WIDGET = `https://widget.intercom.io/widget/${appId}`;

interface IntercomGlobals {
  Intercom?: ((...args: unknown[]) => void) & { q?: IArguments[] };
  intercomSettings?: Record<string, unknown>;
}
const globals = (win: TestWindow) => win as unknown as IntercomGlobals;
/** The stub's queue, as plain arrays. */
const queued = (win: TestWindow) => (globals(win).Intercom?.q ?? []).map((args) => [...args]);

const start = (options: Partial<IntercomOptions> = {}, win = makeWindow()) => {
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: [intercom({ appId, ...options })],
    cookieDomain: 'conectamos.org',
  });
  return { win, consent };
};

/** What the real widget does when it runs (happy-dom never runs scripts): it replaces the stub. */
const widgetTakesOver = (win: TestWindow) => {
  const Intercom = vi.fn();
  globals(win).Intercom = Intercom;
  return Intercom;
};

describe('loading', () => {
  test('before functional consent: no settings, no Intercom, no script, whatever else is granted', () => {
    const { win, consent } = start();
    consent.set({ analytics: true, marketing: true });
    expect(scriptSrcs(win)).toEqual([]);
    expect(globals(win).intercomSettings).toBeUndefined();
    expect(globals(win).Intercom).toBeUndefined();
  });

  test('on grant: intercomSettings with app_id and the US api_base, an empty queue, the widget script', () => {
    const { win, consent } = start();
    consent.grant('functional');
    expect(globals(win).intercomSettings).toEqual({ app_id: appId, api_base: 'https://api-iam.intercom.io' });
    // The widget boots itself from intercomSettings: no boot is queued on a first load.
    expect(queued(win)).toEqual([]);
    expect(scriptSrcs(win)).toEqual([WIDGET]);
  });

  test.each([
    ['us', 'https://api-iam.intercom.io'],
    ['eu', 'https://api-iam.eu.intercom.io'],
    ['au', 'https://api-iam.au.intercom.io'],
    ['ap', 'https://api-iam.au.intercom.io'],
  ] as const)('region %s uses api_base %s, and the same widget host', (region, apiBase) => {
    const { win, consent } = start({ region });
    consent.grant('functional');
    expect(globals(win).intercomSettings?.api_base).toBe(apiBase);
    expect(scriptSrcs(win)).toEqual([WIDGET]);
  });

  test("the site's own intercomSettings (the signed-in user) are kept", () => {
    const win = makeWindow();
    globals(win).intercomSettings = { user_id: 'u_42', email: 'ana@conectamos.org', app_id: 'zzzzzzzz' };
    const { consent } = start({ region: 'eu' }, win);
    consent.grant('functional');
    expect(globals(win).intercomSettings).toEqual({
      user_id: 'u_42',
      email: 'ana@conectamos.org',
      app_id: appId,
      api_base: 'https://api-iam.eu.intercom.io',
    });
  });

  test('queue entries are Arguments objects, as in Intercom’s snippet', () => {
    const { win, consent } = start();
    consent.grant('functional');
    consent.page();
    expect(Object.prototype.toString.call(globals(win).Intercom?.q?.[0])).toBe('[object Arguments]');
  });

  test('a failed widget reaches consent.on("error") with the adapter id', async () => {
    const { consent } = start({}, makeWindow({ scriptsFail: true }));
    const errors: unknown[] = [];
    consent.on('error', (e) => errors.push(e.id));
    consent.grant('functional');
    await settle();
    expect(errors).toEqual(['intercom']);
  });

  test('it runs on the platform surface too', () => {
    const win = makeWindow({ url: 'https://app.conectamos.org/' });
    const consent = createConsent({
      policyVersion: '2026-11-01',
      surface: 'platform',
      window: win,
      adapters: [intercom({ appId })],
    });
    consent.grant('functional');
    expect(scriptSrcs(win)).toEqual([WIDGET]);
  });
});

describe('page views and events', () => {
  test('consent.page sends update (Intercom reads the URL itself), consent.track sends trackEvent', () => {
    const { win, consent } = start();
    consent.grant('functional');
    consent.page('/pricing');
    consent.track('signup_completed', { plan: 'pro' });
    consent.track('invited_friend');
    expect(queued(win)).toEqual([
      ['update'],
      ['trackEvent', 'signup_completed', { plan: 'pro' }],
      ['trackEvent', 'invited_friend', undefined],
    ]);
  });

  test('once the widget has replaced the stub, calls go to it', () => {
    const { win, consent } = start();
    consent.grant('functional');
    const Intercom = widgetTakesOver(win);
    consent.page('/docs');
    consent.track('signup_completed', { plan: 'pro' });
    expect(Intercom.mock.calls).toEqual([['update'], ['trackEvent', 'signup_completed', { plan: 'pro' }]]);
  });

  test('nothing is sent before consent or after it is withdrawn', () => {
    const { win, consent } = start();
    consent.page('/a');
    consent.track('early');
    expect(globals(win).Intercom).toBeUndefined();
    consent.grant('functional');
    const Intercom = widgetTakesOver(win);
    consent.deny('functional');
    consent.page('/b');
    consent.track('late');
    expect(Intercom.mock.calls).toEqual([['shutdown']]);
  });
});

describe('withdrawal and re-grant', () => {
  test('deny calls shutdown and deletes every intercom-* cookie and intercom.* storage key, host and parent domain', () => {
    const { win, consent } = start();
    consent.grant('functional');
    const Intercom = widgetTakesOver(win);
    for (const cookie of [
      'intercom-id-abc12345=v; path=/; domain=conectamos.org',
      'intercom-session-abc12345=s; path=/; domain=conectamos.org',
      'intercom-device-id-abc12345=d; path=/',
      'intercom-id-zzzzzzzz=other-workspace; path=/',
      'lang=es; path=/',
    ])
      win.document.cookie = cookie;
    win.localStorage.setItem('intercom.intercom-state-abc12345', '{}');
    win.localStorage.setItem('intercom.intercom-state', '{}');
    win.localStorage.setItem('theme', 'dark');
    consent.deny('functional');
    expect(Intercom).toHaveBeenLastCalledWith('shutdown');
    expect(win.document.cookie).toBe('lang=es');
    expect(Object.keys(win.localStorage).filter((k) => k !== 'cookie_consent')).toEqual(['theme']);
  });

  test('a widget still loading when consent is withdrawn finds no app_id, so it cannot boot itself', () => {
    const { win, consent } = start();
    consent.grant('functional');
    consent.deny('functional');
    expect(queued(win)).toEqual([['shutdown']]);
    expect(globals(win).intercomSettings).toEqual({ api_base: 'https://api-iam.intercom.io' });
  });

  test('re-grant after shutdown boots again with the settings, and injects no second script', async () => {
    const { win, consent } = start();
    consent.grant('functional');
    await settle();
    const Intercom = widgetTakesOver(win);
    consent.deny('functional');
    consent.grant('functional');
    const settings = { app_id: appId, api_base: 'https://api-iam.intercom.io' };
    expect(Intercom.mock.calls).toEqual([['shutdown'], ['boot', settings]]);
    expect(globals(win).intercomSettings).toEqual(settings);
    expect(scriptSrcs(win)).toEqual([WIDGET]);
    consent.page('/again');
    expect(Intercom).toHaveBeenLastCalledWith('update');
  });

  test('re-grant before the widget arrived queues shutdown then boot, for the widget to replay', () => {
    const { win, consent } = start();
    consent.grant('functional');
    consent.deny('functional');
    consent.grant('functional');
    expect(queued(win)).toEqual([
      ['shutdown'],
      ['boot', { app_id: appId, api_base: 'https://api-iam.intercom.io' }],
    ]);
    expect(scriptSrcs(win)).toEqual([WIDGET]);
  });

  test('a per-vendor opt-out and opt-in do the same, with functional still granted', () => {
    const { win, consent } = start();
    consent.grant('functional');
    const Intercom = widgetTakesOver(win);
    consent.optOut('intercom');
    expect(consent.isGranted('functional')).toBe(true);
    consent.optIn('intercom');
    expect(Intercom.mock.calls.map(([method]) => method)).toEqual(['shutdown', 'boot']);
  });
});

describe('declarations', () => {
  test('cookies as Intercom documents them, each ending in the workspace ID', () => {
    const { cookies } = intercom({ appId });
    expect(cookies).toEqual(manifest.cookies);
    const rows = cookies.map((c) => [cookieLabel(c), c.duration, c.storage ?? 'cookie']);
    expect(rows).toEqual([
      ['intercom-id-*', '9 months', 'cookie'],
      ['intercom-session-*', '1 week', 'cookie'],
      ['intercom-device-id-*', '9 months', 'cookie'],
      ['intercom-*', 'Up to 9 months', 'cookie'],
      ['intercom.*', 'Until deleted', 'localStorage'],
    ]);
    const names = [`intercom-id-${appId}`, `intercom-session-${appId}`, `intercom-device-id-${appId}`];
    names.forEach((name, i) => {
      expect(cookieMatches(cookies[i]!, name)).toBe(true);
    });
    for (const c of cookies) expect(c.provider).toBe('Intercom');
  });

  test('functional, on both surfaces, with Intercom’s privacy policy', () => {
    const a = intercom({ appId });
    expect([a.id, a.vendor, a.category, a.surfaces]).toEqual([
      'intercom',
      'Intercom',
      'functional',
      ['site', 'platform'],
    ]);
    expect(a.privacyPolicyUrl).toBe('https://www.intercom.com/legal/privacy');
    expect(a.purpose).toMatch(/support chat/);
  });

  test('CSP: the widget hosts exactly, websockets, and no style-src (the README says to add it)', () => {
    const csp = cspFor([manifest]);
    // The wildcards cover every region's hosts: the list does not depend on an option.
    expect('cspWhen' in manifest).toBe(false);
    expect(csp).toContain(
      "script-src 'self' https://app.intercom.io https://widget.intercom.io https://js.intercomcdn.com;",
    );
    for (const host of [
      'https://*.intercom.io',
      'wss://*.intercom.io',
      'wss://*.intercom-messenger.com',
      'https://uploads.intercomcdn.eu',
    ])
      expect(csp).toMatch(new RegExp(`connect-src [^;]*${host.replace(/[.*]/g, '\\$&')}[ ;]`));
    expect(csp).toContain("frame-src 'self' https://intercom-sheets.com");
    expect(csp).toContain("font-src 'self' https://js.intercomcdn.com https://fonts.intercomcdn.com");
    expect(csp).toMatch(/img-src [^;]*https:\/\/\*\.intercom-attachments-9\.com/);
    // Intercom needs style-src 'unsafe-inline'; that is the site's call, so it is documented, not declared.
    expect('styleSrc' in manifest.csp).toBe(false);
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('options', () => {
  test.each([
    ['a 6 to 12 character ID', 'ab12cd'],
    ['the usual 8 characters', 'fu7l1bsv'],
    ['12 characters', 'abcdefgh1234'],
  ])('accepts %s, as the options schema does', (_, id) => {
    expect(intercom({ appId: id }).id).toBe('intercom');
    expect(ajv.validate(manifest.options, { appId: id })).toBe(true);
  });

  test.each([
    ['no options', undefined, /intercom: appId must be the workspace ID.*got undefined/],
    ['no appId', {}, /intercom: appId must .*got undefined/],
    ['a number', { appId: 12345678 }, /intercom: appId must .*got 12345678/],
    ['uppercase', { appId: 'ABC12345' }, /got "ABC12345"/],
    ['too short', { appId: 'abc12' }, /got "abc12"/],
    ['too long', { appId: 'abc123456789x' }, /got "abc123456789x"/],
    ['the widget URL', { appId: WIDGET }, /got "https:\/\/widget/],
    ['a path', { appId: 'abc/1234' }, /got "abc\/1234"/],
    ['a space', { appId: 'abc 1234' }, /got "abc 1234"/],
    [
      'an unknown region',
      { appId, region: 'de' },
      /intercom: region must be "us", "eu" or "au" \(or "ap", the same as "au"\), got "de"/,
    ],
    ['an uppercase region', { appId, region: 'EU' }, /region must .*got "EU"/],
    ['a prototype key as region', { appId, region: 'toString' }, /region must .*got "toString"/],
  ])('refuses %s, as the options schema does', (_, options, message) => {
    expect(ajv.validate(manifest.options, options)).toBe(false);
    expect(() => intercom(options as IntercomOptions)).toThrow(TypeError);
    expect(() => intercom(options as IntercomOptions)).toThrow(message);
  });

  test('building the adapter touches nothing', () => {
    const win = makeWindow();
    intercom({ appId, region: 'eu' });
    expect(globals(win).intercomSettings).toBeUndefined();
    expect('intercomSettings' in globalThis).toBe(false);
    expect('Intercom' in globalThis).toBe(false);
  });
});
