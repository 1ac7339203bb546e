/**
 * `mountConsentBanner`: the banner at once, the preferences dialog from a part loaded the first time it must
 * open (the drop-in's `consent-dialog` chunk). What a visitor notices: the banner works without the part,
 * "Preferences" opens the dialog once the part is here, and a part that did not come breaks nothing.
 */
import { createConsent } from '@conectamos/consent';
import { posthog, i18n as posthogI18n } from '@conectamos/consent-posthog';
import {
  type ConsentDialog,
  mountConsentBanner,
  preferencesDialog,
  type StringOverrides,
} from '@conectamos/consent-ui';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow, settle } from '../helpers/window';
import { dialogIn, granted, policyVendors, siteCookies } from './fixture';

/** A banner whose dialog part arrives when the test says so. */
function mountSplit(lang: 'en' | 'es' = 'en', strings?: StringOverrides) {
  const win = makeWindow();
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: [
      ...policyVendors().filter(({ id }) => id !== 'posthog'),
      posthog({ apiKey: 'phc_0123456789abcdefghijABCDEFGHIJ' }),
    ],
    cookies: siteCookies,
  });
  const pending: { resolve(part: ConsentDialog): void; reject(error: Error): void }[] = [];
  const loadDialog = vi.fn(
    () => new Promise<ConsentDialog>((resolve, reject) => pending.push({ resolve, reject })),
  );
  const ui = mountConsentBanner(consent, { policyUrl: '/cookies', lang, strings, window: win }, loadDialog);
  const root = win.document.querySelector('conectamos-consent')!.shadowRoot!;
  const button = (text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
  return { win, consent, ui, root, loadDialog, pending, button };
}

describe('the dialog as a part loaded on demand', () => {
  test('the banner shows and decides without it: the part is never asked for', () => {
    const { consent, root, loadDialog, button } = mountSplit();
    expect(root.querySelector<HTMLElement>('.banner')!.hidden).toBe(false);
    expect(root.querySelector('dialog')).toBeNull();
    button('Accept all').click();
    expect(granted(consent)).toEqual(['necessary', 'functional', 'analytics', 'marketing']);
    expect(root.querySelector<HTMLElement>('.banner')!.hidden).toBe(true);
    expect(loadDialog).not.toHaveBeenCalled();
  });

  test('"Preferences" asks for the part once and opens the dialog when it is here, focus inside', async () => {
    const { root, loadDialog, pending, button } = mountSplit();
    button('Preferences').click();
    button('Preferences').click();
    expect(loadDialog).toHaveBeenCalledTimes(1);
    expect(root.querySelector('dialog')).toBeNull();
    pending[0]!.resolve(preferencesDialog());
    await settle();
    const dialog = dialogIn(root);
    expect(dialog.open).toBe(true);
    expect(dialog.contains(root.activeElement)).toBe(true);
    expect(dialog.textContent).toContain('PostHog');
    expect(root.querySelectorAll('dialog')).toHaveLength(1);
  });

  test('a "Cookie settings" link opens it too, and closing gives focus back to the link', async () => {
    const { win, root, pending } = mountSplit();
    const link = win.document.createElement('a');
    link.href = '/cookies';
    link.dataset.consentOpen = '';
    win.document.body.append(link);
    link.focus();
    link.click();
    pending[0]!.resolve(preferencesDialog());
    await settle();
    expect(dialogIn(root).open).toBe(true);
    dialogIn(root).close();
    expect(win.document.activeElement).toBe(link);
  });

  test('a part that fails to load leaves the banner working, and the next click asks again', async () => {
    const { consent, root, loadDialog, pending, button } = mountSplit();
    button('Preferences').click();
    pending[0]!.reject(new Error('blocked'));
    await settle();
    expect(root.querySelector('dialog')).toBeNull();
    expect(root.querySelector<HTMLElement>('.banner')!.hidden).toBe(false);

    button('Preferences').click();
    expect(loadDialog).toHaveBeenCalledTimes(2);
    pending[1]!.resolve(preferencesDialog());
    await settle();
    expect(dialogIn(root).open).toBe(true);
    expect(consent.state.decided).toBe(false);
  });

  test('unmounted while the part is on its way: no dialog appears', async () => {
    const { win, ui, pending, button } = mountSplit();
    button('Preferences').click();
    ui.unmount();
    pending[0]!.resolve(preferencesDialog());
    await settle();
    expect(win.document.querySelector('conectamos-consent')).toBeNull();
    expect(win.document.querySelectorAll('dialog')).toHaveLength(0);
  });

  test("the part carries the vendors' Spanish texts: the dialog shows them", async () => {
    const { root, pending, button } = mountSplit('es');
    button('Preferencias').click();
    pending[0]!.resolve(preferencesDialog({ vendorTranslations: { posthog: posthogI18n } }));
    await settle();
    expect(dialogIn(root).textContent).toContain('Analítica de producto');
  });

  test("the dialog's stylesheet and texts come with it, the mount's overrides applied", async () => {
    const { root, pending, button } = mountSplit('en', { title: 'Your cookies', acceptAll: 'Allow all' });
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(button('Allow all')).toBeDefined();
    button('Preferences').click();
    pending[0]!.resolve(preferencesDialog());
    await settle();
    expect(root.adoptedStyleSheets).toHaveLength(2);
    const dialog = dialogIn(root);
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Your cookies');
    // A text both show ("Accept all") is overridden in both.
    expect([...dialog.querySelectorAll('button')].some((b) => b.textContent === 'Allow all')).toBe(true);
    expect(dialog.textContent).toContain('Save choices');
  });
});
