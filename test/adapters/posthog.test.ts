import { type Adapter, cookieLabel, createConsent } from '@conectamos/consent';
import { manifest, posthog } from '@conectamos/consent-posthog';
import { describe, expect, test } from 'vitest';
import { makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

const KEY = 'phc_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1v';

type Method = (...args: unknown[]) => void;
type Stub = unknown[] & { _i?: unknown[] };
const stubOf = (win: TestWindow) => (win as unknown as { posthog: Stub }).posthog;
const queue = (win: TestWindow) => [...stubOf(win)];

const start = (adapter: Adapter = posthog({ apiKey: KEY }), win = makeWindow()) => {
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: [adapter],
    cookieDomain: 'conectamos.org',
  });
  return { win, consent, adapter };
};

/** Stands in for array.js having run: the real SDK keeps `push([method, ...args])` working. */
const loadRealSdk = (win: TestWindow) => {
  const calls: unknown[][] = [];
  (win as unknown as { posthog: unknown }).posthog = {
    __loaded: true,
    push: (c: unknown[]) => calls.push(c),
  };
  return calls;
};

describe('the official array stub', () => {
  test('window.posthog is a command array with init arguments on _i, and the EU cloud config', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    const stub = stubOf(win);
    expect(Array.isArray(stub)).toBe(true);
    expect(stub._i).toEqual([
      [
        KEY,
        {
          api_host: 'https://eu.i.posthog.com',
          defaults: '2026-08-30',
          persistence: 'localStorage+cookie',
          opt_out_persistence_by_default: true,
          capture_pageview: 'history_change',
        },
        'posthog',
      ],
    ]);
    expect(scriptSrcs(win)).toEqual(['https://eu-assets.i.posthog.com/static/array.js']);
    expect(win.document.querySelector('script')?.getAttribute('crossorigin')).toBe('anonymous');
  });

  test('the page can call PostHog methods before array.js runs; each call queues [method, ...args]', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    const stub = stubOf(win) as unknown as Record<string, Method> & {
      people: unknown[] & Record<string, Method>;
    };
    stub.identify!('user-42', { plan: 'pro' });
    stub.register!({ app: 'platform' });
    stub.set_config!({ disable_session_recording: true });
    stub.capture!('clicked', { id: 1 });
    stub.reset!();
    stub.opt_out_capturing!();
    stub.people.set!({ company: 'Conectamos' });
    stub.people.set_once!({ first_seen: '2026-11-30' });
    expect(queue(win)).toEqual([
      ['opt_in_capturing'],
      ['identify', 'user-42', { plan: 'pro' }],
      ['register', { app: 'platform' }],
      ['set_config', { disable_session_recording: true }],
      ['capture', 'clicked', { id: 1 }],
      ['reset'],
      ['opt_out_capturing'],
    ]);
    expect([...stub.people]).toEqual([
      ['set', { company: 'Conectamos' }],
      ['set_once', { first_seen: '2026-11-30' }],
    ]);
  });

  test('nothing exists before consent, and consent.track before consent queues nothing', () => {
    const { win, consent } = start();
    consent.track('signup_completed');
    consent.deny('analytics');
    expect('posthog' in win).toBe(false);
    expect(scriptSrcs(win)).toEqual([]);
  });
});

describe('region', () => {
  test('region "us" uses the US ingestion and assets hosts, in the script, config and CSP', () => {
    const { win, consent, adapter } = start(posthog({ apiKey: KEY, region: 'us' }));
    consent.grant('analytics');
    expect(scriptSrcs(win)).toEqual(['https://us-assets.i.posthog.com/static/array.js']);
    expect((stubOf(win)._i as unknown[][])[0]![1]).toMatchObject({ api_host: 'https://us.i.posthog.com' });
    expect(manifest.cspWhen.find((w) => w.equals === 'us')?.csp).toEqual({
      scriptSrc: ['https://us-assets.i.posthog.com'],
      connectSrc: ['https://us.i.posthog.com', 'https://us-assets.i.posthog.com'],
    });
    // Only the EU project may tell visitors their data stays in the EU.
    expect(adapter.purpose).not.toMatch(/EU/);
  });

  test('the EU default declares only EU hosts and says data is stored in the EU', () => {
    const adapter = posthog({ apiKey: KEY });
    expect(manifest.options.properties.region.default).toBe('eu');
    expect(manifest.csp).toEqual({});
    expect(manifest.cspWhen.find((w) => w.equals === 'eu')?.csp).toEqual({
      scriptSrc: ['https://eu-assets.i.posthog.com'],
      connectSrc: ['https://eu.i.posthog.com', 'https://eu-assets.i.posthog.com'],
    });
    expect(adapter.purpose).toMatch(/EU servers/);
  });
});

describe('events and page views', () => {
  test('consent.track becomes posthog.capture, before and after array.js has run', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    consent.track('signup_completed', { plan: 'pro' });
    expect(queue(win).at(-1)).toEqual(['capture', 'signup_completed', { plan: 'pro' }]);
    const calls = loadRealSdk(win);
    consent.track('invoice_sent');
    expect(calls).toEqual([['capture', 'invoice_sent', undefined]]);
  });

  test('consent.page is not forwarded: PostHog records SPA navigations itself (history_change)', () => {
    const { win, consent, adapter } = start();
    consent.grant('analytics');
    consent.page('/pricing');
    expect(adapter.page).toBeUndefined();
    expect(queue(win)).toEqual([['opt_in_capturing']]);
  });

  test('a script that fails to load reaches consent.on("error")', async () => {
    const { consent } = start(posthog({ apiKey: KEY }), makeWindow({ scriptsFail: true }));
    const errors: unknown[] = [];
    consent.on('error', (e) => errors.push(e.id));
    consent.grant('analytics');
    await settle();
    expect(errors).toEqual(['posthog']);
  });
});

