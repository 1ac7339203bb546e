import { createConsent } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { makeWindow, otherTabWrites, scriptSrcs } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('a decision made in another tab', () => {
  test('a grant there loads here at once', () => {
    const win = makeWindow();
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats] });
    const elsewhere = createConsent({ policyVersion, window: makeWindow() });
    elsewhere.set({ analytics: true });
    const written = elsewhere.state;
    otherTabWrites(win, JSON.stringify({ schema: 1, ...pick(written) }));
    expect(consent.state).toMatchObject({ decided: true, source: 'tab', categories: { analytics: true } });
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('a withdrawal there stops and cleans here', () => {
    const win = makeWindow();
    const stats = testAdapter({
      id: 'stats',
      category: 'analytics',
      cookies: [{ name: '_ga', purpose: 'id', duration: '2 years', provider: 'Stats' }],
    });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats] });
    consent.acceptAll();
    win.document.cookie = '_ga=1; path=/';
    otherTabWrites(win, null);
    expect(consent.state.decided).toBe(false);
    expect(stats.optOut).toHaveBeenCalledTimes(1);
    expect(win.document.cookie).not.toMatch(/_ga=/);
  });

  test('unrelated keys and corrupt values there are ignored or count as no decision', () => {
    const win = makeWindow();
    const consent = createConsent({ policyVersion, window: win });
    consent.acceptAll();
    win.dispatchEvent(new win.StorageEvent('storage', { key: 'something_else', newValue: 'x' }));
    expect(consent.state.decided).toBe(true);
    otherTabWrites(win, '{"schema":1,"policyVersion":"2026-11-01","categories":{"marketing":true}}');
    expect(consent.state.decided).toBe(false);
    expect(consent.state.categories.marketing).toBe(false);
  });
});

const pick = (s: ReturnType<typeof createConsent>['state']) => ({
  policyVersion: s.policyVersion,
  decidedAt: s.decidedAt,
  expiresAt: s.expiresAt,
  categories: s.categories,
  optedOut: s.optedOut,
});

describe('Global Privacy Control', () => {
  const withGpc = () => {
    const win = makeWindow();
    Object.defineProperty(win.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    return win;
  };

  test('"accept all" keeps marketing denied, and the state says why', () => {
    const win = withGpc();
    const ads = testAdapter({ id: 'ads', category: 'marketing' });
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [ads, stats] });
    consent.acceptAll();
    expect(consent.state.categories).toEqual({
      necessary: true,
      functional: true,
      analytics: true,
      marketing: false,
    });
    expect(consent.state.source).toBe('gpc');
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('an explicit grant of marketing is honoured', () => {
    const win = withGpc();
    const ads = testAdapter({ id: 'ads', category: 'marketing' });
    const consent = createConsent({ policyVersion, window: win, adapters: [ads] });
    consent.grant('marketing');
    expect(consent.state).toMatchObject({ source: 'user', categories: { marketing: true } });
    expect(scriptSrcs(win)).toEqual([tagUrl('ads')]);
    consent.acceptAll();
    expect(consent.state.categories.marketing).toBe(true);
  });

  test('can be switched off', () => {
    const win = withGpc();
    const consent = createConsent({ policyVersion, window: win, honorGlobalPrivacyControl: false });
    consent.acceptAll();
    expect(consent.state).toMatchObject({ source: 'user', categories: { marketing: true } });
  });
});
