/**
 * HubSpot as data: what it is, what it keeps in the browser, which hosts it needs, which options it takes.
 * Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only the
 * constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { PolicyNote, VendorI18n, VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'hubspot';
/** The vendor's name, as visitors see it. */
export const vendor = 'HubSpot';
/** The category that must be granted. */
export const category = 'marketing';
/** Marketing runs on the public site only. */
export const surfaces = ['site'] as const;
/** What HubSpot does with the data. */
export const purpose = 'Links visits and sign-ups to our campaigns and CRM.';
/** HubSpot's privacy policy. */
export const privacyPolicyUrl = 'https://legal.hubspot.com/privacy-policy';

/** A Hub ID (portal ID): a plain number of 5 to 10 digits. Strict: it goes into the loader's URL. */
export const PORTAL_ID = '^\\d{5,10}$';
/** HubSpot's data centres ("hublets"), as they appear in a portal's script host; na1 is `js.`, the others `js-<region>.`. */
export const REGIONS = ['na1', 'na2', 'eu1', 'ap1'] as const;

/**
 * What HubSpot's tracking code keeps in the browser, on the parent domain; `hubspotutk` for as long as our
 * policy states, the others as HubSpot documents them. `__hs_do_not_track`, which `doNotTrack` sets on a
 * revoke, IS the opt-out: listed, and kept on withdrawal, or HubSpot's running script would track again.
 * @see https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
 */
export const cookies = [
  {
    name: 'hubspotutk',
    purpose: 'Tracks visitor identity for HubSpot CRM and marketing attribution',
    duration: '180 days',
    provider: vendor,
  },
  {
    name: '__hstc',
    purpose: 'Visitor and visit times, for attribution',
    duration: '6 months',
    provider: vendor,
  },
  { name: '__hssc', purpose: 'Counts pages in the session', duration: '30 minutes', provider: vendor },
  { name: '__hssrc', purpose: 'Detects a new session', duration: 'Session', provider: vendor },
  {
    name: '__hs_do_not_track',
    purpose: 'Remembers that you opted out, so HubSpot stays off',
    duration: '6 months',
    provider: vendor,
    keep: true,
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [[purpose, 'Relaciona las visitas y los registros con nuestras campañas y nuestro CRM.']],
    cookies: [
      {
        purpose: 'Identifica al visitante para el CRM de HubSpot y la atribución de marketing',
        duration: '180 días',
      },
      { purpose: 'El visitante y las horas de sus visitas, para la atribución', duration: '6 meses' },
      { purpose: 'Cuenta las páginas vistas en la sesión', duration: '30 minutos' },
      { purpose: 'Detecta una sesión nueva', duration: 'Sesión' },
      { purpose: 'Recuerda que rechazaste HubSpot, para que siga desactivado', duration: '6 meses' },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: whose banner decides, where the account is, what stays there. */
const notes = [
  {
    text: "HubSpot's own cookie banner is switched off: HubSpot receives the choice you make here.",
    i18n: {
      es: 'El banner de cookies propio de HubSpot está desactivado: HubSpot recibe la elección que hagas aquí.',
    },
  },
  {
    when: { option: 'region', equals: 'eu1' },
    text: "Our HubSpot account is hosted in HubSpot's EU data centre.",
    i18n: { es: 'Nuestra cuenta de HubSpot está alojada en el centro de datos de HubSpot en la UE.' },
  },
  {
    when: { option: 'region', equals: 'na1' },
    text: "Our HubSpot account is hosted in HubSpot's US data centre.",
    i18n: {
      es: 'Nuestra cuenta de HubSpot está alojada en el centro de datos de HubSpot en Estados Unidos.',
    },
  },
  {
    when: { option: 'region', equals: 'na2' },
    text: "Our HubSpot account is hosted in HubSpot's US data centre.",
    i18n: {
      es: 'Nuestra cuenta de HubSpot está alojada en el centro de datos de HubSpot en Estados Unidos.',
    },
  },
  {
    when: { option: 'region', equals: 'ap1' },
    text: "Our HubSpot account is hosted in HubSpot's Asia-Pacific data centre.",
    i18n: { es: 'Nuestra cuenta de HubSpot está alojada en el centro de datos de HubSpot en Asia-Pacífico.' },
  },
  {
    text: 'What HubSpot collected before you withdrew consent stays in our HubSpot account until we delete it: ask us to.',
    i18n: {
      es: 'Lo que HubSpot recogió antes de que retiraras el consentimiento sigue en nuestra cuenta de HubSpot hasta que lo borremos: pídenoslo.',
    },
  },
] as const satisfies readonly PolicyNote[];

// HubSpot publishes no CSP list: these are the hosts its loader and the scripts it pulls in use, less
// hs-banner.com: HubSpot's own banner is disabled (disableHubSpotCookieBanner), so it is never fetched.
// The wildcards cover every region's hosts (js-eu1.hs-scripts.com, track-eu1.hubspot.com…): no cspWhen.
const csp = {
  scriptSrc: [
    'https://*.hs-scripts.com',
    'https://*.hs-analytics.net',
    'https://*.hscollectedforms.net',
    'https://*.usemessages.com',
    'https://*.hsadspixel.net',
    'https://*.hsforms.net',
    'https://*.hubspot.com',
  ],
  connectSrc: [
    'https://*.hubspot.com',
    'https://*.hubapi.com',
    'https://*.hscollectedforms.net',
    'https://*.hsforms.com',
  ],
  imgSrc: ['https://*.hubspot.com', 'https://*.hsforms.com'],
  frameSrc: ['https://*.hubspot.com', 'https://*.hsforms.net'],
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['portalId'],
  properties: {
    portalId: {
      type: 'string',
      pattern: PORTAL_ID,
      description:
        'The Hub ID: the number in your embed code\'s "js.hs-scripts.com/<Hub ID>.js" (Settings › Tracking code).',
      expected: 'the Hub ID in quotes: 5 to 10 digits, like "1234567"',
      examples: ['1234567'],
    },
    region: {
      enum: REGIONS,
      default: 'na1',
      description:
        'The data centre of the portal, from its embed code: "js-eu1.hs-scripts.com" is eu1, "js.hs-scripts.com" is na1.',
      expected: '"na1", "na2", "eu1" or "ap1"',
    },
  },
} as const;

/** HubSpot as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
export const manifest = {
  id,
  vendor,
  category,
  surfaces,
  purpose,
  privacyPolicyUrl,
  cookies,
  i18n,
  notes,
  csp,
  options,
} as const satisfies VendorManifest;
