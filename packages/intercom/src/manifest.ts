/**
 * The Intercom Messenger as data: what it is, what it keeps in the browser, which hosts it needs, which
 * options it takes and what a campaign sends. Each fact is a constant of its own; `manifest` gathers them
 * for tools. The factory imports only the constants it needs, never `manifest`, so CSP hosts and schemas
 * never reach a visitor's browser. Plain literals only: importing this module does nothing.
 */
import type { PolicyNote, VendorI18n, VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'intercom';
/** The vendor's name, as visitors see it. */
export const vendor = 'Intercom';
/** The support chat remembers the visitor's conversation: functional. */
export const category = 'functional';
/** Support runs on the site and in the platform. */
export const surfaces = ['site', 'platform'] as const;
/** What Intercom does with the data. */
export const purpose =
  'Intercom runs the support chat: it keeps your conversation with us across pages and visits.';
/** Intercom's privacy policy. */
export const privacyPolicyUrl = 'https://www.intercom.com/legal/privacy';

/**
 * A workspace ID (`app_id`). Intercom documents no format; every one it shows is 8 lowercase letters and
 * digits. The length is left loose because a refused ID throws at setup and takes the consent UI down
 * with it, while a wrong one only fails to load (reported on consent.on('error')). The charset is what
 * matters: it keeps the ID safe in the URL and refuses a pasted access token, URL or name.
 */
export const APP_ID = '^[a-z0-9]{6,12}$';
/**
 * Where a workspace may be hosted. `'ap'` is another name for `'au'`: it is what Intercom's own npm SDK
 * calls the Australian region, so a value copied from there works unchanged.
 */
export const REGIONS = ['us', 'eu', 'au', 'ap'] as const;

/**
 * Names and durations from Intercom's Messenger cookies article. The cookies end in the workspace ID
 * (`intercom-id-<app_id>`); "all cookies are prefixed with intercom- and are created on your domain", so
 * `intercom-*` catches the rest, another workspace's included. In localStorage:
 * `intercom.intercom-state-<app_id>`, and the older `intercom.intercom-state`.
 * @see https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
 */
export const cookies = [
  {
    pattern: '^intercom-id-',
    label: 'intercom-id-*',
    // Intercom calls it "anonymous"; a persistent ID is pseudonymous, which is what the policy says.
    purpose: 'Identifies your browser to the chat',
    duration: '9 months',
    provider: vendor,
  },
  {
    pattern: '^intercom-session-',
    label: 'intercom-session-*',
    purpose: 'Keeps the chat session',
    duration: '1 week',
    provider: vendor,
  },
  {
    pattern: '^intercom-device-id-',
    label: 'intercom-device-id-*',
    purpose: 'Device identifier, to prevent abuse',
    duration: '9 months',
    provider: vendor,
  },
  {
    pattern: '^intercom-',
    label: 'intercom-*',
    purpose: 'Other Messenger state',
    duration: 'Up to 9 months',
    provider: vendor,
  },
  {
    pattern: '^intercom\\.',
    label: 'intercom.*',
    storage: 'localStorage',
    purpose: 'Messenger state',
    duration: 'Until deleted',
    provider: vendor,
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [
      [
        purpose,
        'Intercom gestiona el chat de soporte: mantiene tu conversación con nosotros entre páginas y visitas.',
      ],
    ],
    cookies: [
      { purpose: 'Identifica tu navegador ante el chat', duration: '9 meses' },
      { purpose: 'Mantiene la sesión del chat', duration: '1 semana' },
      { purpose: 'Identificador del dispositivo, para prevenir abusos', duration: '9 meses' },
      { purpose: 'Otro estado del Messenger', duration: 'Hasta 9 meses' },
      { purpose: 'Estado del Messenger', duration: 'Hasta que se borre' },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: where the workspace is ("ap" is another name for "au"). */
const notes = [
  {
    when: { option: 'region', equals: 'us' },
    text: 'Our Intercom workspace is hosted in the United States.',
    i18n: { es: 'Nuestro espacio de trabajo de Intercom está alojado en Estados Unidos.' },
  },
  {
    when: { option: 'region', equals: 'eu' },
    text: 'Our Intercom workspace is hosted in the EU.',
    i18n: { es: 'Nuestro espacio de trabajo de Intercom está alojado en la UE.' },
  },
  {
    when: { option: 'region', equals: 'au' },
    text: 'Our Intercom workspace is hosted in Australia.',
    i18n: { es: 'Nuestro espacio de trabajo de Intercom está alojado en Australia.' },
  },
  {
    when: { option: 'region', equals: 'ap' },
    text: 'Our Intercom workspace is hosted in Australia.',
    i18n: { es: 'Nuestro espacio de trabajo de Intercom está alojado en Australia.' },
  },
] as const satisfies readonly PolicyNote[];

// https://www.intercom.com/help/en/articles/3894-using-intercom-with-content-security-policy, every region,
// with *.intercom.io and *.intercomcdn.com for its dozen API, websocket and CDN hosts, as Intercom's CSP
// troubleshooting article advises; the wildcards cover each region's hosts, so no cspWhen. script-src
// stays exact. The README lists what it needs beyond hosts: style-src 'unsafe-inline', img-src blob: data:,
// media-src, form-action.
const csp = {
  scriptSrc: ['https://app.intercom.io', 'https://widget.intercom.io', 'https://js.intercomcdn.com'],
  connectSrc: [
    'https://*.intercom.io',
    'wss://*.intercom.io',
    'https://*.intercom-messenger.com',
    'wss://*.intercom-messenger.com',
    'https://*.intercomcdn.com',
    'https://uploads.intercomcdn.eu',
    'https://uploads.intercomusercontent.com',
  ],
  imgSrc: [
    'https://*.intercomcdn.com',
    'https://static.intercomassets.com',
    'https://uploads.intercomusercontent.com',
    'https://messenger-apps.intercom.io',
    'https://*.intercom-attachments-5.com',
    'https://*.intercom-attachments-6.com',
    'https://*.intercom-attachments-9.com',
  ],
  frameSrc: ['https://intercom-sheets.com', 'https://www.intercom-reporting.com'],
  fontSrc: ['https://js.intercomcdn.com', 'https://fonts.intercomcdn.com'],
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['appId'],
  properties: {
    appId: {
      type: 'string',
      pattern: APP_ID,
      description:
        "The workspace ID, app_id in Intercom's snippet (also in the URL of your inbox: app.intercom.com/a/inbox/<app_id>/…).",
      expected: 'the workspace ID: 6 to 12 lowercase letters and digits, like "abc12345"',
      examples: ['abc12345'],
    },
    region: {
      enum: REGIONS,
      default: 'us',
      description:
        'Where the workspace is hosted, which picks the API it talks to: a European or Australian workspace connected to the US API does not start. "ap" is the name Intercom\'s npm SDK gives "au".',
      expected: '"us", "eu" or "au" ("ap" is the same as "au")',
    },
  },
} as const;

// A campaign's send becomes the Intercom event's metadata.
const send = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'], expected: 'a text, a number or true/false' },
  description: 'Metadata of the Intercom event, such as { "plan": "pro" }.',
  expected: 'event metadata: names with text, a number or true/false as values',
  examples: [{ plan: 'pro' }],
} as const;

/** Intercom as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
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
  campaigns: { send },
} as const satisfies VendorManifest;
