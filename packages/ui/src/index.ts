import type { Consent } from '@conectamos/consent';
import { createDialog } from './dialog';
import dialogCss from './dialog.css';
import { DIALOG_STRINGS } from './dialog-strings';
import { applyOverrides } from './languages';
import type { VendorTranslations } from './localize';
import { type ConsentDialog, type ConsentUI, type ConsentUIOptions, mountWith } from './mount';

export { type CategorySources, categoriesInUse } from './categories';
export { type ConsentRecordTexts, consentRecord } from './consent-record';
export { localizeCookies, localizePurpose, type VendorTranslations } from './localize';
export type { ConsentDialog, ConsentUI, ConsentUIOptions } from './mount';
export { type Lang, resolveStrings, STRINGS, type StringOverrides, type UIStrings } from './strings';

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
  const part = preferencesDialog();
  return mountWith(consent, options, () => part);
}

/**
 * `mountConsentUI` with the preferences dialog as a part of its own, fetched the first time the dialog must
 * open: a first visit downloads and runs the banner only, and most visitors never open the dialog. The
 * drop-in is built this way (its `consent-dialog.<hash>.js` chunk). `loadDialog` resolves to
 * `preferencesDialog()` from the file it loads; a failed load leaves the banner as it is, and the next click
 * on "Preferences" or a `data-consent-open` link calls it again.
 *
 * @example
 * mountConsentBanner(consent, { policyUrl: '/cookies' }, () =>
 *   import('./dialog-part').then((module) => module.dialog),
 * );
 * // dialog-part.ts: export const dialog = preferencesDialog();
 */
export function mountConsentBanner(
  consent: Consent,
  options: ConsentUIOptions,
  loadDialog: () => Promise<ConsentDialog>,
): ConsentUI {
  return mountWith(consent, options, loadDialog);
}

/**
 * The preferences dialog, for `mountConsentBanner` to load on demand: its code, its stylesheet and its texts
 * (with the mount's `strings` overrides applied). `vendorTranslations` are the vendors' Spanish texts the
 * dialog shows (they are only ever shown in it, so they belong with it); when given, they take the place of
 * the mount's `vendorTranslations` option.
 */
export function preferencesDialog(texts: { vendorTranslations?: VendorTranslations } = {}): ConsentDialog {
  return {
    styles: dialogCss,
    create: (consent, { strings, ...setup }) =>
      createDialog(consent, {
        ...setup,
        t: { ...setup.t, ...applyOverrides(DIALOG_STRINGS[setup.lang], setup.lang, strings) },
        translations: texts.vendorTranslations ?? setup.translations,
      }),
  };
}
