import { type AdapterContext, createConsent, type ErrorEvent } from '@conectamos/consent';
import { describe, expect, test, vi } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { makeWindow, scriptSrcs, settle } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('ctx.loadScript', () => {
  test('injects an async script with the configured nonce', () => {
    const win = makeWindow();
    createConsent({
      policyVersion,
      window: win,
      nonce: 'r4nd0m',
      adapters: [testAdapter({ id: 'pay', category: 'necessary' })],
    });
    const script = win.document.querySelector('script')!;
    expect(script.getAttribute('nonce')).toBe('r4nd0m');
    expect(script.async).toBe(true);
    expect(script.src).toBe(tagUrl('pay'));
  });

  test('passes extra attributes, and refuses handlers, src, nonce and non-http URLs', async () => {
    const win = makeWindow();
    let ctx!: AdapterContext;
    createConsent({
      policyVersion,
      window: win,
      adapters: [
        testAdapter({
          id: 'pay',
          category: 'necessary',
          load: (c) => {
            ctx = c;
          },
        }),
      ],
    });
    await ctx.loadScript('https://js.example/a.js', {
      crossorigin: 'anonymous',
      'data-x': true,
      defer: false,
    });
    const script = win.document.querySelector('script')!;
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.getAttribute('data-x')).toBe('');
    expect(script.hasAttribute('defer')).toBe(false);
    await expect(ctx.loadScript('javascript:alert(1)')).rejects.toThrow(/refused/);
    await expect(ctx.loadScript('data:text/javascript,alert(1)')).rejects.toThrow(/refused/);
    await expect(ctx.loadScript('https://js.example/b.js', { onload: 'alert(1)' })).rejects.toThrow(
      /refused/,
    );
    await expect(ctx.loadScript('https://js.example/b.js', { nonce: 'other' })).rejects.toThrow(/refused/);
    expect(scriptSrcs(win)).toEqual(['https://js.example/a.js']);
  });

  test('resolves on load and injects each URL at most once, even across adapters', async () => {
    const win = makeWindow();
    let ctx!: AdapterContext;
    createConsent({
      policyVersion,
      window: win,
      adapters: [
        testAdapter({
          id: 'pay',
          category: 'necessary',
          load: (c) => {
            ctx = c;
          },
        }),
      ],
    });
    const [a, b] = await Promise.all([
      ctx.loadScript('https://js.example/a.js'),
      ctx.loadScript('https://js.example/a.js'),
    ]);
    expect(a).toBe(b);
    expect(a.tagName).toBe('SCRIPT');
    expect(scriptSrcs(win)).toEqual(['https://js.example/a.js']);
  });

  test('one vendor failing never stops another, and the failure reaches on("error") with its id', async () => {
    const win = makeWindow({ scriptsFail: true });
    const broken = testAdapter({ id: 'broken', category: 'analytics' });
    const healthy = testAdapter({
      id: 'healthy',
      category: 'analytics',
      load: vi.fn(() => {
        throw new Error('vendor threw while loading');
      }),
    });
    const third = testAdapter({ id: 'third', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [broken, healthy, third] });
    const errors: ErrorEvent[] = [];
    const loads: string[] = [];
    consent.on('error', (e) => errors.push(e));
    consent.on('load', (e) => loads.push(e.id));
    expect(() => consent.grant('analytics')).not.toThrow();
    // All three were tried although the first failed.
    expect([broken.load, healthy.load, third.load].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    await settle();
    // Failed scripts are removed, so nothing dead is left in the page.
    expect(scriptSrcs(win)).toEqual([]);
    expect(errors.map((e) => [e.id, String(e.error)]).sort()).toEqual([
      ['broken', `Error: loadScript: failed ${tagUrl('broken')}`],
      ['healthy', 'Error: vendor threw while loading'],
      ['third', `Error: loadScript: failed ${tagUrl('third')}`],
    ]);
    expect(loads).toEqual([]);
  });

  test('a failed load can be retried: load(id) injects the script afresh', async () => {
    const win = makeWindow({ scriptsFail: true });
    const pay = testAdapter({ id: 'pay', category: 'necessary', onDemand: true });
    const consent = createConsent({ policyVersion, window: win, adapters: [pay] });
    consent.on('error', () => {});
    await expect(consent.load('pay')).rejects.toThrow(/failed/);
    expect(scriptSrcs(win)).toEqual([]);
    (
      win as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
    ).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
    await expect(consent.load('pay')).resolves.toBeUndefined();
    expect(scriptSrcs(win)).toEqual([tagUrl('pay')]);
    expect(pay.load).toHaveBeenCalledTimes(2);
  });

  test('emits load with the adapter id once its script arrived', async () => {
    const win = makeWindow();
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [testAdapter({ id: 'stats', category: 'analytics' })],
    });
    const loads: string[] = [];
    consent.on('load', (e) => loads.push(e.id));
    consent.grant('analytics');
    await settle();
    expect(loads).toEqual(['stats']);
  });

  test('without an error listener, failures go to the console instead of throwing', async () => {
    const win = makeWindow({ scriptsFail: true });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [testAdapter({ id: 'broken', category: 'analytics' })],
    });
    consent.grant('analytics');
    await settle();
    expect(spy).toHaveBeenCalledWith('consent', 'broken', expect.any(Error));
    spy.mockRestore();
  });
});

