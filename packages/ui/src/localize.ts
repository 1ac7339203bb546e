import type { CookieDeclaration, VendorI18n, VendorTexts } from '@conectamos/consent';
import type { Lang } from './languages';

/** Vendors' translations by adapter id: the built-in vendors' `i18n` exports, as the drop-in passes them. */
export type VendorTranslations = Readonly<Record<string, VendorI18n>>;

// A translation handed over by a page or read from a container may be anything: only text is used.
const firstText = (...values: unknown[]): string | undefined =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '');

/** A vendor's translations for a language, if any (declarations are written in English). */
export const vendorTexts = (
  translations: VendorTranslations | undefined,
  id: string,
  lang: Lang,
): VendorTexts | undefined =>
  lang === 'en' || !translations || !Object.hasOwn(translations, id) ? undefined : translations[id]?.[lang];

/**
 * Cookie declarations in the language shown, as the dialog lists them and the cookie policy prints them:
 * each declaration's own `i18n` (the site's cookies), else the vendor's translation at the same position
 * (the built-in vendors' manifests), else its English. Never blank: a missing text stays English.
 */
export function localizeCookies(
  declarations: readonly CookieDeclaration[],
  lang: Lang,
  texts?: VendorTexts,
): CookieDeclaration[] {
  if (lang === 'en') return [...declarations];
  return declarations.map((declaration, i) => {
    const own = declaration.i18n?.[lang];
    const vendor = texts?.cookies?.[i];
    return {
      ...declaration,
      purpose: firstText(own?.purpose, vendor?.purpose) ?? declaration.purpose,
      duration: firstText(own?.duration, vendor?.duration) ?? declaration.duration,
    };
  });
}

/** A vendor's purpose in the language shown: its translation, found by the English the adapter gives, else that English. */
export const localizePurpose = (purpose: string | undefined, texts?: VendorTexts): string | undefined =>
  firstText(texts?.purposes?.find?.((pair) => pair?.[0] === purpose)?.[1]) ?? purpose;
