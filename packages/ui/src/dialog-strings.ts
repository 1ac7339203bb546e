import type { Lang } from './languages';

/** The texts only the preferences dialog shows: they come with the dialog. */
export interface DialogStrings {
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

/** The dialog's built-in texts, written from the cookie policy. */
export const DIALOG_STRINGS: Record<Lang, DialogStrings> = {
  en: {
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
