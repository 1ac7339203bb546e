import { type ConsentPlugin, type ConsentState, createConsent } from '@conectamos/consent';
import { describe, expect, test, vi } from 'vitest';
import { tagUrl, testAdapter } from '../helpers/adapter';
import { makeWindow, scriptSrcs } from '../helpers/window';

const policyVersion = '2026-11-01';

describe('update(): several choices as one commit', () => {
  test('categories and vendors together: one change, one storage write, and the off vendor never loads', () => {
    const win = makeWindow();
    const ga = testAdapter({ id: 'ga', category: 'analytics' });
    const ph = testAdapter({ id: 'ph', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [ga, ph] });
    const changes: ConsentState[] = [];
    consent.on('change', (state) => changes.push(state));
    const writes = vi.spyOn(win.localStorage, 'setItem');
    consent.update({ categories: { analytics: true, marketing: false }, vendors: { ph: false } });
    expect(changes).toHaveLength(1);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(changes[0]).toMatchObject({ decided: true, optedOut: ['ph'] });
    expect(scriptSrcs(win)).toEqual([tagUrl('ga')]);
    expect(ph.load).not.toHaveBeenCalled();
  });

  test('vendors alone are a vendor choice, not a decision', () => {
    const win = makeWindow();
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [testAdapter({ id: 'ph', category: 'analytics' })],
    });
    consent.update({ vendors: { ph: false } });
    expect(consent.state).toMatchObject({ decided: false, optedOut: ['ph'] });
    consent.update({ vendors: { ph: true } });
    expect(consent.state.optedOut).toEqual([]);
  });

  test('a vendor switched back on in the same update as its category starts once', () => {
    const win = makeWindow();
    const ph = testAdapter({ id: 'ph', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [ph] });
    consent.optOut('ph');
    consent.update({ categories: { analytics: true }, vendors: { ph: true } });
    expect(ph.load).toHaveBeenCalledTimes(1);
    expect(scriptSrcs(win)).toEqual([tagUrl('ph')]);
  });
});

describe('allow(): this vendor only', () => {
  test("grants its category and keeps the category's other vendors off", () => {
    const win = makeWindow();
    const chat = testAdapter({ id: 'intercom', category: 'functional' });
    const prefs = testAdapter({ id: 'prefs', category: 'functional' });
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [chat, prefs, stats] });
    consent.allow('intercom');
    expect(scriptSrcs(win)).toEqual([tagUrl('intercom')]);
    expect(consent.state).toMatchObject({
      decided: true,
      categories: { functional: true, analytics: false, marketing: false },
      optedOut: ['prefs'],
    });
    expect(consent.isGranted('prefs')).toBe(false);
  });

  test('with the category already granted, only switches that vendor back on', () => {
    const win = makeWindow();
    const chat = testAdapter({ id: 'intercom', category: 'functional' });
    const prefs = testAdapter({ id: 'prefs', category: 'functional' });
    const consent = createConsent({ policyVersion, window: win, adapters: [chat, prefs] });
    consent.grant('functional');
    consent.optOut('intercom');
    consent.allow('intercom');
    expect(consent.state.optedOut).toEqual([]);
    expect(consent.isGranted('prefs')).toBe(true);
  });
});

describe('plugins', () => {
  test('set up once the instance is ready, hear track and page, and are torn down by destroy()', () => {
    const win = makeWindow();
    const heard: string[] = [];
    const teardown = vi.fn();
    const plugin: ConsentPlugin = {
      name: 'recorder',
      setup(consent) {
        heard.push(`setup:${consent.adapters.map((a) => a.id).join()}`);
        const offTrack = consent.on('track', ({ event, props }) =>
          heard.push(`track:${event}:${props?.plan}`),
        );
        const offPage = consent.on('page', ({ path }) => heard.push(`page:${path}`));
        return () => {
          offTrack();
          offPage();
          teardown();
        };
      },
    };
    const stats = testAdapter({ id: 'stats', category: 'analytics' });
    const consent = createConsent({ policyVersion, window: win, adapters: [stats], plugins: [plugin] });
    consent.track('signup', { plan: 'pro' });
    consent.grant('analytics');
    consent.page('/pricing');
    expect(heard).toEqual(['setup:stats', 'track:signup:pro', 'page:/pricing']);
    // The running adapter heard them first; before consent it heard nothing.
    expect(stats.calls).toEqual(['load', 'page:/pricing']);
    consent.destroy();
    expect(teardown).toHaveBeenCalledOnce();
    consent.track('after');
    expect(heard).toHaveLength(3);
  });

  test('a plugin that throws in setup is reported; the instance and the other plugins work', () => {
    const win = makeWindow();
    const errors: unknown[] = [];
    const broken: ConsentPlugin = {
      name: 'broken',
      setup() {
        throw new Error('boom');
      },
    };
    const fine = { name: 'fine', setup: vi.fn() };
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const consent = createConsent({ policyVersion, window: win, plugins: [broken, fine] });
    spy.mockRestore();
    expect(fine.setup).toHaveBeenCalledWith(consent);
    expect(String(errors.flat())).toMatch(/broken.*boom/);
    expect(() => consent.acceptAll()).not.toThrow();
  });

  test('on the server (no window), no plugin is set up', () => {
    const setup = vi.fn();
    createConsent({ policyVersion, window: undefined, plugins: [{ name: 'p', setup }] });
    expect(setup).toHaveBeenCalledTimes(typeof window === 'undefined' ? 0 : 1);
  });
});

describe('vendor ids are typed from the adapters passed', () => {
  test('a misspelt id does not compile', () => {
    const consent = createConsent({
      policyVersion,
      window: makeWindow(),
      adapters: [testAdapter({ id: 'posthog', category: 'analytics' })],
    });
    // @ts-expect-error: "post-hog" is not the id of an adapter passed
    expect(() => consent.optOut('post-hog')).toThrow(/known: posthog/);
    consent.optOut('posthog');
    expect(consent.isGranted('analytics')).toBe(false);
  });
});
