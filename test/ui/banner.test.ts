import { createConsent } from '@conectamos/consent';
import { mountConsentUI } from '@conectamos/consent-ui';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow, otherTabWrites, type TestWindow } from '../helpers/window';
import { mount, policyVendors, siteCookies } from './fixture';

const languageOf = (m: ReturnType<typeof mount>) => [
  m.root.host.getAttribute('lang'),
  m.root.querySelector('.banner-title')?.textContent,
];

const withLanguages = (html: string, browser: string): TestWindow => {
  const win = makeWindow();
  win.document.documentElement.lang = html;
  Object.defineProperty(win.navigator, 'language', { value: browser, configurable: true });
  return win;
};

describe('the banner', () => {
  test('is a labelled region at the end of the body, with accept, only necessary and preferences', () => {
    const { win, banner, root } = mount();
    expect(win.document.body.lastElementChild?.tagName).toBe('CONECTAMOS-CONSENT');
    expect(banner.getAttribute('role')).toBe('region');
    expect(root.getElementById(banner.getAttribute('aria-labelledby')!)?.textContent).toBe('We use cookies');
    expect(banner.hidden).toBe(false);
    expect([...banner.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Preferences',
      'Only necessary',
      'Accept all',
    ]);
    const link = banner.querySelector('a')!;
    expect([link.textContent, link.href]).toEqual(['Cookie policy', 'https://www.conectamos.org/cookies']);
  });

  test('"Accept all" and "Only necessary" have equal weight: same element, same class', () => {
    const { button } = mount();
    const accept = button('Accept all');
    const reject = button('Only necessary');
    expect([accept.tagName, accept.className]).toEqual([reject.tagName, reject.className]);
    expect(accept.parentElement).toBe(reject.parentElement);
  });

  test('"Accept all" grants everything; "Only necessary" grants only the necessary', () => {
    const first = mount();
    first.button('Accept all').click();
    expect(first.consent.state).toMatchObject({
      decided: true,
      categories: { functional: true, analytics: true, marketing: true },
    });
    const second = mount();
    const update = vi.spyOn(second.consent, 'update');
    second.button('Only necessary').click();
    // One decision, as consent.rejectAll() makes it, with what the banner showed for its receipt.
    expect(update).toHaveBeenCalledOnce();
    expect(update.mock.calls[0]![0]).toEqual({
      categories: { functional: false, analytics: false, marketing: false },
    });
    expect(second.consent.state).toMatchObject({
      decided: true,
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
    });
  });

  test('"Preferences" opens the dialog', () => {
    const { button, dialog } = mount();
    button('Preferences').click();
    expect(dialog().open).toBe(true);
  });
});

describe('the banner follows the state', () => {
  test('hides on a decision, and shows again when the decision is withdrawn', () => {
    const { consent, banner } = mount();
    consent.set({ analytics: true });
    expect(banner.hidden).toBe(true);
    consent.reset();
    expect(banner.hidden).toBe(false);
  });

  test('with a decision stored, nothing is built (no banner, dialog or styles) until the dialog is asked for', () => {
    const win = makeWindow();
    mount({ win }).consent.acceptAll();
    win.document.querySelector('conectamos-consent')?.remove();
    const consent = createConsent({
      policyVersion: '2026-11-01',
      window: win,
      adapters: policyVendors(),
      cookies: siteCookies,
    });
    const ui = mountConsentUI(consent, { policyUrl: '/cookies', window: win });
    expect(consent.state.source).toBe('stored');
    expect(win.document.querySelector('conectamos-consent')).toBeNull();
    ui.open();
    const root = win.document.querySelector('conectamos-consent')!.shadowRoot!;
    expect(root.querySelector('dialog')!.open).toBe(true);
    expect(root.querySelector<HTMLElement>('.banner')!.hidden).toBe(true);
  });

  test('hides when another tab decides, and shows when another tab withdraws', () => {
    const here = mount();
    const elsewhere = mount();
    elsewhere.consent.rejectAll();
    const stored = elsewhere.win.localStorage.getItem('cookie_consent')!;
    otherTabWrites(here.win, stored);
    expect(here.consent.state).toMatchObject({ decided: true, source: 'tab' });
    expect(here.banner.hidden).toBe(true);
    otherTabWrites(here.win, null);
    expect(here.banner.hidden).toBe(false);
  });

  test('a per-vendor choice alone is not a decision: the banner stays', () => {
    const { consent, banner } = mount();
    consent.optOut('hubspot');
    expect(banner.hidden).toBe(false);
  });
});

