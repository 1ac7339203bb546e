/**
 * Google Analytics 4 as data: what it is, what it keeps in the browser, which hosts it needs, which options
 * it takes. Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only
 * the constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { PolicyNote, VendorI18n, VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'google-analytics';
/** The vendor's name, as visitors see it. */
export const vendor = 'Google Analytics';
/** The category that must be granted. */
export const category = 'analytics';
/** Aggregated analytics runs on the site and in the platform. */
export const surfaces = ['site', 'platform'] as const;
/** What Google Analytics does with the data. */
export const purpose = 'Counts visits and how pages are used, in aggregate, so we can improve the site.';
/** Google's privacy policy. */
export const privacyPolicyUrl = 'https://policies.google.com/privacy';
/** Google's opt-out browser add-on, for visitors. */
export const optOutUrl = 'https://tools.google.com/dlpage/gaoptout';

/**
 * A GA4 measurement ID: `G-` and at least 4 capital letters or digits (10 in practice; Google documents no
 * length). Strict: it goes into a global's name and gtag.js's URL.
 */
export const MEASUREMENT_ID = '^G-[A-Z0-9]{4,}$';
/** A GA4 event name: a letter, then letters, digits and underscores, 40 at most. */
export const EVENT_NAME = '^[A-Za-z]\\w{0,39}$';

/**
 * What GA4 keeps in the browser: `_ga`, and `_ga_<measurement ID without G->` per property, both for two
 * years as our policy states. The pattern also deletes other properties' session cookies on withdrawal.
 * @see https://support.google.com/analytics/answer/11397207
 */
export const cookies = [
  {
    name: '_ga',
    purpose: 'Tells visits from the same browser apart (client ID).',
    duration: '2 years',
    provider: vendor,
  },
  {
    pattern: '^_ga_',
    label: '_ga_*',
    purpose: 'Keeps the session state of a Google Analytics property.',
    duration: '2 years',
    provider: vendor,
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [
      [
        purpose,
        'Cuenta las visitas y cómo se usan las páginas, de forma agregada, para que podamos mejorar el sitio.',
      ],
    ],
    cookies: [
      { purpose: 'Reconoce las visitas que vienen del mismo navegador (ID de cliente).', duration: '2 años' },
      { purpose: 'Guarda el estado de la sesión de una propiedad de Google Analytics.', duration: '2 años' },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/**
 * What the policy says besides the purpose: what is true of the data, so it never calls it "anonymous".
 * @see https://support.google.com/analytics/answer/9019185
 */
const notes = [
  {
    text: 'We see the data in aggregate reports. It is pseudonymous, not anonymous: Google keeps it linked to the random ID in the `_ga` cookie.',
    i18n: {
      es: 'Nosotros vemos los datos en informes agregados. No son anónimos sino seudónimos: Google los guarda vinculados al identificador aleatorio de la cookie `_ga`.',
    },
  },
  {
    text: 'Google Analytics 4 does not log or store IP addresses: for visits from the EU it uses them only to derive an approximate location, then discards them.',
    i18n: {
      es: 'Google Analytics 4 no registra ni guarda direcciones IP: en las visitas desde la UE solo las usa para deducir una ubicación aproximada y después las descarta.',
    },
  },
  {
    when: { option: 'allowGoogleSignals', equals: false },
    text: 'Google Signals is off: visits are not linked to Google accounts or across devices.',
    i18n: {
      es: 'Google Signals está desactivado: las visitas no se vinculan con cuentas de Google ni entre dispositivos.',
    },
  },
  {
    when: { option: 'allowGoogleSignals', equals: true },
    text: 'Google Signals is on: Google links the visits of people signed in to a Google account across their devices.',
    i18n: {
      es: 'Google Signals está activado: Google vincula entre dispositivos las visitas de quien tiene iniciada una sesión de Google.',
    },
  },
  {
    when: { option: 'allowAdPersonalizationSignals', equals: false },
    text: 'The data is not used to personalise ads.',
    i18n: { es: 'Los datos no se usan para personalizar anuncios.' },
  },
  {
    when: { option: 'allowAdPersonalizationSignals', equals: true },
    text: 'Google may use the data to personalise ads.',
    i18n: { es: 'Google puede usar los datos para personalizar anuncios.' },
  },
] as const satisfies readonly PolicyNote[];

// Google's CSP guide, GA4 without Google Signals.
// https://developers.google.com/tag-platform/security/guides/csp#google_analytics_4_google_analytics
const csp = {
  scriptSrc: ['https://*.googletagmanager.com'],
  connectSrc: [
    'https://*.google-analytics.com',
    'https://*.analytics.google.com',
    'https://*.googletagmanager.com',
  ],
  imgSrc: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
} as const;

// Google Signals joins data across devices through DoubleClick: only a site that turns it on allows those
// hosts. Country domains (google.<TLD>) are not listed.
const cspWhen = [
  {
    option: 'allowGoogleSignals',
    equals: true,
    csp: {
      connectSrc: ['https://*.g.doubleclick.net', 'https://*.google.com'],
      imgSrc: ['https://*.g.doubleclick.net', 'https://*.google.com'],
      frameSrc: ['https://td.doubleclick.net', 'https://www.googletagmanager.com'],
    },
  },
] as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['measurementId'],
  properties: {
    measurementId: {
      type: 'string',
      pattern: MEASUREMENT_ID,
      description:
        'The measurement ID of the GA4 web stream (Admin › Data streams › the web stream). Not a Universal Analytics ID "UA-…".',
      expected: 'a measurement ID like "G-ABC123DEF4": "G-" and capital letters or digits',
      examples: ['G-ABC123DEF4'],
    },
    allowGoogleSignals: {
      type: 'boolean',
      default: false,
      description:
        'Google Signals: cross-device data from visitors signed in to Google. Off by default, as our policy promises aggregated, anonymised analytics; on, it also needs DoubleClick in the CSP.',
      expected: 'true or false',
    },
    allowAdPersonalizationSignals: {
      type: 'boolean',
      default: false,
      description: 'Let the analytics data be used to personalise ads. Off by default.',
      expected: 'true or false',
    },
  },
} as const;

// A campaign's send becomes the GA4 event's parameters.
const send = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'], expected: 'a text, a number or true/false' },
  description: 'Parameters of the GA4 event, such as { "method": "webinar", "value": 10 }.',
  expected: 'GA4 event parameters: names with text, a number or true/false as values',
  examples: [{ method: 'webinar', value: 10 }],
} as const;

/** Google Analytics as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
export const manifest = {
  id,
  vendor,
  category,
  surfaces,
  purpose,
  privacyPolicyUrl,
  optOutUrl,
  cookies,
  i18n,
  notes,
  csp,
  cspWhen,
  options,
  campaigns: { send },
} as const satisfies VendorManifest;
