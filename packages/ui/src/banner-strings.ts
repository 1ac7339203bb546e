import type { Lang } from './languages';

/** The texts the banner shows (and the dialog too: the policy link and "Accept all"). */
export interface BannerStrings {
  /** The banner's title, also the accessible name of its region. */
  bannerTitle: string;
  /** The banner's first sentence, always shown: what the strictly necessary cookies do. */
  bannerNecessary: string;
  /**
   * The banner's second part, shown when the site uses any optional category: `{purposes}` becomes
   * the purposes of the categories in use (`functionalPurpose`, `analyticsPurpose`, `marketingPurpose`),
   * joined with commas and `and`.
   */
  bannerOptional: string;
  /** What functional cookies are for, as the banner names it after "cookies to". */
  functionalPurpose: string;
  /** What analytics cookies are for, as the banner names it. */
  analyticsPurpose: string;
  /** What marketing cookies are for, as the banner names it. */
  marketingPurpose: string;
  /** Joins the last two purposes in the banner. */
  and: string;
  /** Text of the link to the cookie policy (banner and dialog). */
  policy: string;
  /** "Accept all" (banner and dialog). */
  acceptAll: string;
  /** "Only necessary" (banner): same weight as accept all. */
  onlyNecessary: string;
  /** "Preferences" (banner): opens the dialog. */
  preferences: string;
}

/** The banner's built-in texts, written from the cookie policy. */
export const BANNER_STRINGS: Record<Lang, BannerStrings> = {
  en: {
    bannerTitle: 'We use cookies',
    bannerNecessary: 'Strictly necessary cookies keep this site working.',
    bannerOptional:
      'With your permission we also use cookies to {purposes}. You can change your choice at any time.',
    functionalPurpose: 'remember your settings',
    analyticsPurpose: 'understand how the site is used',
    marketingPurpose: 'measure our advertising',
    and: 'and',
    policy: 'Cookie policy',
    acceptAll: 'Accept all',
    onlyNecessary: 'Only necessary',
    preferences: 'Preferences',
  },
  es: {
    bannerTitle: 'Usamos cookies',
    bannerNecessary: 'Las cookies estrictamente necesarias hacen que este sitio funcione.',
    bannerOptional:
      'Con tu permiso, también usamos cookies para {purposes}. Puedes cambiar tu elección en cualquier momento.',
    functionalPurpose: 'recordar tus ajustes',
    analyticsPurpose: 'entender cómo se usa el sitio',
    marketingPurpose: 'medir nuestra publicidad',
    and: 'y',
    policy: 'Política de cookies',
    acceptAll: 'Aceptar todas',
    onlyNecessary: 'Solo necesarias',
    preferences: 'Preferencias',
  },
};
