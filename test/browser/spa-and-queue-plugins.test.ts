import { createConsent } from '@conectamos/consent';
import { commandQueue, spaPageViews } from '@conectamos/consent-browser';
import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('the SPA page-views plugin', () => {
  test('pushState, a replaceState to a new path and back/forward each report one page view; a hash alone none', () => {
    const win = makeWindow({ url: 'https://www.conectamos.org/' });
    const consent = createConsent({ policyVersion, window: win, plugins: [spaPageViews(win)] });
    const pages: string[] = [];
    consent.on('page', ({ path }) => pages.push(path));
    win.history.pushState({}, '', '/pricing');
    win.history.replaceState({}, '', '/pricing');
    win.history.replaceState({}, '', '/pricing?plan=pro');
    win.history.pushState({}, '', '/pricing?plan=pro#faq');
    win.history.pushState({}, '', '/about');
    win.history.back();
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    expect(pages).toEqual(['/pricing', '/pricing?plan=pro', '/about', '/pricing?plan=pro']);
  });

  test('destroy() gives history its own methods back', () => {
    const win = makeWindow();
    const original = win.history.pushState;
    const consent = createConsent({ policyVersion, window: win, plugins: [spaPageViews(win)] });
    expect(win.history.pushState).not.toBe(original);
    consent.destroy();
    expect(win.history.pushState).toBe(original);
  });
});

describe('the command-queue plugin', () => {
  test('calls queued before boot run in order, push works after, and error listeners hear earlier problems', () => {
    const win = makeWindow();
    const heard: string[] = [];
    const queue = [
      ['grant', 'analytics'],
      ['on', 'error', (e: { error: unknown }) => heard.push(String(e.error))],
      ['nonsense'],
    ];
    (win as unknown as { ConectamosConsent: unknown }).ConectamosConsent = queue;
    const failed: unknown[] = [];
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    createConsent({
      policyVersion,
      window: win,
      adapters: [stats],
      plugins: [
        commandQueue(win, [{ error: new Error('container: $.ui.lang') }], (e) => failed.push(e.error)),
      ],
    });
    const global = (
      win as unknown as { ConectamosConsent: { push(...c: unknown[]): void; isGranted(n: string): boolean } }
    ).ConectamosConsent;
    expect(global.isGranted('analytics')).toBe(true);
    expect(stats.load).toHaveBeenCalledOnce();
    expect(heard).toEqual(['Error: container: $.ui.lang']);
    expect(String(failed[0])).toMatch(/no method "nonsense"/);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    global.push(['deny', 'analytics']);
    expect(global.isGranted('analytics')).toBe(false);
  });
});
