import { BANNER_STRINGS, type BannerStrings } from './banner-strings';
import { DIALOG_STRINGS, type DialogStrings } from './dialog-strings';
import { applyOverrides, type Lang, type StringOverrides } from './languages';

export { type Lang, pickLang, type StringOverrides } from './languages';

/** Every text the banner and the dialog show. Each one can be overridden through `strings`. */
export interface UIStrings extends BannerStrings, DialogStrings {}

const merged = (lang: Lang): UIStrings => ({ ...BANNER_STRINGS[lang], ...DIALOG_STRINGS[lang] });

/**
 * The built-in texts, written from the cookie policy: the banner's and the dialog's, merged when read. Merged
 * at import, they would be work done by a bare import, and the dialog's texts would stay in every bundle.
 */
export const STRINGS: Readonly<Record<Lang, UIStrings>> = {
  get en() {
    return merged('en');
  },
  get es() {
    return merged('es');
  },
};

/** The texts for a language with the overrides applied. */
export function resolveStrings(lang: Lang, overrides: StringOverrides = {}): UIStrings {
  return applyOverrides(STRINGS[lang], lang, overrides);
}
