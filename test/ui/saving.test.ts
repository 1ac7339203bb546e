import type { ConsentState } from '@conectamos/consent';
import { describe, expect, test, vi } from 'vitest';
import type { testAdapter } from '../helpers/adapter';
import { makeWindow } from '../helpers/window';
import { granted, type Mounted, mount, policyVendors } from './fixture';

/** Counts what a decision costs: `change` events and writes of the stored record. */
const watch = ({ consent, win }: Mounted) => {
  const changes: ConsentState[] = [];
  consent.on('change', (state) => changes.push(state));
  const writes = vi.spyOn(win.localStorage, 'setItem');
  return { changes, writes };
};

describe('each decision is one commit: one change, one storage write', () => {
  test('"Save choices": the categories and a vendor switched off, together', () => {
    const vendors = policyVendors();
    const mounted = mount({ adapters: vendors });
    const { ui, consent, toggle, button, banner, dialog } = mounted;
    ui.open();
    toggle('Analytics').click();
    toggle('PostHog').click();
    const { changes, writes } = watch(mounted);
    button('Save choices').click();
    expect(changes).toHaveLength(1);
    expect(writes).toHaveBeenCalledOnce();
    expect(changes[0]).toMatchObject({
      decided: true,
      categories: { functional: false, analytics: true, marketing: false },
      optedOut: ['posthog'],
    });
    // Applied, and PostHog never ran, not even between two calls.
    const [ga, posthog] = vendors as ReturnType<typeof testAdapter>[];
    expect(ga!.load).toHaveBeenCalledOnce();
    expect(posthog!.load).not.toHaveBeenCalled();
    expect([dialog().open, banner.hidden]).toEqual([false, true]);
    expect(consent.state.optedOut).toEqual(['posthog']);
  });

  test('"Save choices" switching a vendor back on; a category left off keeps its vendors\' opt-outs', () => {
    const mounted = mount();
    const { ui, consent, toggle, button } = mounted;
    consent.update({ categories: { analytics: true }, vendors: { posthog: false, hubspot: false } });
    ui.open();
    toggle('PostHog').click();
    const { changes, writes } = watch(mounted);
    button('Save choices').click();
    expect(changes).toHaveLength(1);
    expect(writes).toHaveBeenCalledOnce();
    expect(consent.state).toMatchObject({
      categories: { analytics: true, marketing: false },
      optedOut: ['hubspot'],
    });
  });

  test('"Accept all" in the dialog: every category, and the vendors switched off back on', () => {
    const mounted = mount();
    const { ui, consent, button, dialog } = mounted;
    consent.update({ vendors: { hubspot: false, posthog: false } });
    ui.open();
    const { changes, writes } = watch(mounted);
    button('Accept all').click();
    expect(changes).toHaveLength(1);
    expect(writes).toHaveBeenCalledOnce();
    expect(consent.state).toMatchObject({
      decided: true,
      categories: { functional: true, analytics: true, marketing: true },
      optedOut: [],
    });
    expect(dialog().open).toBe(false);
  });

  test('"Accept all" in the banner', () => {
    const mounted = mount();
    const { changes, writes } = watch(mounted);
    mounted.button('Accept all').click();
    expect(changes).toHaveLength(1);
    expect(writes).toHaveBeenCalledOnce();
    expect(mounted.consent.state.categories).toMatchObject({
      functional: true,
      analytics: true,
      marketing: true,
    });
  });

  test('"Reject all" keeps only the necessary', () => {
    const { ui, consent, button } = mount();
    consent.acceptAll();
    ui.open();
    button('Reject all').click();
    expect(granted(consent)).toEqual(['necessary']);
  });

  test('under Global Privacy Control, "Accept all" leaves marketing denied, as consent.acceptAll() does', () => {
    const win = makeWindow();
    Object.defineProperty(win.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { consent, button } = mount({ win });
    button('Accept all').click();
    expect(consent.state).toMatchObject({
      decided: true,
      categories: { functional: true, analytics: true, marketing: false },
    });
  });
});