describe('events, track and page', () => {
  test('subscribe gets the current state at once and every change after, until unsubscribed', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    const seen: boolean[] = [];
    const stop = consent.subscribe((s) => seen.push(s.categories.analytics));
    consent.grant('analytics');
    stop();
    consent.deny('analytics');
    expect(seen).toEqual([false, true]);
  });

  test('a throwing listener does not stop the store or the other listeners', () => {
    const win = makeWindow();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats] });
    const seen: string[] = [];
    consent.on('change', () => {
      throw new Error('host bug');
    });
    consent.on('change', (s) => seen.push(String(s.categories.analytics)));
    expect(() => consent.grant('analytics')).not.toThrow();
    expect(seen).toEqual(['true']);
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    spy.mockRestore();
  });

  test('track and page reach only the adapters that run', () => {
    const win = makeWindow();
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const ads = testAdapter({ id: 'ads', category: 'marketing' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats, ads] });
    consent.track('early');
    consent.grant('analytics');
    consent.track('signup_completed', { plan: 'pro' });
    consent.page('/pricing');
    consent.page();
    expect(stats.calls).toEqual(['load', 'track:signup_completed', 'page:/pricing', 'page:/pricing']);
    expect(ads.calls).toEqual([]);
    expect(stats.track).toHaveBeenCalledWith('signup_completed', { plan: 'pro' });
  });

  test('a throwing track hook is reported and the other adapters still get the event', () => {
    const win = makeWindow();
    const bad = testAdapter({
      id: 'bad',
      category: 'analytics',
      track: vi.fn(() => {
        throw new Error('nope');
      }),
    });
    const good = testAdapter({ id: 'good', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [bad, good] });
    const errors: unknown[] = [];
    consent.on('error', (e) => errors.push(e.id));
    consent.acceptAll();
    consent.track('x');
    expect(good.calls).toContain('track:x');
    expect(errors).toEqual(['bad']);
  });
});

