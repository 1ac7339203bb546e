import { CATEGORIES, type Category, type Choice, type SiteCookie } from '@conectamos/consent';

/** A category the visitor can choose: every one but the strictly necessary. */
export type OptionalCategory = keyof Choice;

/** The categories a visitor can switch, in the policy's order (a literal: importing this module does nothing). */
export const OPTIONAL_CATEGORIES: readonly OptionalCategory[] = ['functional', 'analytics', 'marketing'];

/**
 * What decides the categories in use: a consent instance, or a container read by a tool (the cookie
 * policy lists the categories the banner names).
 */
export interface CategorySources {
  /** The vendors, or their manifests. */
  adapters: readonly { category: Category }[];
  /** The site's own cookies. */
  cookies: readonly SiteCookie[];
  /** Where the consent record is kept. */
  storageKey: string;
}

/**
 * The site's own cookies as the dialog lists them: without a declaration of the consent record itself,
 * which the dialog lists from the instance (where it is really kept, and for how long).
 */
export const siteCookies = ({ cookies, storageKey }: CategorySources): SiteCookie[] =>
  cookies.filter((cookie) => cookie.name !== storageKey);

/**
 * The categories this site uses: the strictly necessary always (the consent record lives there), any
 * other only with an adapter or a site cookie in it. Only these are shown, named in the banner and
 * granted by "Accept all": a switch for a category with nothing in it would ask for consent to nothing.
 */
export const categoriesInUse = (consent: CategorySources): Category[] =>
  CATEGORIES.filter(
    (category) =>
      category === 'necessary' ||
      consent.adapters.some((adapter) => adapter.category === category) ||
      siteCookies(consent).some((cookie) => cookie.category === category),
  );
