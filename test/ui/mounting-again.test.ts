import { createConsent } from '@conectamos/consent';
import { mountConsentUI } from '@conectamos/consent-ui';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow, type TestWindow } from '../helpers/window';
import { policyVendors, siteCookies } from './fixture';

const newConsent = (win: TestWindow) =>
  createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: policyVendors(),
    cookies: siteCookies,
  });

const shadow = (win: TestWindow) => win.document.querySelector('conectamos-consent')!.shadowRoot!;

/** A "Cookie settings" link in the page, and a click on it as the browser sends one. */
const clickSettingsLink = (win: TestWindow) => {
  const link = win.document.createElement('a');
  link.href = '/cookies';
  link.setAttribute('data-consent-open', '');
  win.document.body.prepend(link);
  const click = new win.MouseEvent('click', { bubbles: true, cancelable: true });
  link.dispatchEvent(click);
  return click;
};

describe('mounting again in the same document (hot reload, a remount) replaces the earlier UI', () => {
  test('one banner and one listener: a settings link opens one dialog, once', () => {
    const win = makeWindow();
    const consent = newConsent(win);
    const first = mountConsentUI(consent, { policyUrl: '/cookies', window: win });
    mountConsentUI(consent, { policyUrl: '/cookies', window: win });
    expect(win.document.querySelectorAll('conectamos-consent')).toHaveLength(1);
    const shown = vi.spyOn(win.HTMLDialogElement.prototype, 'showModal');
    clickSettingsLink(win);
    expect(shown).toHaveBeenCalledOnce();
    expect(shadow(win).querySelector('dialog')!.open).toBe(true);
    // The replaced UI's handle does nothing any more, and never throws.
    expect(() => {
      first.open();
      first.close();
      first.unmount();
    }).not.toThrow();
    expect(shown).toHaveBeenCalledOnce();
    expect(win.document.querySelectorAll('conectamos-consent')).toHaveLength(1);
  });

  test('also when the second mount is over another consent instance: the first stops following its own', () => {
    const win = makeWindow();
    const before = newConsent(win);
    mountConsentUI(before, { policyUrl: '/cookies', window: win });
    const oldBanner = shadow(win).querySelector<HTMLElement>('.banner')!;
    const after = newConsent(win);
    mountConsentUI(after, { policyUrl: '/cookies', window: win, lang: 'es' });
    expect(win.document.querySelectorAll('conectamos-consent')).toHaveLength(1);
    const banner = shadow(win).querySelector<HTMLElement>('.banner')!;
    expect(banner.querySelector('.banner-title')?.textContent).toBe('Usamos cookies');
    before.acceptAll();
    // The old banner is detached and no longer updated; the one shown answers to the new instance.
    expect(oldBanner.hidden).toBe(false);
    [...banner.querySelectorAll('button')].find((b) => b.textContent === 'Solo necesarias')!.click();
    expect(after.state).toMatchObject({ decided: true, categories: { analytics: false } });
    expect(banner.hidden).toBe(true);
  });

  test('unmounting the one shown leaves nothing, and a later mount still works', () => {
    const win = makeWindow();
    const consent = newConsent(win);
    mountConsentUI(consent, { policyUrl: '/cookies', window: win });
    mountConsentUI(consent, { policyUrl: '/cookies', window: win }).unmount();
    expect(win.document.querySelector('conectamos-consent')).toBeNull();
    expect(clickSettingsLink(win).defaultPrevented).toBe(false);
    mountConsentUI(consent, { policyUrl: '/cookies', window: win });
    expect(clickSettingsLink(win).defaultPrevented).toBe(true);
  });
});