describe('language', () => {
  test('the option comes first', () => {
    expect(languageOf(mount({ win: withLanguages('es', 'es-ES'), options: { lang: 'en' } }))).toEqual([
      'en',
      'We use cookies',
    ]);
  });

  test('then <html lang>, with a region subtag', () => {
    expect(languageOf(mount({ win: withLanguages('es-MX', 'en-US') }))).toEqual(['es', 'Usamos cookies']);
    expect(languageOf(mount({ win: withLanguages('en-GB', 'es-ES') }))).toEqual(['en', 'We use cookies']);
  });

  test('then the browser, when the page is in another language', () => {
    expect(languageOf(mount({ win: withLanguages('fr', 'es-AR') }))).toEqual(['es', 'Usamos cookies']);
    expect(languageOf(mount({ win: withLanguages('', 'ES') }))).toEqual(['es', 'Usamos cookies']);
  });

  test('else English', () => {
    expect(languageOf(mount({ win: withLanguages('de', 'pt-BR') }))).toEqual(['en', 'We use cookies']);
  });

  test('Spanish is complete: every button and heading is translated', () => {
    const { button, root, ui } = mount({ options: { lang: 'es' } });
    for (const text of ['Preferencias', 'Solo necesarias', 'Aceptar todas'])
      expect(button(text)).toBeTruthy();
    ui.open();
    expect(root.querySelector('h2')?.textContent).toBe('Preferencias de cookies');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Estrictamente necesarias',
      'Funcionales',
      'Analíticas',
      'Marketing',
    ]);
    for (const text of ['Rechazar todas', 'Aceptar todas', 'Guardar selección'])
      expect(button(text)).toBeTruthy();
    expect(root.querySelector('th')?.textContent).toBe('Nombre');
  });
});

describe('string overrides', () => {
  test('a flat override applies to the language shown', () => {
    const { button } = mount({ options: { lang: 'es', strings: { acceptAll: 'Vale, todas' } } });
    expect(button('Vale, todas')).toBeTruthy();
    expect(button('Solo necesarias')).toBeTruthy();
  });

  test('a per-language override applies only to its language', () => {
    const strings = {
      en: { bannerTitle: 'Cookies at Conectamos' },
      es: { bannerTitle: 'Cookies en Conectamos' },
    };
    expect(mount({ options: { lang: 'en', strings } }).root.querySelector('.banner-title')?.textContent).toBe(
      'Cookies at Conectamos',
    );
    expect(mount({ options: { lang: 'es', strings } }).root.querySelector('.banner-title')?.textContent).toBe(
      'Cookies en Conectamos',
    );
    expect(
      mount({ options: { lang: 'es', strings: { en: { bannerTitle: 'x' } } } }).root.querySelector(
        '.banner-title',
      )?.textContent,
    ).toBe('Usamos cookies');
  });

  test('overrides are text, never markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1">Accept';
    const { root, button, win } = mount({
      options: { strings: { acceptAll: evil, bannerOptional: '<b>bold</b> {purposes}' } },
    });
    expect(button(evil).textContent).toBe(evil);
    expect(root.querySelector('img, b')).toBeNull();
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('a javascript: policy URL never becomes a link', () => {
    const { banner } = mount({ options: { policyUrl: 'javascript:alert(1)' } });
    expect(banner.querySelector('a')).toBeNull();
  });
});
