/**
 * Google Ads as data: what it is, what it keeps in the browser, which hosts it needs, which options it
 * takes and what a campaign sends. Each fact is a constant of its own; `manifest` gathers them for tools.
 * The factory imports only the constants it needs, never `manifest`, so CSP hosts and schemas never reach
 * a visitor's browser. Plain literals only: importing this module does nothing.
 */
import { FROM_EVENT, type PolicyNote, type VendorI18n, type VendorManifest } from '@conectamos/consent';
import { CURRENCIES } from './currencies';

/** The adapter id. */
export const id = 'google-ads';
/** The vendor's name, as visitors see it. */
export const vendor = 'Google Ads';
/** The category that must be granted. */
export const category = 'marketing';
/** Advertising runs on the public site only. */
export const surfaces = ['site'] as const;
/** What Google Ads does with the data. */
export const purpose = 'Measures which Google ads lead to sign-ups.';
/** Google's privacy policy. */
export const privacyPolicyUrl = 'https://policies.google.com/privacy';
/** Google's ad settings, for visitors. */
export const optOutUrl = 'https://adssettings.google.com';

/** A conversion ID: `AW-` and 6 to 12 digits (9 to 11 seen). Strict: it goes into gtag.js's URL. */
export const CONVERSION_ID = '^AW-\\d{6,12}$';
/**
 * A conversion label, the part after `/` in a conversion's `send_to`. Google publishes no grammar;
 * letters, digits, `_` and `-` is every label seen.
 */
export const LABEL = '^[\\w-]+$';
/** A conversion's whole destination: `CONVERSION_ID`, `/`, then `LABEL`. */
export const SEND_TO = '^AW-\\d{6,12}\\/[\\w-]+$';
/** A currency's format: three capital letters. Tools check the code against ISO 4217's list (`CURRENCIES`). */
export const CURRENCY = '^[A-Z]{3}$';

/**
 * What Google Ads keeps in the browser, for 90 days: `_gcl_au`, and the ad click a visit came from, which
 * gtag's conversion linker keeps in `_gcl_aw` (search), `_gcl_dc` (display), the gbraid/wbraid and
 * consent-mode variants (`_gcl_gs`, `_gcl_gb`, `_gcl_gf`…): the pattern deletes them all.
 * @see https://support.google.com/tagmanager/answer/7549390
 */
