import { BANNER_STRINGS, type BannerStrings } from './banner-strings';
import { DIALOG_STRINGS, type DialogStrings } from './dialog-strings';
import { applyOverrides, type Lang, type StringOverrides } from './languages';

export { type Lang, pickLang, type StringOverrides } from './languages';

/** Every text the banner and the dialog show. Each one can be overridden through `strings`. */
export interface UIStrings extends BannerStrings, DialogStrings {}

/** The built-in texts, written from the cookie policy: the banner's and the dialog's. */
export const STRINGS: Record<Lang, UIStrings> = {
  en: { ...BANNER_STRINGS.en, ...DIALOG_STRINGS.en },
  es: { ...BANNER_STRINGS.es, ...DIALOG_STRINGS.es },
};

/** The texts for a language with the overrides applied. */
export function resolveStrings(lang: Lang, overrides: StringOverrides = {}): UIStrings {
  return applyOverrides(STRINGS[lang], lang, overrides);
}
