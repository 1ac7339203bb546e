import { createConsent } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { breakLocalStorage, fillLocalStorage, makeWindow, scriptSrcs } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('when localStorage fails', () => {
  test('throwing on access (Safari private mode, disabled storage): the decision goes to a cookie and survives a reload', () => {
    const win = makeWindow();
    breakLocalStorage(win);
    const first = createConsent({ policyVersion, window: win });
    expect(() => first.set({ analytics: true })).not.toThrow();
    const cookie = win.document.cookie.split('; ').find((c) => c.startsWith('cookie_consent='));
    expect(cookie).toBeDefined();
    expect(JSON.parse(decodeURIComponent(cookie!.slice('cookie_consent='.length)))).toMatchObject({
      schema: 2,
      id: first.id,
      categories: { analytics: true },
    });
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const second = createConsent({ policyVersion, window: win, adapters: [stats] });
    expect(second.state).toMatchObject({ decided: true, source: 'stored' });
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
  });

  test('quota exceeded on write: the decision goes to the cookie', () => {
    const win = makeWindow();
    fillLocalStorage(win);
    createConsent({ policyVersion, window: win }).acceptAll();
    expect(win.document.cookie).toMatch(/cookie_consent=/);
    expect(createConsent({ policyVersion, window: win }).state.decided).toBe(true);
  });

  test.each([
    ['rejectAll()', (c: ReturnType<typeof createConsent>) => c.rejectAll(), { analytics: false }, []],
    ['optOut()', (c: ReturnType<typeof createConsent>) => c.optOut('stats'), { analytics: true }, ['stats']],
  ])(
    'a withdrawal by %s made while localStorage is full is what the next page sees',
    (_, withdraw, categories, optedOut) => {
      const win = makeWindow();
      createConsent({ policyVersion, window: win }).acceptAll();
      const makeRoom = fillLocalStorage(win);
      // On demand, so this page injects nothing and the assertion below is about the next page only.
      const onDemand = testAdapter({ id: 'stats', category: 'analytics', onDemand: true });
      withdraw(createConsent({ policyVersion, window: win, adapters: [onDemand] }));
      makeRoom();
      const stats = testAdapter({ id: 'stats', category: 'analytics' });
      const next = createConsent({ policyVersion, window: win, adapters: [stats] });
      expect(next.state).toMatchObject({ decided: true, categories, optedOut });
      expect(scriptSrcs(win)).toEqual([]);
    },
  );

  test('once localStorage has room again, the decision moves back there and the fallback cookie goes', () => {
    const win = makeWindow();
    const makeRoom = fillLocalStorage(win);
    createConsent({ policyVersion, window: win }).acceptAll();
    expect(win.document.cookie).toMatch(/cookie_consent=/);
    makeRoom();
    createConsent({ policyVersion, window: win }).rejectAll();
    expect(win.document.cookie).not.toMatch(/cookie_consent=/);
    expect(JSON.parse(win.localStorage.getItem('cookie_consent')!).categories.analytics).toBe(false);
    expect(createConsent({ policyVersion, window: win }).state.categories.analytics).toBe(false);
  });

  test('the fallback cookie goes on the configured cookie domain, and reset deletes it', () => {
    const win = makeWindow({ url: 'https://www.conectamos.org/' });
    breakLocalStorage(win);
    const consent = createConsent({ policyVersion, window: win, cookieDomain: 'conectamos.org' });
    consent.acceptAll();
    expect(win.document.cookie).toMatch(/cookie_consent=/);
    consent.reset();
    expect(win.document.cookie).not.toMatch(/cookie_consent=/);
  });

  test('a corrupt fallback cookie counts as no decision', () => {
    const win = makeWindow();
    breakLocalStorage(win);
    win.document.cookie = 'cookie_consent=%7Bnot-json; path=/';
    win.document.cookie = 'cookie_consent=%E0%A4%A; path=/';
    const consent = createConsent({ policyVersion, window: win });
    expect(consent.state.decided).toBe(false);
  });

  test('with cookies disabled too, the decision is kept in memory for this page and everything still works', () => {
    const win = makeWindow();
    breakLocalStorage(win);
    Object.defineProperty(win.document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('cookies disabled', 'SecurityError');
      },
      set: () => {
        throw new DOMException('cookies disabled', 'SecurityError');
      },
    });
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats] });
    expect(() => consent.acceptAll()).not.toThrow();
    expect(consent.state.decided).toBe(true);
    expect(scriptSrcs(win)).toEqual([tagUrl('stats')]);
    expect(() => consent.deny('analytics')).not.toThrow();
    expect(stats.optOut).toHaveBeenCalled();
  });
});