export const cookies = [
  {
    name: '_gcl_au',
    purpose: 'Measures conversion events from Google Ads campaigns.',
    duration: '90 days',
    provider: vendor,
  },
  {
    pattern: '^_gcl_',
    label: '_gcl_*',
    purpose: 'Links a visit to the Google ad click it came from.',
    duration: '90 days',
    provider: vendor,
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [[purpose, 'Mide qué anuncios de Google terminan en un registro.']],
    cookies: [
      { purpose: 'Mide las conversiones de las campañas de Google Ads.', duration: '90 días' },
      {
        purpose: 'Vincula una visita con el clic en el anuncio de Google del que viene.',
        duration: '90 días',
      },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: what a conversion carries, and what no page can delete. */
const notes = [
  {
    text: 'A conversion carries only its value, currency and order number: nothing else the page knows, such as an e-mail address.',
    i18n: {
      es: 'Una conversión lleva solo su valor, su moneda y el número de pedido: nada más de lo que sabe la página, como una dirección de correo.',
    },
  },
  {
    text: "Google's own cookies on its domains (such as `IDE` on doubleclick.net) are third-party cookies: our site can neither read nor delete them. Manage them in Google's ad settings.",
    i18n: {
      es: 'Las cookies propias de Google en sus dominios (como `IDE` en doubleclick.net) son de terceros: nuestro sitio no puede leerlas ni borrarlas. Puedes gestionarlas en la configuración de anuncios de Google.',
    },
  },
] as const satisfies readonly PolicyNote[];

// Google's CSP guide, conversions and remarketing; connect-src as conversions need it in practice.
// https://developers.google.com/tag-platform/security/guides/csp#google_ads_conversions
const csp = {
  scriptSrc: [
    'https://www.googletagmanager.com',
    'https://www.googleadservices.com',
    'https://www.google.com',
    'https://googleads.g.doubleclick.net',
  ],
  connectSrc: [
    'https://www.google.com',
    'https://googleads.g.doubleclick.net',
    'https://www.googleadservices.com',
    'https://pagead2.googlesyndication.com',
  ],
  imgSrc: ['https://googleads.g.doubleclick.net', 'https://www.google.com', 'https://google.com'],
  frameSrc: [
    'https://www.googletagmanager.com',
    'https://td.doubleclick.net',
    'https://bid.g.doubleclick.net',
  ],
} as const;

// Words shared by the label option and the label a campaign sends. Strings, not `label.description`: a
// property read keeps bundlers from dropping the campaign schema (and the currency list) from the factory.
const labelDescription =
  'A conversion label: the part after "AW-…/" in the conversion\'s send_to (Goals › Conversions › Tag setup).';
const labelExpected = 'a conversion label without the "AW-…/" part, like "AbC-D_efG"';

const label = {
  type: 'string',
  pattern: LABEL,
  description: labelDescription,
  expected: labelExpected,
  examples: ['AbC-D_efG'],
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['conversionId'],
  properties: {
    conversionId: {
      type: 'string',
      pattern: CONVERSION_ID,
      description: "The conversion ID of the Google tag, as in its send_to: 'AW-123456789/…'.",
      expected: 'a conversion ID like "AW-123456789": "AW-" and 6 to 12 digits',
      examples: ['AW-123456789'],
    },
    conversions: {
      type: 'object',
      additionalProperties: label,
      default: {},
      description:
        'Our event names mapped to conversion labels, so consent.track("signup_completed") reports that conversion. A label sent with the event wins.',
      expected: 'event names mapped to conversion labels, like { "signup_completed": "AbC-D_efG" }',
      examples: [{ signup_completed: 'AbC-D_efG' }],
    },
  },
} as const;

// Only the fields Google defines for a conversion go out: anything else a page tracks stays here. Each field
// may also be "{{property}}" of the event (FROM_EVENT): the adapter checks the filled value when it fires.
const send = {
  type: 'object',
  additionalProperties: false,
  properties: {
    label: { anyOf: [label, FROM_EVENT], description: labelDescription, expected: labelExpected },
    sendTo: {
      anyOf: [{ type: 'string', pattern: SEND_TO }, FROM_EVENT],
      description: 'A whole destination, for a conversion of another Google Ads account. Wins over label.',
      expected: 'a destination like "AW-123456789/AbC-D_efG"',
    },
    value: {
      anyOf: [{ type: 'number' }, FROM_EVENT],
      description: 'The conversion\'s value: a number, or "{{value}}" for the value the event carries.',
      expected: 'a number like 49.5 (a dot, no quotes), or "{{value}}" to take it from the event',
    },
    currency: {
      anyOf: [{ enum: CURRENCIES }, FROM_EVENT],
      description: 'The currency of value: an ISO 4217 code.',
      expected: 'a three-letter ISO 4217 code like "EUR"',
    },
    transaction_id: {
      type: 'string',
      description:
        'The order number, so Google counts one order once: "{{order_id}}" takes it from the event.',
      expected: 'text, like "{{order_id}}" to take the order number from the event',
    },
  },
  description: 'The conversion to report: its label, and optionally its value, currency and order number.',
  expected: 'label, sendTo, value, currency and transaction_id only',
  examples: [
    { label: 'AbC-D_efG', value: 49.5, currency: 'EUR' },
    { label: 'AbC-D_efG', value: '{{value}}', currency: 'EUR', transaction_id: '{{order_id}}' },
  ],
} as const;

/** Google Ads as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
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
  options,
  campaigns: { send },
} as const satisfies VendorManifest;
