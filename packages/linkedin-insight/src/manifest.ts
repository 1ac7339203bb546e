/**
 * The LinkedIn Insight Tag as data: what it is, what it keeps in the browser, which hosts it needs, which
 * options it takes and what a campaign sends. Each fact is a constant of its own; `manifest` gathers them
 * for tools. The factory imports only the constants it needs, never `manifest`, so CSP hosts and schemas
 * never reach a visitor's browser. Plain literals only: importing this module does nothing.
 */
import { FROM_EVENT, type PolicyNote, type VendorI18n, type VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'linkedin-insight';
/** The vendor's name, as visitors see it. */
export const vendor = 'LinkedIn';
/** The category that must be granted. */
export const category = 'marketing';
/** Advertising runs on the public site only. */
export const surfaces = ['site'] as const;
/** What LinkedIn does with the data. */
export const purpose =
  'Measures which LinkedIn ads bring visits and sign-ups, and shows our ads on LinkedIn to people who visited.';
/** LinkedIn's privacy policy. */
export const privacyPolicyUrl = 'https://www.linkedin.com/legal/privacy-policy';
/** How members opt out of LinkedIn's ads. */
export const optOutUrl = 'https://www.linkedin.com/help/lms/answer/62931';

/** A partner ID: 3 to 10 digits (a number or a string). Strict: it goes into the snippet's globals. */
export const PARTNER_ID = '^\\d{3,10}$';
/** A conversion ID: digits (a number or a string). */
export const CONVERSION_ID = '^\\d+$';

/**
 * The one first-party cookie: `li_fat_id`, set on the registrable domain when a visitor lands from a
 * LinkedIn ad. LinkedIn's own cookies on .linkedin.com are third-party: our pages can neither read nor
 * delete them.
 * @see https://www.linkedin.com/legal/l/cookie-table
 */
export const cookies = [
  {
    name: 'li_fat_id',
    purpose: 'Retargeting and conversion tracking for LinkedIn ad campaigns',
    duration: '30 days',
    provider: 'LinkedIn Insight Tag',
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [
      [
        purpose,
        'Mide qué anuncios de LinkedIn traen visitas y registros, y muestra nuestros anuncios en LinkedIn a quien nos visitó.',
      ],
    ],
    cookies: [
      {
        purpose: 'Remarketing y medición de conversiones de nuestras campañas de anuncios en LinkedIn',
        duration: '30 días',
      },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: what withdrawal can and cannot do with LinkedIn. */
const notes = [
  {
    text: 'LinkedIn offers sites no way to switch its tag off: when you withdraw consent we stop sending anything to LinkedIn and delete `li_fat_id`.',
    i18n: {
      es: 'LinkedIn no ofrece a los sitios una forma de desactivar su etiqueta: cuando retiras el consentimiento dejamos de enviarle datos y borramos `li_fat_id`.',
    },
  },
  {
    text: "LinkedIn's own cookies on linkedin.com (such as `bcookie`, `lidc` and `li_sugr`) are third-party cookies: our site can neither read nor delete them. Manage them in your LinkedIn settings.",
    i18n: {
      es: 'Las cookies propias de LinkedIn en linkedin.com (como `bcookie`, `lidc` y `li_sugr`) son de terceros: nuestro sitio no puede leerlas ni borrarlas. Puedes gestionarlas en tu configuración de LinkedIn.',
    },
  },
] as const satisfies readonly PolicyNote[];

// LinkedIn publishes no CSP list. px.ads.linkedin.com and numbered siblings collect; www.linkedin.com
// serves the ID sync.
const csp = {
  scriptSrc: ['https://snap.licdn.com'],
  connectSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
  imgSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
} as const;

// Digits as a number or a string, as the factory takes them; the largest exact number JavaScript holds.
const conversionId = {
  type: ['integer', 'string'],
  pattern: CONVERSION_ID,
  minimum: 0,
  maximum: 9007199254740991,
  expected: 'a conversion ID: digits, like 11563522',
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['partnerId'],
  properties: {
    partnerId: {
      type: ['string', 'integer'],
      pattern: PARTNER_ID,
      minimum: 100,
      maximum: 9999999999,
      description:
        'The partner ID of the Insight Tag: the digits in _linkedin_partner_id = "1234567" of the snippet Campaign Manager gives you (Account assets › Insight Tag).',
      expected: 'the partner ID: 3 to 10 digits, like "1234567"',
      examples: ['1234567'],
    },
    conversions: {
      type: 'object',
      additionalProperties: conversionId,
      default: {},
      description:
        'Conversion IDs by event name: consent.track("signup_completed") then sends that conversion. A conversionId sent with the event wins.',
      expected: 'event names mapped to conversion IDs, like { "signup_completed": 11563522 }',
      examples: [{ signup_completed: 11563522 }],
    },
  },
} as const;

// The Insight Tag takes a conversion and nothing else: any other key would be dropped unseen. The
// conversion may also be "{{property}}" of the event (FROM_EVENT): the adapter checks it when it fires.
const send = {
  type: 'object',
  additionalProperties: false,
  properties: {
    conversionId: {
      anyOf: [{ type: 'integer', minimum: 0, maximum: 9007199254740991 }, FROM_EVENT],
      description: 'The LinkedIn conversion to report, as Campaign Manager numbers it.',
      expected: 'a conversion ID: a whole number without quotes, like 11563522',
      examples: [11563522],
    },
  },
  description: 'The LinkedIn conversion this campaign reports.',
  expected: 'only conversionId, like { "conversionId": 11563522 }',
  examples: [{ conversionId: 11563522 }],
} as const;

/** The LinkedIn Insight Tag as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
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
