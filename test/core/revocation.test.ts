import { createConsent, type RevokeEvent } from '@conectamos/consent';
import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';

const cookieNames = (win: TestWindow): string[] =>
  win.document.cookie
    .split(/; */)
    .filter(Boolean)
    .map((c) => c.split('=')[0]!)
    .sort();

/** An analytics adapter that sets its vendor's cookies, as GA4 does: on the host and on the parent domain. */
const analyticsVendor = () =>
  testAdapter({
    id: 'stats',
    category: 'analytics',
    cookies: [
      { name: '_ga', purpose: 'client id', duration: '2 years', provider: 'Stats' },
      { name: /^_ga_/, purpose: 'session', duration: '2 years', provider: 'Stats' },
      { name: /^stats_/, storage: 'localStorage', purpose: 'cache', duration: '1 year', provider: 'Stats' },
    ],
  });

function setVendorCookies(win: TestWindow): void {
  const doc = win.document;
  doc.cookie = '_ga=GA1.1.123; path=/; domain=conectamos.org';
  doc.cookie = '_ga_ABC123=GS1.1.1; path=/; domain=conectamos.org';
  doc.cookie = '_ga_HOST=1; path=/';
  doc.cookie = '_ga_PAGE=1; path=/pricing';
  doc.cookie = 'session_id=keep; path=/';
  win.localStorage.setItem('stats_cache', '1');
  win.localStorage.setItem('other_key', 'keep');
}

describe('withdrawing consent', () => {
  test('deny() calls the vendor opt-out, deletes its cookies on host and domain, then emits revoke', () => {
    const win = makeWindow();
    const stats = analyticsVendor();
    const consent = createConsent({
      policyVersion,
      adapters: [stats],
      window: win,
      cookieDomain: 'conectamos.org',
    });
    consent.grant('analytics');
    setVendorCookies(win);
    const order: string[] = [];
    stats.optOut.mockImplementation(() => {
      order.push(`optOut with cookies: ${cookieNames(win).join(',')}`);
    });
    const revokes: RevokeEvent[] = [];
    consent.on('revoke', (event) => {
      revokes.push(event);
      order.push(`revoke with cookies: ${cookieNames(win).join(',')}`);
    });
    consent.deny('analytics');
    expect(cookieNames(win)).toEqual(['session_id']);
    expect(win.localStorage.getItem('stats_cache')).toBeNull();
    expect(win.localStorage.getItem('other_key')).toBe('keep');
    expect(revokes).toEqual([{ adapters: ['stats'], categories: ['analytics'] }]);
    expect(order).toEqual([
      'optOut with cookies: _ga,_ga_ABC123,_ga_HOST,_ga_PAGE,session_id',
      'revoke with cookies: session_id',
    ]);
  });

  test('optOut() of one vendor cleans that vendor only', () => {
    const win = makeWindow();
    const stats = analyticsVendor();
    const other = testAdapter({
      id: 'other',
      category: 'analytics',
      cookies: [{ name: 'ph_key', purpose: 'p', duration: '1 year', provider: 'Other' }],
    });
    const consent = createConsent({ policyVersion, adapters: [stats, other], window: win });
    consent.grant('analytics');
    setVendorCookies(win);
    win.document.cookie = 'ph_key=1; path=/';
    consent.optOut('stats');
    expect(stats.optOut).toHaveBeenCalledTimes(1);
    expect(other.optOut).not.toHaveBeenCalled();
    expect(cookieNames(win)).toEqual(['ph_key', 'session_id']);
    expect(consent.isGranted('analytics')).toBe(true);
  });

  test('reset() stops and cleans everything that ran, and the site cookies of every category', () => {
    const win = makeWindow();
    const stats = analyticsVendor();
    const consent = createConsent({
      policyVersion,
      adapters: [stats],
      window: win,
      cookies: [
        {
          name: 'lang',
          category: 'functional',
          purpose: 'language',
          duration: '1 year',
          provider: 'Conectamos',
        },
        {
          name: 'session_id',
          category: 'necessary',
          purpose: 'session',
          duration: 'Session',
          provider: 'Conectamos',
        },
      ],
    });
    consent.acceptAll();
    setVendorCookies(win);
    win.document.cookie = 'lang=es; path=/';
    consent.reset();
    expect(stats.optOut).toHaveBeenCalledTimes(1);
    expect(cookieNames(win)).toEqual(['session_id']);
  });

  test('a first "only necessary" also clears leftovers of what it denies', () => {
    const win = makeWindow();
    setVendorCookies(win);
    const consent = createConsent({ policyVersion, adapters: [analyticsVendor()], window: win });
    expect(cookieNames(win)).toContain('_ga');
    consent.rejectAll();
    expect(cookieNames(win)).toEqual(['session_id']);
  });

  test('nothing is deleted while no decision is made', () => {
    const win = makeWindow();
    win.document.cookie = 'lang=es; path=/';
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [testAdapter({ id: 'hubspot', category: 'marketing' })],
      cookies: [
        {
          name: 'lang',
          category: 'functional',
          purpose: 'language',
          duration: '1 year',
          provider: 'Conectamos',
        },
      ],
    });
    consent.optOut('hubspot');
    expect(cookieNames(win)).toEqual(['lang']);
  });

  test('reloadOnRevoke reloads once a running vendor is withdrawn, not before', () => {
    const win = makeWindow();
    const reload = vi.fn();
    Object.defineProperty(win.location, 'reload', { value: reload, configurable: true });
    const consent = createConsent({
      policyVersion,
      adapters: [analyticsVendor()],
      window: win,
      reloadOnRevoke: true,
    });
    consent.deny('marketing');
    expect(reload).not.toHaveBeenCalled();
    consent.grant('analytics');
    consent.deny('analytics');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a throwing vendor opt-out is reported and the cleanup still runs', () => {
    const win = makeWindow();
    const stats = analyticsVendor();
    stats.optOut.mockImplementation(() => {
      throw new Error('vendor broke');
    });
    const consent = createConsent({ policyVersion, adapters: [stats], window: win });
    const errors: unknown[] = [];
    consent.on('error', (e) => errors.push(e));
    consent.grant('analytics');
    setVendorCookies(win);
    expect(() => consent.deny('analytics')).not.toThrow();
    expect(errors).toEqual([{ id: 'stats', error: new Error('vendor broke') }]);
    expect(cookieNames(win)).toEqual(['session_id']);
  });

  test('granting again after a withdrawal runs the adapter again, without a second script', () => {
    const win = makeWindow();
    const stats = analyticsVendor();
    const consent = createConsent({ policyVersion, adapters: [stats], window: win });
    consent.grant('analytics');
    consent.deny('analytics');
    consent.grant('analytics');
    expect(stats.calls).toEqual(['load', 'optOut', 'load']);
    expect(win.document.querySelectorAll('script')).toHaveLength(1);
  });
});
