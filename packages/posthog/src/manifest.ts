/**
 * PostHog as data: what it is, what it keeps in the browser, which hosts it needs, which options it takes.
 * Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only the
 * constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { PolicyNote, VendorI18n, VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'posthog';
/** The vendor's name, as visitors see it. */
export const vendor = 'PostHog';
/** The category that must be granted. */
export const category = 'analytics';
/** Product analytics runs on the site and in the platform. */
export const surfaces = ['site', 'platform'] as const;
/** What PostHog does with the data. */
export const purpose = 'Product analytics for understanding how features are used within the platform.';
/** The purpose of a project in the EU cloud: only that one may tell visitors where their data stays. */
export const purposeEu =
  'Product analytics for understanding how features are used within the platform. Data is stored on EU servers.';
/** PostHog's privacy policy. */
export const privacyPolicyUrl = 'https://posthog.com/privacy';

/** A project API key: `phc_` and at least 20 letters or digits. Strict: it goes into a global and a RegExp. */
export const API_KEY = '^phc_[A-Za-z0-9]{20,}$';
/** The PostHog Cloud regions, EU first: the policy promises EU storage. */
export const REGIONS = ['eu', 'us'] as const;

/**
 * What PostHog keeps in the browser (`persistence: 'localStorage+cookie'`): its state in a cookie and in
 * localStorage, its session in sessionStorage, all named `ph_<project key>_…`. The opt-out marker
 * `__ph_opt_in_out_<key>` IS the opt-out: listed, and kept on withdrawal, or PostHog would capture again.
 * @see https://posthog.com/docs/libraries/js/persistence
 */
export const cookies = [
  // Labelled: the factory narrows the pattern to this project's key, which tables must not show.
  { pattern: '^ph_', label: 'ph_*', purpose, duration: '1 year', provider: vendor },
  { pattern: '^ph_', label: 'ph_*', storage: 'localStorage', purpose, duration: '1 year', provider: vendor },
  {
    pattern: '^ph_',
    label: 'ph_*',
    storage: 'sessionStorage',
    purpose,
    duration: 'Session',
    provider: vendor,
  },
  // Shown as `__ph_opt_in_out_*`: a pattern's label is derived from it.
  {
    pattern: '^__ph_opt_in_out_',
    storage: 'localStorage',
    purpose: 'Remembers that you opted out, so PostHog stays off',
    duration: 'Until deleted',
    provider: vendor,
    keep: true,
  },
] as const;

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [
      [purpose, 'Analítica de producto para entender cómo se usan las funciones de la plataforma.'],
      [
        purposeEu,
        'Analítica de producto para entender cómo se usan las funciones de la plataforma. Los datos se guardan en servidores de la UE.',
      ],
    ],
    cookies: [
      {
        purpose: 'Analítica de producto para entender cómo se usan las funciones de la plataforma.',
        duration: '1 año',
      },
      {
        purpose: 'Analítica de producto para entender cómo se usan las funciones de la plataforma.',
        duration: '1 año',
      },
      {
        purpose: 'Analítica de producto para entender cómo se usan las funciones de la plataforma.',
        duration: 'Sesión',
      },
      {
        purpose: 'Recuerda que rechazaste PostHog, para que siga desactivado',
        duration: 'Hasta que se borre',
      },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: where the data goes, and that it is not anonymous. */
const notes = [
  {
    when: { option: 'region', equals: 'eu' },
    text: "The data goes to PostHog's EU cloud, in Frankfurt.",
    i18n: { es: 'Los datos van a la nube de PostHog en la UE, en Fráncfort.' },
  },
  {
    when: { option: 'region', equals: 'us' },
    text: "The data goes to PostHog's US cloud, in the United States.",
    i18n: { es: 'Los datos van a la nube de PostHog en Estados Unidos.' },
  },
  {
    text: 'PostHog links events to a random ID it keeps in its `ph_*` cookie and local storage: the data is pseudonymous, not anonymous.',
    i18n: {
      es: 'PostHog vincula los eventos a un identificador aleatorio que guarda en su cookie y almacenamiento local `ph_*`: los datos son seudónimos, no anónimos.',
    },
  },
] as const satisfies readonly PolicyNote[];

// The assets host serves array.js and the lazily loaded recorder; the API host ingests. Only the
// project's region: an EU site never allows US hosts.
const cspWhen = [
  {
    option: 'region',
    equals: 'eu',
    csp: {
      scriptSrc: ['https://eu-assets.i.posthog.com'],
      connectSrc: ['https://eu.i.posthog.com', 'https://eu-assets.i.posthog.com'],
    },
  },
  {
    option: 'region',
    equals: 'us',
    csp: {
      scriptSrc: ['https://us-assets.i.posthog.com'],
      connectSrc: ['https://us.i.posthog.com', 'https://us-assets.i.posthog.com'],
    },
  },
] as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['apiKey'],
  properties: {
    apiKey: {
      type: 'string',
      pattern: API_KEY,
      description:
        'The project API key (Project settings › Project API key). It is public: it only sends events. Never a personal API key "phx_…".',
      expected: 'a project API key: "phc_" and at least 20 letters or digits',
      examples: ['phc_0123456789abcdefghijKLMN'],
    },
    region: {
      enum: REGIONS,
      default: 'eu',
      description:
        'The PostHog Cloud region the project lives in: EU (Frankfurt) by default, as our policy promises.',
      expected: '"eu" or "us"',
    },
  },
} as const;

// A campaign's send becomes the captured event's properties.
const send = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'], expected: 'a text, a number or true/false' },
  description: 'Properties of the captured event.',
  expected: 'an object of event properties, like { "plan": "pro" }',
} as const;

/** PostHog as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
export const manifest = {
  id,
  vendor,
  category,
  surfaces,
  purpose,
  purposeWhen: [{ option: 'region', equals: 'eu', purpose: purposeEu }],
  privacyPolicyUrl,
  cookies,
  i18n,
  notes,
  csp: {},
  cspWhen,
  options,
  campaigns: { send },
} as const satisfies VendorManifest;
