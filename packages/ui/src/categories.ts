import { CATEGORIES, type Category, type Choice, type Consent, type SiteCookie } from '@conectamos/consent';

/** A category the visitor can choose: every one but the strictly necessary. */
export type OptionalCategory = keyof Choice;

/** The categories a visitor can switch, in the policy's order (a literal: importing this module does nothing). */
export const OPTIONAL_CATEGORIES: readonly OptionalCategory[] = ['functional', 'analytics', 'marketing'];

/**
 * The site's own cookies as the dialog lists them: without a declaration of the consent record itself,
 * which the dialog lists from the instance (where it is really kept, and for how long).
 */
export const siteCookies = (consent: Consent): SiteCookie[] =>
  consent.cookies.filter((cookie) => cookie.name !== consent.storageKey);

/**
 * The categories this site uses: the strictly necessary always (the consent record lives there), any
 * other only with an adapter or a site cookie in it. Only these are shown, named in the banner and
 * granted by "Accept all": a switch for a category with nothing in it would ask for consent to nothing.
 */
export const categoriesInUse = (consent: Consent): Category[] =>
  CATEGORIES.filter(
    (category) =>
      category === 'necessary' ||
      consent.adapters.some((adapter) => adapter.category === category) ||
      siteCookies(consent).some((cookie) => cookie.category === category),
  );
