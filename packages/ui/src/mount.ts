import type { Consent } from '@conectamos/consent';
import { createBanner } from './banner';
import bannerCss from './banner.css';
import { BANNER_STRINGS, type BannerStrings } from './banner-strings';
import { categoriesInUse } from './categories';
import { acceptAll, decidedIn, rejectAll } from './choices';
import type { PreferencesDialog } from './dialog';
import { activeElement, builder, safeUrl } from './dom';
import { applyOverrides, type Lang, pickLang, type StringOverrides } from './languages';
import type { VendorTranslations } from './localize';
import type { PreferencesSetup } from './preferences';
import { adoptStyles } from './stylesheet';

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

/**
 * The preferences dialog as a part of its own (see `preferencesDialog`): what a mount builds the dialog
 * with, the first time it must open.
 */
export interface ConsentDialog {
  /** Builds the dialog for a mounted UI. Called by the mount, once; not for direct use. */
  create(consent: Consent, setup: DialogSetup): PreferencesDialog;
  /** The dialog's stylesheet, added after the banner's when the dialog is first built. */
  styles: string;
}

/** What a mount hands the dialog part: the banner's texts, and the overrides to resolve the dialog's with. */
export interface DialogSetup extends Omit<PreferencesSetup, 't'> {
  /** The banner's texts, already resolved (the dialog shows some of them too). */
  t: BannerStrings;
  /** The mount's `strings` option. */
  strings: StringOverrides | undefined;
}

/** Where a mount gets its dialog: at once (bundled with the banner) or fetched when first needed. */
export type DialogSource = () => ConsentDialog | Promise<ConsentDialog>;

/** What a mount builds once it is needed: the shadow host and the banner in it. */
interface View {
  host: HTMLElement;
  root: ShadowRoot;
  banner: HTMLElement;
}

/**
 * Fired on the document by each mount, so that an earlier UI in the same document, whichever copy of
 * this package mounted it, removes itself first.
 */
const REPLACED = 'conectamos-consent-replaced';

/**
 * Mounts the banner now and the preferences dialog when it first opens, from `dialogSource`. See
 * `mountConsentUI` for what a mount does; this is it with the dialog's source as a parameter.
 */
export function mountWith(
  consent: Consent,
  options: ConsentUIOptions,
  dialogSource: DialogSource,
): ConsentUI {
  const win = options.window ?? globalThis.window;
  if (!win?.document) return { open() {}, close() {}, unmount() {} };
  const doc = win.document;
  doc.dispatchEvent(new win.Event(REPLACED));
  const h = builder(doc);
  const lang = pickLang(win, options.lang);
  const t = applyOverrides(BANNER_STRINGS[lang], lang, options.strings);
  const base = doc.baseURI;
  const policyUrl = safeUrl(options.policyUrl, base);
  // Built when first needed: a returning visitor whose decision is stored gets no banner or stylesheet,
  // only the click listener below, until a "Cookie settings" link asks for the dialog.
  let view: View | undefined;
  const build = (): View => {
    if (view) return view;
    // A custom element name no host stylesheet targets by accident; the shadow root keeps host CSS out.
    // Its lang applies inside the shadow root, so Spanish is read as Spanish on an English page.
    const host = h('conectamos-consent' as 'div', { lang });
    const root = host.attachShadow({ mode: 'open' });
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
    adoptStyles(root, win, h, bannerCss, options.nonce);
    root.append(banner);
    (doc.body ?? doc.documentElement).append(host);
    view = { host, root, banner };
    return view;
  };

  // The dialog, built from its part the first time it opens, into the same shadow root.
  let dialog: PreferencesDialog | undefined;
  let asked: ReturnType<DialogSource> | undefined;
  const dialogIn = ({ root }: View, part: ConsentDialog): PreferencesDialog => {
    if (dialog) return dialog;
    adoptStyles(root, win, h, part.styles, options.nonce);
    dialog = part.create(consent, {
      h,
      t,
      strings: options.strings,
      lang,
      translations: options.vendorTranslations,
      policyUrl,
      base,
      // The provider of the site's own cookies and of the consent record.
      company: options.company ?? consent.cookies[0]?.provider ?? doc.location?.hostname ?? '',
    });
    root.append(dialog.element);
    return dialog;
  };
  // Not once removed (unmounted, replaced, or taken out by the page, also while the part was on its way):
  // a detached dialog cannot be shown.
  const open = (opener?: Element | null): void => {
    const current = build();
    if (!current.host.isConnected) return;
    const from = opener ?? activeElement(doc);
    const show = (part: ConsentDialog): void => {
      if (current.host.isConnected) dialogIn(current, part).open(from);
    };
    try {
      asked ??= dialogSource();
      const part = asked;
      // A part fetched on demand opens when it is here; one that failed to come leaves the banner as it is,
      // and the next click asks again.
      if ('then' in part)
        part.then(show, () => {
          asked = undefined;
        });
      else show(part);
    } catch {
      // A source that throws is a part that did not come: nothing to open.
    }
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
    dialog?.close();
    view?.host.remove();
  };
  doc.addEventListener(REPLACED, unmount);

  return { open: () => open(), close: () => dialog?.close(), unmount };
}
