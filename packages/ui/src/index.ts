import type { Consent } from '@conectamos/consent';
import { createBanner } from './banner';
import { categoriesInUse } from './categories';
import { acceptAll, decidedIn, rejectAll } from './choices';
import { createDialog, type PreferencesDialog } from './dialog';
import { activeElement, builder, safeUrl } from './dom';
import type { VendorTranslations } from './localize';
import { type Lang, pickLang, resolveStrings, type StringOverrides } from './strings';
import { adoptStyles } from './stylesheet';

export { type CategorySources, categoriesInUse } from './categories';
export { type ConsentRecordTexts, consentRecord } from './consent-record';
export { localizeCookies, localizePurpose, type VendorTranslations } from './localize';
export { type Lang, resolveStrings, STRINGS, type StringOverrides, type UIStrings } from './strings';

/** Options of {@link mountConsentUI}. */
export interface ConsentUIOptions {
  /** The language to show. Default: `<html lang>` when Spanish or English, else the browser's language, else English. */
  lang?: Lang;
  /** Where the cookie policy is, linked from the banner and the dialog (absolute, or relative to the page). */
  policyUrl: string;
  /**
   * Who sets the site's own cookies and keeps the consent record, shown above their table. Default: the
   * provider of the first site cookie, else the page's host name.
   */
  company?: string;
  /**
   * Text overrides. Flat (`{ acceptAll: 'OK' }`) applies to whichever language is shown; per language
   * (`{ es: { … }, en: { … } }`) applies to that language only. Always rendered as text, never as HTML.
   */
  strings?: StringOverrides;
  /**
   * The vendors' purposes and cookie texts in Spanish, by adapter id: the built-in vendors export theirs as
   * `i18n` (`{ posthog: i18n }` with `import { i18n } from '@conectamos/consent-posthog'`). Without it a
   * Spanish page shows vendors' texts in English. The drop-in passes every built-in vendor's.
   */
  vendorTranslations?: VendorTranslations;
  /** CSP nonce for the `<style>` fallback, used only where constructable stylesheets are missing. */
  nonce?: string;
  /** The window to render into. Default: the global `window`; without one (on the server) nothing is mounted. */
  window?: Window & typeof globalThis;
}

/** A mounted consent UI. */
export interface ConsentUI {
  /** Opens the preferences dialog; focus returns to the element that had it when the dialog closes. */
  open(): void;
  /** Closes the preferences dialog. */
  close(): void;
  /** Removes the banner, the dialog, their styles and the page-wide listener (a later mount does it too). */
  unmount(): void;
}

/** What a mount builds once it is needed: the shadow host, the banner and the dialog in it. */
interface View {
  host: HTMLElement;
  banner: HTMLElement;
  dialog: PreferencesDialog;
}

/**
 * Fired on the document by each mount, so that an earlier UI in the same document, whichever copy of
 * this package mounted it, removes itself first.
 */
const REPLACED = 'conectamos-consent-replaced';

/**
 * Mounts the consent banner and the preferences dialog in a shadow root at the end of `<body>`.
 * The banner shows while no decision is stored and hides as soon as one is made, here or in another
 * tab. Any element with `data-consent-open`, added now or later, opens the dialog.
 *
 * On the server (no window) it does nothing and returns a UI whose methods do nothing, so it may be
 * called at module level in server-rendered code. Mounting again in the same document replaces the
 * earlier UI, even one over another consent instance: re-running a module in development (Vite's hot
 * reload) never leaves two banners or two listeners.
 *
 * @example
 * mountConsentUI(consent, { policyUrl: '/cookies', company: 'Conectamos' });
 * // <a href="/cookies" data-consent-open>Cookie settings</a>
 */
export function mountConsentUI(consent: Consent, options: ConsentUIOptions): ConsentUI {
  const win = options.window ?? globalThis.window;
  if (!win?.document) return { open() {}, close() {}, unmount() {} };
  const doc = win.document;
  doc.dispatchEvent(new win.Event(REPLACED));
  const h = builder(doc);
  const lang = pickLang(win, options.lang);
  const t = resolveStrings(lang, options.strings);
  const base = doc.baseURI;
  const policyUrl = safeUrl(options.policyUrl, base);
  // Built when first needed: a returning visitor whose decision is stored gets no banner, dialog or
  // stylesheet, only the click listener below, until a "Cookie settings" link asks for the dialog.
  let view: View | undefined;
  const build = (): View => {
    if (view) return view;
    // A custom element name no host stylesheet targets by accident; the shadow root keeps host CSS out.
    // Its lang applies inside the shadow root, so Spanish is read as Spanish on an English page.
    const host = h('conectamos-consent' as 'div', { lang });
    const root = host.attachShadow({ mode: 'open' });
    const dialog = createDialog(consent, {
      h,
      t,
      lang,
      translations: options.vendorTranslations,
      policyUrl,
      base,
      // The provider of the site's own cookies and of the consent record.
      company: options.company ?? consent.cookies[0]?.provider ?? doc.location?.hostname ?? '',
    });
    const banner = createBanner({
      h,
      t,
      policyUrl,
      categories: categoriesInUse(consent),
      actions: {
        acceptAll: () => acceptAll(consent, decidedIn(banner, 'accept-all', lang)),
        onlyNecessary: () => rejectAll(consent, decidedIn(banner, 'reject-all', lang)),
        preferences: () => open(),
      },
    });
    banner.hidden = consent.state.decided;
    adoptStyles(root, win, h, options.nonce);
    root.append(banner, dialog.element);
    (doc.body ?? doc.documentElement).append(host);
    view = { host, banner, dialog };
    return view;
  };
  // Not once removed (unmounted, replaced, or taken out by the page): a detached dialog cannot be shown.
  const open = (opener?: Element | null): void => {
    const { host, dialog } = build();
    if (host.isConnected) dialog.open(opener ?? activeElement(doc));
  };

  const unsubscribe = consent.subscribe((state) => {
    if (!state.decided) build().banner.hidden = false;
    else if (view) view.banner.hidden = true;
  });
  // Delegated, so links added after mounting work too.
  const onClick = (event: Event): void => {
    const trigger = (event.target as Element).closest?.('[data-consent-open]');
    if (trigger) {
      event.preventDefault();
      open(trigger);
    }
  };
  doc.addEventListener('click', onClick);
  const unmount = (): void => {
    unsubscribe();
    doc.removeEventListener('click', onClick);
    doc.removeEventListener(REPLACED, unmount);
    view?.dialog.close();
    view?.host.remove();
  };
  doc.addEventListener(REPLACED, unmount);

  return { open: () => open(), close: () => view?.dialog.close(), unmount };
}