describe('options', () => {
  test.each([
    [{ policyVersion: '' }, /policyVersion/],
    [{ policyVersion: 'v1', surface: 'app' }, /surface must be "site" or "platform", got "app"/],
    [{ policyVersion: 'v1', maxAgeDays: 1.5 }, /maxAgeDays must be 1 to 9999 days, got 1.5/],
    [{ policyVersion: 'v1', reloadOnRevoke: 'yes' }, /reloadOnRevoke must be true or false/],
    [{ policyVersion: 'v1', plugins: [{ name: 'x' }] }, /plugins\[\] need a setup function/],
    [{ policyVersion: 'v1', maxAgeDays: 0 }, /maxAgeDays/],
    [{ policyVersion: 'v1', maxAgeDays: -1 }, /maxAgeDays/],
    [{ policyVersion: 'v1', cookieDomain: 'x.org; secure' }, /cookieDomain/],
    [{ policyVersion: 'v1', nonce: '"><script>' }, /nonce/],
    [{ policyVersion: 'v1', cookies: [{ name: 'x', category: 'tracking' }] }, /category/],
    [
      { policyVersion: 'v1', adapters: [{ id: 'Bad Id', category: 'analytics', load() {}, cookies: [] }] },
      /kebab-case/,
    ],
    [{ policyVersion: 'v1', adapters: [{ id: 'x', category: 'ads', load() {}, cookies: [] }] }, /category/],
  ])('bad options are refused with a message naming them: %j', (options, message) => {
    expect(() => createConsent({ window: makeWindow(), ...(options as object) } as never)).toThrow(message);
  });
});

describe('under Trusted Types', () => {
  /**
   * What `require-trusted-types-for 'script'` does to a page, modelled in happy-dom: `script.src` only takes
   * a TrustedScriptURL from a policy, and only the policy names the `trusted-types` directive lists may be created.
   */
  function enforceTrustedTypes(win: ReturnType<typeof makeWindow>, allowed: string[]) {
    class TrustedScriptURL {
      constructor(readonly url: string) {}
      toString() {
        return this.url;
      }
    }
    const created: string[] = [];
    (win as unknown as { trustedTypes: unknown }).trustedTypes = {
      createPolicy(name: string, rules: { createScriptURL(url: string): string }) {
        if (!allowed.includes(name) || created.includes(name))
          throw new TypeError(`Policy "${name}" disallowed.`);
        created.push(name);
        return { createScriptURL: (url: string) => new TrustedScriptURL(rules.createScriptURL(url)) };
      },
    };
    let proto: object | null = win.HTMLScriptElement.prototype;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'src')) proto = Object.getPrototypeOf(proto);
    const native = Object.getOwnPropertyDescriptor(proto!, 'src')!;
    Object.defineProperty(win.HTMLScriptElement.prototype, 'src', {
      configurable: true,
      get() {
        return native.get!.call(this);
      },
      set(value: unknown) {
        if (!(value instanceof TrustedScriptURL))
          throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
        native.set!.call(this, String(value));
      },
    });
    return created;
  }

  test('vendors load through the SDK\'s own policy, "conectamos-consent"', async () => {
    const win = makeWindow();
    const created = enforceTrustedTypes(win, ['conectamos-consent']);
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const ads = testAdapter({ id: 'ads', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats, ads] });
    const errors: unknown[] = [];
    consent.on('error', (e) => errors.push(e.error));
    consent.grant('analytics');
    await settle();
    expect(scriptSrcs(win)).toEqual([tagUrl('stats'), tagUrl('ads')]);
    expect(created).toEqual(['conectamos-consent']);
    expect(errors).toEqual([]);
  });

  test('where the policy is not allowed, a load fails and settles, and a retry settles too', async () => {
    const win = makeWindow();
    enforceTrustedTypes(win, ['someone-else']);
    const pay = testAdapter({ id: 'pay', category: 'necessary', onDemand: true });
    const consent = createConsent({ policyVersion, window: win, adapters: [pay] });
    consent.on('error', () => {});
    await expect(consent.load('pay')).rejects.toThrow(/TrustedScriptURL/);
    await expect(consent.load('pay')).rejects.toThrow(/TrustedScriptURL/);
    expect(pay.load).toHaveBeenCalledTimes(2);
    expect(scriptSrcs(win)).toEqual([]);
  });
});