describe('revoke and re-grant', () => {
  test('revoke opts out, deletes ph_<key>_* cookies and storage, keeps the opt-out flag and other projects', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    win.document.cookie = `ph_${KEY}_posthog=%7B%7D; domain=conectamos.org; path=/`;
    win.localStorage.setItem(`ph_${KEY}_posthog`, '{}');
    win.localStorage.setItem(`__ph_opt_in_out_${KEY}`, '0');
    win.localStorage.setItem('ph_phc_otherProjectKey0123456789_posthog', '{}');
    win.sessionStorage.setItem(`ph_${KEY}_window_id`, 'w1');
    consent.deny('analytics');
    expect(queue(win).at(-1)).toEqual(['opt_out_capturing']);
    expect(win.document.cookie).toBe('');
    expect(win.localStorage.getItem(`ph_${KEY}_posthog`)).toBeNull();
    expect(win.sessionStorage.getItem(`ph_${KEY}_window_id`)).toBeNull();
    expect(win.localStorage.getItem(`__ph_opt_in_out_${KEY}`)).toBe('0');
    expect(win.localStorage.getItem('ph_phc_otherProjectKey0123456789_posthog')).toBe('{}');
  });

  test('re-grant before array.js ran opts in again, with one init and one script', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    consent.deny('analytics');
    consent.grant('analytics');
    expect(queue(win)).toEqual([['opt_in_capturing'], ['opt_out_capturing'], ['opt_in_capturing']]);
    expect(stubOf(win)._i).toHaveLength(1);
    expect(scriptSrcs(win)).toHaveLength(1);
  });

  test('once the SDK runs, revoke and re-grant call its opt-out and opt-in, and inject nothing new', () => {
    const { win, consent } = start();
    consent.grant('analytics');
    const calls = loadRealSdk(win);
    consent.optOut('posthog');
    consent.track('ignored');
    consent.optIn('posthog');
    consent.track('counted');
    expect(calls).toEqual([['opt_out_capturing'], ['opt_in_capturing'], ['capture', 'counted', undefined]]);
    expect(scriptSrcs(win)).toHaveLength(1);
  });

  test('a stored grant on a new page load starts PostHog and opts in (undoing an older opt-out)', () => {
    const win = makeWindow();
    start(posthog({ apiKey: KEY }), win).consent.grant('analytics');
    const next = makeWindow();
    next.localStorage.setItem('cookie_consent', win.localStorage.getItem('cookie_consent')!);
    next.localStorage.setItem(`__ph_opt_in_out_${KEY}`, '0');
    start(posthog({ apiKey: KEY }), next);
    expect(queue(next)).toEqual([['opt_in_capturing']]);
    expect(scriptSrcs(next)).toEqual(['https://eu-assets.i.posthog.com/static/array.js']);
  });
});

describe('declarations', () => {
  test('the ph_* cookie and storage keys, for one year as the policy says, and the opt-out flag, kept', () => {
    const { cookies } = posthog({ apiKey: KEY });
    expect(
      cookies.map((c) => [cookieLabel(c), c.storage ?? 'cookie', c.duration, c.provider, !!c.keep]),
    ).toEqual([
      ['ph_*', 'cookie', '1 year', 'PostHog', false],
      ['ph_*', 'localStorage', '1 year', 'PostHog', false],
      ['ph_*', 'sessionStorage', 'Session', 'PostHog', false],
      ['__ph_opt_in_out_*', 'localStorage', 'Until deleted', 'PostHog', true],
    ]);
    const names = [`ph_${KEY}_posthog`, `ph_${KEY}_posthog_cpm`, `ph_${KEY}_posthog__flags`];
    for (const c of cookies.filter((c) => !c.keep)) {
      for (const name of names) expect(name).toMatch(c.name!);
      expect(`__ph_opt_in_out_${KEY}`).not.toMatch(c.name!);
    }
  });
});

describe('options are validated before anything reaches a URL, a global or a RegExp', () => {
  test.each([
    ['a missing key', {}, /posthog: apiKey must look like "phc_".*got undefined/],
    ['no options at all', undefined, /posthog: apiKey must look like "phc_".*got undefined/],
    ['a number', { apiKey: 42 }, /posthog: apiKey must look like "phc_".*got 42/],
    ['a key without the prefix', { apiKey: KEY.slice(4) }, /apiKey must look like "phc_"/],
    ['a short key', { apiKey: 'phc_abc' }, /got "phc_abc"/],
    ['regex metacharacters', { apiKey: 'phc_aaaaaaaaaaaaaaaaaaaa.*' }, /got "phc_a+\.\*"/],
    ['legacy +/= characters', { apiKey: 'phc_aaaaaaaaaaaaaaaaaaaa+/=' }, /got "phc_a+\+\/="/],
    ['a quote', { apiKey: 'phc_aaaaaaaaaaaaaaaaaaaa"' }, /got "phc_a+\\""/],
    ['an object that prints as a key', { apiKey: { toString: () => KEY } }, /got \{\}/],
    ['an unknown region', { apiKey: KEY, region: 'EU' }, /posthog: region must be "eu" or "us", got "EU"/],
  ])('refuses %s', (_, options, message) => {
    expect(() => posthog(options as never)).toThrow(TypeError);
    expect(() => posthog(options as never)).toThrow(message);
  });

  test('a personal key is refused with the reason, and is never echoed', () => {
    const secret = `phx_${KEY.slice(4)}`;
    let message = '';
    try {
      posthog({ apiKey: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/personal API key "phx_…".*never ship it to browsers/);
    expect(message).not.toContain(secret.slice(4));
  });
});
