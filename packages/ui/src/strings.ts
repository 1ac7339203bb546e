/** A language the UI ships with. */
export type Lang = 'es' | 'en';

/** Every text the banner and the dialog show. Each one can be overridden through `strings`. */
export interface UIStrings {
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
  /** The dialog's title, also its accessible name. */
  title: string;
  /** The dialog's introduction. */
  intro: string;
  /** Accessible name of the dialog's close button. */
  close: string;
  /** "Reject all" (dialog): only the strictly necessary. */
  rejectAll: string;
  /** "Save choices" (dialog): stores the switches as they are. */
  save: string;
  /** Shown next to the locked switch of the strictly necessary category. */
  alwaysOn: string;
  /** Name of the strictly necessary category. */
  necessary: string;
  /** What strictly necessary cookies do, and why they cannot be switched off. */
  necessaryText: string;
  /** Name of the functional category. */
  functional: string;
  /** What functional cookies do. */
  functionalText: string;
  /** Name of the analytics category. */
  analytics: string;
  /** What analytics cookies do. */
  analyticsText: string;
  /** Name of the marketing category. */
  marketing: string;
  /** What marketing cookies do. */
  marketingText: string;
  /** The disclosure that lists a category's vendors and cookie tables. */
  details: string;
  /** Tag on the site's own cookies, under the company name. */
  firstParty: string;
  /** Text of a vendor's privacy-policy link. */
  privacy: string;
  /** Text of a vendor's opt-out link. */
  optOut: string;
  /** Announced on links that open a new tab. */
  newTab: string;
  /** Cookie table column: name. */
  name: string;
  /** Under a name in a cookie table: kept in a cookie. */
  cookie: string;
  /** Under a name in a cookie table: kept in `localStorage`. */
  localStorage: string;
  /** Under a name in a cookie table: kept in `sessionStorage`. */
  sessionStorage: string;
  /** The purpose of the consent record itself, in the strictly necessary table. */
  consentRecord: string;
  /** The purpose of the receipts waiting to be sent (with receipts on), in the strictly necessary table. */
  receiptQueue: string;
  /** Cookie table column: purpose. */
  purpose: string;
  /** Cookie table column: duration. */
  duration: string;
  /** Cookie table column: provider. */
  provider: string;
}

/** The built-in texts, written from the cookie policy. */
export const STRINGS: Record<Lang, UIStrings> = {
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
    title: 'Cookie preferences',
    intro:
      'Choose which cookies we may use, by category or by vendor. Strictly necessary cookies are always on.',
    close: 'Close',
    rejectAll: 'Reject all',
    save: 'Save choices',
    alwaysOn: 'Always on',
    necessary: 'Strictly necessary',
    necessaryText:
      'Needed for the site and platform to work: signing in, security and remembering your cookie choice. They cannot be switched off.',
    functional: 'Functional',
    functionalText: 'Remember your settings, such as language, time zone and interface preferences.',
    analytics: 'Analytics',
    analyticsText:
      'Help us understand, in aggregate, how the site and platform are used, so we can improve them.',
    marketing: 'Marketing',
    marketingText:
      'Measure our advertising campaigns and show you relevant ads. Used only on the public website.',
    details: 'Vendors and cookies',
    firstParty: 'First-party cookies',
    privacy: 'Privacy policy',
    optOut: 'Opt-out page',
    newTab: 'Opens in a new tab',
    name: 'Name',
    cookie: 'Cookie',
    localStorage: 'Local storage',
    sessionStorage: 'Session storage',
    consentRecord: 'Stores your cookie consent preferences',
    receiptQueue: 'Proof of your consent choices, waiting to be sent',
    purpose: 'Purpose',
    duration: 'Duration',
    provider: 'Provider',
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
    title: 'Preferencias de cookies',
    intro:
      'Elige qué cookies podemos usar, por categoría o por proveedor. Las estrictamente necesarias están siempre activas.',
    close: 'Cerrar',
    rejectAll: 'Rechazar todas',
    save: 'Guardar selección',
    alwaysOn: 'Siempre activas',
    necessary: 'Estrictamente necesarias',
    necessaryText:
      'Imprescindibles para que el sitio y la plataforma funcionen: inicio de sesión, seguridad y recordar tu elección de cookies. No se pueden desactivar.',
    functional: 'Funcionales',
    functionalText:
      'Recuerdan tus ajustes, como el idioma, la zona horaria y las preferencias de la interfaz.',
    analytics: 'Analíticas',
    analyticsText:
      'Nos ayudan a entender, de forma agregada, cómo se usan el sitio y la plataforma para mejorarlos.',
    marketing: 'Marketing',
    marketingText:
      'Miden nuestras campañas publicitarias y te muestran anuncios relevantes. Solo en el sitio web público.',
    details: 'Proveedores y cookies',
    firstParty: 'Cookies propias',
    privacy: 'Política de privacidad',
    optOut: 'Página de exclusión',
    newTab: 'Se abre en una pestaña nueva',
    name: 'Nombre',
    cookie: 'Cookie',
    localStorage: 'Almacenamiento local',
    sessionStorage: 'Almacenamiento de sesión',
    consentRecord: 'Guarda tus preferencias de consentimiento de cookies',
    receiptQueue: 'Prueba de tus decisiones de consentimiento, pendiente de envío',
    purpose: 'Finalidad',
    duration: 'Duración',
    provider: 'Proveedor',
  },
};

// Whatever a page or a container passed: only a string can name a language.
const known = (tag: unknown): Lang | undefined => {
  const code = typeof tag === 'string' ? tag.slice(0, 2).toLowerCase() : undefined;
  return code === 'es' || code === 'en' ? code : undefined;
};

/** The language to show: the option, else `<html lang>`, else the browser's language, else English. */
export const pickLang = (win: Window, lang?: Lang): Lang =>
  known(lang) ?? known(win.document.documentElement.lang) ?? known(win.navigator.language) ?? 'en';

/** Overrides for the texts: flat (for whichever language is shown) or per language. */
export type StringOverrides = Partial<UIStrings> | Partial<Record<Lang, Partial<UIStrings>>>;

/** The texts for a language with the overrides applied. */
export function resolveStrings(lang: Lang, overrides: StringOverrides = {}): UIStrings {
  const texts = { ...STRINGS[lang] };
  if (typeof overrides !== 'object' || overrides === null) return texts;
  const perLang = 'es' in overrides || 'en' in overrides;
  const chosen: unknown = perLang ? (overrides as Record<Lang, Partial<UIStrings>>)[lang] : overrides;
  // Only known keys with text: an override of the wrong type keeps the built-in text, never blanks a button.
  for (const [key, value] of Object.entries(typeof chosen === 'object' && chosen ? chosen : {}))
    if (Object.hasOwn(texts, key) && typeof value === 'string') texts[key as keyof UIStrings] = value;
  return texts;
}
